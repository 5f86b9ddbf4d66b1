"""Review mode: checked segment pairs with their flags, a strip of where flags are, and a state per
segment (a: ok, f: flagged, c: comment) saved as you go in the review store."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Label, Static
from textual.worker import get_current_worker

from reader.core.errors import PackageError, ReaderError
from reader.core.model import LANGUAGES, Release
from reader.core.review.checks import CheckReport
from reader.core.review.store import ReviewStore, SegmentReview
from reader.tui.messages import CheckProgress, ReviewReady, Row
from reader.tui.screens.review_write import WritesMerged
from reader.tui.tell import safe, tell, tell_error
from reader.tui.widgets.aligned import AlignedView
from reader.tui.widgets.find_bar import FindBar
from reader.tui.widgets.review_strip import FILTER_HELP, FILTERS, Filter, strip_text


class ReviewScreen(WritesMerged):
    HELP_SECTION = "review-mode"
    BINDINGS = [  # the footer holds what fits at 80 columns; ? and ctrl+p list every key
        Binding("right_square_bracket", "next_flag(1)", "Next", key_display="]"),
        Binding("left_square_bracket", "next_flag(-1)", "Prev flag", key_display="[", show=False),
        Binding("a", "mark('ok')", "OK"),
        Binding("f", "mark('flagged')", "Flag"),
        Binding("u", "mark('todo')", "Undo", show=False),
        Binding("c", "comment", "Note", show=False),
        Binding("s", "cycle_filter", "Show"),
        Binding("e", "edit", "Edit"),
        Binding("w", "write", "Write"),
        Binding("t", "mt_check", "MT check", show=False),
        Binding("m", "app.models", "Models", show=False),
        Binding("r,q", "leave", "Back", key_display="q"),
        Binding("escape", "stop_or_leave", "Back", show=False),
    ]

    def __init__(self, release: Release, source: str, target: str, edit_at: str | None = None) -> None:
        super().__init__()
        self.release, self.source, self.target = release, source, target
        self.edit_at = edit_at  # opened from side by side with e: edit the segment of this source text
        self.report: CheckReport | None = None
        self.store: ReviewStore | None = None
        self.working: Release | None = None  # the release with unsaved edits of the target
        self.edits = 0
        self.filter: Filter = "all"
        self.shown_pairs: list[int] = []  # the pair index of each row shown
        self._warned = False  # said once that the release changed on disk under unsaved edits
        self._typed: dict[int, tuple[str, str]] = {}  # pair index -> (its source, the text typed)
        self._orphans: list[tuple[str, str]] = []  # edits another window's change refused: kept as proposals
        self.mt = False  # the machine-translation checks were asked for (t, or the setting)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="pane-labels"):
            yield Label(safe(self._label(self.source)), id="left-label", classes="pane-label")
            yield Label(safe(self._label(self.target)), id="right-label", classes="pane-label")
        yield Static(Text("checking…", style="dim"), id="review-strip")
        yield AlignedView(id="aligned")
        yield Static("", id="review-detail")
        yield Static("", id="review-mt")
        yield FindBar(target="#aligned")
        yield Footer()

    def _label(self, lang: str) -> str:
        return f"{LANGUAGES[lang]} · {self.release.versions[lang].provenance.label()}"

    def on_mount(self) -> None:
        try:
            self.store = ReviewStore(self.release.id, self.source, self.target, self.app.settings.reviews)
        except ReaderError as exc:
            tell(
                self,
                f"{exc}. Review states are not saved until it is fixed.",
                title="Review state",
                severity="error",
                timeout=15,
            )
        self.sub_title = f"review {self.source}→{self.target} · {self.release.title(self.source)}"
        self.query_one(AlignedView).focus()
        self.run_check()
        self.set_interval(2.0, self.check_disk)

    @work(thread=True, exclusive=True, exit_on_error=False, group="review", description="Checking the rendering")
    def run_check(self, after: int | None = None, mt: bool = False) -> None:
        """Without MT the checks take a moment; with it the source is translated first, with progress."""
        from reader.core.review.checks import check_release
        from reader.core.review.mt import MTHelper

        worker = get_current_worker()
        release = self.working or self.release
        helper = None

        def progress(done: int, total: int, _partial: object) -> None:
            self.post_message(CheckProgress(done, total))

        if mt:
            helper = MTHelper(
                self.app.translator, release, self.source, self.target, progress, lambda: worker.is_cancelled
            )
        if not worker.is_cancelled:
            self.post_message(ReviewReady(check_release(release, self.source, self.target, mt=helper), after, mt))

    def _can_mt(self) -> bool:
        try:
            self.app.translator.route(self.source, self.target)
        except PackageError:
            return False
        return True

    def action_mt_check(self) -> None:
        """Translate the source and check meaning and alignment with it (the setting does it unasked)."""
        if not self._can_mt():
            tell(
                self, f"No model translates {self.source}→{self.target}: m opens the model manager.", severity="warning"
            )
            return
        self.mt = True
        self.query_one("#review-mt", Static).update("Machine translation for the checks… · Esc stops it")
        self.add_class("-mt")
        self.run_check(mt=True)

    def on_check_progress(self, message: CheckProgress) -> None:
        if "-mt" in self.classes:
            self.query_one("#review-mt", Static).update(
                f"Machine translation for the checks: {message.done}/{message.total} sentences · Esc stops it"
            )

    def action_stop_or_leave(self) -> None:
        if "-mt" in self.classes:
            self.workers.cancel_group(self, "review")
            self.remove_class("-mt")
            self.mt = False
            tell(self, "Machine-translation checks stopped; the checks without MT stay.")
            return
        self.action_leave()

    def on_review_ready(self, message: ReviewReady) -> None:
        first = self.report is None
        self.report = message.report
        self.keep_orphans()
        if message.mt:
            self.remove_class("-mt")
        self._refresh_rows()
        if self.edit_at is not None:
            wanted, self.edit_at = self.edit_at, None
            for pair in self.report.pairs:
                if pair.source and (pair.source in wanted or wanted in pair.source):
                    self._go(pair.index)
                    self._detail()
                    self.action_edit()
                    break
        if message.after is not None:
            self._go(message.after)
            self._detail()
            self.action_next_flag(1)
            return
        flagged = len(self.report.flagged)
        notes = " · ".join(self.report.notes)
        if first and not message.mt and self._can_mt():
            if self.app.settings.review_mt:
                self.action_mt_check()
            else:
                notes = (notes + " · " if notes else "") + "t: check meaning with machine translation"
        tell(
            self,
            f"{len(self.report.pairs)} segments, {flagged} flagged. ] and [ jump between flags."
            + (f"\n{notes}" if notes else ""),
        )
        self._detail()

    def _shown(self, index: int) -> bool:
        assert self.report is not None
        pair = self.report.pairs[index]
        review = self._state(pair.key)
        if self.filter == "flagged":
            return bool(pair.flags) and review.status != "ok" or review.status == "flagged"
        if self.filter == "mine":
            return review.status == "flagged" or bool(review.comment)
        if self.filter == "todo":
            return review.status == "todo"
        return True

    def _refresh_rows(self) -> None:
        if self.report is None:
            return
        at = self._current()
        self.shown_pairs = [i for i in range(len(self.report.pairs)) if self._shown(i)]
        rows = []
        for index in self.shown_pairs:
            pair = self.report.pairs[index]
            codes = tuple(f.code for f in pair.flags)
            rows.append(Row(pair.kind, pair.source, pair.target, codes, status=self._state(pair.key).status))
        view = self.query_one(AlignedView)
        view.set_rows(rows)
        self._go(at)
        self.query_one("#review-strip", Static).update(strip_text(self.report, self._state, self.size.width - 2))

    def _go(self, index: int) -> None:
        """Put the cursor on pair `index`, or on the first shown pair after it."""
        view = self.query_one(AlignedView)
        from bisect import bisect_left

        view.cursor = min(bisect_left(self.shown_pairs, index), max(0, len(self.shown_pairs) - 1))

    def action_cycle_filter(self) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]
        self._refresh_rows()
        shown = len(self.shown_pairs)
        tell(self, f"Showing {FILTER_HELP[self.filter]}: {shown}. s shows the next filter.", timeout=4)
        self._detail()

    def _state(self, key: str) -> SegmentReview:
        return self.store.get(key) if self.store is not None else SegmentReview()

    def _save(self, key: str, status: str | None = None, comment: str | None = None) -> None:
        """Save one segment's state; a store that cannot be written is said, never a crash."""
        if self.store is None:
            tell(self, "The review state cannot be saved (see the earlier message).", severity="error")
            return
        try:
            self.store.set(key, status=status, comment=comment)
        except ReaderError as exc:
            tell_error(self, exc, title="Review state not saved")
        self._refresh_rows()
        self._detail()

    def _current(self) -> int:
        """The pair index under the cursor (rows may be filtered)."""
        cursor = self.query_one(AlignedView).cursor
        return self.shown_pairs[cursor] if 0 <= cursor < len(self.shown_pairs) else cursor

    def _detail(self) -> None:
        if self.report is None or not self.report.pairs:
            return
        if not self.shown_pairs:
            self.query_one("#review-detail", Static).update(f"No {FILTER_HELP[self.filter]}. s shows the next filter.")
            return
        pair = self.report.pairs[min(self._current(), len(self.report.pairs) - 1)]
        review = self._state(pair.key)
        text = Text(f"#{pair.index + 1} {pair.kind} ({pair.shape}) · {review.status}", style="bold")
        if self.filter != "all":
            text.append(f" · showing {self.filter} ({len(self.shown_pairs)})", style="dim")
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
        count = len(self.shown_pairs)
        cursor = self.query_one(AlignedView).cursor
        for step in range(1, count + 1):
            row = (cursor + direction * step) % count
            pair = self.report.pairs[self.shown_pairs[row]]
            if pair.flags or self._state(pair.key).status == "flagged":
                self.query_one(AlignedView).cursor = row
                return
        tell(self, "No flagged segment.", severity="information")

    def action_mark(self, status: str) -> None:
        if self.report is None or not self.shown_pairs:
            return
        pair = self.report.pairs[self._current()]
        self._save(pair.key, status=status)

    # -- editing -----------------------------------------------------------------------------

    def action_edit(self) -> None:
        """Edit the current target under its source; saving re-checks it and moves to the next flag."""
        from reader.tui.screens.edit_segment import EditSegmentModal

        if self.report is None or not self.shown_pairs or self.check_disk():
            return
        pair = self.report.pairs[self._current()]
        official = self.release.versions[self.target].provenance.kind == "official"

        def saved(text: str | None) -> None:
            if text is None or text.strip() == pair.target.strip():
                return
            if official:
                earlier = self._state(pair.key).comment
                self._save(pair.key, status="flagged", comment=f"{earlier}\nproposed: {' '.join(text.split())}".strip())
                tell(
                    self,
                    "The official version stays as published: your correction is kept as a proposal "
                    "in the segment's comment.",
                    severity="warning",
                    timeout=8,
                )
                return
            self._apply(pair.index, text)

        self.app.push_screen(EditSegmentModal(pair, self.source, self.target, self.release.id), saved)

    def _apply(self, index: int, text: str) -> None:
        from reader.core.review.edit import Edit, apply_edits, preview

        assert self.report is not None
        current = (self.working or self.release).versions[self.target]
        try:
            blocks, title = apply_edits(self.report, current.blocks, current.title, [Edit(index + 1, text)])
        except ReaderError as exc:
            tell_error(self, exc, title="Not edited")
            return
        self.working = preview(self.release, self.target, blocks, title)
        self._typed[index] = (self.report.pairs[index].source, " ".join(text.split()))
        self.edits += 1
        self.sub_title = f"review {self.source}→{self.target} · {self.edits} unsaved edit(s) · w writes them"
        self.run_check(after=index, mt=self.mt)

    def unsaved_work(self) -> str:
        return f"{self.edits} edit(s) not written in review" if self.edits else ""

    def action_leave(self) -> None:
        from reader.tui.screens.modals import ConfirmModal

        if not self.edits:
            self.app.pop_screen()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.app.pop_screen()

        self.app.push_screen(ConfirmModal(f"Leave without writing {self.edits} edit(s)? (w writes them)"), answered)

    def action_comment(self) -> None:
        from reader.tui.screens.modals import PromptModal

        if self.report is None or not self.shown_pairs:
            return
        pair = self.report.pairs[self._current()]

        def save(comment: str | None) -> None:
            if comment is not None:
                self._save(pair.key, comment=comment)

        self.app.push_screen(PromptModal(f"Comment on segment {pair.index + 1}", self._state(pair.key).comment), save)
