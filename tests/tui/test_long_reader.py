"""A long release in the reader: the first screen at once, the rest laid out while the reader reads.

A Static measured and drew the whole text on every layout: a release of 56,000 short paragraphs (an
import lets 5 MB of text through) left the screen blank for twenty seconds and queued the keys (a
new user's trial). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.library import Library
from reader.tui.app import PressReaderApp, make_app
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.release_view import ReleaseView
from tests.tui.fake_translator import FakeTranslator

PARAGRAPHS = 3000


def _long_release(root: Path) -> str:
    rid = "2024-05-02-lang-verslag"
    folder = root / rid
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: 2024-05-02\nissuer: FOD Economie\noriginal_language: nl\n"
        "titles:\n  nl: Een lang verslag\nlanguages:\n  nl:\n    provenance: official\n",
        encoding="utf-8",
    )
    body = "\n\n".join(
        f"Paragraaf {n} van het verslag over de prijzen van energie in het jaar." for n in range(PARAGRAPHS)
    )
    (folder / "nl.md").write_text(body + "\n", encoding="utf-8")
    return rid


def _app(tmp_path: Path) -> tuple[str, PressReaderApp]:
    rid = _long_release(tmp_path / "lib")
    return rid, make_app(Library.load(tmp_path / "lib"), FakeTranslator(pairs=()), cursor_blink=False)


async def test_a_long_release_shows_its_top_at_once_and_end_reaches_its_last_paragraph(tmp_path: Path):
    rid, app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(ReaderScreen(app.library.get(rid), "nl"))
        await pilot.pause()
        view = app.screen.query_one(ReleaseView)
        view.show(app.library.get(rid), "nl")  # shown again, looked at before the next event
        assert not view.laid_out  # the top is drawn; thousands of paragraphs wait their turn
        assert view.virtual_size.height < PARAGRAPHS
        shown = "\n".join(view.render_line(y).text for y in range(10))
        assert "Een lang verslag" in shown and "Paragraaf 0 " in shown
        await pilot.press("end")
        await pilot.pause()
        assert view.laid_out and view.scroll_y == view.max_scroll_y
        last = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert f"Paragraaf {PARAGRAPHS - 1} " in last


async def test_a_find_in_a_long_release_scrolls_to_a_match_far_down(tmp_path: Path):
    rid, app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(ReaderScreen(app.library.get(rid), "nl", find="Paragraaf 2500 "))
        await pilot.pause()
        await pilot.pause()
        view = app.screen.query_one(ReleaseView)
        assert view.found == 1 and view.current_y is not None
        shown = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "Paragraaf 2500 " in shown


async def test_the_next_match_redraws_only_the_two_matches_parts(tmp_path: Path):
    """n / Enter wrapped the whole text again: a second per key on 3,000 paragraphs (a trial). Going
    on restyles the two matches; every other line is the one drawn before, and the view moves."""
    rid, app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(ReaderScreen(app.library.get(rid), "nl", find="Paragraaf 250"))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        view = screen.query_one(ReleaseView)
        assert view.found == 11
        first, before = view.current_y, list(view._lines)
        screen.action_find_next(1)
        await pilot.pause()
        assert view.current_y is not None and first is not None and view.current_y > first
        changed = [y for y, line in enumerate(before) if view._lines[y] is not line]
        assert changed and all(first - 2 <= y <= view.current_y + 2 for y in changed)
        shown = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "Paragraaf 2500 " in shown


async def test_closing_a_find_far_down_a_long_release_leaves_the_text_where_it_was(tmp_path: Path):
    """Esc after a find that had scrolled far down showed the top under a scrollbar at 90% (a trial)."""
    rid, app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(ReaderScreen(app.library.get(rid), "nl"))
        await pilot.pause()
        await pilot.press("slash", *"Paragraaf 2500 ", "enter")
        await pilot.pause()
        await pilot.pause()
        view = app.screen.query_one(ReleaseView)
        before = view.scroll_y
        assert before > 1000
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        shown = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert abs(view.scroll_y - before) <= 3 and "Paragraaf 2500 " in shown  # the find bar took two lines
