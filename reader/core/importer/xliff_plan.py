"""What an XLIFF import found, unit by unit, and the lines that tell the user: planned by
``xliff.plan_xliff`` before anything is written, so a dry run says the same as a real one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.core.importer.xliff_change import Change, demoted
from reader.core.importer.xliff_match import renamed_said
from reader.core.importer.xliff_read import XliffFile
from reader.core.model import LANGUAGE_NAMES, Release
from reader.core.review.checks import CheckReport
from reader.core.text.clean import clean_line
from reader.core.text.langid import language_name
from reader.core.text.ranges import ranges as _ranges

RENAMED_LISTED = 10


@dataclass
class XliffPlan:
    file: XliffFile
    release: Release
    changes: list[Change] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # segments whose target was untranslated (a copy)
    # segments whose target reads as another language than the file's two (German in a French file)
    other_language: list[tuple[int, str]] = field(default_factory=list)
    partial: list[int] = field(default_factory=list)  # units a CAT tool translated only in part
    stale: list[int] = field(default_factory=list)  # segments changed in the library since the export
    # those of them whose unit carries an edit of the file's (a target, state or comment other than
    # exported): work not applied, which an untouched file's stale units never are
    stale_edited: list[int] = field(default_factory=list)
    # segments whose state the file and the review both changed since the export: the review's stays
    stale_states: list[int] = field(default_factory=list)
    unplaced: list[int] = field(default_factory=list)  # new targets spanning two paragraphs: not applied
    reshaped: list[int] = field(default_factory=list)  # tables whose rows came back joined: not applied
    sources_edited: list[int] = field(default_factory=list)  # units whose source the file changed: not taken
    no_target: list[int] = field(default_factory=list)  # units the file carries without a <target>
    renamed: list[str] = field(default_factory=list)  # unplaced units with ids a CAT tool rewrote
    # segments whose exported comment the file no longer carries, with no note at all in its unit: a
    # CAT tool's user deleted it, or the tool drops notes (many do); kept, and said (a translator's trial)
    comments_absent: list[int] = field(default_factory=list)
    in_place: int = 0  # units matched that change nothing: what the library holds already
    report: CheckReport | None = None  # the segments as the export made them (see xliff_guide)
    guided: bool = False  # the report was aligned by the file's units, not as a check aligns
    # after the write: segments the file set ok whose text the checks flag (segment, flag codes)
    ok_flagged: list[tuple[int, str]] = field(default_factory=list)
    by_sources: bool = False  # the file names no release: the only one holding all its sources was taken
    approved: int = 0  # corrections of an official version the file approved too (kept as proposals all the same)
    # segments another writer changed while the import wrote: their edits not written, the others were
    taken_meanwhile: list[int] = field(default_factory=list)

    def warnings(self, dry_run: bool) -> list[str]:
        """Every line the import says of what it did not take or changed unasked, each naming the
        file: the shell's import and the TUI's screen say the same."""
        said = [self.stale_warning(), self.skipped_warning(), self.other_language_warning()]
        said.append(self.proposals_warning(dry_run))
        if self.by_sources:  # said, as the file did not say it (trial X, F1)
            said.insert(
                0,
                f"{self.file.path}: names no release of press-reader's (a CAT tool rewrote its 'original'); "
                f"its sources are all release {self.release.id}'s, taken as its release",
            )
        if back := demoted(self.changes):
            said.append(
                f"{self.file.path}: sets {len(back)} segment(s) a reviewer marked ok or flagged back to todo, their "
                "text unchanged (a CAT tool that writes every state anew does so): "
                + ", ".join(map(str, back[:12]))
                + ("…" if len(back) > 12 else "")
            )
        return [line for line in said if line]

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
            f"reads as {src} or is marked not translated yet, a machine's suggestion or a draft (untranslated or "
            f"unconfirmed in the CAT tool): segment(s) {numbers}; "
            "--accept-copies takes them, the empty ones never" + (part if self.partial else "")
        )

    def other_language_warning(self) -> str | None:
        """One line: the units not taken because their target reads as another language, each named."""
        if not self.other_language:
            return None
        declared = LANGUAGE_NAMES[self.file.target_lang]
        by_language: dict[str, list[int]] = {}
        for segment, code in self.other_language:
            by_language.setdefault(code, []).append(segment)
        named = "; ".join(f"{language_name(code)}: segment(s) {_ranges(n)}" for code, n in by_language.items())
        return clean_line(
            f"{self.file.path}: skipped {len(self.other_language)} unit(s) whose target reads as another language "
            f"than the {declared} the file declares ({named}); --accept-copies takes them"
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
        if self.reshaped:
            said.append(
                f"the new target of segment(s) {_ranges(self.reshaped)} was not applied, nor its state: a table "
                "whose rows are no longer the source's (the CAT tool joined its lines?); keep a row a line"
            )
        if self.stale_states:
            said.append(
                f"the review state or comment of segment(s) {_ranges(self.stale_states)} was changed both in "
                "the file and in the library since the export (or the file is not this library's export); "
                "the library's stays"
            )
        if self.renamed:
            said.append(renamed_said(self.renamed))
        if self.taken_meanwhile:
            said.append(
                f"segment(s) {_ranges(self.taken_meanwhile)} were changed by someone else while the file was "
                "imported: the file's edits of them are not written, nor their states (the other edits are written); "
                "import the file again to see them against the new text"
            )
        if self.comments_absent:
            said.append(
                f"the comment of segment(s) {_ranges(self.comments_absent)} is not in the file (deleted in the CAT "
                f"tool, or the tool drops notes): the library's stays; `press-reader review {self.release.id} "
                "--segment N --comment ''` clears one"
            )
        return clean_line(f"{self.file.path}: {'; '.join(said)}") if said else None

    def unapplied(self) -> str | None:
        """Why the import fails though nothing is wrong with the file: it carries edits, all on stale
        units, so none of them can be applied (the release changed since the export). An untouched
        old file has nothing to lose and passes; never a quiet exit 0 over lost work."""
        if not (self.stale_edited or self.unplaced or self.sources_edited or self.renamed or self.reshaped) or (
            self.changes
        ):
            return None
        if self.reshaped and not (self.stale_edited or self.unplaced or self.sources_edited):
            return clean_line(
                f"none of the file's edits could be applied: segment(s) {_ranges(self.reshaped)} are tables whose "
                "rows the file no longer keeps a row a line (a CAT tool joined them?); correct the table in the "
                f"CAT tool, a row a line, or in the release's {self.file.target_lang}.md file"
            )
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
        # A file taken once, its run refused on a segment another writer changed meanwhile: taken
        # again, its other units are in already, and 'none … could be applied' read as all lost (a trial)
        held = f"; its other {self.in_place} unit(s) hold what the library holds already" if self.in_place else ""
        return clean_line(
            f"none of the file's edits could be applied: {len(self.stale_edited)} unit(s) "
            f"with edits are stale (segment(s) {_ranges(self.stale_edited)}){held}; export again and redo those changes"
        )

    def to_json(self, written: bool) -> dict[str, Any]:
        return {
            "file": str(self.file.path),
            "format": f"xliff {self.file.version}",
            "id": self.release.id,
            "source": self.file.source_lang,
            "target": self.file.target_lang,
            "written": written,
            "by_sources": self.by_sources,
            "proposals": self.proposals,
            "changes": [c.to_json() for c in self.changes],
            "skipped": self.skipped,
            "other_language": [{"segment": n, "language": code} for n, code in self.other_language],
            "partial": self.partial,
            "stale": self.stale,
            "unplaced": self.unplaced,
            "reshaped": self.reshaped,
            "stale_edited": self.stale_edited,
            "stale_states": self.stale_states,
            "sources_edited": self.sources_edited,
            "no_target": self.no_target,
            "renamed": self.renamed[:RENAMED_LISTED],  # a few, and the count (trial Z, F5: 1.4 MB of ids)
            "renamed_count": len(self.renamed),
            "comments_absent": self.comments_absent,
            "taken_meanwhile": self.taken_meanwhile,
            "ok_flagged": [n for n, _codes in self.ok_flagged],
        }
