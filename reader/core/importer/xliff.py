"""Take back what a translator changed in a CAT tool: targets, states and notes of an XLIFF file.

Reads XLIFF 2.0 and 1.2, told apart by the root's namespace (both as press-reader exports them, 1.2
also as OmegaT, Trados or memoQ write it). Each unit is matched to a segment by its id
(``s<N>-<key>``) and checked against the segment's source: if the release changed since the export,
nothing is taken and the error says which unit no longer matches. All target changes are made in one
write of the version (history kept, provenance rules of ``review.edit``), then the states and
comments are set.

A CAT tool leaves a copy of the source in the target of a unit nobody translated (OmegaT translates
the target of a "source=target" XLIFF), so a target that is empty, equals its source or reads as the
source language is not taken over a target that is none of these: the unit is skipped and counted
(``accept_copies`` takes the copies). Targets keep their line breaks (a letterhead's).
"""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import ImportFailed, LibraryError
from reader.core.importer.xliff_change import Change as Change
from reader.core.importer.xliff_copies import other_language, untranslated
from reader.core.importer.xliff_guide import block_guide, guide
from reader.core.importer.xliff_match import ID, found, held_when_exported, match, source_edited, untouched
from reader.core.importer.xliff_places import reshaped, unplaceable
from reader.core.importer.xliff_plan import XliffPlan as XliffPlan
from reader.core.importer.xliff_read import read_xliff, stored, taken
from reader.core.importer.xliff_release import check_named, release_by_sources
from reader.core.importer.xliff_size import check_count, check_early, named_release, unit_count
from reader.core.library import Library
from reader.core.metadata import valid_id
from reader.core.review.checks import check_release
from reader.core.review.edit import Edit, edit_release
from reader.core.review.edit_refused import PartlyRefused
from reader.core.review.proposals import proposal_flags
from reader.core.review.store import (
    MAX_COMMENT,
    ReviewStore,
    SegmentReview,
    exported_pair,
    proposal_line,
    with_proposals,
)
from reader.core.text.clean import blank, clean_line
from reader.core.text.glossary import Glossary


class ElsewhereRelease(ImportFailed):
    """The release a file names is not in this library: the command line names --library (trial R)."""


def plan_xliff(
    path: Path,
    library: Library,
    store_root: Path,
    release_id: str | None = None,
    glossary: Glossary | None = None,
    accept_copies: bool = False,
) -> XliffPlan:
    # counted first, each unit cleared: 100,000 tiny units took 65 s and 606 MB read whole (trial Z, F5)
    count, original = unit_count(Path(path))
    check_early(path, count, release_id or named_release(original), library.get)
    xliff = read_xliff(Path(path))
    for unit in xliff.units:
        if unit.comment is not None and len(unit.comment) > MAX_COMMENT:
            # refused before anything is written: taken, the text went in and its state did not (a trial)
            raise ImportFailed(
                path,
                f"unit {clean_line(unit.id)[:40]}: its note is {len(unit.comment):,} characters, over the "
                f"{MAX_COMMENT:,} a review comment holds; nothing was taken (shorten it in the CAT tool)",
            )
    # A release this library does not hold (a teammate's copy gave it another id) names none here: its
    # sources tell, as for a file naming none, and a --release they match is taken (trial Z, F2)
    theirs = xliff.release_id or ""
    elsewhere = bool(theirs) and valid_id(theirs) and theirs not in library
    says = None if elsewhere else xliff.release_id
    wanted = release_id or says
    by_sources = not wanted  # a CAT tool rewrote its 'original': its sources tell (xliff_release.py)
    if not wanted:
        try:
            wanted = release_by_sources(path, xliff, library)
        except ImportFailed as exc:
            if not elsewhere:
                raise
            where = f"release {theirs!r}, which the library at {library.root} does not hold"
            # no release here holds its sources either: most likely another library's file (trial R)
            kind = ImportFailed if "nor does any release" not in exc.reason else ElsewhereRelease
            raise kind(path, f"the file's 'original' names {where}; {exc.reason}") from None
    if release_id and says and release_id != says:
        raise ImportFailed(path, f"the file belongs to release '{says}', not '{release_id}' (it says so in 'original')")
    if not release_id and not valid_id(wanted):  # the file's word, so the file is what is named
        raise ImportFailed(path, f"its 'original' names {clean_line(repr(wanted))[:80]}: no release id; use --release")
    try:
        release = library.get(wanted)
    except LibraryError as exc:
        if release_id or not exc.reason.startswith("no release with id"):
            raise
        # the file named it: the file is what the user must look at, and the library where it was sought
        raise ElsewhereRelease(
            path,
            f"the file's 'original' names release {exc.reason[len('no release with id ') :]}, "
            f"which the library at {library.root} does not hold",
        ) from None
    check_count(path, len(xliff.units), release)
    src, tgt = xliff.pair
    made = exported_pair(store_root, release.id, xliff.stamp) if xliff.stamp else None
    if made is not None and made != (src, tgt):
        raise ImportFailed(
            path,
            f"it was exported for {made[0]}→{made[1]} but now says {src}→{tgt} (a CAT tool's project "
            f"languages?): set source-language and target-language back to {made[0]} and {made[1]}",
        )
    for code in (src, tgt):
        if code not in release.versions:
            raise ImportFailed(path, f"release '{release.id}' has no '{code}' version")
    if release_id and says is None:
        check_named(path, xliff, library, release)  # one shared sentence took a wrong one (trial X, F1)
    store = ReviewStore(release.id, src, tgt, store_root)
    # the pairs the review holds (its edits) as export saw them: without them the segments after an
    # edited one are set otherwise, and every unit past it reads as stale
    held = store.holds()
    report = check_release(release, src, tgt, glossary, held=held)
    guided = found(xliff, report) < len(xliff.units)
    if guided:  # exported with other segments (an MT-assisted alignment): rebuild them from the units
        as_now = [(u.source, " ".join(u.target.split())) for u in xliff.units if u.target]  # taken already
        by_units, blocks = (
            guide([u.id for u in xliff.units], as_now),
            block_guide([(u.id, u.source, u.target) for u in xliff.units]),
        )
        again = check_release(release, src, tgt, glossary, guide=by_units, block_guide=blocks, held=held)
        guided = found(xliff, again) > found(xliff, report)
        report = again if guided else report
    # the states and comments as the file was made; a stamp this library never kept (another copy's,
    # pruned, forged) gives no base, so no state or comment that differs is taken from the file
    exported = store.exported_states(xliff.stamp) if xliff.stamp else None
    unknown = bool(xliff.stamp) and exported is None
    # A file that names no release of press-reader's (made elsewhere, its 'original' rewritten) has
    # no base either: it sets a state or a comment only where the review has none, never over one.
    foreign = says is None
    plan = XliffPlan(xliff, release, report=report, guided=guided, by_sources=by_sources)
    official = release.versions[xliff.target_lang].provenance.kind == "official"
    # no record of the export here (a teammate's data folder, another machine): its time and the
    # history tell which segments are as exported, for the units a CAT tool renumbered
    as_exported = held_when_exported(release, tgt, xliff.stamp) if exported is None else None
    matched = 0
    for unit in xliff.units:
        pair = match(xliff, unit, report)
        if pair is None:
            edited_at = source_edited(unit, report)
            if edited_at is not None:
                plan.sources_edited.append(edited_at)
            elif not untouched(unit, exported):
                named = ID.match(unit.id)
                if named is None:  # no number to name it by, no key to tell an edit by: said as such
                    plan.renamed.append(unit.id)
                    continue
                plan.stale.append(int(named.group("n")))  # the file's number, named
                plan.stale_edited.append(plan.stale[-1])
            continue
        matched += 1
        if unit.target is None and pair.target.strip():
            plan.no_target.append(pair.index + 1)  # a target the file lost is no edit: said, not taken
        change = Change(pair.index + 1, pair.source)
        named = ID.match(unit.id)
        moved = named is not None and named.group("key") != pair.key
        # an id this library never writes, in a file it exported (a CAT tool renumbered the unit): no
        # key says which texts the unit was made from, so a target that differs may be the old one
        # unless the export remembers the segment as it stands (its key among the exported): the
        # library did not change it since, so the file's target is the CAT tool's edit (a trial's
        # renumbered file had every edit refused as 'changed in the library')
        altered = (
            named is None
            and not foreign
            and not (exported is not None and pair.key in exported)
            and not (as_exported is not None and as_exported(pair.target))
        )
        differs = unit.target is not None and stored(unit.target, pair.kind) != stored(pair.target, pair.kind)
        if (moved or altered) and differs:
            # The segment's text is not the one exported (its key hashes both texts): someone changed
            # it since, and this unit, older, would undo that. Refused by name, never overwritten.
            plan.stale.append(pair.index + 1)
            if not untouched(unit, exported, pair.source):
                plan.stale_edited.append(pair.index + 1)
            continue
        if unit.target is not None and differs:
            if unit.partial:  # never taken: its source would fill the gap, or the text be cut short
                plan.partial.append(pair.index + 1)
                continue
            # an empty target is never taken, --accept-copies or not: an edit replaces a text, never
            # deletes it (taken, it refused the whole file at the write, though the dry run said it
            # would apply: a CAT-tool trial)
            empty = blank(unit.target) and bool(pair.target.strip())
            if empty or (
                not accept_copies and (unit.unsure or untranslated(unit.target, pair.target, pair.source, src))
            ):
                plan.skipped.append(pair.index + 1)
                continue
            if not accept_copies and (reads := other_language(unit.target, pair.target, src, tgt)):
                plan.other_language.append((pair.index + 1, reads))  # German in a French file (trial C, F7)
                continue
            change.target = taken(unit.target, pair.kind)
            change.previous = pair.target
        current = store.get(pair.key)
        change.was = current.status
        if official and change.target is not None:  # a proposal, which flags the segment; once
            if proposal_line(change.target) in current.comment.splitlines():
                change.target = None
            plan.approved += change.target is not None and unit.status == "ok"
            unit.status = "flagged"
        if change.target is not None:  # checked as an edit is (review/proposals.py), said with it; an
            # edit's flags are read again at the write, in its place: the dry run said none (a CAT-tool trial)
            change.flags = proposal_flags(pair.source, change.target, pair.kind, *xliff.pair, glossary)
        # three ways, as a merge: what was exported, the file's, the review's now
        base = exported.get(named.group("key") if named else pair.key) if exported is not None else None
        if unit.review_asked and unit.status == "todo" and (base or (current.status, ""))[0] == "flagged":
            unit.status = "flagged"  # press-reader's flagged as exported (needs-review-translation), kept
        if foreign and current != SegmentReview():
            if (unit.status is not None and unit.status != current.status) or (
                unit.comment is not None and with_proposals(current.comment, unit.comment) != current.comment
            ):
                plan.stale_states.append(pair.index + 1)  # the review's state and comment stay, named
            unit.status, unit.comment = None, None
        if unit.status is not None and unit.status != current.status:
            if unknown or altered:
                plan.stale_states.append(pair.index + 1)  # no base to tell who changed it: the review's stays
            elif base is None or current.status == base[0]:
                change.status = unit.status  # only the file changed it (or a file of an older press-reader)
            elif unit.status != base[0]:
                plan.stale_states.append(pair.index + 1)  # both changed it: the review's stays, named
            # else: the file says what was exported; the review changed it since, and keeps it
        if unit.comment is not None and with_proposals(current.comment, unit.comment) != current.comment:
            said = with_proposals(base[1], unit.comment) if base is not None else None
            if unknown or (base is not None and said != base[1] and current.comment != base[1]):
                if pair.index + 1 not in plan.stale_states:
                    plan.stale_states.append(pair.index + 1)
            elif base is None or said != base[1]:
                change.comment = unit.comment
            # else: the file's comment is the exported one; the review's newer comment stays
        elif unit.comment is None and base is not None and base[1].strip() and current.comment == base[1]:
            plan.comments_absent.append(pair.index + 1)  # no note at all: deleted, or a tool that drops notes
        if (
            change.target is not None
            and change.status is None
            and unit.status not in (None, "todo")
            and not official
            and pair.index + 1 not in plan.stale_states
        ):
            # the file's state is that of its own target: an approval kept through an edit in the CAT
            # tool approves the new text (a review's 'ok' goes back to todo with the text it approved)
            change.status = unit.status
        if change.target is not None or change.status is not None or change.comment is not None:
            plan.changes.append(change)
        elif not differs:
            plan.in_place += 1  # what the library holds already (taken before)
    if xliff.units and not matched:
        raise ImportFailed(path, "no unit matches a segment of the release; export again and redo the changes")
    # a table whose rows a CAT tool joined is no edit of the table: refused by name, as a proposal too
    plan.reshaped = reshaped(report, {c.segment: c.target for c in plan.changes if c.target is not None})
    for change in plan.changes:
        if change.segment in plan.reshaped:  # its state is that of the text refused
            change.target = change.status = None
    if not official:  # a proposal is stored in a comment and needs no place in the text
        targets = {c.segment: c.target for c in plan.changes if c.target is not None}
        plan.unplaced = unplaceable(report, release.versions[xliff.target_lang].blocks, targets)
        for change in plan.changes:
            if change.segment in plan.unplaced:
                # the file's state is that of the text it could not place: an approval kept would
                # approve the old text the translator corrected (a translator's trial)
                change.target = change.status = None
    plan.changes = [c for c in plan.changes if (c.target, c.status, c.comment) != (None, None, None)]
    return plan


def apply_xliff(
    plan: XliffPlan, library: Library, store_root: Path, who: str, glossary: Glossary | None = None
) -> None:
    src, tgt = plan.file.source_lang, plan.file.target_lang
    store = ReviewStore(plan.release.id, src, tgt, store_root)
    edits = [Edit(c.segment, c.target) for c in plan.changes if c.target is not None]
    after_guide = blocks = None
    if plan.guided:  # the re-check groups the sentences as the file does, the new targets included
        units = plan.file.units
        new = [(c.source, clean_line(c.target)) for c in plan.changes if c.target is not None]
        after_guide, blocks = (
            guide([u.id for u in units], new),
            block_guide([(u.id, u.source, u.target) for u in units]),
        )
    if edits and plan.proposals:  # an official version stays as published: each correction a proposal
        after = plan.report or check_release(plan.release, src, tgt, glossary)
        for change in plan.changes:
            if change.target is not None:
                proposal = proposal_line(change.target)
                store.set(after.pairs[change.segment - 1].key, "flagged", proposal, append=True)
    elif edits:
        try:
            outcome = edit_release(
                library,
                plan.release,
                src,
                tgt,
                edits,
                who=who,
                glossary=glossary,
                store=store,
                why=f"XLIFF import of {plan.file.path.name}",
                report=plan.report,
                guide=after_guide,
                block_guide=blocks,
            )
        except PartlyRefused as exc:
            # another writer changed some of the segments meanwhile: those stay theirs, the others are
            # written; said as a warning and exit 0, as the README has it (trial Z, F4)
            outcome, plan.taken_meanwhile = exc.outcome, exc.refused
            plan.changes = [c for c in plan.changes if c.segment not in exc.refused]
        after = outcome.report
    else:
        after = check_release(plan.release, src, tgt, glossary, guide=after_guide, block_guide=blocks)
    for change in plan.changes:
        text = None if plan.proposals or change.target is None else clean_line(change.target)
        candidates = [p for p in after.pairs if p.source == change.source and (text is None or text in p.target)]
        # a target that gained a sentence is split by the re-check: the state goes to its source's segment
        candidates = candidates or [p for p in after.pairs if p.source == change.source]
        if not candidates:
            continue
        pair = min(candidates, key=lambda p: abs(p.index + 1 - change.segment))
        if text is not None:  # a new text the checks read again: what they flag is said with the change
            change.flags = [(f.code, f.message) for f in pair.flags if f.severity != "info"]
        if change.status is not None or change.comment is not None:
            store.set(pair.key, change.status, change.comment)
            codes = sorted({f.code for f in pair.flags if f.severity != "info"})
            if change.status == "ok" and codes:  # approved in the CAT tool, flagged here: said, not hidden
                plan.ok_flagged.append((pair.index + 1, ", ".join(codes)))
