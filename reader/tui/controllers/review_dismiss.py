"""`d` in review mode: a false flag taught away, asked in a modal and written through the core.

What to offer and what to write live in `review_teach` (no widget); this module asks the
reviewer and says what happened, so the review view keeps to its rows and their states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.errors import GlossaryContradicts, ReaderError
from reader.tui.controllers import review_disk, review_write
from reader.tui.controllers.review_teach import choices, guess, ignore, same
from reader.tui.tell import tell, tell_error

if TYPE_CHECKING:
    from reader.tui.widgets.review_view import ReviewView


def dismiss_flag(view: ReviewView) -> None:
    """`d`: a false flag taught away, as the same name (the user's glossary) or ignored here."""
    from reader.tui.screens.modals import ChoiceModal

    session = view.session
    if view.checking() or session.report is None or not session.shown_pairs:
        return
    pair = session.report.pairs[session.current(view.cursor)]
    offered = choices(pair)
    if not offered:
        tell(view, "No flag to dismiss on this segment.", severity="information")
        return

    def chosen(key: str | None) -> None:
        if key == "same":
            _same_name(view, pair.index)
        elif key is not None and session.report is not None:
            store = session.store
            if not review_write.writable(view, pair, "Not dismissed") or store is None:  # replaced meanwhile
                return
            try:
                ignore(session.report, store, pair.index, key.removeprefix("ignore:"), review_write.still(view, pair))
            except ReaderError as exc:
                tell_error(view, exc, title="Not dismissed")
                return
            tell(view, "Ignored here: checking this segment again will not raise it.", timeout=4)
            view.refresh_rows()
            view.on_aligned_view_cursor_moved()

    view.app.push_screen(ChoiceModal(f"Segment {pair.index + 1}: a false flag?", offered), chosen)


def _same_name(view: ReviewView, index: int) -> None:
    from reader.tui.screens.modals import ConfirmModal, PromptModal

    session = view.session
    assert session.report is not None
    pair = session.report.pairs[index]
    path = view.app.settings.user_glossary

    def answered(text: str | None, force: bool = False) -> None:
        if text is None:
            return
        try:
            left, right, new = same(path, text, session.source, session.target, force=force)
        except GlossaryContradicts as exc:  # 'Bergen = Namur' went in unasked (trial N): asked, once
            question = f"{exc.reason.removeprefix('not written: ').split('; ')[0]}.\nAdd it to your glossary anyway?"
            view.app.push_screen(
                ConfirmModal(question, yes="Add anyway", no="Cancel"),
                lambda yes: answered(text, force=True) if yes else tell(view, "Not added to the glossary."),
            )
            return
        except ReaderError as exc:
            tell_error(view, exc, title="Not added to the glossary")
            return
        session.glossary_seen = review_disk.file_stamp(path)  # this window's own write is no news
        said = "Added to your glossary" if new else "Your glossary already says so"
        tell(view, f"{said}: {left} = {right}. Every later check reads it; checking again.", timeout=5)
        # checked again with the cursor kept on this segment, as after another window's glossary
        # write: run as after an edit, it went on to the next flag, #18 to #24 unasked (trial N)
        session.place = (pair.source, pair.index)
        view.check.run(mt=session.mt)

    question = f"The same name in {session.source} and {session.target} (source form = target form):"
    guessed = guess(pair)  # ' = Claessens' when the flag names the target's form alone
    view.app.push_screen(
        PromptModal(question, guessed, go_on=True, cursor=0 if guessed.startswith(" =") else None), answered
    )
