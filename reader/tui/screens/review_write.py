"""Review mode's writes: merged into what is on disk now, never over another window's work.

A ReviewScreen keeps its edits in a working copy until `w`. Meanwhile another window (the CLI, a
second TUI) may write the same release: the screen notices (a check every two seconds and before
an edit), reloads when it holds no edit, and on `w` merges its edits into the version on disk.
A segment both changed is refused by name; the text typed for it is kept as a proposal in the
segment's review comment, so even a refused edit is not lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Label

from reader.core.errors import ReaderError
from reader.tui.screens.base import BaseScreen
from reader.tui.tell import safe, tell, tell_error

if TYPE_CHECKING:
    from reader.core.model import Release
    from reader.core.review.checks import CheckReport
    from reader.core.review.store import ReviewStore


class WritesMerged(BaseScreen):
    """The part of ReviewScreen that writes; the screen gives the fields and `run_check`."""

    if TYPE_CHECKING:
        release: Release
        working: Release | None
        report: CheckReport | None
        store: ReviewStore | None
        source: str
        target: str
        edits: int
        _warned: bool
        _typed: dict[int, tuple[str, str]]
        _orphans: list[tuple[str, str]]

        def run_check(self, after: int | None = None) -> Any: ...
        def _label(self, lang: str) -> str: ...

    def action_write(self) -> None:
        """Write the edited version once, merged into what is on disk now: history keeps the text it
        replaces, and a segment another window changed meanwhile is refused by name, never overwritten."""
        from reader.core.errors import WriteConflict
        from reader.core.library import default_user
        from reader.core.review.edit import edited_provenance

        if self.working is None:
            tell(self, "No edit to write.")
            return
        version = self.working.versions[self.target]
        base = self.release.versions[self.target]
        who = self.app.settings.user or default_user()
        moved = self.app.library.changed_on_disk(self.release)
        try:
            self.app.library.save_version(
                self.release,
                self.target,
                version.blocks,
                edited_provenance(base.provenance, who),
                version.title,
                version.date,
                who=who,
                why=f"{self.edits} edit(s) in review",
                base=base,
            )
        except WriteConflict as exc:
            title = "Partly written" if exc.written else "Not written"
            tell(self, exc, title=title, severity="error", timeout=15)
            self._orphans = list(self._typed.values())
            self.reload()
            return
        except ReaderError as exc:
            tell_error(self, exc, title="Not written")
            return
        merged = " It had changed on disk: your edits were merged into it." if moved else ""
        tell(self, f"Wrote {self.edits} edit(s) to {version.path.name}; the earlier text is in its history.{merged}")
        self.reload()

    def reload(self) -> None:
        """Show the release as it is on disk now (unsaved edits are dropped: call after a write)."""
        try:
            self.release = self.app.library.get(self.release.id)
        except ReaderError as exc:
            tell_error(self, exc)
            return
        self.working, self.edits, self._warned, self._typed = None, 0, False, {}
        self.sub_title = f"review {self.source}→{self.target} · {self.release.title(self.source)}"
        self.query_one("#pane-labels").query(Label).last().update(safe(self._label(self.target)))
        self.run_check()

    def check_disk(self) -> bool:
        """Another window wrote this release: reload, or (with unsaved edits) say w will merge them."""
        if not self.app.library.changed_on_disk(self.release):
            return False
        if not self.edits:
            tell(self, "This release changed on disk (another window): reloaded.", timeout=6)
            self.reload()
            return True
        if not self._warned:
            self._warned = True
            tell(
                self,
                "This release changed on disk (another window). w merges your edits into it; "
                "a segment changed there too is refused.",
                severity="warning",
                timeout=10,
            )
        return False

    def keep_orphans(self) -> None:
        """Edits refused on `w` (another window changed those segments) become review proposals."""
        orphans, self._orphans = self._orphans, []
        if not orphans or self.report is None or self.store is None:
            return
        kept = []
        for source, text in orphans:
            pairs = [p for p in self.report.pairs if p.source == source]
            if not pairs or any(text in " ".join(p.target.split()) for p in pairs):
                continue  # written after all, or its segment is gone
            earlier = self.store.get(pairs[0].key).comment
            note = f"proposed (not written: changed in another window meanwhile): {text}"
            try:
                self.store.set(pairs[0].key, status="flagged", comment=f"{earlier}\n{note}".strip())
            except ReaderError:
                continue
            kept.append(str(pairs[0].index + 1))
        if kept:
            tell(self, f"Your refused edit(s) are kept as proposals in the comment of segment {', '.join(kept)}.")
