"""The comment dialog (c in review) shows a colleague's comment whole, the cursor after it and
nothing selected: what the user types adds to it, never replaces it unseen. The colleague is
another process (the CLI), before the dialog opens and while it is open."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.screens.modals import CommentModal
from reader.tui.screens.review import ReviewScreen
from tests.faults.test_writers import RID, _cli, make_release
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator

COLLEAGUE = (
    "Anne: the figure of collaborators differs from the press kit we received on Monday; "
    "ask the cabinet before this goes out, and keep the old wording until they answer."
)


def _comment(root: Path, tmp: Path, segment: int, text: str) -> None:
    argv = ["review", RID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", str(segment)]
    cli = _cli(root, tmp, *argv, "--comment", text)
    _out, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err


async def test_the_comment_dialog_shows_the_whole_comment_and_types_after_it(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    _comment(root, tmp_path, 4, COLLEAGUE)  # a colleague, in another process
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        screen.view.go(3)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CommentModal)
        area = app.screen.query_one("#comment", TextArea)
        assert area.text == COLLEAGUE
        assert area.selection.start == area.selection.end == area.document.end  # nothing selected
        # every word of it on screen: wrapped inside the dialog, not scrolled out of a narrow field
        assert area.wrapped_document.height <= area.content_region.height
        assert area.region.right <= 80
        await pilot.press(*" Agreed.")
        _comment(root, tmp_path, 7, "Bob: fine here.")  # another segment, meanwhile
        await pilot.press("enter")
        await wait_for_workers(pilot)
        assert not isinstance(app.screen, CommentModal)
        store = screen.store
        assert store is not None
        key = screen.report.pairs[3].key
        assert store.fresh(key).comment == COLLEAGUE + " Agreed."
        assert store.fresh(screen.report.pairs[6].key).comment == "Bob: fine here."


async def test_escape_leaves_the_comment_as_it_was(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    _comment(root, tmp_path, 4, COLLEAGUE)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        screen.view.go(3)
        await pilot.press("c", *"x", "escape")
        await wait_for_workers(pilot)
        assert screen.store is not None
        assert screen.store.fresh(screen.report.pairs[3].key).comment == COLLEAGUE
