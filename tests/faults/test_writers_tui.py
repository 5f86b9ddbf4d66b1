"""Issue 22, part 1 in the TUI: review mode open while the CLI writes the same release."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import TextArea

from reader.core.library import Library
from reader.tui.app import PressReaderApp, make_app
from reader.tui.screens.edit_segment import EditSegmentModal
from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.review import ReviewScreen
from tests.faults.test_writers import RID, _cli, _edit_args, _new, make_release
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


async def test_tui_write_keeps_an_edit_made_from_the_cli_meanwhile(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        screen._apply(9, _new(9))  # segment 10, unsaved
        await wait_for_workers(pilot)
        cli = _cli(root, tmp_path, *_edit_args(12, _new(11), "alice"))  # another window, at once
        _out, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert screen.edits == 0
        assert _new(11) in " ".join(p.target for p in screen.report.pairs)  # the view shows the disk
    text = (root / RID / "fr.md").read_text(encoding="utf-8")
    assert _new(9) in text and _new(11) in text
    meta = (root / RID / "release.yaml").read_text(encoding="utf-8")
    assert "alice" in meta and "translator: Anne" in meta


async def test_an_open_release_shows_what_another_window_wrote(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReaderScreen(app.library.get(RID), "fr"))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        cli = _cli(root, tmp_path, *_edit_args(4, _new(3), "alice"))
        _out, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        screen.check_disk()
        assert _new(3) in " ".join(b.text for b in screen.release.versions["fr"].blocks)
        assert _new(3) in " ".join(b.text for b in app.library.get(RID).versions["fr"].blocks)


async def test_a_refused_tui_edit_is_kept_as_a_proposal(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        mine = "La ministre est venue au port le jour 9 avec 90 personnes."
        screen._apply(9, mine)
        await wait_for_workers(pilot)
        cli = _cli(root, tmp_path, *_edit_args(10, _new(9), "alice"))  # the same segment, elsewhere
        _out, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert screen.edits == 0 and screen.store is not None
        comments = [screen.store.get(p.key).comment for p in screen.report.pairs]
        assert any(mine in c and "proposed" in c for c in comments)
    text = (root / RID / "fr.md").read_text(encoding="utf-8")
    assert _new(9) in text and mine not in text


async def test_a_refused_tui_edit_is_told_by_segment_number_quoting_only_the_users_text(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        mine = "La ministre est venue au port le jour 9 avec 90 personnes, dit-on ce matin."
        screen._apply(9, mine)  # segment 10: refused below
        await wait_for_workers(pilot)
        screen._apply(4, _new(4))  # segment 5: nobody else touches it, written
        await wait_for_workers(pilot)
        cli = _cli(root, tmp_path, *_edit_args(10, _new(9), "alice"))  # segment 10, in another process
        _out, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        app.clear_notifications()
        await pilot.press("w")
        await wait_for_workers(pilot)
        said = [n.message for n in app._notifications if n.title == "Partly written"]
        assert len(said) == 1, [n.message for n in app._notifications]
        line = said[0]
        assert "\n" not in line and line.startswith("Segment 10 was changed by someone else")
        assert "kept as a proposal" in line and "Your other edits were written" in line
        assert f"'{mine[:40]}…'" in line and mine not in line  # a short start of the user's own text
        assert "Le ministre visite le port le jour 9" not in line and _new(9) not in line  # no stale quotes
        comments = [screen.store.get(p.key).comment for p in screen.report.pairs] if screen.store else []
        assert any(mine in c and "proposed" in c for c in comments)  # what the message promised
    text = (root / RID / "fr.md").read_text(encoding="utf-8")
    assert _new(9) in text and _new(4) in text and mine not in text


def _reviewing(tmp_path: Path) -> tuple[Path, PressReaderApp]:
    root = tmp_path / "lib"
    make_release(root)
    return root, make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)


async def _review(app: PressReaderApp, pilot: Any) -> ReviewScreen:  # noqa: ANN401
    await wait_for_workers(pilot)
    app.push_screen(ReviewScreen(app.library.get(RID), "nl", "fr"))
    await wait_for_workers(pilot)
    screen = app.screen
    assert isinstance(screen, ReviewScreen) and screen.report is not None
    return screen


async def _open_edit(app: PressReaderApp, pilot: Any, screen: ReviewScreen, index: int) -> None:  # noqa: ANN401
    screen.view.go(index)
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(app.screen, EditSegmentModal)


async def _save_edit(app: PressReaderApp, pilot: Any, text: str) -> None:  # noqa: ANN401
    app.screen.query_one("#edit-target", TextArea).text = text
    await pilot.press("ctrl+s")
    await wait_for_workers(pilot)


async def test_an_edit_typed_while_another_process_wrote_that_segment_is_kept_as_a_proposal(tmp_path: Path):
    """The dialog open, the CLI edits the same segment, the review reloads (it held no edit), then
    ctrl+s and w: the text typed over the old target replaced the colleague's, unseen (a trial)."""
    from reader.tui.controllers import review_write

    root, app = _reviewing(tmp_path)
    mine = "La ministre est passée au port le jour 9 avec 90 personnes, selon le texte corrigé."
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _review(app, pilot)
        await _open_edit(app, pilot, screen, 9)
        cli = _cli(root, tmp_path, *_edit_args(10, _new(9), "alice"))  # the same segment, elsewhere
        _out, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        review_write.check_disk(screen.view)  # what the two-second timer does: reloaded, no edit held
        await wait_for_workers(pilot)
        await _save_edit(app, pilot, mine)
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert screen.store is not None and screen.report is not None
        comments = [screen.store.get(p.key).comment for p in screen.report.pairs]
        assert any(mine in c and "proposed" in c for c in comments)
    text = (root / RID / "fr.md").read_text(encoding="utf-8")
    assert _new(9) in text and mine not in text


async def test_a_segment_edited_twice_before_w_takes_the_second_text(tmp_path: Path):
    """The guard against another window's write must not take the user's own unwritten edit for one."""
    root, app = _reviewing(tmp_path)
    first = "La ministre est passée au port le jour 9 avec 90 personnes, première version."
    second = "La ministre est passée au port le jour 9 avec 90 personnes, seconde version."
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _review(app, pilot)
        for text in (first, second):
            await _open_edit(app, pilot, screen, 9)
            await _save_edit(app, pilot, text)
        await pilot.press("w")
        await wait_for_workers(pilot)
    body = (root / RID / "fr.md").read_text(encoding="utf-8")
    assert second in body and first not in body
