"""Review mode's writes: merged into what is on disk now, never over another window's work.

A review keeps its edits in a working copy until `w`. Meanwhile another window (the CLI, a
second TUI) may write the same release: the review notices (a check every two seconds and before
an edit), reloads when it holds no edit, and on `w` merges its edits into the version on disk.
A segment both changed is refused by name; the text typed for it is kept as a proposal in the
segment's review comment, so even a refused edit is not lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.errors import ReaderError
from reader.tui.controllers import carry_write, review_disk
from reader.tui.restore_hint import restore_command
from reader.tui.tell import tell, tell_error
from reader.tui.widgets.pane_labels import PaneLabels

if TYPE_CHECKING:
    from reader.core.model import Release
    from reader.core.review.findings import CheckedPair
    from reader.core.review.store import Stands
    from reader.tui.widgets.review_view import ReviewView


def write(view: ReviewView) -> None:
    """Write the edited version once, merged into what is on disk now: history keeps the text it
    replaces, and a segment another window changed meanwhile is refused by name, never overwritten."""
    from reader.core.errors import WriteConflict
    from reader.core.library import default_user
    from reader.core.review.edit import edited_provenance

    session, library = view.session, view.app.library
    if _version_gone(view, always=True):
        return
    if session.working is None:
        # on an official version an edit is a proposal, saved with the review at once: nothing is lost
        said = "No edit to write: proposals are saved as you make them." if session.official else "No edit to write."
        tell(view, said)
        return
    version = session.working.versions[session.target]
    base = session.release.versions[session.target]
    who = view.app.settings.user or default_user()
    moved = behind(view) is not None
    try:
        library.save_version(
            session.release,
            session.target,
            version.blocks,
            edited_provenance(base.provenance, who),
            version.title,
            version.date,
            who=who,
            # the history names the segments, so a restore is not chosen blind
            why=f"edit of segment {', '.join(str(i + 1) for i in sorted(session.typed))} in review",
            base=base,
        )
    except WriteConflict as exc:
        title = "Partly written" if exc.written else "Not written"
        tell(view, refusal(view, exc.written), title=title, severity="error", timeout=15)
        session.orphans = list(session.typed.values())
        reload(view)
        return
    except ReaderError as exc:
        tell_error(view, exc, title="Not written")
        return
    approved: list[int] = []
    if session.store is not None:
        from reader.core.review.dismiss import edited_moves
        from reader.core.review.store import pair_key

        try:
            approved = session.approved_meanwhile()
            session.keep_comments()
            moves = edited_moves(session.report, session.edited) if session.report is not None else {}
            # the states of texts that are gone (ReviewStore.holds); a dismissal the new text raises again stays
            session.store.forget(session.replaced, moves)
            for source, text in session.typed.values():  # the edits hold the next alignment
                session.store.set(pair_key(source, text), edited=True)
        except ReaderError as exc:
            tell_error(view, exc, title="Review state")
    merged = " It had changed on disk: your edits were merged into it." if moved else ""
    if approved:
        numbers = ", ".join(str(n) for n in approved)
        which = f"Segment {numbers} had" if len(approved) == 1 else f"Segments {numbers} had"
        merged += f" {which} been marked ok in another window meanwhile, for the text your edit replaced: "
        merged += "to review again."
    tell(view, f"Wrote {session.edits} edit(s) to {version.path.name}; the earlier text is in its history.{merged}")
    reload(view)


def refusal(view: ReviewView, written: bool) -> str:
    """What `w` says of edits another window's change refused: the segments by number, that each
    edit is kept as a proposal, and the start of the user's own text (the texts of the version as
    it was read, which the core's refusal quotes, are gone from disk: quoting them only confused)."""
    session = view.session
    try:
        fresh = view.app.library.get(session.release.id)
    except ReaderError:
        fresh = None
    refused = [
        (index, text)
        for index, (_source, text) in sorted(session.typed.items())
        if fresh is None or not review_disk.stands(fresh, session.target, text)
    ] or sorted((index, text) for index, (_source, text) in session.typed.items())
    numbers = ", ".join(str(index + 1) for index, _text in refused)
    if len(refused) == 1:
        text = refused[0][1]
        start = f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"
        said = f"Segment {numbers} was changed by someone else meanwhile, so your edit was not written: "
        said += f"it is kept as a proposal in the segment's comment ({start})."
    else:
        said = f"Segments {numbers} were changed by someone else meanwhile, so your edits of them were not "
        said += "written: each is kept as a proposal in its segment's comment."
    return said + (" Your other edits were written." if written else "")


def reload(view: ReviewView) -> None:
    """Show the release as it is on disk now (unsaved edits are dropped: call after a write); the
    cursor goes back to the segment it was on once the new check comes (`ReviewSession.place`)."""
    session = view.session
    try:
        fresh = view.app.library.get(session.release.id)
    except ReaderError as exc:
        tell_error(view, exc)
        return
    if _version_gone(view, fresh):
        return
    session.reloaded(fresh)
    if session.report is not None and session.shown_pairs:
        pair = session.report.pairs[min(session.current(view.cursor), len(session.report.pairs) - 1)]
        session.place = (pair.source, pair.index)
    view.screen.sub_title = session.title()
    view.query_one(PaneLabels).show(session.label(session.source), session.label(session.target))
    view.check.run()


def behind(view: ReviewView) -> Release | None:
    """The release as on disk when the review's pair of versions reads otherwise there than in what
    the review shows (another window wrote it); None when the review is current.

    The library's stamps alone do not tell: any screen's read of the release refreshes them, and
    a library reloaded reads an unchanged release into a new object; the texts do."""
    session = view.session
    moved = view.app.library.changed_on_disk(session.release)
    try:
        fresh = view.app.library.get(session.release.id)
    except ReaderError:
        return None
    if moved or review_disk.differs(session.release, fresh, (session.source, session.target)):
        return fresh
    return None


def writable(view: ReviewView, pair: CheckedPair, title: str) -> bool:
    """Whether a state of `pair` can be written now; when not, said (`title`: 'Not saved', 'Not
    dismissed', 'Not withdrawn'): a store that cannot be written, or the pair's text gone from disk
    or from the review read again since (`gone`)."""
    if view.session.store is None:
        tell(view, "The review state cannot be saved (see the earlier message).", severity="error")
        return False
    if why := gone(view, pair):
        tell(view, why, title=title, severity="warning", timeout=10)
        return False
    return True


def gone(view: ReviewView, pair: CheckedPair) -> str:
    """Why a state set now on `pair` (as a dialog opened on it saw it) would be lost ('' when it
    would not): its text is no longer on disk, or the review was read again meanwhile and no segment
    has its key. The review is then read again (or told, with edits not written).

    Trial I (t19): a comment typed while a CLI edit of that segment landed, and the view's two-second
    check had read the release again, found no pair of its key and was written under the old text's
    key, where no segment finds it; the CLI refuses it so (`standing`)."""
    session = view.session
    if not session.release.folder.is_dir():
        return removed_said(session.release)
    if _version_gone(view):
        return "Not saved: a version of this pair was removed by another window."
    report = session.report
    if report is not None and not any(p.key == pair.key for p in report.pairs):
        return review_disk.replaced(pair)  # read again already (`check_disk`): nothing to reload
    try:
        fresh = view.app.library.get(session.release.id)
    except ReaderError:
        return ""
    why = review_disk.gone(fresh, pair, session.source, session.target, _typed(view))
    if why:
        check_disk(view)
    return why


def _typed(view: ReviewView) -> set[str]:
    return {text for _source, text in view.session.typed.values()}


def still(view: ReviewView, pair: CheckedPair) -> Stands:
    """Why `pair`'s texts are gone from disk, asked under the review store's lock as the CLI asks it
    (`standing`): an edit landing between `gone` and the write moves the segment's review under that
    lock, so a state written after it is refused, never left on the old text's key."""
    session = view.session

    def why() -> str:
        try:
            fresh = view.app.library.get(session.release.id)
        except ReaderError:
            return ""  # said where the release is read
        return review_disk.gone(fresh, pair, session.source, session.target, _typed(view))

    return why


def check_disk(view: ReviewView) -> bool:
    """Another window wrote this release: reload, or (with unsaved edits) say w will merge them."""
    session = view.session
    try:  # the states and comments another process set (a CLI review): shown, never overwritten
        if session.store is not None and session.store.reread_if_changed() and session.report is not None:
            from reader.core.review.dismiss import held_back

            for pair in session.report.pairs:  # a dismissal it wrote or moved with its edit, hidden now: a
                held_back(pair, session.store)  # check run between its text's write and its store's showed it
            view.refresh_rows()
            view.on_aligned_view_cursor_moved()
    except ReaderError:
        pass
    _glossary_moved(view)
    if carry_write.running(view.screen):
        return False  # this screen is restoring a text: its own write is no news (on_version_written)
    if not session.release.folder.is_dir():  # removed by another window: said once, nothing reloaded
        if not session.removed:
            session.removed = True
            tell(view, removed_said(session.release), title="Release removed", severity="warning", timeout=15)
        return False
    if _version_gone(view):
        return False
    if behind(view) is None:
        return False
    if not session.edits:
        tell(view, "This release changed on disk (another window): reloaded.", timeout=6)
        reload(view)
        return True
    if not session.warned:
        session.warned = True
        tell(
            view,
            "This release changed on disk (another window). w merges your edits into it; "
            "a segment changed there too is refused.",
            severity="warning",
            timeout=10,
        )
    return False


def _glossary_moved(view: ReviewView) -> None:
    """The user's glossary written by another window (`glossary add` in the shell, a second review's
    `d`): checked again, the cursor kept; the flags it settles stayed until the review was opened
    again (a two-writer trial)."""
    session = view.session
    if session.report is None or session.glossary_seen == review_disk.file_stamp(view.app.settings.user_glossary):
        return
    session.glossary_seen = review_disk.file_stamp(view.app.settings.user_glossary)  # asked once
    if session.shown_pairs:
        pair = session.report.pairs[min(session.current(view.cursor), len(session.report.pairs) - 1)]
        session.place = (pair.source, pair.index)
    tell(view, "Your glossary changed (another window): checking again.", timeout=4)
    view.check.run(mt=session.mt)


def changed_meanwhile(view: ReviewView, target: str) -> bool:
    """Whether the target an edit was typed over is gone from disk: the review reloads another
    window's write while it holds no edit, so the text typed over the old target would have
    replaced theirs unseen (a trial lost a colleague's edit of that very segment so)."""
    if " ".join(target.split()) in {text for _source, text in view.session.typed.values()}:
        return False  # the user's own edit, not written yet: edited again
    try:
        fresh = view.app.library.get(view.session.release.id)
    except ReaderError:
        return False  # said by the write itself
    if review_disk.stands(fresh, view.session.target, target):
        return False
    tell(
        view,
        "This segment was changed by someone else while you edited it: your text is kept as a "
        "proposal in its comment, their text stays.",
        severity="warning",
        timeout=12,
    )
    return True


def _version_gone(view: ReviewView, fresh: Release | None = None, always: bool = False) -> bool:
    """Whether another window removed the source or the target version: said once (`removed`), and
    nothing is read again or written, the edits not written kept on screen."""
    session = view.session
    if fresh is None:
        try:
            fresh = view.app.library.get(session.release.id)
        except ReaderError:
            return False  # said where the release is read
    why = review_disk.version_gone(session.release.id, fresh, (session.source, session.target))
    if why and (always or not session.removed):
        session.removed = True
        tell(view, why, title="Version removed", severity="warning", timeout=15)
    return bool(why)


def removed_said(release: Release) -> str:
    """A review of a release another window removed: marks, comments and edits would be written where
    no release reads them (and a restore found them in the way of the ones it brings back)."""
    return (
        f"'{release.id}' was removed from the library by another window: nothing here is saved any more "
        f"({restore_command(release.folder.parent, release.id)} brings it back with its review states). "
        "q goes back."
    )
