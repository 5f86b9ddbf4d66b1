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

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.errors import ImportFailed, LibraryError
from reader.core.importer.xliff_change import Change as Change
from reader.core.importer.xliff_copies import untranslated
from reader.core.importer.xliff_guide import block_guide, guide
from reader.core.importer.xliff_match import ID, found, match, renamed_said, source_edited, untouched
from reader.core.importer.xliff_places import unplaceable
from reader.core.importer.xliff_read import XliffFile, read_xliff, stored, taken
from reader.core.library import Library
from reader.core.metadata import valid_id
from reader.core.model import LANGUAGE_NAMES, Release
from reader.core.review.checks import CheckReport, check_release
from reader.core.review.edit import Edit, edit_release
from reader.core.review.proposals import proposal_flags
from reader.core.review.store import ReviewStore, SegmentReview, proposal_line, with_proposals
from reader.core.text.clean import clean_line
from reader.core.text.glossary import Glossary
from reader.core.text.ranges import ranges as _ranges


@dataclass
class XliffPlan:
    file: XliffFile
    release: Release
    changes: list[Change] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # segments whose target was untranslated (a copy)
    partial: list[int] = field(default_factory=list)  # units a CAT tool translated only in part
    stale: list[int] = field(default_factory=list)  # segments changed in the library since the export
    # those of them whose unit carries an edit of the file's (a target, state or comment other than
    # exported): work not applied, which an untouched file's stale units never are
    stale_edited: list[int] = field(default_factory=list)
    # segments whose state the file and the review both changed since the export: the review's stays
    stale_states: list[int] = field(default_factory=list)
    unplaced: list[int] = field(default_factory=list)  # new targets spanning two paragraphs: not applied
    sources_edited: list[int] = field(default_factory=list)  # units whose source the file changed: not taken
    no_target: list[int] = field(default_factory=list)  # units the file carries without a <target>
    renamed: list[str] = field(default_factory=list)  # unplaced units with ids a CAT tool rewrote
    report: CheckReport | None = None  # the segments as the export made them (see xliff_guide)
    guided: bool = False  # the report was aligned by the file's units, not as a check aligns
    # after the write: segments the file set ok whose text the checks flag (segment, flag codes)
    ok_flagged: list[tuple[int, str]] = field(default_factory=list)
    approved: int = 0  # corrections of an official version the file approved too (kept as proposals all the same)

    def ok_flagged_warning(self) -> str | None:
        if not self.ok_flagged:
            return None
        said = "; ".join(f"{n} ({codes})" for n, codes in self.ok_flagged)
        return clean_line(f"{self.file.path}: set ok by the file, but the checks flag segment(s) {said}")

    @property
    def proposals(self) -> int:
        """New targets for an official version: stored as proposals in the comments, the version unchanged."""
        official = self.release.versions[self.file.target_lang].provenance.kind == "official"
        return sum(1 for c in self.changes if c.target is not None) if official else 0

    def proposals_warning(self, dry_run: bool = False) -> str | None:
        if not self.proposals:
            return None
        stays, stored = ("would stay", "would be stored") if dry_run else ("is", "were stored")
        return clean_line(
            f"{self.file.path}: the official '{self.file.target_lang}' version {stays} unchanged (as published); "
            f"{self.proposals} correction(s) {stored} as proposals in review comments, flagged to take or leave"
            + (
                f" ({self.approved} the file approved too: an official text changes only by importing its new version)"
                if self.approved
                else ""
            )
        )

    def skipped_warning(self) -> str | None:
        """One line for the user: which units were left alone as untranslated, and the way to take them."""
        part = f"; not taken, translated only in part in the CAT tool: segment(s) {_ranges(self.partial)}"
        if not self.skipped:
            return clean_line(f"{self.file.path}:{part[1:]}") if self.partial else None
        src = LANGUAGE_NAMES[self.file.source_lang]
        numbers = _ranges(self.skipped)
        return clean_line(
            f"{self.file.path}: skipped {len(self.skipped)} unit(s) whose target is empty, a copy of the source, "
            f"reads as {src} or is marked not translated yet (untranslated in the CAT tool): segment(s) {numbers}; "
            "--accept-copies takes them" + (part if self.partial else "")
        )

    def stale_warning(self) -> str | None:
        """Segments another writer changed since the file was exported: their units are not taken
        (the file's text is older than the library's), and the way to merge them is named."""
        said = []
        if self.stale:
            edited = self.stale_edited
            said.append(
                f"{len(self.stale)} unit(s) were stale and not applied: segment(s) {_ranges(self.stale)} "
                "changed in the library since this file was exported; "
                + (
                    f"{len(edited)} of them carry the file's edits (segment(s) {_ranges(edited)}): "
                    "export again and redo those changes"
                    if edited
                    else "none of them carries an edit of the file's (as exported): nothing of the file's is lost"
                )
            )
        if self.sources_edited:
            said.append(
                f"the source of segment(s) {_ranges(self.sources_edited)} was edited in the file (the library's "
                "is as exported): a source is changed in the release, not in the CAT tool; those units were not applied"
            )
        if self.no_target:
            said.append(
                f"segment(s) {_ranges(self.no_target)} have no <target> in the file: their targets stay as they are"
            )
        if self.unplaced:
            said.append(
                f"the new target of segment(s) {_ranges(self.unplaced)} was not applied, nor its state: each spans "
                f"two paragraphs of the target; correct it in the release's {self.file.target_lang}.md file"
            )
        if self.stale_states:
            said.append(
                f"the review state or comment of segment(s) {_ranges(self.stale_states)} was changed both in "
                "the file and in the library since the export (or the file is not this library's export); "
                "the library's stays"
            )
        if self.renamed:
            said.append(renamed_said(self.renamed))
        return clean_line(f"{self.file.path}: {'; '.join(said)}") if said else None

    def unapplied(self) -> str | None:
        """Why the import fails though nothing is wrong with the file: it carries edits, all on stale
        units, so none of them can be applied (the release changed since the export). An untouched
        old file has nothing to lose and passes; never a quiet exit 0 over lost work."""
        if not (self.stale_edited or self.unplaced or self.sources_edited or self.renamed) or self.changes:
            return None
        if self.renamed and not (self.stale_edited or self.unplaced or self.sources_edited):
            return clean_line("none of the file's units could be applied: " + renamed_said(self.renamed))
        if self.sources_edited and not self.stale_edited:
            return clean_line(
                f"none of the file's edits could be applied: the source of segment(s) {_ranges(self.sources_edited)} "
                "was edited in the file, not in the library; change a source in the release and export again"
            )
        if not self.stale_edited:
            return clean_line(
                f"none of the file's edits could be applied: segment(s) {_ranges(self.unplaced)} span two "
                f"paragraphs of the target; correct them in the release's {self.file.target_lang}.md file"
            )
        return clean_line(
            f"none of the file's edits could be applied: {len(self.stale_edited)} unit(s) "
            f"with edits are stale (segment(s) {_ranges(self.stale_edited)}); export again and redo those changes"
        )

    def to_json(self, written: bool) -> dict[str, Any]:
        return {
            "file": str(self.file.path),
            "format": f"xliff {self.file.version}",
            "id": self.release.id,
            "source": self.file.source_lang,
            "target": self.file.target_lang,
            "written": written,
            "proposals": self.proposals,
            "changes": [c.to_json() for c in self.changes],
            "skipped": self.skipped,
            "partial": self.partial,
            "stale": self.stale,
            "unplaced": self.unplaced,
            "stale_edited": self.stale_edited,
            "stale_states": self.stale_states,
            "sources_edited": self.sources_edited,
            "no_target": self.no_target,
            "renamed": self.renamed,
            "ok_flagged": [n for n, _codes in self.ok_flagged],
        }


def plan_xliff(
    path: Path,
    library: Library,
    store_root: Path,
    release_id: str | None = None,
    glossary: Glossary | None = None,
    accept_copies: bool = False,
) -> XliffPlan:
    xliff = read_xliff(Path(path))
    wanted = release_id or xliff.release_id
    if not wanted:
        raise ImportFailed(path, "the file does not say which release it belongs to; use --release ID")
    if release_id and xliff.release_id and release_id != xliff.release_id:
        raise ImportFailed(
            path, f"the file belongs to release '{xliff.release_id}', not '{release_id}' (it says so in 'original')"
        )
    if not release_id and not valid_id(wanted):  # the file's word, so the file is what is named
        raise ImportFailed(path, f"its 'original' names {clean_line(repr(wanted))[:80]}: no release id; use --release")
    try:
        release = library.get(wanted)
    except LibraryError as exc:
        if release_id or not exc.reason.startswith("no release with id"):
            raise
        # the file named it: the file is what the user must look at, and the library where it was sought
        raise ImportFailed(
            path,
            f"the file's 'original' names release {exc.reason[len('no release with id ') :]}, "
            f"which the library at {library.root} does not hold",
        ) from None
    src, tgt = xliff.pair
    for code in (src, tgt):
        if code not in release.versions:
            raise ImportFailed(path, f"release '{release.id}' has no '{code}' version")
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
    foreign = xliff.release_id is None
    plan = XliffPlan(xliff, release, report=report, guided=guided)
    official = release.versions[xliff.target_lang].provenance.kind == "official"
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
        altered = named is None and not foreign and not (exported is not None and pair.key in exported)
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
            if not accept_copies and (unit.unsure or untranslated(unit.target, pair.target, pair.source, src)):
                plan.skipped.append(pair.index + 1)
                continue
            change.target = taken(unit.target, pair.kind)
        current = store.get(pair.key)
        change.was = current.status
        if official and change.target is not None:  # a proposal, which flags the segment; once
            if proposal_line(change.target) in current.comment.splitlines():
                change.target = None
            plan.approved += change.target is not None and unit.status == "ok"
            unit.status = "flagged"
            if change.target is not None:  # checked as an edit is (review/proposals.py), said with it
                change.flags = proposal_flags(pair.source, change.target, pair.kind, *xliff.pair, glossary)
        # three ways, as a merge: what was exported, the file's, the review's now
        base = exported.get(named.group("key") if named else pair.key) if exported is not None else None
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
    if xliff.units and not matched:
        raise ImportFailed(path, "no unit matches a segment of the release; export again and redo the changes")
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
        after = edit_release(
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
        ).report
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
