"""A language version replaced on disk (import --force in another process) under an open review
or side by side: the view reads it again, keeps the user's place, and a mark on a segment that is
gone is refused by name, never stored under a dead id."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.screens.review import ReviewScreen
from tests.faults.test_writers import RID, _cli, make_release
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


def _replacement(tmp: Path) -> Path:
    """The French version a colleague imports over the old one: other words, fewer paragraphs."""
    lines = [f"Le ministre est allé au port le jour {n} avec {n * 10} personnes." for n in range(1, 8)]
    path = tmp / "fr-new.txt"
    path.write_text("Visite du port\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _replace(root: Path, tmp: Path) -> None:
    cli = _cli(root, tmp, "import", str(_replacement(tmp)), "--release", RID, "--lang", "fr", "--force")
    _out, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err


def _states(root: Path, tmp: Path) -> dict:
    cli = _cli(root, tmp, "review", RID, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    out, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err
    return json.loads(out)


async def test_a_mark_right_after_the_replace_is_refused_then_the_view_shows_the_new_text(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        assert len(screen.report.pairs) == 14
        await pilot.press("down", "down", "down")
        _replace(root, tmp_path)
        await pilot.press("a")  # before the two-second look at the disk
        await wait_for_workers(pilot)
        said = [n.message for n in app._notifications]
        assert any("Segment 4 was not saved" in m and "changed on disk" in m for m in said), said
        # read again: the new text and its segments (its seven paragraphs face the first seven)
        assert [p.target for p in screen.report.pairs[1:8]] == [
            f"Le ministre est allé au port le jour {n} avec {n * 10} personnes." for n in range(1, 8)
        ]
        assert "jour 3 avec 30 personnes" in screen.report.pairs[3].target
        assert screen.session.current(screen.view.cursor) == 3  # the reader's place kept
        assert screen.store is not None and not screen.store.path.exists()  # nothing under a dead id
        await pilot.press("a")
        await wait_for_workers(pilot)
    segments = _states(root, tmp_path)["segments"]  # what the CLI, another process, reads
    assert [s["segment"] for s in segments if s["status"] == "ok"] == [4]


async def test_with_edits_not_written_a_mark_on_a_replaced_segment_is_refused(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        mine = "La ministre est passée au port le jour 9 avec 90 collaborateurs."
        screen._apply(9, mine)  # segment 10, not written yet: the review keeps its working copy
        await wait_for_workers(pilot)
        _replace(root, tmp_path)
        screen.view.go(9)
        await pilot.press("a")  # the user's own edit: its text is theirs, the mark is kept
        screen.view.go(4)
        await pilot.press("f")  # a segment whose text the replace took away: refused
        await wait_for_workers(pilot)
        said = [n.message for n in app._notifications]
        assert any("Segment 5 was not saved" in m for m in said), said
        assert screen.edits == 1 and screen.store is not None
        statuses = {p.index: screen.store.get(p.key).status for p in screen.report.pairs}
        assert statuses[9] == "ok" and statuses[4] == "todo"


async def test_side_by_side_reads_a_replaced_version_again_and_keeps_the_row(tmp_path: Path):
    from reader.tui.screens.side_by_side import SideBySideScreen
    from reader.tui.widgets.aligned import AlignedView

    root = tmp_path / "lib"
    make_release(root)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(SideBySideScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        view = app.screen.query_one(AlignedView)
        await pilot.press("down", "down", "down")
        here = view.current
        assert here is not None and "dag 3 " in here.left
        _replace(root, tmp_path)
        await pilot.pause(2.5)  # the next look at the disk
        await wait_for_workers(pilot)
        assert "personnes" in " ".join(row.right for row in view.rows)  # the new text, aligned again
        assert view.current is not None and view.current.left == here.left
        said = [n.message for n in app._notifications]
        assert any("changed on disk" in m for m in said), said


async def test_the_reader_under_side_by_side_shows_the_replaced_version_on_return(tmp_path: Path):
    """Side by side read the release again on top of the reader: the library's stamps then said
    'unchanged' to the reader, which kept the old text; it compares the texts now."""
    from reader.tui.screens.reader import ReaderScreen
    from reader.tui.screens.side_by_side import SideBySideScreen

    root = tmp_path / "lib"
    make_release(root)
    app = make_app(Library.load(root), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReaderScreen(app.library.get(RID), "fr"))
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        app.push_screen(SideBySideScreen(app.library.get(RID), "nl", "fr"))
        await wait_for_workers(pilot)
        side = app.screen
        assert isinstance(side, SideBySideScreen)
        _replace(root, tmp_path)
        side.view.poll()  # side by side reads it again first (its two-second look)
        await wait_for_workers(pilot)
        app.pop_screen()
        await pilot.pause()
        assert "personnes" in " ".join(b.text for b in reader.release.versions["fr"].blocks)
