"""Import a file as a new release, or as a language version of an existing one.

Safe by construction: everything is detected and validated first (the plan), then written
atomically; the same content (SHA-256 of the file) is never imported twice, and an existing
language version is only replaced with force.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection
from pathlib import Path
from typing import Any

from reader.core.errors import AlreadyImported, ImportFailed, SameRelease
from reader.core.importer import earlier as retitling  # a page whose headline alone changed (trial S, 8d)
from reader.core.importer import known, layout
from reader.core.importer.body_blocks import body_block
from reader.core.importer.detect import Detected, detect
from reader.core.importer.doubled import copies_said, said_twice
from reader.core.importer.earlier import corrected_page, replaced_text, same_headline, same_text
from reader.core.importer.encoding import encoding_note
from reader.core.importer.envelope import strip_envelope
from reader.core.importer.furniture import drop_furniture, line_key
from reader.core.importer.head import same_line
from reader.core.importer.hints import CLI, ImportHints
from reader.core.importer.issuer import common_noun, org_line, wrapped_lines
from reader.core.importer.kept import in_page_order, restore_kept
from reader.core.importer.known import already_imported, holds_file, made_from, other_titles, rendering_of
from reader.core.importer.language_guard import language_warnings, refuse_unsupported
from reader.core.importer.learned import drop_learned, learned_lines, site_lines_entry
from reader.core.importer.page_dates import DATE_LINES, dated_by_update, lead_date, named_date, site_dated
from reader.core.importer.plan import ImportPlan as ImportPlan  # re-exported: the plan is what callers hold
from reader.core.importer.plan import MissingFields as MissingFields
from reader.core.importer.plan import already_in_library, missing_error
from reader.core.importer.raw import RawBlock
from reader.core.importer.readers import own_body, read_file
from reader.core.importer.signed import signed_issuer
from reader.core.importer.split_dates import join_split_dates
from reader.core.library import Library, check_id
from reader.core.model import LANGUAGES, Block, Provenance, Release
from reader.core.text.fold import slugify


def plan_import(
    path: Path,
    library: Library,
    *,
    release_id: str | None = None,
    lang: str | None = None,
    date: dt.date | None = None,
    provenance: str | None = None,
    title: str | None = None,
    issuer: str | None = None,
    force: bool = False,
    keep: Collection[str] = (),
    hints: ImportHints = CLI,
    preview: bool = False,
    apart: Collection[str] = (),
) -> ImportPlan:
    """What importing `path` would do. `keep`: lines the plan of a moment ago dropped as site
    furniture that the user restores (as listed in `dropped`). `hints`: how its errors and warnings
    say what to do (the command line's flags unless a dialog passes its fields). `preview` (a dry
    run): a file already imported is shown all the same, what it would be said as a warning.
    `apart`: releases that teach this page no site lines (learned.py): those its own command made
    (a dry run, which writes none, could not say what they teach), and the release it joins."""
    path = Path(path)
    if release_id is not None:
        check_id(library.root, release_id)  # before anything is read or built from it
    if lang is not None and lang not in LANGUAGES:
        raise ImportFailed(path, f"unknown language '{lang}' (known: {', '.join(LANGUAGES)})")
    if provenance is not None and provenance not in ("official", "unofficial"):
        raise ImportFailed(path, "provenance must be official or unofficial")
    raw, facts = read_file(path, tuple(keep))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    twin = already_imported(library, digest)
    if not preview and (known_as := known.skipped_at_once(library, twin, digest, release_id, lang, provenance, force)):
        raise already_in_library(path, known_as)  # read no further (trial O: 1.1 s of CPU to say 'skipped')
    page = [RawBlock(b.text, b.kind, b.marker, b.lang) for b in raw]  # as read (the rules cut `raw`'s texts)
    dropped, copies = list[str](), list[str]()
    if not own_body(path, raw):  # our own format has no site around it; a page saved as Markdown has
        raw, envelope = strip_envelope(raw)  # a release sent by e-mail: the message around it
        raw, dropped = drop_furniture(
            layout.split_stamps(layout.unglue(layout.join_initials(join_split_dates(raw)))), keep
        )
        dropped = envelope + dropped
        raw, menus = layout.drop_menus(layout.split_paragraphs(raw), keep)
        raw, repeats = layout.repeated_title(raw, keep)
        raw, copies = said_twice(raw, keep)
        # after the page's own rules: a learned line taken out first would break the runs they read
        # nor the release this very file made (imported already: its own lines are no site's)
        teachers_apart = {*apart, *([release_id] if release_id else []), *([twin] if twin else [])}
        raw, learned = drop_learned(raw, learned_lines(library, teachers_apart), keep, facts)
        dropped += menus + repeats + copies + learned
    found: Detected = detect(raw, facts, keep)
    refuse_unsupported(path, found, lang)  # German, say: named, not asked for as one of ours (trial C, F2)
    site_dated(dropped, found, found.language or lang or "nl")
    dropped += found.dropped
    # a file not in Unicode read in the code page guessed, said (trial P of the thirty-third session: silent)
    said_first = (encoding_note(facts.get("encoding", "utf-8")), facts.get("flattened", ""), copies_said(copies, hints))
    warnings = [said for said in said_first if said]
    # A language that cannot be told is asked for with the headline and the date, in one error.
    unknown = not (lang or found.language)
    language = lang or found.language or "nl"  # a stand-in until the user says
    warnings += language_warnings(path, found, lang, language, force, preview, hints)
    headline = title or found.title or ""
    missing: tuple[str, ...] = () if headline else ("title",)
    body = [body_block(b) for b in found.body]
    layout.shape_body(body, [b.text for b in found.body])
    if title and found.title and line_key(found.title) != line_key(title):
        # the line taken for the headline is not lost: listed as dropped, and --keep puts it first
        if line_key(found.title) in {line_key(k) for k in keep}:
            body.insert(0, body_block(RawBlock(found.title)))
        else:
            dropped.append(found.title)
    # A headline found (or given) is not also the first paragraph (a page that sets its title twice).
    said = line_key(headline)
    repeat = next(
        (i for i, b in enumerate(body[:3]) if said and same_line(b.text, said) and b.kind != "letterhead"), None
    )
    if repeat is not None and line_key(body[repeat].text) not in {line_key(k) for k in keep}:
        dropped.append(body.pop(repeat).text)
    # The headline of a version in another language, which some sites set on the page of every
    # version (2022-12-politie-luchtvaartpolitie): the library knows it as that version's title.
    others = other_titles(library, language) - {line_key(k) for k in keep}
    for block in [b for b in body if b.kind != "letterhead" and len(b.text) <= 250 and line_key(b.text) in others]:
        body.remove(block)
        dropped.append(block.text)
    restore_kept(keep, dropped, body, page, headline)
    if not any(b.kind != "letterhead" for b in body):
        raise ImportFailed(path, "no body text found after the title")
    letterhead = [Block("letterhead", text, lang=code) for code, text in found.letterhead]
    blocks = letterhead + body
    own_half = next((text for code, text in found.letterhead if code == language), "")
    if not issuer and not found.issuer and own_half and org_line(own_half.replace("\n", ", ")):
        found.issuer = "" if common_noun(own_half) else wrapped_lines(own_half)  # who heads it
    if not issuer and not found.issuer:
        texts = [headline, *(b.text for b in body)]
        site, declared, head = facts.get("site", ""), facts.get("declared", ""), facts.get("head", "")
        signed = signed_issuer(dropped, site, texts, declared, head, language)
        if signed:
            found.issuer = signed
        elif release_id is None:  # a version added to a release naming none shows none (Release.issuer_in)
            warnings.append(f"no issuer line found; {hints.issuer()}")
    if not date and (guessed := dated_by_update(found)):
        warnings.append(f"{guessed}; {hints.give(('date',))} to set the release's date")
    prov = Provenance("unofficial" if provenance == "unofficial" else "official")

    duplicate = twin
    if release_id is None:
        # a text a corrected file replaced, kept in its version's history: skipped as the file in a record is
        dated = date or found.date
        earlier = None if duplicate else replaced_text(library, digest, language, dated, blocks)
        duplicate = duplicate or (None if earlier else same_text(library, language, dated, blocks, headline))
        if not (duplicate or earlier):  # only its headline corrected: refused by name, not skipped (trial S, 8d)
            retitling.refuse_retitled(library, path, language, dated, blocks, headline, preview, warnings)
        if earlier and not preview:
            raise AlreadyImported(path, earlier[1], earlier[0])
        if duplicate and not preview:
            raise already_in_library(path, duplicate)
        if (duplicate or earlier) and not any("would be refused" in w for w in warnings):  # refused first, as a run is
            warnings.append(
                f"an import would skip it: {earlier[1]}"
                if earlier
                else f"already imported as release '{duplicate}' (same content): an import would skip it"
            )
        duplicate = duplicate or (earlier[0] if earlier else None)
        same, near = same_headline(library, date or found.date, headline, language, issuer or found.issuer, body)
        # a file to skip is said as that alone (trial J's dialog also said 'a release of its own')
        if near and not same and not duplicate:
            warnings.append(f"'{near}' has the same date and headline but another issuer or text: a release of its own")
        if same and not duplicate:
            said = f"the library already has this release as '{same}' (same date and title)"
            # its version in this language is there: a corrected page of it, which replaces it (a new
            # user was told to add a language version, and refused again)
            how = (
                f"its '{language}' version is there already; to replace it with this page: {hints.replace(same)}"
                if language in library.get(same).versions
                else f"to add a language version: {hints.add_to(same)}"
            )
            if not preview:
                raise SameRelease(path, f"{said}; {how}", same, language)
            warnings.append(f"{said}: importing it would be refused; {how}")
        detected_date = date or found.date
        hint = ""
        if detected_date is None:
            missing += ("date",)
            match = rendering_of(library, " ".join(b.text for b in body), language)
            still = tuple(name for name in missing if name == "title")  # a version added takes the date only
            hint = (
                f", or {hints.add_to(match.id, still=still)} if it is the '{language}' version of that release"
                if match
                else ""
            )
            hint += named_date(body, language)
        when = detected_date or dt.date.today()
        new_id = library.unique_id(f"{when.isoformat()}-{slugify(headline)}")
        text = " ".join(b.text for b in body)
        day = None if duplicate else detected_date  # a file to skip joins none (trial O: a dry run read 300)
        siblings = [r for r in library.releases if r.date == day and language not in r.versions]
        if siblings:  # of that day (a Council of Ministers'), the one it shares numbers and names with; alone, a name
            least = 0.15 if len(siblings) > 1 else 0.0  # (a date alone suggested an unrelated release: a trial)
            suggested = best.id if (best := rendering_of(library, text, language, siblings, threshold=least)) else None
        else:
            match = None if duplicate else rendering_of(library, text, language)
            suggested = match.id if match else None
        if same and not duplicate and language not in library.get(same).versions:  # named above as refused:
            suggested = same  # the dialog proposes it, not a new release (a trial)
        if suggested:  # the other language of a release imported a moment ago, most likely; the day
            # alone is no hint: it shares no name or figure (trial A, F8: another government's digest)
            warnings.append(
                f"the library has a release of this date or content without a '{language}' version ({suggested}); "
                f"to add this file to it: {hints.add_to(suggested, True)}"
            )
        if not (duplicate or same) and (  # refused above as that release's: not said twice (a preview said both)
            fixed := corrected_page(library, language, detected_date, issuer or found.issuer, body)
        ):
            warnings.append(
                f"this reads as a corrected page of '{fixed.id}' (the same date{' and issuer' * bool(fixed.issuer)}, "
                f"mostly the words of its '{language}' version): a new release all the same; to replace that "
                f"version with this file instead: {hints.replace(fixed.id)}"
            )
        missing += ("language",) if unknown else ()
        plan = ImportPlan(
            path,
            digest,
            new_id,
            True,
            language,
            when,
            headline,
            issuer or found.issuer,
            blocks,
            prov,
            None,
            warnings,
            in_page_order(dropped, page),
            suggested,
            missing,
        )
        plan.date_line = found.date_said if found.date_source in DATE_LINES else ""
        plan.named_date = lead_date(body, language) if detected_date is None else None
        plan.duplicate, plan.encoding = duplicate, facts.get("encoding")
        if missing:
            raise missing_error(path, missing, plan, hint, hints)
        return plan
    release: Release = library.get(release_id)
    refusals = []
    if duplicate is not None and duplicate != release.id:  # a stray release of its own, said by name
        warnings.append(
            f"this page is also release '{duplicate}' (same content): if that one was a mistake, "
            f"press-reader remove {duplicate}"
        )
    # the file landed meanwhile (another process's import of it, its digest read before: a batch's twin)
    duplicate = release.id if duplicate is None and holds_file(release, language, digest, None) else duplicate
    skip = duplicate == release.id and not force and holds_file(release, language, digest, provenance)
    if skip and not preview:  # the file is this version: nothing to do, as without --release (trial O)
        raise already_in_library(path, release.id)
    if skip:
        warnings.append(f"already imported as release '{release.id}' (same content): an import would skip it")
    elif duplicate == release.id and not force:
        # said with the version it is, so that one asking for another provenance sees why --force
        held = release.versions.get(language)
        what = f"same content, its {held.provenance.kind} '{language}' version" if held else "same content"
        refusals.append(f"already imported into release '{duplicate}' ({what}); {hints.force(False)}")
    elif language in release.versions and not force:
        existing = release.versions[language]
        if existing.provenance.kind == "machine" and prov.kind == "official":
            # the published text takes the place of a machine translation: what one would expect of
            # it, and nothing is lost (the machine text goes to the release's history)
            warnings.append(f"replaces the machine translation of '{language}' (kept in the release's history)")
        else:
            refusals.append(
                f"release '{release.id}' already has a '{language}' version "
                f"({existing.provenance.label()}); {hints.force(True)}"
            )
    if refusals and not preview:
        raise ImportFailed(path, refusals[0])
    warnings += [f"importing it would be refused: {said}" for said in refusals]
    if language in release.versions:
        warnings += made_from(release, language)
    # Only a date line dates a version: a date in the title or the body is an event ('entre le 24 et
    # le 31 juillet'), and a version without a date line has the release's date.
    version_date = date or (found.date if found.date_source in DATE_LINES else None)
    if version_date and version_date != release.date:
        warnings.append(f"this file is dated {version_date.isoformat()}, the release {release.date.isoformat()}")
    missing += ("language",) if unknown else ()
    plan = ImportPlan(
        path,
        digest,
        release.id,
        False,
        language,
        release.date,
        headline,
        issuer or found.issuer,  # this page's own: another language's is never its (trial B, F3)
        blocks,
        prov,
        version_date if version_date and version_date != release.date else None,
        warnings,
        in_page_order(dropped, page),
        missing=missing,
        date_line=found.date_said if found.date_source in DATE_LINES else "",
        replaces=release.versions.get(language),
        encoding=facts.get("encoding"),
    )
    plan.duplicate = release.id if skip else None
    if missing:
        raise missing_error(path, missing, plan, "", hints)
    return plan


def apply_import(plan: ImportPlan, library: Library, reviews: Path | None = None, who: str = "") -> Release:
    """Write the plan. `who`: the person the history names for a version this import replaces (the
    translator the user set, not the system account the command happens to run under). With
    `reviews` (the library's review folder), a version replaced whole keeps
    the reviewer's comments and flags on its changed segments (review.carry); what became of them
    is added to the plan's warnings, for the CLI and the TUI to say."""
    from reader.core.review.carry import before_replacing, carry_over  # the checks load only here

    source_entry: dict[str, Any] = {"name": plan.path.name, "sha256": plan.sha256}
    if plan.date_line:  # what the file said, for the check of its weekday against the calendar
        source_entry["date_line"] = plan.date_line
    if not plan.new_release and plan.issuer != library.get(plan.release_id).issuer:
        source_entry["issuer"] = plan.issuer  # as this language's page names it, '' none (Release.issuer_in)
    source_entry.update(site_lines_entry(plan))  # what this page showed as its site's (learned.py)
    if plan.new_release:
        try:
            return _created(plan, library, source_entry)
        except AlreadyImported as exc:  # named by the file being imported, not the library's folder
            raise AlreadyImported(plan.path, exc.reason, exc.release_id) from None
        except SameRelease as exc:  # made meanwhile by another process (MadeMeanwhile: one it renders)
            raise type(exc)(plan.path, exc.reason, exc.release_id, exc.language) from None
    release = library.get(plan.release_id)
    if not release.issuer and plan.language == release.original_language:  # the original's page names it
        release.issuer = plan.issuer
    files = release.source.setdefault("files", {}) if isinstance(release.source, dict) else {}
    files[plan.language] = source_entry
    # the review read before and carried after: the checks this takes run outside the library's lock
    reviewed = before_replacing(release, plan.language, reviews) if reviews and plan.replaces else []

    def write() -> None:
        known.landed_meanwhile(plan, release)  # under the root's lock: another process's import of this file
        library.save_version(
            release,
            plan.language,
            plan.blocks,
            plan.provenance,
            plan.title,
            plan.version_date,
            who=who,
            why="replaced by an import",
            base=plan.replaces,
            whole=True,
        )

    try:
        library.add_imported(release, {"files": {plan.language: source_entry}}, write)
    except AlreadyImported as exc:  # named by the file being imported, not the library's folder
        raise AlreadyImported(plan.path, exc.reason, exc.release_id) from None
    said = [carry_over(reviewed, release, plan.language, reviews).describe()] if reviews and reviewed else []
    plan.carried = said[0] if said else ""
    plan.warnings += [plan.carried] if plan.carried else []
    return release


def _created(plan: ImportPlan, library: Library, source_entry: dict[str, Any]) -> Release:
    return library.create_release(
        plan.release_id,
        plan.date,
        plan.issuer,
        plan.language,
        plan.title,
        plan.blocks,
        plan.provenance,
        {"files": {plan.language: source_entry}},
        retitling.retitled_meanwhile(plan, known.joins_meanwhile(plan, library)),
    )
