"""The concordance panel (`c`): lookups in a worker, Enter opens the release at the sentence, building the memory."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from reader.core.library import Library
from reader.core.memory.store import MemoryStore
from reader.tui.app import PressReaderApp, make_app
from reader.tui.memory import memory_built, memory_store
from reader.tui.screens.concordance import ConcordanceModal
from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.side_by_side import SideBySideScreen
from reader.tui.widgets.release_view import ReleaseView
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator
from tests.tui.memory_library import memory_library


@pytest.fixture
def mem_app(tmp_path: Path) -> PressReaderApp:
    root = memory_library(tmp_path / "lib")
    return make_app(Library.load(root), FakeTranslator(), cursor_blink=False)


def build(app: PressReaderApp) -> None:
    store = memory_store(app)
    store.update()
    store.close()


def status(app: PressReaderApp) -> str:
    return str(app.screen.query_one("#concordance-status", Static).render())


async def test_c_in_the_reader_lists_past_renderings_and_enter_opens_the_release(mem_app):
    build(mem_app)
    async with mem_app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")  # the newest release, in Dutch
        await wait_for_workers(pilot)
        assert isinstance(mem_app.screen, ReaderScreen)
        await pilot.press("c")
        await wait_for_workers(pilot)
        panel = mem_app.screen
        assert isinstance(panel, ConcordanceModal) and (panel.src, panel.tgt) == ("nl", "fr")
        assert "Type words" in status(mem_app)
        await pilot.press(*"regie")
        await wait_for_workers(pilot)
        assert [hit.pair.date for hit in panel.hits] == ["2024-05-04", "2024-04-03", "2024-03-02", "2024-02-01"]
        first = panel.hits[0]
        assert [first.pair.target[s:e] for s, e in first.spans] == ["Régie"]  # too small an archive to spot more
        assert "4 pair(s)" in status(mem_app)
        await pilot.press("down", "down", "enter")  # to the list, then the second pair
        await wait_for_workers(pilot)
        reader = mem_app.screen
        assert isinstance(reader, ReaderScreen) and reader.release.id == "2024-04-03-renovatie-02"
        assert reader.lang == "nl" and reader.query_one(ReleaseView).found == 1
        assert reader.find_query.startswith("De Regie der Gebouwen renoveert 22 gebouwen")


async def test_c_in_side_by_side_takes_the_find_and_the_side_that_holds_it(mem_app):
    build(mem_app)
    async with mem_app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s")
        await wait_for_workers(pilot)
        assert isinstance(mem_app.screen, SideBySideScreen)
        await pilot.press("slash", *"travaux", "enter", "escape")  # the bar closed, its words kept
        await pilot.press("c")
        await wait_for_workers(pilot)
        panel = mem_app.screen
        assert isinstance(panel, ConcordanceModal) and (panel.src, panel.tgt) == ("fr", "nl")
        assert len(panel.hits) == 1 and panel.hits[0].pair.target == "De werken duren twee jaar."
        assert len(panel.hits[0].releases) == 4  # one pair in four releases: one row (trial O)
        await pilot.press("ctrl+r")
        await wait_for_workers(pilot)
        assert (panel.src, panel.tgt) == ("nl", "fr") and panel.hits == []
        await pilot.press("escape")
        assert isinstance(mem_app.screen, SideBySideScreen)


async def test_without_a_memory_the_panel_says_how_and_builds_it(mem_app):
    async with mem_app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "c")
        await wait_for_workers(pilot)
        assert "press-reader memory" in status(mem_app)
        assert not memory_built(mem_app)  # looking did not create an empty one
        await pilot.press("ctrl+b")
        await wait_for_workers(pilot)
        assert memory_built(mem_app) and memory_store(mem_app).count() >= 12
        await pilot.press(*"proef")
        await wait_for_workers(pilot)
        assert len(mem_app.screen.hits) == 4


async def test_esc_stops_a_build_within_a_second_and_keeps_what_was_aligned(mem_app, monkeypatch):
    gate = threading.Event()
    seen: list[int] = []
    original = MemoryStore.update

    def slow_update(self, progress=None, cancel=None, every=200):  # noqa: ANN001, ANN202
        def slow_cancel() -> bool:
            seen.append(1)
            gate.wait(0.2)  # a release that takes a while to align
            return bool(cancel and cancel())

        return original(self, progress=progress, cancel=slow_cancel, every=1)

    monkeypatch.setattr(MemoryStore, "update", slow_update)
    async with mem_app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "c")
        await pilot.pause()
        await pilot.press("ctrl+b")
        await pilot.pause(0.3)
        panel = mem_app.screen
        assert panel.building
        start = time.monotonic()
        await pilot.press("escape")
        while panel.building and time.monotonic() - start < 2:
            await pilot.pause(0.05)
        assert time.monotonic() - start < 1.0
        assert "Stopped" in status(mem_app) and isinstance(mem_app.screen, ConcordanceModal)
        assert len(seen) < 4  # stopped before the last of the four releases
        assert memory_store(mem_app).count() < 12
        await pilot.press("escape")
        assert isinstance(mem_app.screen, ReaderScreen)


async def test_a_failed_lookup_is_told_and_the_app_goes_on(mem_app, monkeypatch):
    from reader.core.errors import ReaderError
    from reader.core.memory import lookup

    build(mem_app)

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise ReaderError(Path("memory.sqlite3"), "cannot search the translation memory (disk I/O error)")

    monkeypatch.setattr(lookup, "concordance", broken)
    async with mem_app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "c", *"regie")
        await wait_for_workers(pilot)
        assert "failed" in status(mem_app)
        assert any("disk I/O error" in n.message for n in mem_app._notifications)
        assert mem_app.screen.query_one(OptionList).option_count == 0


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_panel_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]):
    app = make_app(Library.load(memory_library(tmp_path / "lib")), FakeTranslator(), cursor_blink=False)
    build(app)

    async def go(pilot) -> None:  # noqa: ANN001
        await wait_for_workers(pilot)
        await pilot.press("enter", "slash", *"proef", "escape", "c")
        await wait_for_workers(pilot)
        await pilot.pause(0.2)

    assert snap_compare(app, terminal_size=size, run_before=go)


async def test_an_older_memory_is_offered_a_rebuild(mem_app):
    import sqlite3

    build(mem_app)
    path = memory_store(mem_app).path
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version=1")
    async with mem_app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "c")
        await wait_for_workers(pilot)
        assert "older press-reader" in status(mem_app)
        await pilot.press("ctrl+b")
        await wait_for_workers(pilot)
        assert memory_built(mem_app)


async def test_review_flags_a_term_rendered_otherwise_as_check_does(tmp_path: Path):
    """With the memory built, `check` said 'consistency' where the review said nothing."""
    from reader.tui.screens.review import ReviewScreen
    from tests.tui.memory_library import FR, NL, write_release

    root = memory_library(tmp_path / "lib")
    odd = [s.format(n=30) for s in FR]
    odd[1] = odd[1].replace("Anna Proef", "Paul Autre")
    write_release(root, "2024-09-01-renovatie-09", "2024-09-01", [s.format(n=30) for s in NL], odd)
    app = make_app(Library.load(root), FakeTranslator(), cursor_blink=False)
    build(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get("2024-09-01-renovatie-09"), "nl", "fr"))
        await wait_for_workers(pilot)
        codes = {f.code for p in app.screen.report.pairs for f in p.flags}
        assert "consistency" in codes


async def test_enter_on_a_hit_in_the_release_open_stays_in_that_reader(mem_app):
    """No second copy of the reader to leave with q twice: the same reader, at that passage."""
    build(mem_app)
    async with mem_app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")  # the newest release, in Dutch
        await wait_for_workers(pilot)
        opened = mem_app.screen
        assert isinstance(opened, ReaderScreen)
        await pilot.press("c")
        await wait_for_workers(pilot)
        await pilot.press(*"regie")
        await wait_for_workers(pilot)
        panel = mem_app.screen
        assert isinstance(panel, ConcordanceModal) and panel.hits[0].pair.release == opened.release.id
        await pilot.press("down", "enter")  # the first pair: the release already open
        await wait_for_workers(pilot)
        assert mem_app.screen is opened and sum(isinstance(s, ReaderScreen) for s in mem_app.screen_stack) == 1
        assert opened.find_query.startswith("De Regie der Gebouwen")


def _reworded(app: PressReaderApp) -> None:
    """The French of one release changed on disk since the memory was built, as an edit by the CLI
    or an XLIFF taken back leaves it (the words written for this test)."""
    fr = app.library.root / "2024-03-02-renovatie-01" / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("Les travaux durent deux ans.", "Le chantier dure deux ans."))


async def test_the_panel_brings_the_memory_up_to_date_with_the_releases_changed_since(mem_app):
    """Trial X, F5: the panel showed a rendering replaced since until ctrl+b; the CLI's was up to date."""
    build(mem_app)
    _reworded(mem_app)
    async with mem_app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "c", *"werken")
        await wait_for_workers(pilot)
        panel = mem_app.screen
        assert isinstance(panel, ConcordanceModal)
        by_release = {r: hit.pair.target for hit in panel.hits for r in hit.releases}
        assert by_release["2024-03-02-renovatie-01"] == "Le chantier dure deux ans."
        assert by_release["2024-02-01-renovatie-00"] == "Les travaux durent deux ans."
        assert "pair(s)" in status(mem_app)


async def test_the_panel_and_a_memory_run_in_another_process_update_it_at_once(mem_app):
    """The twin: `press-reader memory` in a shell brings the same memory up to date meanwhile."""
    import subprocess
    import sys

    build(mem_app)
    _reworded(mem_app)
    other = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(mem_app.library.root), "memory"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    async with mem_app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "c", *"werken")
        await wait_for_workers(pilot)
        panel = mem_app.screen
        assert isinstance(panel, ConcordanceModal)
        targets = {r: hit.pair.target for hit in panel.hits for r in hit.releases}
        assert targets["2024-03-02-renovatie-01"] == "Le chantier dure deux ans."
    assert other.wait(60) == 0, other.stderr.read() if other.stderr else ""
    store = memory_store(mem_app)
    pairs = [p for p in store.all_pairs("nl", "fr") if p.release == "2024-03-02-renovatie-01"]
    assert len(pairs) == len({(p.source, p.target) for p in pairs}) and len(pairs) >= 3  # each pair once
