"""An imported TMX's pairs in the TUI say where they are from, 'tmx:NAME' (fix batch 19, after batch 12
brought CAT tools' memories in): the edit dialog's suggestions named only a date, as if the library's
own; the concordance panel named it, but Enter on such a pair was 'Cannot open that release'."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.memory.imported import bring_in
from reader.tui.app import PressReaderApp, make_app
from reader.tui.screens.concordance import ConcordanceModal
from reader.tui.screens.edit_segment import EditSegmentModal
from reader.tui.screens.reader import ReaderScreen
from tests.core.test_memory_tmx_import import tmx, tu
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator
from tests.tui.memory_library import memory_library
from tests.tui.test_concordance import build, status
from tests.tui.test_edit_suggestions import open_editor, shown

# a translator's own wording of the library's first sentence, one word changed: a fuzzy match
THEIRS = tu(
    "De Regie der Gebouwen renoveert 23 gebouwen in het hart van de stad.",
    "La Régie des Bâtiments rénove 23 bâtiments au coeur de la ville.",
)


@pytest.fixture
def tmx_app(tmp_path: Path) -> PressReaderApp:
    root = memory_library(tmp_path / "lib")
    source = tmp_path / "vertaler.tmx"
    source.write_text(tmx(THEIRS), encoding="utf-8")
    bring_in(root, source)
    app = make_app(Library.load(root), FakeTranslator(), cursor_blink=False)
    build(app)
    return app


async def test_the_edit_dialog_names_an_imported_memory_s_suggestion(tmx_app):
    async with tmx_app.run_test(size=(120, 40)) as pilot:
        modal = await open_editor(tmx_app, pilot)
        assert isinstance(modal, EditSegmentModal)
        releases = [s.pair.release for s in modal.suggestions]
        assert "tmx:vertaler" in releases, releases
        assert "tmx:vertaler" in shown(modal), shown(modal)


async def test_the_concordance_names_it_and_enter_says_there_is_no_release_to_open(tmx_app):
    async with tmx_app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "c")
        await wait_for_workers(pilot)
        await pilot.press(*"hart")
        await wait_for_workers(pilot)
        panel = tmx_app.screen
        assert isinstance(panel, ConcordanceModal), panel
        assert [hit.pair.release for hit in panel.hits] == ["tmx:vertaler"], status(tmx_app)
        rows = str(panel.query_one("#concordance-hits").get_option_at_index(0).prompt.renderables[0])
        assert "tmx:vertaler" in rows, rows
        await pilot.press("down", "enter")
        await wait_for_workers(pilot)
        assert isinstance(tmx_app.screen, ReaderScreen)
        said = [str(n.message) for n in tmx_app._notifications]
        assert not any("Cannot open" in n or "not found" in n.lower() for n in said), said
        assert any("tmx:vertaler" in n and "imported memory" in n and "no release to open" in n for n in said), said
