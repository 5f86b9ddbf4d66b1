"""`/` finds in the text of the reader and of side by side; a search hit opens at its passage."""

import pytest
from textual.widgets import Footer

from reader.core.text.fold import find_spans
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.aligned import AlignedView
from reader.tui.widgets.find_bar import FIND_PAUSE, FindBar
from reader.tui.widgets.release_view import ReleaseView
from tests.tui.conftest import wait_for_workers


def test_find_spans_ignore_case_and_accents():
    assert find_spans("Luik, Liège en de Liégeois", "liege") == [(6, 11), (18, 23)]
    assert find_spans("anything", "  ") == []


async def test_find_in_the_reader_lights_and_moves(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        await pilot.press("slash", *"alibaba")
        await pilot.pause()
        assert screen.find_query == ""  # typing finds once the keys pause, not per key
        await pilot.pause(FIND_PAUSE + 0.2)
        view = screen.query_one(ReleaseView)
        bar = screen.query_one(FindBar)
        assert view.found >= 3 and screen.find_query == "alibaba"
        assert bar.border_subtitle == f"1 of {view.found}"
        first = view.current_y
        await pilot.press("enter")  # the next match
        await pilot.pause()
        assert screen.find_at == 1 and view.current_y is not None and view.current_y >= (first or 0)
        assert bar.border_subtitle == f"2 of {view.found}"
        bar.value = "zzzqqq"
        await pilot.pause(FIND_PAUSE + 0.2)
        assert bar.border_subtitle == "no match"
        await pilot.press("escape")  # closes the bar, clears the find
        await pilot.pause()
        assert screen.find_query == "" and view.found == 0
        await pilot.press("n")  # no find: Dutch, as before
        assert screen.lang == "nl"


async def test_find_in_side_by_side_moves_the_cursor(app):
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s")
        await wait_for_workers(pilot)
        view = app.screen.query_one(AlignedView)
        await pilot.press("slash", *"liege", "enter")
        await pilot.pause()
        assert view.find_query == "liege"
        row = view.current
        assert row is not None and (find_spans(row.left, "liege") or find_spans(row.right, "liege"))
        height = view._offsets[view.cursor + 1] - view._offsets[view.cursor]
        lines = [view._draw(view.cursor, part, view.size.width, True) for part in range(height)]
        lit = [
            seg.text
            for strip in lines
            for seg in strip
            if seg.style and seg.style == seg.style + view._style("aligned--found")
        ]
        assert any(text.lower() == "liège" for text in lit)
        view.focus()
        at = view.cursor
        await pilot.press("n")
        await pilot.pause()
        assert len(view._found) >= 2 and view.cursor in view._found and view.cursor != at


async def test_a_search_hit_opens_the_matching_language_at_the_passage(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("slash", *"Liégeois")
        await pilot.pause(0.3)
        await wait_for_workers(pilot)
        app.screen.query_one("#search").value = "Liège"
        await pilot.pause(0.3)
        await wait_for_workers(pilot)
        await pilot.press("enter", "enter")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.lang == "fr"  # the Dutch says Luik: the French version holds the word
        assert screen.query_one(ReleaseView).found >= 1 and screen.find_query == "Liège"


async def test_find_in_review_mode_too(app):
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await wait_for_workers(pilot)
        view = app.screen.query_one(AlignedView)
        await pilot.press("slash", *"alibaba")
        await pilot.pause(FIND_PAUSE + 0.2)
        assert view.find_query == "alibaba" and view._found
        assert app.screen.query_one(FindBar).border_subtitle == f"{len(view._found)} row(s)"


@pytest.mark.parametrize("size", [(80, 24), (120, 35), (120, 40)])
async def test_the_find_bar_shows_what_is_typed_above_a_footer_of_its_keys(app, size):
    """The bar once drew only its borders (Input's focused border took its one line) over the footer."""
    async with app.run_test(size=size) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        await pilot.press("slash", *"alibaba")
        await pilot.pause()
        bar, footer = screen.query_one(FindBar), screen.query_one(Footer)
        drawn = [strip.text for strip in screen._compositor.render_strips()]  # what the terminal shows
        assert any("alibaba" in line for line in drawn[bar.region.y : bar.region.bottom]), drawn
        assert not bar.region.overlaps(footer.region)
        assert footer.region.height == 1 and footer.region.bottom == size[1]
        shown = {b.binding.action for b in screen.active_bindings.values() if b.binding.show}
        assert {"submit", "close"} <= shown  # the letter keys go into the bar: the footer says what works
        await pilot.press("escape")
        await pilot.pause()
        shown = {b.binding.action for b in screen.active_bindings.values() if b.binding.show}
        assert "side_by_side" in shown and not bar.region.height


async def test_n_after_a_search_hit_is_the_dutch_even_where_the_words_are(app):
    """A library search lights its words in the reader, the bar empty: `n` is the Dutch the footer
    offers, also on a version that holds the words."""
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("slash", *"alibaba", "enter")
        for _ in range(100):
            if isinstance(app.screen, ReaderScreen):
                break
            await pilot.pause(0.1)
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.find_query
        await pilot.press("f")
        await pilot.pause()
        assert screen.lang == "fr" and screen.query_one(ReleaseView).found
        await pilot.press("n")
        await pilot.pause()
        assert screen.lang == "nl"


async def test_closing_the_find_leaves_the_text_at_the_match(app):
    """Esc closed the find and jumped back to the top of the text (a new user's trial)."""

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        await pilot.press("slash", *"diamantsector", "enter")  # a word at the end of the Dutch text
        await pilot.pause(0.3)
        scroll = screen.query_one(ReleaseView)
        at = scroll.scroll_y
        assert at > 0
        await pilot.press("escape")
        await pilot.pause(0.3)
        # where it was: the bar's lines given back to the text may pull it up by as many, never to the top
        assert screen.find_query == "" and at - 4 <= scroll.scroll_y <= at


async def test_enter_hands_the_keys_to_the_text_and_esc_closes_the_find_not_the_screen(app):
    """n after Enter was typed into the box ('luikn'), and Esc with the bar open left the reader:
    two new users' trials. As in less: / query Enter, then n and N; Esc closes the find."""
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        await pilot.press("slash", *"alibaba", "enter")
        await pilot.pause()
        bar = screen.query_one(FindBar)
        assert screen.find_query == "alibaba" and screen.find_at == 0 and not bar.has_focus
        assert _footer_says(screen, "n") == "Next"  # it said "NL" over the find (a trial)
        await pilot.press("n", "n")
        await pilot.pause()
        assert bar.value == "alibaba" and screen.find_at == 2 and bar.border_subtitle.startswith("3 of ")
        await pilot.press("N")
        assert screen.find_at == 1
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.find_query == "" and not bar.has_class("-open")
        assert _footer_says(screen, "n") == "NL"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)


async def test_find_in_the_reader_reaches_a_table_s_cells(app, library_dir):  # noqa: ANN001
    """'/8.400' said 'no match' over a table that showed 8.400 (a reader's trial)."""
    folder = library_dir / "2024-03-01-fietsen"
    folder.mkdir()
    (folder / "release.yaml").write_text(
        "id: 2024-03-01-fietsen\ndate: 2024-03-01\nissuer: FOD Mobiliteit\noriginal_language: nl\n"
        "titles:\n  nl: Meer fietsers in de steden\nlanguages:\n  nl:\n    provenance: official\n",
        encoding="utf-8",
    )
    table = "| Stad | Fietsers |\n| --- | --- |\n| Gent | 8.400 |\n| Leuven | 6.100 |"
    (folder / "nl.md").write_text(f"Meer fietsers in de steden.\n\nHet aantal steeg.\n\n{table}\n", encoding="utf-8")
    app.library.reload()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReaderScreen(app.library.get("2024-03-01-fietsen"), "nl"))
        await pilot.pause()
        screen = app.screen
        await pilot.press("slash", *"8.400")
        await pilot.pause(FIND_PAUSE + 0.2)
        view = screen.query_one(ReleaseView)
        assert view.found == 1 and screen.query_one(FindBar).border_subtitle == "1 of 1"
        assert view.current_y is not None  # the match's part is known: the view can go to it


def _footer_says(screen: ReaderScreen, key: str) -> str:
    """The description the footer gives a key now: the binding the screen enables."""
    return screen.active_bindings[key].binding.description


async def test_the_find_count_follows_the_language_switched_to(app):
    """A new user's trial: '1 of 1' for a word of the Dutch stayed on the bar after `f` showed a French
    text without it; only Enter in the bar counted again."""
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        await pilot.press("slash", *"ondertekenen", "enter")
        await pilot.pause()
        bar = screen.query_one(FindBar)
        assert screen.lang == "nl" and bar.border_subtitle.endswith(f"of {screen.query_one(ReleaseView).found}")
        screen.action_language("fr")
        await pilot.pause()
        found = screen.query_one(ReleaseView).found
        assert screen.lang == "fr" and bar.border_subtitle == (f"1 of {found}" if found else "no match")
