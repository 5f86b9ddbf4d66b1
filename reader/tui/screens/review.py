"""Review mode: checked segment pairs with their flags, a strip of where flags are, and a state per
segment (a: ok, f: flagged, c: comment) saved as you go in the review store."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Label, Static

from reader.core.errors import ReaderError
from reader.core.model import LANGUAGES, Release
from reader.core.review.checks import CheckReport
from reader.core.review.store import ReviewStore, SegmentReview
from reader.tui.messages import ReviewReady, Row
from reader.tui.screens.base import BaseScreen
from reader.tui.widgets.aligned import AlignedView


def strip_text(report: CheckReport, state: Callable[[str], SegmentReview], width: int) -> Text:
    """One cell per slice of the document: red where flags are, green where all is reviewed ok."""
    pairs = report.pairs
    text = Text()
    if not pairs:
        return text
    width = max(10, width)
    for column in range(width):
        start = column * len(pairs) // width
        end = max(start + 1, (column + 1) * len(pairs) // width)
        chunk = pairs[start:end]
        states = [state(p.key).status for p in chunk]
        if any(p.flags and state(p.key).status != "ok" for p in chunk) or "flagged" in states:
            text.append("█", style="red")
        elif states and all(s == "ok" for s in states):
            text.append("█", style="green")
        else:
            text.append("▁", style="dim")
    return text


class ReviewScreen(BaseScreen):
    BINDINGS = [
        Binding("right_square_bracket", "next_flag(1)", "Next flag", key_display="]"),
        Binding("left_square_bracket", "next_flag(-1)", "Prev flag", key_display="["),
        Binding("a", "mark('ok')", "Mark ok"),
        Binding("f", "mark('flagged')", "Flag"),
        Binding("u", "mark('todo')", "Undo", show=False),
        Binding("c", "comment", "Comment"),
        Binding("r,q,escape", "app.pop_screen", "Leave review"),
    ]

    def __init__(self, release: Release, source: str, target: str) -> None:
        super().__init__()
        self.release, self.source, self.target = release, source, target
        self.report: CheckReport | None = None
        self.store: ReviewStore | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="pane-labels"):
            yield Label(self._label(self.source), classes="pane-label")
            yield Label(self._label(self.target), classes="pane-label")
        yield Static(Text("checking…", style="dim"), id="review-strip")
        yield AlignedView(id="aligned")
        yield Static("", id="review-detail")
        yield Footer()

    def _label(self, lang: str) -> str:
        return f"{LANGUAGES[lang]} · {self.release.versions[lang].provenance.label()}"

    def on_mount(self) -> None:
        try:
            self.store = ReviewStore(self.release.id, self.source, self.target, self.app.settings.reviews)
        except ReaderError as exc:
            self.notify(
                f"{exc}. Review states are not saved until it is fixed.",
                title="Review state",
                severity="error",
                timeout=15,
            )
        self.sub_title = f"review {self.source}→{self.target} · {self.release.title(self.source)}"
        self.query_one(AlignedView).focus()
        self.run_check()

    @work(thread=True, exclusive=True, exit_on_error=False, group="review", description="Checking the rendering")
    def run_check(self) -> None:
        from reader.core.errors import PackageError
        from reader.core.review.checks import check_release
        from reader.core.review.mt import MTHelper

        helper = None
        translator = self.app.translator
        try:
            translator.route(self.source, self.target)
            helper = MTHelper(translator, self.release, self.source, self.target)
        except PackageError:
            helper = None
        self.post_message(ReviewReady(check_release(self.release, self.source, self.target, mt=helper)))

    def on_review_ready(self, message: ReviewReady) -> None:
        self.report = message.report
        self._refresh_rows()
        flagged = len(self.report.flagged)
        notes = " · ".join(self.report.notes)
        self.notify(
            f"{len(self.report.pairs)} segments, {flagged} flagged. ] and [ jump between flags."
            + (f"\n{notes}" if notes else "")
        )
        self._detail()

    def _refresh_rows(self) -> None:
        if self.report is None:
            return
        rows = [
            Row(p.kind, p.source, p.target, tuple(f.code for f in p.flags), status=self._state(p.key).status)
            for p in self.report.pairs
        ]
        self.query_one(AlignedView).set_rows(rows)
        self.query_one("#review-strip", Static).update(strip_text(self.report, self._state, self.size.width - 2))

    def _state(self, key: str) -> SegmentReview:
        return self.store.get(key) if self.store is not None else SegmentReview()

    def _save(self, key: str, status: str | None = None, comment: str | None = None) -> None:
        """Save one segment's state; a store that cannot be written is said, never a crash."""
        if self.store is None:
            self.notify("The review state cannot be saved (see the earlier message).", severity="error")
            return
        try:
            self.store.set(key, status=status, comment=comment)
        except ReaderError as exc:
            self.notify(str(exc), title="Review state not saved", severity="error", timeout=10)
        self._refresh_rows()
        self._detail()

    def _current(self) -> int:
        return self.query_one(AlignedView).cursor

    def _detail(self) -> None:
        if self.report is None or not self.report.pairs:
            return
        pair = self.report.pairs[min(self._current(), len(self.report.pairs) - 1)]
        review = self._state(pair.key)
        text = Text(f"#{pair.index + 1} {pair.kind} ({pair.shape}) · {review.status}", style="bold")
        for flag in pair.flags:
            text.append(f"\n⚑ {flag.code}: ", style="bold red" if flag.severity == "error" else "bold yellow")
            text.append(flag.message)
        if review.comment:
            text.append(f"\n✎ {review.comment}", style="italic")
        self.query_one("#review-detail", Static).update(text)

    def on_aligned_view_cursor_moved(self, _message: AlignedView.CursorMoved) -> None:
        self._detail()

    def action_next_flag(self, direction: int) -> None:
        if self.report is None:
            return
        count = len(self.report.pairs)
        for step in range(1, count + 1):
            index = (self._current() + direction * step) % count
            if self.report.pairs[index].flags:
                self.query_one(AlignedView).cursor = index
                return
        self.notify("No flagged segment.", severity="information")

    def action_mark(self, status: str) -> None:
        if self.report is None:
            return
        pair = self.report.pairs[self._current()]
        self._save(pair.key, status=status)

    def action_comment(self) -> None:
        from reader.tui.screens.modals import PromptModal

        if self.report is None:
            return
        pair = self.report.pairs[self._current()]

        def save(comment: str | None) -> None:
            if comment is not None:
                self._save(pair.key, comment=comment)

        self.app.push_screen(PromptModal(f"Comment on segment {pair.index + 1}", self._state(pair.key).comment), save)
