"""Dialogs in a 60x20 terminal (trial C): each fits the screen, its body scrolls, its buttons stay in
view and the widget Tab reaches is brought into view."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget
from textual.widgets import Button

from reader.tui.screens.import_dialog import ImportScreen
from reader.tui.screens.modals import FilePicker
from tests.tui.conftest import wait_for_workers
from tests.tui.test_eighty_columns import screen_lines

# a made-up page: two site lines, a headline, a date and two paragraphs
PAGE = (
    "Start > Berichten\n\nZoeken\n\nDe bibliotheek verlengt haar openingsuren in de winter\n\n"
    "4 november 2024\n\nVan december tot februari blijft de leeszaal open tot negen uur 's avonds.\n\n"
    "Op zondag opent ze voortaan om tien uur, een uur vroeger dan nu.\n"
)


def _seen(dialog: Widget, widget: Widget) -> bool:
    """Wholly inside the dialog's visible inside (the region the screen draws it in)."""
    inside = dialog.scrollable_content_region
    return widget.region.height > 0 and inside.contains_region(widget.region)


async def test_the_import_dialog_fits_60x20_and_each_tab_stop_is_seen(app, tmp_path: Path):  # noqa: ANN001
    """Before: the buttons (Other file… / Import / Cancel) were below the dialog's edge, and 5 of 11
    Tab stops were reached unseen."""
    page = tmp_path / "openingsuren.txt"
    page.write_text(PAGE, encoding="utf-8")
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(page))
        await wait_for_workers(pilot)
        dialog = app.screen.query_one("#import-dialog")
        buttons = [app.screen.query_one(f"#{name}", Button) for name in ("import-file", "confirm", "cancel")]
        stops = set()
        for _ in range(12):
            await pilot.press("tab")
            await pilot.pause()
            focused = app.focused
            assert focused is not None
            stops.add(focused.id)
            assert _seen(dialog, focused), f"{focused.id} at {focused.region}, the dialog shows {dialog.region}"
            assert all(_seen(dialog, button) for button in buttons)
        assert {"import-title", "import-dropped", "confirm", "cancel"} <= stops
        assert "Import (ctrl+s)" in "\n".join(screen_lines(app))


async def test_the_file_picker_s_title_and_keys_are_whole_at_60_columns(app, tmp_path: Path):  # noqa: ANN001
    """Before: 'Import a release (.txt .md .html .pdf .docx) or' and '… Backspace: u' were cut."""
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_workers(pilot)
        title = "Import a release (.txt .md .html .pdf .docx) or a CAT tool's .xlf"
        app.push_screen(FilePicker(title, (".txt",), tmp_path))
        await pilot.pause(0.2)  # (the tree's loader is a worker that stays: none to wait for)
        text = " ".join(" ".join(line.strip(" █") for line in screen_lines(app)).split())
        assert title in text and "Backspace: up · Esc: cancel" in text


async def test_at_60_columns_the_footer_keeps_quit_and_help_in_view(app):  # noqa: ANN001
    """Before: the library's footer ended 'q Qui' (no '? Help'), the review's showed '] a f s e w'
    and the keys after them were cut."""
    from tests.tui.test_review_mode import _open_review

    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_workers(pilot)
        footer = screen_lines(app)[-1]
        assert "q Quit" in footer and "? Help" in footer
        await _open_review(app, pilot)
        footer = screen_lines(app)[-1]
        assert "q Back" in footer and "? Help" in footer and "] Next" in footer
        await pilot.resize_terminal(120, 40)  # wide: as before, in its order, with the palette's key
        await pilot.pause()
        assert screen_lines(app)[-1].split()[:2] == ["]", "Next"] and "palette" in screen_lines(app)[-1]


def test_the_progress_line_says_esc_first() -> None:
    """Before: '0/4 sentences · Esc' at 60 columns, the line's end cut."""
    from reader.tui.widgets.translate_bar import TranslateBar

    said: list[str] = []
    bar = TranslateBar()
    bar.say = said.append  # type: ignore[method-assign]
    bar.query_one = lambda *a, **k: type("Bar", (), {"update": lambda *a, **k: None})()  # type: ignore[method-assign]
    bar.progress(0, 4)
    assert said == ["Esc cancels · 0/4 sentences"]


async def test_the_cursor_s_headline_is_whole_under_the_list_when_its_row_cuts_it(library_dir: Path):
    """Before: at 80 columns the list cut headlines at about 52 characters, and two alike that far
    could not be told apart: nothing showed the highlighted row's whole headline."""
    import shutil

    import yaml

    from reader.core.library import Library
    from reader.tui.app import make_app
    from tests.conftest import SEED_ID
    from tests.tui.fake_translator import FakeTranslator

    long_titles = {
        "a": "De gemeente opent een nieuw zwembad met drie baden en een sauna in het noorden van de stad",
        "b": "De gemeente opent een nieuw zwembad met drie baden en een sauna in het zuiden van de stad",
    }
    for end, title in long_titles.items():
        folder = library_dir / f"{SEED_ID}-{end}"
        shutil.copytree(library_dir / SEED_ID, folder)
        data = yaml.safe_load((folder / "release.yaml").read_text(encoding="utf-8"))
        data["id"] = folder.name
        data["titles"] = {lang: title for lang in data["titles"]}
        (folder / "release.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        seen = set()
        for _ in range(3):
            text = " ".join(" ".join(screen_lines(app)[-4:-1]).split())
            seen |= {end for end, title in long_titles.items() if title in text}
            await pilot.press("down")
            await pilot.pause()
        assert seen == {"a", "b"}


def _inside(screen: Widget, dialog: Widget, widget: Widget) -> bool:
    return _seen(dialog, widget) and screen.region.contains_region(widget.region)


async def test_the_segment_editor_at_60x20_keeps_three_lines_to_type_in_and_its_buttons(library_dir: Path):
    """Before: the source, two flags wrapped and the memory's line left the text box two lines, its
    bottom edge and Save/Cancel under the dialog's edge (trial C). The flags give way to one line
    with their count; typing and ctrl+s still save."""
    import dataclasses

    from reader.core.library import Library
    from reader.core.review.findings import Finding
    from reader.tui.app import make_app
    from reader.tui.screens.edit_segment import EditSegmentModal
    from reader.tui.widgets.aligned import AlignedView
    from tests.tui.fake_translator import FakeTranslator
    from tests.tui.test_edit_flow import _review

    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await _review(app, pilot)
        assert screen.report is not None
        flags = [  # made up: a note, then an error, each longer than the dialog is wide
            Finding("name", "only in the target, nowhere in the source: Zandvliet-Noord", severity="info"),
            Finding("number", "the source counts 14 lanterns, the target 41 of them", severity="error"),
        ]
        long_source = "Het bestuur zet langs de kade nieuwe lantaarns die 's nachts zachter branden. " * 2
        pair = screen.report.pairs[3]
        screen.report.pairs[3] = dataclasses.replace(pair, source=long_source, flags=flags)
        screen.query_one(AlignedView).cursor = 3
        await pilot.press("e")
        await pilot.pause()
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, EditSegmentModal)
        dialog, target = modal.query_one(".edit-dialog"), modal.query_one("#edit-target")
        assert app.focused is target and target.content_region.height >= 3, target.region
        assert _inside(modal, dialog, target)
        for name in ("save", "cancel"):
            assert _inside(modal, dialog, modal.query_one(f"#{name}", Button)), name
        said = " ".join(screen_lines(app))
        assert "2 flags · ⚑ number: the source counts" in said  # the error first, on one line
        await pilot.press(*" Nieuw.")
        await pilot.press("ctrl+s")
        await wait_for_workers(pilot)
        assert app.screen is screen and screen.edits == 1
        assert screen.session.typed[3][1].endswith("e-commerce. Nieuw.")  # added to the text, as typed


async def test_at_60x20_the_suggestions_give_way_first_and_come_back_at_80x24(tmp_path: Path):
    """Before: three suggestions of two lines each and the label left the text box no line in view
    at 60x20 (trial C). Now one line each and then the best only; F3 still inserts the second; at
    80x24 again all three with the sentences they rendered, as before."""
    from textual.widgets import Static

    from reader.tui.screens.edit_segment import EditSegmentModal
    from tests.tui.test_edit_suggestion_lines import _app, _open

    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        modal = app.screen
        assert isinstance(modal, EditSegmentModal) and len(modal.suggestions) == 3
        matches = modal.query_one("#edit-suggestions", Static)
        assert matches.region.height == 6
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.pause()
        dialog, target = modal.query_one(".edit-dialog"), modal.query_one("#edit-target")
        lines = str(matches.render()).splitlines()
        assert len(lines) == 1 and lines[0].startswith("F2 ") and matches.region.height == 1
        assert target.content_region.height >= 3 and _inside(modal, dialog, target)
        assert all(_inside(modal, dialog, button) for button in modal.query(Button))
        await pilot.press("f3")
        await pilot.pause()
        assert modal.query_one("#edit-target").text == modal.suggestions[1].target  # type: ignore[attr-defined]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert len(str(matches.render()).splitlines()) == 6 and matches.region.height == 6


def test_what_gives_way_first_as_the_dialog_gets_lower() -> None:
    """The order of trial C's decision: suggestions to a line each, to the best one, the label to a
    line, the flags to a line, the source to a line; none while all fits as before."""
    from reader.tui.widgets.edit_fit import Parts, steps_needed

    parts = Parts(matches=6, suggestions=3, label=3, flags=4)
    # title 1, source 2, matches 6, label 3, flags 4, box 4 (two lines), buttons 2: 22
    assert [steps_needed(parts, rows) for rows in (22, 21, 20, 18, 16, 13, 12, 8)] == [0, 1, 1, 2, 3, 4, 5, 5]
    assert steps_needed(Parts(matches=1, suggestions=0, label=1, flags=0), 11) == 0  # 80x24's 17 rows and less
