"""The library's place kept across a quit (trial Y: `q` in the library quits at once, and the next
start showed the list from its top, the search and the release gone)."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

from textual.widgets import Input

from reader import paths
from reader.core.library import Library
from reader.tui import place
from reader.tui.app import make_app
from reader.tui.controllers.library_feed import LibraryQuery
from reader.tui.widgets.release_list import ReleaseList
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator

PLANS = [
    "2024-02-11-een-sluis-voor-de-rivier",
    "2024-05-20-een-dijk-voor-de-rivier",
    "2024-08-03-de-rivier-bij-laag-water",
]


def _release(root: Path, rid: str) -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    title = rid[11:].replace("-", " ").capitalize()
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: {rid[:10]}\nissuer: FOD Water\noriginal_language: nl\ntitles:\n  nl: {title}\n"
        "languages:\n  nl:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text(f"{title}. De rivier krijgt een plan voor de lange termijn.\n", encoding="utf-8")


async def _settled(pilot) -> None:  # noqa: ANN001
    await pilot.pause(0.3)
    await wait_for_workers(pilot)


async def test_the_search_filters_and_release_are_back_after_q(library_dir: Path) -> None:
    for rid in PLANS:
        _release(library_dir, rid)
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("slash", *"rivier")
        await _settled(pilot)
        await pilot.press("down", "d")  # the list, the oldest first
        await _settled(pilot)
        await pilot.press("down")
        listed = app.screen.query_one(ReleaseList)
        chosen = listed.rows[listed.cursor].id
        assert chosen == PLANS[1]
        await pilot.press("q")
        await pilot.pause(0.1)
    assert app.return_code == 0

    again = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with again.run_test(size=(80, 24)) as pilot:
        await _settled(pilot)
        assert again.screen.query_one("#search", Input).value == "rivier"
        assert not again.screen.newest_first
        listed = again.screen.query_one(ReleaseList)
        assert listed.rows[listed.cursor].id == chosen


async def test_a_release_gone_since_leaves_the_cursor_at_the_top(library_dir: Path) -> None:
    for rid in PLANS:
        _release(library_dir, rid)
    file = place.place_file(paths.settings(), library_dir)
    place.save(file, LibraryQuery(), "2020-01-01-not-there-any-more")
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settled(pilot)
        assert app.screen.query_one(ReleaseList).cursor == 0


def _save(file: str, text: str, barrier) -> None:  # noqa: ANN001
    barrier.wait()
    for _ in range(200):
        place.save(Path(file), LibraryQuery(text=text), f"2024-01-01-{text}")


def test_two_windows_quitting_at_once_leave_one_whole_place(tmp_path: Path) -> None:
    """The twin: a second process keeps its place at the same moment, again and again."""
    file = tmp_path / "places" / "lib.json"
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    workers = [ctx.Process(target=_save, args=(str(file), text, barrier)) for text in ("sluis", "dijk")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [worker.exitcode for worker in workers] == [0, 0]
    kept = place.load(file)
    assert kept is not None and kept[0].text in ("sluis", "dijk") and kept[1] == f"2024-01-01-{kept[0].text}"
    assert json.loads(file.read_text(encoding="utf-8"))["text"] == kept[0].text
    assert [p.name for p in file.parent.iterdir()] == ["lib.json"]  # no temporary file left


async def test_a_change_of_the_empty_box_overtaken_by_the_place_restored_is_no_question(library_dir: Path) -> None:
    """The box's own change at mount ('' typed) came after the place was restored and asked the
    empty question: a start in a terminal showed the whole list, the search gone (trial Y, by hand)."""
    for rid in PLANS:
        _release(library_dir, rid)
    place.save(place.place_file(paths.settings(), library_dir), LibraryQuery(text="rivier"), None)
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settled(pilot)
        search = app.screen.query_one("#search", Input)
        search.post_message(Input.Changed(search, ""))  # as it came, late
        await _settled(pilot)
        assert app.screen.browser.asked.text == "rivier" and search.value == "rivier"
