"""Review mode's body: the checked pairs with their flags, the strip of where flags are, the detail
of the current pair, and what the reviewer does to it (ok, flag, comment, edit).

The state is one `ReviewSession` (`controllers/review_session.py`); the checks run in
`ReviewCheck`'s worker and come back as `ReviewReady`; writing the edits and noticing another
window's write are `controllers/review_write.py`. The screen binds the keys and forwards them here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from reader.core.errors import ReaderError
from reader.core.review.store import PROPOSAL, ReviewStore, proposal_line
from reader.tui.controllers import review_disk, review_write
from reader.tui.controllers.review_session import ReviewSession
from reader.tui.messages import ReviewReady
from reader.tui.tell import tell, tell_error
from reader.tui.widgets.aligned import AlignedView
from reader.tui.widgets.pane_labels import PaneLabels
from reader.tui.widgets.review_check import ReviewCheck
from reader.tui.widgets.review_strip import FILTER_HELP, STRIP_HELP, strip_text

if TYPE_CHECKING:
    from textual import getters

    from reader.core.review.findings import CheckedPair
    from reader.tui.app import PressReaderApp


class ReviewView(Vertical):
    # bound here, not on the screen, which is at its twenty methods (tests/tui/test_screens_delegate.py)
    BINDINGS = [Binding("p", "withdraw", "Withdraw proposals", show=False)]
    if TYPE_CHECKING:
        app = getters.app(PressReaderApp)

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.check = ReviewCheck(session)
        self._summary, self._summary_at = "", 0  # the check's summary, shown until the cursor moves
        self._jump = 0  # `]` or `[` pressed while the check ran: done once its report is in
        self._goto: int | None = None  # likewise a segment asked for with `:`

    def compose(self) -> ComposeResult:
        session = self.session
        yield PaneLabels(session.label(session.source), session.label(session.target))
        strip = Static(Text("checking…", style="dim"), id="review-strip")
        strip.tooltip = STRIP_HELP
        yield strip
        yield AlignedView(id="aligned")
        yield Static("", id="review-detail")
        yield self.check

    def on_mount(self) -> None:
        session = self.session
        session.go_back_to(self.app.review_places)
        try:
            session.store = ReviewStore(
                session.release.id,
                session.source,
                session.target,
                self.app.settings.reviews_of(session.release.folder.parent),
            )
        except ReaderError as exc:
            tell(
                self,
                f"{exc}. Review states are not saved until it is fixed.",
                title="Review state",
                severity="error",
                timeout=15,
            )
        self.screen.sub_title = session.title()
        self.query_one(AlignedView).focus()
        self.check.run()
        self.set_interval(2.0, lambda: review_write.check_disk(self))

    @property
    def cursor(self) -> int:
        return self.query_one(AlignedView).cursor

    def on_review_ready(self, message: ReviewReady) -> None:
        session = self.session
        first = session.report is None
        session.report = message.report
        session.carry_comments()
        kept, lost = session.keep_orphans()
        if kept:
            tell(self, f"Your refused edit(s) are kept as proposals in the comment of segment {', '.join(kept)}.")
        for text in lost:  # its segment is gone from the new text: the words typed are said, to copy
            tell(self, f"Not kept (its segment is gone from the text on disk): {text}", severity="warning", timeout=30)
        self.refresh_rows()
        if session.place is not None and message.after is None:  # read again from disk: back where it was
            (source, index), session.place = session.place, None
            self.go(review_disk.place(message.report, source, index))
        if session.edit_at is not None:
            wanted, session.edit_at = session.edit_at, None
            for pair in message.report.pairs:
                if pair.source and (pair.source in wanted or wanted in pair.source):
                    self.go(pair.index)
                    self.edit()
                    break
        if message.after is not None:
            # on to the next flag below the edited segment; none below: the cursor stays there. Round
            # the end, the first flag of the page took a reviewer who edits in order back up to
            # a segment they had flagged themselves, after every edit (a new user's trial)
            self.go(message.after)
            self._on_to_next_flag(message.after)
            return
        flagged = session.flagged()  # what `s` shows as flagged: the same rule (session.waits)
        notes = " · ".join(message.report.notes)
        if first and not message.mt and self.check.can_mt():
            if self.app.settings.review_mt:
                self.check.with_mt()
            else:
                notes = (notes + " · " if notes else "") + "t: check meaning with machine translation"
        # Said in the detail panel, not a toast: a toast at the top covered the rows a reviewer reads
        # first (80x24), the flagged one `]` goes to among them. It stays until the cursor moves.
        self._summary = f"{len(message.report.pairs)} segments, {flagged} flagged. ] and [ jump between flags." + (
            f" {notes}" if notes else ""
        )
        self._summary_at = self.cursor
        self.on_aligned_view_cursor_moved()
        if first and self._jump:
            jump, self._jump = self._jump, 0
            self.next_flag(jump)
        if self._goto is not None:
            self._go_to_number(str(self._goto), str(self._goto))
            self._goto = None

    def _on_to_next_flag(self, edited: int) -> None:
        """The cursor on to the next flag below a saved edit, said: it moved silently, and an `a`
        pressed at once marked the wrong segment ok (a translator's trial)."""
        row = self.session.next_flagged(self.cursor, 1, wrap=False)
        if row is None:
            return
        self.query_one(AlignedView).cursor = row
        assert self.session.report is not None
        at = self.session.report.pairs[self.session.shown_pairs[row]].index + 1
        tell(self, f"Edited #{edited + 1}; on to the next flag, #{at}.", timeout=3)  # not "Saved": w may write it

    def checking(self) -> bool:
        """Whether the segments are still being checked; a key that needs them says so, not nothing."""
        if self.session.report is not None:
            return False
        tell(self, "Still checking the segments: a moment.", severity="information", timeout=3)
        return True

    def refresh_rows(self) -> None:
        session = self.session
        if session.report is None:
            return
        at = session.current(self.cursor)
        self.query_one(AlignedView).set_rows(session.rows())
        self.query_one(AlignedView).cursor = session.row_of(at)
        self._strip()

    def on_resize(self) -> None:
        self._strip()  # a report that came before the first layout drew its map at a width of nothing

    def _strip(self) -> None:
        session = self.session
        if session.report is not None and self.size.width > 2:
            here = session.current(self.cursor)
            strip = strip_text(session.report, session.state, self.size.width - 2, here)
            self.query_one("#review-strip", Static).update(strip)

    def go(self, index: int) -> None:
        """The cursor on pair `index`, or on the first shown pair after it; its detail shown."""
        self.query_one(AlignedView).cursor = self.session.row_of(index)
        self.on_aligned_view_cursor_moved()

    def on_aligned_view_cursor_moved(self, _message: AlignedView.CursorMoved | None = None) -> None:
        self.session.left_at(self.cursor, self.app.review_places)
        self._strip()  # its ▼ follows the cursor
        detail = self.session.detail(self.cursor)
        if self._summary and self.cursor != self._summary_at:
            self._summary = ""
        if detail is not None and self._summary:
            detail = Text(self._summary + "\n", style="dim").append_text(
                detail if isinstance(detail, Text) else Text(detail)
            )
        if isinstance(detail, Text) and self.app.no_color:  # a flag's red label read as grey on grey (trial C)
            for label in re.finditer(r"⚑ [^:\n]+:", detail.plain):
                detail.stylize("reverse", label.start(), label.end())
        if detail is not None:
            self.query_one("#review-detail", Static).update(detail)

    def next_flag(self, direction: int) -> None:
        if self.session.report is None:  # the reviewer's first `]`, typed before the check was done
            self._jump = direction
            return
        row = self.session.next_flagged(self.cursor, direction)
        if row is None:
            tell(self, "No flagged segment.", severity="information")
        elif row == self.cursor:  # `]` on the one flag did nothing, unsaid (a translator's trial)
            tell(self, "This is the only flagged segment.", severity="information", timeout=3)
        else:
            if (row - self.cursor) * direction < 0:  # round the end: said, or it reads as a jump back
                tell(self, "Round to the " + ("first flag." if direction > 0 else "last flag."), timeout=3)
            self.query_one(AlignedView).cursor = row

    def action_withdraw(self) -> None:
        from reader.tui.controllers.review_withdraw import withdraw

        withdraw(self)

    def cycle_filter(self) -> None:
        self.session.next_filter()
        self.refresh_rows()
        shown = len(self.session.shown_pairs)
        tell(self, f"Showing {FILTER_HELP[self.session.filter]}: {shown}. s shows the next filter.", timeout=4)
        self.on_aligned_view_cursor_moved()

    def go_to(self) -> None:
        """`g`: the cursor on segment N, as the CLI, the comments and a colleague name segments (a
        reviewer told "look at 212" went there with ] or the arrows, a long release's trial). While
        the first check runs the dialog opens all the same and the move is made when the segments
        are in: refused then, the '8' and Enter typed after `:` did nothing and the `e` after them
        edited the segment the review reopened at (trial G, F1)."""
        from reader.tui.screens.modals import PromptModal

        session = self.session
        if session.report is not None and not session.shown_pairs:
            return
        count = len(session.report.pairs) if session.report is not None else 0

        def answered(text: str | None) -> None:
            if text is None or not text.strip():
                return
            wanted = text.strip().lstrip("#")
            if session.report is None and wanted.isdigit() and int(wanted) >= 1:
                self._goto = int(wanted)  # made by on_review_ready, the count checked then
                tell(self, f"Still checking the segments: on to #{wanted} when they are in.", timeout=3)
                return
            self._go_to_number(wanted, text.strip())

        asked = f"Go to segment (1-{count}):" if count else "Go to segment (still checking):"
        self.app.push_screen(PromptModal(asked), answered)

    def _go_to_number(self, wanted: str, typed: str) -> None:
        session = self.session
        count = len(session.report.pairs) if session.report is not None else 0
        if not wanted.isdigit() or not 1 <= int(wanted) <= count:
            tell(self, f"No segment {typed[:20]!r}: the segments are 1 to {count}.", severity="warning")
            return
        self.go(int(wanted) - 1)
        shown = session.current(self.cursor) + 1
        if shown != int(wanted):  # hidden by the filter: on the first shown one after it
            tell(self, f"Segment {wanted} is hidden by the filter (s); on #{shown}.", severity="warning")

    def save(
        self,
        pair: CheckedPair,
        status: str | None = None,
        comment: str | None = None,
        append: bool = False,
        base: str | None = None,
    ) -> bool:
        """Save one segment's state (`append`: a comment line added under the store's lock, below what
        is on disk then); a store that cannot be written is said, never a crash. True when saved."""
        store = self.session.store
        if not review_write.writable(self, pair, "Not saved") or store is None:  # its text replaced meanwhile
            return False
        saved = True
        try:
            still = review_write.still(self, pair)  # an edit landing now: refused under the lock, as the CLI does
            store.set(pair.key, status=status, comment=comment, append=append, base=base, still=still)
        except ReaderError as exc:
            tell_error(self, exc, title="Review state not saved")
            saved = False
        self.refresh_rows()
        self.on_aligned_view_cursor_moved()
        return saved

    def mark(self, status: str) -> None:
        session = self.session
        if self.checking() or session.report is None or not session.shown_pairs:
            return
        index = session.current(self.cursor)
        if status == "ok" and (asks := session.accept_asks(session.report.pairs[index])):
            tell(self, asks, severity="warning", timeout=8)
            return
        # `a` passes the segment and moves on, as a CAT tool's confirm does: a reviewer going through
        # a long release pressed a, then the arrow, for every segment (two trials at 80x24)
        if self.save(session.report.pairs[index], status=status) and status == "ok":
            self.go(min(index + 1, len(session.report.pairs) - 1))

    def comment(self) -> None:
        from reader.tui.screens.modals import CommentModal

        session = self.session
        if self.checking() or session.report is None or not session.shown_pairs:
            return
        pair = session.report.pairs[session.current(self.cursor)]
        try:  # what another process wrote since the review opened, not only what this view saw
            shown = session.store.fresh(pair.key).comment if session.store is not None else ""
        except ReaderError:
            shown = session.state(pair.key).comment

        # The reviewer's own words are edited; a proposed correction ('proposed: …' lines) is kept by
        # the store under whatever comment is saved, so it is neither shown to be edited nor doubled
        own = "\n".join(line for line in shown.splitlines() if not line.startswith(PROPOSAL))
        proposals = len(shown.splitlines()) - len(own.splitlines())
        kept = f" (its {proposals} proposed correction(s) are kept)" if proposals else ""

        def save(comment: str | None) -> None:
            if comment is not None:
                self.save(pair, comment=comment, base=shown)

        self.app.push_screen(CommentModal(f"Comment on segment {pair.index + 1}{kept}", own), save)

    def edit(self) -> None:
        """Edit the current target under its source; saving re-checks it and moves to the next flag."""
        from reader.tui.screens.edit_segment import EditSegmentModal

        session = self.session
        if self.checking() or session.report is None or not session.shown_pairs or review_write.check_disk(self):
            return
        pair = session.report.pairs[session.current(self.cursor)]
        official = session.official
        if not official and not session.editable(pair.index):
            tell(
                self,
                f"Segment {pair.index + 1} spans two paragraphs of the {session.target} text and cannot be "
                f"edited as one here: correct it in the release's {session.target}.md file.",
                severity="warning",
                timeout=10,
            )
            return

        def saved(text: str | None) -> None:
            from reader.core.text.clean import blank

            if text is not None and blank(text):  # as the CLI refuses it: said, never dropped in silence
                tell(self, "The new text is empty: an edit replaces a text, never deletes it. Unchanged.")
                return
            if text is None or text.strip() in (pair.target.strip(), (start or "").strip()):
                return
            if official:
                why = review_write.gone(self, pair)  # the version replaced meanwhile (an import --force)
                if why:
                    self.keep_refused(pair.source, text, why)
                    return
                self.save(pair, status="flagged", comment=proposal_line(text), append=True)
                tell(
                    self,
                    "The official version stays as published: your correction is kept as a proposal "
                    "in the segment's comment.",
                    severity="warning",
                    timeout=8,
                )
                self._on_to_next_flag(pair.index)  # on, as a saved edit goes on
                return
            if review_write.changed_meanwhile(self, pair.target):  # another window wrote it meanwhile
                self.keep_refused(pair.source, text, "")
                return
            self.apply(pair.index, text)

        # what was proposed, to go on from: also once the version is no longer official (imported
        # again as unofficial), so the corrections proposed then are not typed twice
        proposed = session.proposal(pair.key)
        start = proposed if proposed and " ".join(proposed.split()) != " ".join(pair.target.split()) else None
        if start is None and len(lines := session.item_lines(pair.index)) > 1:
            start = "\n".join(lines)  # items a line each: joined, saving made them one item
        modal = EditSegmentModal(pair, session.source, session.target, session.release.id, start, official)
        self.app.push_screen(modal, saved)

    def keep_refused(self, source: str, text: str, why: str) -> None:
        """A proposal whose segment another window replaced while it was typed: kept on the segment
        of the same source once the review reads the disk again (a trial lost three such, unsaid)."""
        session = self.session
        if not session.release.folder.is_dir():
            tell(self, f"{why} Your text: {' '.join(text.split())}", title="Not saved", severity="warning", timeout=20)
            return
        session.orphans.append((source, " ".join(text.split())))
        if review_write.behind(self) is not None:
            review_write.reload(self)  # else check_disk has read it again already: a check places the text
        elif session.report is not None:  # the check after the reload is done: one more places it
            self.check.run()

    def apply(self, index: int, text: str) -> None:
        """Pair `index` edited to `text` in the working copy, then checked again."""
        try:
            self.session.edit(index, text)
        except ReaderError as exc:  # the text typed is said with it: the editor is closed, nothing kept it
            said = f"{exc.reason} Your text: {' '.join(text.split())}"
            tell(self, said, title="Not edited", severity="error", timeout=20)
            return
        self.screen.sub_title = self.session.title()
        self.check.run(after=index, mt=self.session.mt)
