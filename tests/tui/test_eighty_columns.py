"""Key hints whole at 80 columns (trial M at 80x24): a column's heading, the reader's footer with
the find open, the issuer and year dialogs' question, and the library's path in the header."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from textual.widgets._footer import FooterKey

from reader.core.library import Library
from reader.tui.app import make_app
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator
from tests.tui.test_flows import _first_batch_shown


def screen_lines(app) -> list[str]:  # noqa: ANN001
    """The screen as the terminal shows it, line by line."""
    update = app.screen._compositor.render_full_update(simplify=True)
    return ["".join(strip.text for strip in strips) for strips in update.strips]


async def test_a_cancelled_run_s_heading_keeps_its_key_at_80_columns(app, fake_translator):  # noqa: ANN001
    """'English · machine · incomplete (t goes' lost the key that resumes the run."""
    fake_translator.gate = threading.Event()
    async with app.run_test(size=(80, 24)) as pilot:
        await _first_batch_shown(app, pilot, fake_translator)
        await pilot.press("escape")
        await pilot.pause()
        fake_translator.gate.set()
        await wait_for_workers(pilot)
        await asyncio.sleep(0.05)
        app.clear_notifications()
        await pilot.pause()
        text = " ".join(" ".join(screen_lines(app)[:4]).split())
        assert "incomplete (t goes on)" in text


async def test_the_reader_s_footer_keeps_its_last_key_with_the_find_open(app):  # noqa: ANN001
    """'m Mo▏^p palette': the footer cut its last key while the find was open."""
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("slash", *"alibaba", "enter")
        await pilot.pause()
        footer = app.screen.query_one("Footer")
        keys = list(footer.query(FooterKey))
        palette = [key for key in keys if key.action == "app.command_palette"]
        end = palette[0].region.x if palette else footer.region.right
        assert keys and all(key.region.right <= end for key in keys if key not in palette)
        assert "m Models" in screen_lines(app)[-1]


async def test_the_issuer_dialog_s_question_is_whole_at_80_columns(app):  # noqa: ANN001
    """'Only releases of the issuer…' read as a title cut short; the question now says its keys."""
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("u")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert "List one issuer's releases: Enter picks, Esc closes" in text and "…" not in text.split("\n")[4]


async def test_a_long_library_path_keeps_its_end_in_the_header(tmp_path: Path):
    """'…/press-reader/rele…': the header cut the end of the path, the part that names the library."""
    deep = tmp_path / ("a-rather-long-folder-name-" * 3) / "press-reader" / "my-own-releases"
    deep.mkdir(parents=True)
    app = make_app(Library.load(deep), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        header = screen_lines(app)[0]
        assert "/press-reader/my-own-releases" in header and "…/" in header
        await pilot.resize_terminal(160, 24)
        await pilot.pause()
        wide = screen_lines(app)[0]  # wider: more of the path
        assert "name-a-rather-long-folder-name-/press-reader/my-own-releases" in wide and "name-a-" not in header


async def test_how_a_run_ended_is_said_under_the_rows_not_over_them(app, fake_translator):  # noqa: ANN001
    """'Translated …' and 'Cancelled …' were toasts over the columns' first rows for seconds (trial M)."""
    from reader.tui.widgets.aligned import AlignedView
    from reader.tui.widgets.translate_bar import TranslateBar

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "e")
        await wait_for_workers(pilot)
        await pilot.pause()
        bar = app.screen.query_one(TranslateBar)
        assert not [n for n in app._notifications if n.message.startswith("Translated")]  # no toast
        assert bar.said.startswith("Translated") and bar.region.y > app.screen.query_one(AlignedView).region.bottom - 1
        lines = screen_lines(app)
        assert any(line.strip().startswith("Translated") for line in lines[-5:])
        bar.clear_ended(bar.said)  # its time over: the rows have the line back
        await pilot.pause()
        assert not bar.display or bar.region.height == 0 or not app.screen.has_class("-said")
