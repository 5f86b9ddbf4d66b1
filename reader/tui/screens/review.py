"""Review mode: checked segment pairs with their flags, a strip of where flags are, and a state per
segment (a: ok, f: flagged, c: comment) saved as you go in the review store; d dismisses a false
flag as knowledge (the same name, into the user's glossary; or ignored here).

The screen is the layout and the keys: `widgets/review_view.py` shows the pairs and does what the
reviewer asks, `widgets/review_check.py` runs the checks, `controllers/review_session.py` holds
the state and `controllers/review_write.py` writes the edits.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header

from reader.core.model import Release
from reader.core.review.checks import CheckReport
from reader.core.review.store import ReviewStore, SegmentReview
from reader.tui.controllers import review_write
from reader.tui.controllers.review_session import ReviewSession
from reader.tui.messages import VersionWritten
from reader.tui.screens.base import BaseScreen, Forwarded
from reader.tui.widgets.find_bar import FindBar
from reader.tui.widgets.narrow_footer import NarrowFooter
from reader.tui.widgets.review_view import ReviewView


class ReviewScreen(BaseScreen):
    HELP_SECTION = "review-mode"
    BINDINGS = [  # the footer holds what fits at 80 columns; ? and ctrl+p list every key
        Binding("right_square_bracket", "next_flag(1)", "Next", key_display="]"),
        Binding("left_square_bracket", "next_flag(-1)", "Prev flag", key_display="[", show=False),
        # 'OK ↓': to the segment under it, flagged or not; "OK" let a comment land a row off (trial R)
        Binding("a", "mark('ok')", "OK ↓"),
        Binding("f", "mark('flagged')", "Flag"),
        Binding("u", "mark('todo')", "Undo", show=False),
        Binding("c", "comment", "Note", show=False),
        Binding("s", "cycle_filter", "Show"),
        Binding("colon,ctrl+g", "go_to", "Go to #", key_display=":", show=False),  # g: the first row
        Binding("e", "edit", "Edit"),
        Binding("d", "dismiss_flag", "Dismiss", show=False),
        Binding("w", "write", "Write"),
        Binding("h", "history", "History", show=False),
        Binding("o", "export", "Export", show=False),
        Binding("t", "mt_check", "MT check", show=False),
        Binding("m", "app.models", "Models", show=False),
        Binding("r,q", "leave", "Back", key_display="q"),
        Binding("escape", "stop_or_leave", "Back", show=False),
    ]

    report: Forwarded[CheckReport | None] = Forwarded("session")
    store: Forwarded[ReviewStore | None] = Forwarded("session")
    edits: Forwarded[int] = Forwarded("session")
    mt: Forwarded[bool] = Forwarded("session")  # the machine-translation checks were asked for

    def __init__(self, release: Release, source: str, target: str, edit_at: str | None = None) -> None:
        super().__init__()
        self.source, self.target = source, target
        self.session = ReviewSession(release, source, target, edit_at)
        self.view = ReviewView(self.session)

    def compose(self) -> ComposeResult:
        yield Header()
        yield self.view
        yield FindBar(target="#aligned")
        yield NarrowFooter()

    def _state(self, key: str) -> SegmentReview:
        return self.session.state(key)

    def _current(self) -> int:
        return self.session.current(self.view.cursor)

    def _apply(self, index: int, text: str) -> None:
        self.view.apply(index, text)

    def unsaved_work(self) -> str:
        return f"{self.edits} edit(s) not written in review" if self.edits else ""

    def action_next_flag(self, direction: int) -> None:
        self.view.next_flag(direction)

    def action_mark(self, status: str) -> None:
        self.view.mark(status)

    def action_comment(self) -> None:
        self.view.comment()

    def action_cycle_filter(self) -> None:
        self.view.cycle_filter()

    def action_go_to(self) -> None:
        self.view.go_to()

    def action_dismiss_flag(self) -> None:
        from reader.tui.controllers.review_dismiss import dismiss_flag

        dismiss_flag(self.view)

    def action_edit(self) -> None:
        self.view.edit()

    def action_write(self) -> None:
        review_write.write(self.view)

    def action_history(self) -> None:
        """The target version's earlier texts, each with what changed since; a restore reads the
        release again. Not over unsaved edits: they would be lost in the reload."""
        from reader.tui.controllers.history_flow import open_history
        from reader.tui.tell import tell

        if self.edits:
            tell(self, f"{self.edits} edit(s) not written: w writes them, then h.", severity="warning")
            return
        open_history(self, self.session.release, self.target, restoring="restoring…")

    def action_export(self) -> None:
        """The pair under review as TMX, XLIFF, Markdown or HTML, with its states as written (the
        palette said to go to side by side for it, where `o` is; from review too now)."""
        from reader.tui.screens.export_flow import ask_and_export
        from reader.tui.tell import tell

        if self.edits:
            tell(self, f"{self.edits} edit(s) not written: w writes them, then o.", severity="warning")
            return
        ask_and_export(self, self.session.release, self.source, self.target)

    def on_version_written(self, message: VersionWritten) -> None:
        from reader.tui.controllers import carry_write
        from reader.tui.tell import tell, tell_error

        if message.refused is not None:
            tell_error(self, message.refused, title=carry_write.RESTORE_REFUSED)
            return
        tell(self, message.said)
        review_write.reload(self.view)

    def action_mt_check(self) -> None:
        self.view.check.with_mt()

    def action_stop_or_leave(self) -> None:
        if self.query_one(FindBar).close_if_open():
            return
        if not self.view.check.stop():
            self.action_leave()

    def action_leave(self) -> None:
        from reader.tui.screens.modals import ConfirmModal

        if not self.edits:
            self.app.pop_screen()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.app.pop_screen()

        self.app.push_screen(
            ConfirmModal(f"Leave without writing {self.edits} edit(s)? (n stays here, where w writes them)"), answered
        )
