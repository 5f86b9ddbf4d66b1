"""The edit dialog lists the memory's fuzzy matches of the source; F2..F4 insert one (alt+1..3 too, where
the terminal reports them as keys)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TextArea

from reader.core.library import Library
from reader.tui.app import PressReaderApp, make_app
from reader.tui.memory import memory_store
from reader.tui.screens.edit_segment import EditSegmentModal
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator
from tests.tui.memory_library import FR, NL, memory_library, write_release


@pytest.fixture
def mem_app(tmp_path: Path) -> PressReaderApp:
    root = memory_library(tmp_path / "lib")
    return make_app(Library.load(root), FakeTranslator(), cursor_blink=False)


async def open_editor(app: PressReaderApp, pilot) -> EditSegmentModal:  # noqa: ANN001
    await wait_for_workers(pilot)
    await pilot.press("enter", "s")  # the newest release (its numbers: 23), side by side
    await wait_for_workers(pilot)
    await pilot.press("slash", *"renoveert", "enter", "escape", "e")  # edit the row that holds it
    await wait_for_workers(pilot)
    assert isinstance(app.screen, EditSegmentModal)
    return app.screen


def shown(modal: EditSegmentModal) -> str:
    return str(modal.query_one("#edit-suggestions", Static).render())


async def test_suggestions_from_other_releases_with_the_new_numbers(mem_app):
    nl = [s.format(n=19) for s in NL]
    fr = ["La Régie des Bâtiments remet à neuf 19 bâtiments au centre-ville.", *(s.format(n=19) for s in FR[1:])]
    write_release(mem_app.library.root, "2023-12-01-renovatie-oud", "2023-12-01", nl, fr)
    store = memory_store(mem_app)
    store.update()
    store.close()
    async with mem_app.run_test(size=(100, 34)) as pilot:
        modal = await open_editor(mem_app, pilot)
        assert modal.pair.source.startswith("De Regie der Gebouwen renoveert 23")
        # three earlier releases, one rendering once their numbers are carried over: offered once, the newest
        # (99%: only a figure differs, a placeable, trial D);
        # then an older, other rendering; never the release's own pair
        assert [s.pair.release for s in modal.suggestions] == ["2024-04-03-renovatie-02", "2023-12-01-renovatie-oud"]
        assert "F2 99%" in shown(modal) and "F3 99%" in shown(modal) and "F4" not in shown(modal)
        # where each came from before its text, which a narrow terminal cuts (two trials lost it)
        assert "F2 99% ● 2024-04-03 La Régie" in shown(modal)
        area = modal.query_one(TextArea)
        await pilot.press("f2")  # the text as it came: the rendering takes its place (it was glued on)
        assert area.text == "La Régie des Bâtiments rénove 23 bâtiments dans le centre de la ville."
        area.load_text("")
        await pilot.press("f2")
        assert area.text == "La Régie des Bâtiments rénove 23 bâtiments dans le centre de la ville."
        await pilot.press("f4")  # no third suggestion: nothing happens
        assert area.text.count("Régie") == 1
        area.select_all()
        await pilot.press("alt+2")  # in place of the selection
        assert area.text == "La Régie des Bâtiments remet à neuf 23 bâtiments au centre-ville."


async def test_without_a_memory_the_dialog_says_how_to_build_one(mem_app):
    async with mem_app.run_test(size=(100, 34)) as pilot:
        modal = await open_editor(mem_app, pilot)
        assert "press-reader memory" in shown(modal) and modal.suggestions == []
        before = modal.query_one(TextArea).text
        await pilot.press("alt+1")
        assert modal.query_one(TextArea).text == before


async def test_a_failed_lookup_is_told_and_editing_goes_on(mem_app, monkeypatch):
    from reader.core.errors import ReaderError
    from reader.core.memory import lookup

    store = memory_store(mem_app)
    store.update()
    store.close()

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise ReaderError(Path("memory.sqlite3"), "cannot search the translation memory (disk I/O error)")

    monkeypatch.setattr(lookup, "fuzzy", broken)
    async with mem_app.run_test(size=(100, 34), notifications=True) as pilot:
        modal = await open_editor(mem_app, pilot)
        assert any("disk I/O error" in n.message for n in mem_app._notifications)
        assert modal.suggestions == [] and isinstance(mem_app.screen, EditSegmentModal)
        assert "lookup failed" in shown(modal)
        await pilot.press("x")
        assert "x" in modal.query_one(TextArea).text


def test_the_tui_engine_takes_a_built_memory_as_it_is(mem_app, tmp_path: Path):
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine
    from reader.tui.memory import attach_built_memory

    engine = Engine(tmp_path / "no-packages", TranslationCache(tmp_path / "tc.sqlite3"))
    assert not attach_built_memory(engine, mem_app.library, mem_app.settings)  # none built: none made
    assert engine.memory is None and not memory_store(mem_app).path.exists()
    store = memory_store(mem_app)
    store.update()
    store.close()
    assert attach_built_memory(engine, mem_app.library, mem_app.settings) and engine.memory is not None
    remembered = engine.memory.exact(["De werken duren twee jaar."], "nl", "fr")
    assert remembered["De werken duren twee jaar."].target == "Les travaux durent deux ans."
