"""`p` in review mode: the proposals of the segment under the cursor taken back, asked first.

An edit of an official version is kept as a proposal, a 'proposed: …' line of the segment's comment;
the CLI took one back (`review … --withdraw`) and the TUI could not (a trial of the TUI as a daily
tool). The store's `withdraw` does it under its lock: another window's comment meanwhile stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.errors import ReaderError
from reader.core.review.store import PROPOSAL, proposal_text
from reader.tui.controllers import review_write
from reader.tui.tell import tell, tell_error

if TYPE_CHECKING:
    from reader.tui.widgets.review_view import ReviewView


def withdraw(view: ReviewView) -> None:
    """Ask, naming the proposals, then take them back; the rest of the comment stays, and the state
    but for the 'flagged' the proposals set."""
    from reader.tui.screens.modals import ConfirmModal

    session = view.session
    if view.checking() or session.report is None or not session.shown_pairs:
        return
    pair = session.report.pairs[session.current(view.cursor)]
    number, store = pair.index + 1, session.store
    try:  # as on disk now: another window may have proposed or withdrawn since
        comment = store.fresh(pair.key).comment if store is not None else ""
    except ReaderError:
        comment = session.state(pair.key).comment
    proposals = [proposal_text(line) for line in comment.splitlines() if line.startswith(PROPOSAL)]
    if not proposals:
        tell(view, f"Segment {number} has no proposal to withdraw (an edit of an official version makes one).")
        return

    def answered(yes: bool | None) -> None:
        if not yes:
            return
        if not review_write.writable(view, pair, "Not withdrawn") or store is None:  # replaced on disk meanwhile
            return
        try:
            gone = store.withdraw(pair.key)
        except (ReaderError, OSError) as exc:
            tell_error(view, exc, title="Not withdrawn")
            return
        if gone:
            tell(view, f"Withdrew {len(gone)} proposal(s) of segment {number}; the rest of its comment stays.")
        else:
            tell(view, f"Segment {number}'s proposals were withdrawn meanwhile (another window).", severity="warning")
        view.refresh_rows()
        view.on_aligned_view_cursor_moved()

    listed = "\n".join(f"  {' '.join(text.split())}" for text in proposals)
    question = f"Withdraw the {len(proposals)} proposal(s) of segment {number}?\n{listed}"
    view.app.push_screen(ConfirmModal(question, yes="Withdraw", no="Keep"), answered)
