"""What the library already holds that an import must know: the same file imported before, the
same release under another file, the release a text renders, the titles of other languages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ReaderError
from reader.core.importer.furniture import line_key
from reader.core.library import Library
from reader.core.model import Release
from reader.core.text.fold import fold
from reader.core.validation import redo

if TYPE_CHECKING:
    from reader.core.importer.plan import ImportPlan


def already_imported(library: Library, digest: str) -> str | None:
    for release in library.releases:
        files = release.source.get("files") if isinstance(release.source, dict) else None
        if isinstance(files, dict) and any(isinstance(f, dict) and f.get("sha256") == digest for f in files.values()):
            return release.id
    return None


def holds_file(release: Release, language: str, digest: str, provenance: str | None) -> bool:
    """Whether the release's `language` version is this very file, as the provenance asked (or none
    asked): importing it again with --release is a skip, as it is without (trial O: exit 2, 'use
    --force'). Another provenance asked is a change the user wants: refused, naming --force."""
    files = release.source.get("files") if isinstance(release.source, dict) else None
    entry = files.get(language) if isinstance(files, dict) else None
    held = release.versions.get(language)
    return (
        held is not None
        and isinstance(entry, dict)
        and entry.get("sha256") == digest
        and provenance in (None, held.provenance.kind)
    )


def skipped_at_once(
    library: Library,
    twin: str | None,
    digest: str,
    release_id: str | None,
    lang: str | None,
    prov: str | None,
    force: bool,
) -> str | None:
    """The release a file in the library already is, known by its digest alone, to be skipped before
    it is read further: the language model, the page's rules and the search for the release it
    renders cost a second of CPU in an 800-release library (trial O) for an import that skips it."""
    if release_id is None:  # as the plan would, whatever --force says: a new release of a known file is
        # none; with a language given, skipped as that language's version only: as another, the plan
        # refuses it for its language first (a new user's trial; the dry run says the same)
        return twin if twin is None or lang is None or lang in _held_as(library.get(twin), digest) else None
    if force or twin is None:
        return None
    release = library.get(release_id)
    held = _held_as(release, digest)
    return (
        release_id if any(lang in (None, code) and holds_file(release, code, digest, prov) for code in held) else None
    )


def _held_as(release: Release, digest: str) -> list[str]:
    """The languages whose version the file of `digest` was imported as."""
    files = release.source.get("files") if isinstance(release.source, dict) else None
    return [code for code, f in files.items() if isinstance(f, dict) and f.get("sha256") == digest] if files else []


def same_release(library: Library, date: dt.date | None, title: str) -> str | None:
    """A release of the same date whose title, in any language, is this one (the bundled seed...)."""
    found = same_releases(library, date, title)
    return found[0] if found else None


def same_releases(library: Library, date: dt.date | None, title: str) -> list[str]:
    """Every release of the same date whose title, in any language, is this one: a namesake made
    apart (another issuer's) may share it with the release a corrected page belongs to."""
    if date is None:
        return []
    wanted = fold(" ".join(title.split()))
    return [
        release.id
        for release in library.releases
        if release.date == date and any(fold(" ".join(v.title.split())) == wanted for v in release.versions.values())
    ]


def rendering_of(
    library: Library,
    text: str,
    language: str,
    candidates: list[Release] | None = None,
    threshold: float = 0.3,
    newest: int = 300,
    names: bool = True,
    day: dt.date | None = None,
) -> Release | None:
    """The release this text renders, among the newest that lack its language or hold it only as a
    machine's (an official page arriving after `translate --all` was taken for a new release: an
    archive team's trial): shared numbers, names and cognates (a translation scores 0.22-0.6 on our
    corpora, another release under 0.36), with a clear margin over the runner-up. A hint for the
    user, never acted on. `day`: the text's own date, a release of which may differ in a body date
    (`figures_disagree`'s same_day)."""
    from reader.core.text.anchors import shares_a_name, similarity

    if candidates is None:
        held = {r.id: r.versions[language].provenance.kind for r in library.releases if language in r.versions}
        lacking = (r for r in library.releases if held.get(r.id, "machine") == "machine")
        candidates = sorted(lacking, key=lambda r: r.date)[-newest:]
    scores: list[tuple[float, Release]] = []
    for release in candidates:
        code = release.original_language if release.original_language in release.versions else ""
        code, version = (code, release.versions[code]) if code else next(iter(release.versions.items()))
        if code == language:
            continue
        try:
            other = " ".join(block.text for block in version.blocks)
        except ReaderError:
            continue
        if names and not shares_a_name(text[:4000], other[:4000], language, code):
            continue  # no name of one in the other: another release, whatever figures a template gives both
        if figures_disagree(text, other, language, code, same_day=day is not None and release.date == day):
            continue  # another release of the same template, whatever words it shares
        scores.append((similarity(text[:4000], other[:4000], language, code), release))
    scores.sort(key=lambda item: item[0], reverse=True)
    if not scores or scores[0][0] < threshold or (len(scores) > 1 and scores[0][0] - scores[1][0] < 0.1):
        return None
    return scores[0][1]


def figures_disagree(text: str, other: str, lang: str, other_lang: str, same_day: bool = False) -> bool:
    """Whether two texts state different facts in figures, so that neither renders the other: both
    name dates and no date is in both, or of the side with fewer figures (two at least) fewer than
    half are in the other, or both state amounts and share none (`amounts_apart`). A rendering gives
    its original's figures again as they stand (a summary leaves some out, a slip changes one);
    releases of one template share their words, not their amounts (trial H, 600 releases in one
    command: a French release took the Dutch of another of its date, 15 milliards / 23 500 beside
    1,5 miljoen / 235, and pairs that belonged together were left apart, their template's rivals
    scoring as high). `same_day`: the two are dated the same day
    (their pages' datelines), when a body date that differs is a slip for review to flag, not another
    release, if the other figures agree (`_rest_agrees`): trial Y's 13 pairs whose French gave a
    start date 7 days off were each made two releases, kept out of the review that catches the slip."""
    from reader.core.text.anchors import figures

    mine, theirs = figures(text[:4000], lang), figures(other[:4000], other_lang)
    my_dates = {f for f in mine if f.startswith("#date:")}
    their_dates = {f for f in theirs if f.startswith("#date:")}
    rest = (mine - my_dates, theirs - their_dates)
    if my_dates and their_dates and not my_dates & their_dates and not (same_day and _rest_agrees(*rest)):
        return True
    smaller, larger = sorted(rest, key=len)
    return _mostly_apart(smaller, larger) or amounts_apart(*rest)


def _rest_agrees(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Of the side with fewer figures other than dates (four at least), three in four are in the other
    (as `one_day_slip` asks): the same release, a date of it rendered wrong."""
    smaller = min(mine, theirs, key=len)
    return len(smaller) >= 4 and 4 * len(mine & theirs) >= 3 * len(smaller)


def _amounts(found: frozenset[str]) -> frozenset[str]:
    """The figures that state an amount: a percentage, a number of 100 or more that is not a year
    (1900-2100). Small numbers and years ('12 months', 'by 2021', '3 phases') are a template's
    wording, shared by every page of it."""
    kept = set()
    for figure in found:
        kind, _, value = figure.partition(":")
        if kind == "#percent":
            kept.add(figure)
        elif kind == "#number":
            try:
                number = float(value)
            except ValueError:
                continue
            if number >= 100 and not (1900 <= number <= 2100 and number == int(number)):
                kept.add(figure)
    return frozenset(kept)


def amounts_apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Both texts state two amounts or more and not one is in both: two releases, whatever template
    wording and small numbers they share. Trial Y joined a French page (39 175 000 euros, 37,3 %, 8733
    residents, 3532 households) to the Dutch of another release two days off (35.763.000 euro, 13,2 %,
    8843, 2696), their '12 months', 'by 2021', '3 phases' and one start date shared; a rendering gives
    its original's amounts again (a slip changes one, a summary leaves some out, none drops all)."""
    one, two = _amounts(mine), _amounts(theirs)
    return len(one) >= 2 and len(two) >= 2 and not one & two


def figures_foreign(text: str, other: str, lang: str, other_lang: str) -> bool:
    """Whether fewer than half of this text's figures (two at least) are in the other: a file with no
    date of its own is then no version of it, whatever it shares. A rendering gives its original's
    figures again (a slip changes one); a translator's notes on a pair quote both sides' figures,
    and trial J's labels.md, 3 of its 11 in the French, was made the release's English version."""
    from reader.core.text.anchors import figures

    return _mostly_apart(figures(text[:4000], lang), figures(other[:4000], other_lang))


def one_day_slip(text: str, other: str, lang: str, other_lang: str) -> bool:
    """Whether two texts whose headlines name days one apart are one release's versions all the same:
    of the side with fewer figures other than dates (four at least), three in four are in the other,
    and a name of one is in the other (trial Q: a rendering's '16 septembre' for '15 september', in
    headline and lead, with ten figures and the minister's name shared). Two meetings of one template
    a day apart state other amounts."""
    from reader.core.text.anchors import figures, shares_a_name

    mine, theirs = figures(text[:4000], lang), figures(other[:4000], other_lang)
    mine, theirs = (frozenset(f for f in side if not f.startswith("#date:")) for side in (mine, theirs))
    smaller = min(mine, theirs, key=len)
    if len(smaller) < 4 or 4 * len(mine & theirs) < 3 * len(smaller):
        return False
    return shares_a_name(text[:4000], other[:4000], lang, other_lang)


def _mostly_apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Fewer than half of `mine` (two at least) are in `theirs`: the one measure both rules read."""
    return len(mine) >= 2 and 2 * len(mine & theirs) < len(mine)


def landed_meanwhile(plan: ImportPlan, release: Release) -> None:
    """Under the root's lock, before a version goes in where the plan saw none: the same file imported
    into that language by another process meanwhile is skipped as in the library already (two runs
    of one import at once: the loser's write was refused, exit 2, where run after it it skips)."""
    from reader.core.importer.plan import already_in_library
    from reader.core.metadata import read_metadata

    if plan.replaces is not None:
        return  # a version replaced as asked (--force): the same file read again is allowed
    try:
        files = read_metadata(release.folder).get("source", {}).get("files", {})
    except (ReaderError, AttributeError):
        return
    entry = files.get(plan.language) if isinstance(files, dict) else None
    if isinstance(entry, dict) and entry.get("sha256") == plan.sha256:
        raise already_in_library(plan.path, release.id)


# The score a file needs to join a release another command made meanwhile: as for files given in one
# command among others (commands/import_partners.SAME_COMMAND_MATCH, two releases at random never over 0.15).
MEANWHILE_MATCH = 0.2


def joins_meanwhile(plan: ImportPlan, library: Library) -> Callable[[list[Path]], None]:
    """Under the root's lock, before the plan's new release goes into place: a release of its date
    another command made meanwhile without its language, which this text renders, is the release it
    joins (MadeMeanwhile). `import nl.txt fr.txt` beside `import fr.txt` made two releases (trial P,
    thirty-third session): each planned a new one before the other wrote; one after the other, the
    second finds the first's release and joins it or skips its file."""

    def check(folders: list[Path]) -> None:
        from reader.core.errors import MadeMeanwhile
        from reader.core.metadata import load_release

        candidates = []
        for folder in folders:
            try:
                release = load_release(folder)
            except ReaderError:
                continue
            if release.date == plan.date and plan.language not in release.versions:
                candidates.append(release)
        text = " ".join(b.text for b in plan.blocks if b.kind != "letterhead")
        found = (
            rendering_of(library, text, plan.language, candidates, MEANWHILE_MATCH, day=plan.date)
            if candidates
            else None
        )
        if found is not None:
            raise MadeMeanwhile(
                plan.path,
                f"another command made '{found.id}' meanwhile, of this date, which this file renders",
                found.id,
                plan.language,
            )

    return check


def other_titles(library: Library, language: str, newest: int = 300) -> set[str]:
    """The titles (as line keys) of the versions in other languages of the newest releases."""
    releases = sorted(library.releases, key=lambda r: r.date)[-newest:]
    return {line_key(v.title) for r in releases for code, v in r.versions.items() if code != language} - {""}


def made_from(release: Release, language: str) -> list[str]:
    """The machine versions translated from the text this import replaces: said, as they now render
    a text that is gone (the first model's code names the language it read: 'translate-nl_en')."""
    said = []
    for code, version in sorted(release.versions.items()):
        models = version.provenance.models if version.provenance.kind in ("machine", "post-edited") else []
        first = models[0].get("code", "") if models else ""
        if code != language and re.search(rf"(?:^|[-:]){language}_[a-z]{{2}}$", first):
            said.append(
                f"the {version.provenance.kind} '{code}' version was translated from the '{language}' text "
                f"this replaces: {redo(release.id, language, code, version.provenance.kind)}"
            )
    return said
