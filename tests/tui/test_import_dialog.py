"""The import dialog as a new user meets it: focus moves only with news, the site lines say in words
whether they are left out or kept."""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import Button, Input

from reader.core.importer import importer
from reader.tui.screens.import_dialog import ImportScreen
from reader.tui.screens.xliff_import import XliffImportScreen
from reader.tui.widgets.keep_list import KeepList
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers

PAGE = (
    "Home > Nieuws\n\nMenu\n\nNieuwe fietsroutes tussen drie gemeenten\n\n12 maart 2024\n\n"
    "De provincie legt veertien kilometer fietspad aan tussen drie gemeenten in het oosten.\n\n"
    "Het werk begint in september en duurt twee jaar, in twee fasen.\n"
)


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "fietsroutes.txt"
    page.write_text(PAGE, encoding="utf-8")
    return page


async def _open_undated(app, pilot, tmp_path: Path) -> ImportScreen:  # noqa: ANN001
    """The dialog open on a page with neither headline nor date."""
    page = tmp_path / "sans-date.txt"
    page.write_text(
        "La province aménage quatorze kilomètres de piste cyclable entre trois communes.\n\n"
        "Les travaux commencent en septembre et durent deux ans.\n",
        encoding="utf-8",
    )
    await wait_for_workers(pilot)
    app.push_screen(ImportScreen(page))
    await wait_for_workers(pilot)
    assert isinstance(app.screen, ImportScreen)
    return app.screen


def _pool(tmp_path: Path, french_day: int = 3) -> tuple[Path, Path]:
    """A swimming pool's release in Dutch and its French rendering, as two pages."""
    dutch = tmp_path / "zwembad.nl.txt"
    dutch.write_text(
        "Nieuw zwembad opent in april\n\n3 april 2025\n\n"
        "De gemeente opent in het voorjaar een nieuw zwembad met drie baden en een kleine sauna.\n",
        encoding="utf-8",
    )
    french = tmp_path / "piscine.fr.txt"
    french.write_text(
        f"Une nouvelle piscine ouvre en avril\n\n{french_day} avril 2025\n\n"
        "La commune ouvre au printemps une nouvelle piscine avec trois bassins et un petit sauna.\n",
        encoding="utf-8",
    )
    return dutch, french


async def test_fields_are_closed_while_the_file_is_read_then_focus_goes_to_import(app, tmp_path, monkeypatch):
    """Before: the cursor sat in Title while the file was read, and the plan then replaced what was
    typed there and took the cursor to Import."""
    gate = threading.Event()
    real = importer.plan_import

    def slow(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        gate.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr("reader.tui.screens.import_dialog.plan_import", slow)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(_page(tmp_path)))
        await pilot.pause()
        dialog = app.screen
        title = dialog.query_one("#import-title", Input)
        assert title.disabled and app.focused is dialog.query_one("#cancel", Button)
        await pilot.press("x", "y")  # typing while reading reaches no field
        assert title.value == ""
        assert "Reading fietsroutes.txt" in str(dialog.query_one("#import-detected").render())
        gate.set()
        await wait_for_workers(pilot)
        assert not title.disabled and title.value == "Nieuwe fietsroutes tussen drie gemeenten"
        # no issuer line: the preview says 'type it under Issuer', and the cursor waits there (a trial)
        assert app.focused is dialog.query_one("#import-issuer", Input)


async def test_a_page_that_names_its_issuer_opens_with_focus_on_import(app, tmp_path):
    page = tmp_path / "fietsroutes.txt"
    page.write_text(PAGE.replace("Menu\n\n", "Provincie Voorbeeld\nPersbericht\n\n"), encoding="utf-8")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(page))
        await wait_for_workers(pilot)
        dialog = app.screen
        assert dialog.query_one("#import-issuer", Input).value
        assert app.focused is dialog.query_one("#confirm", Button)


async def test_a_refused_import_focuses_the_field_it_names_and_keeps_the_preview(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        results: list[str | None] = []
        app.push_screen(ImportScreen(_page(tmp_path)), results.append)
        await wait_for_workers(pilot)
        dialog = app.screen
        dialog.query_one("#import-issuer", Input).focus()
        dialog.query_one("#import-date", Input).value = "2024-13-45"
        await pilot.click("#confirm")
        await wait_for_workers(pilot)
        assert not results and app.focused is dialog.query_one("#import-date", Input)  # not the title
        shown = str(dialog.query_one("#import-detected").render())
        assert "Not imported" in shown and "is no day of the calendar" in shown and "veertien kilometer" in shown
        dialog.query_one("#import-date", Input).value = "2024-03-12"
        await pilot.click("#confirm")
        await wait_for_workers(pilot)
        assert results and results[0] and results[0].startswith("2024-03-12-")


async def test_site_lines_are_marked_left_out_or_kept_in_words(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(_page(tmp_path)))
        await wait_for_workers(pilot)
        dropped = app.screen.query_one("#import-dropped", KeepList)
        assert sorted(dropped.marks()) == ["[ ] left out Home > Nieuws", "[ ] left out Menu"]
        first = dropped.get_option_at_index(0).value
        dropped.focus()  # the first row lit at once: Space acts on it
        await pilot.press("space")
        await pilot.pause()
        assert dropped.marks()[0] == f"[x] kept {first}" and dropped.selected == [first]
        drawn = "".join(segment.text for segment in dropped.render_line(0))
        assert drawn.startswith("[x] kept") and "▐" not in drawn and first in drawn
        assert "[ ] left out" in "".join(segment.text for segment in dropped.render_line(1))


async def test_a_file_that_cannot_be_imported_invites_another_file_not_the_fields(app, tmp_path):
    """A binary file said "not text" and then "Fill in the fields above, then Import." with Import on."""
    from reader.tui.screens.modals import FilePicker

    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02 not a page \x00")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        results: list[str | None] = []
        app.push_screen(ImportScreen(binary), results.append)
        await wait_for_workers(pilot)
        dialog = app.screen
        shown = str(dialog.query_one("#import-detected").render())
        assert "binary file" in shown and "Choose another file" in shown and "Fill in" not in shown
        assert dialog.query_one("#confirm", Button).disabled and dialog.query_one("#import-title", Input).disabled
        assert not dialog.query_one("#confirm", Button).display  # no Import offered for a file that cannot be
        assert app.focused is dialog.query_one("#import-file", Button)
        await pilot.press("enter")  # Other file…
        await pilot.pause()
        assert isinstance(app.screen, FilePicker)
        app.screen.dismiss(None)  # a second choice cancelled: the dialog stays
        await pilot.pause()
        assert app.screen is dialog and not results
        dialog.query_one("#import-file", Button).press()
        await pilot.pause()
        app.screen.dismiss(_page(tmp_path))
        for _ in range(100):  # the picker's tree loader ends cancelled: wait for the dialog alone
            await pilot.pause(0.02)
            if not dialog.query_one("#confirm", Button).disabled:
                break
        assert app.screen is dialog and not dialog.query_one("#confirm", Button).disabled
        assert dialog.query_one("#confirm", Button).display
        assert dialog.query_one("#import-title", Input).value == "Nieuwe fietsroutes tussen drie gemeenten"


async def test_the_dialogs_warnings_speak_of_its_fields_not_of_flags(app, tmp_path):
    """The dialog chose the release the plan suggested, and its warning still said '--release ID'."""
    from reader.core.importer.importer import apply_import, plan_import

    dutch, french = _pool(tmp_path)
    release = apply_import(plan_import(dutch, app.library, issuer="Gemeente"), app.library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(french))
        await wait_for_workers(pilot)
        dialog = app.screen
        shown = str(dialog.query_one("#import-detected").render())
        assert dialog.query_one("#import-release", Input).value == release.id
        # the release set above is said once, as where the file goes; no flag, and no warning about
        # an issuer the release already has (a new user read both after picking the release)
        assert f"a language version of {release.id}, suggested" in shown and "Issuer" not in shown
        assert "--" not in shown


async def test_the_preview_follows_the_choice_of_a_release_to_add_the_file_to(app, tmp_path):
    """A new user chose 'a language version of' a release: the preview still said 'a new release'
    and 'Not found: title and date', which the release gives."""
    from textual.widgets import Select

    from tests.conftest import SEED_ID

    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_undated(app, pilot, tmp_path)
        shown = str(dialog.query_one("#import-detected").render())
        assert "Not found: title and date" in shown and "a new release" in shown
        dialog.query_one("#import-release", Input).value = SEED_ID
        await pilot.pause()
        assert dialog.query_one("#import-target", Select).value == "version"
        shown = str(dialog.query_one("#import-detected").render())
        assert f"a new language version of {SEED_ID}" in shown and "Not found" not in shown
        assert "no issuer line found" not in shown  # a version takes the release's issuer


def _exported_xliff(app, tmp_path: Path, edit: str) -> tuple[Path, str]:  # noqa: ANN001
    """The seed's nl→fr pair exported for a CAT tool, one target changed there as a translator would."""
    from lxml import etree

    from reader.core.review.checks import check_release
    from reader.core.review.export import export
    from reader.core.review.store import ReviewStore

    release = app.library.get(SEED_ID)
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    path = tmp_path / "job.xlf"
    export(check_release(release, "nl", "fr"), store, "xliff12", path)
    tree = etree.parse(str(path))
    targets = [e for e in tree.iter() if isinstance(e.tag, str) and etree.QName(e).localname == "target"]
    before = targets[3].text or ""
    targets[3].text = edit
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    return path, before


async def _xliff_screen(app, pilot, path: Path, results: list) -> XliffImportScreen:  # noqa: ANN001
    await wait_for_workers(pilot)
    app.push_screen(ImportScreen(path), results.append)
    await wait_for_workers(pilot)
    assert isinstance(app.screen, XliffImportScreen)
    return app.screen


async def test_an_xliff_file_is_taken_back_after_its_changes_are_shown(app, tmp_path):
    """The TUI exported XLIFF, and only the shell took it back (a translator's trial): the dialog
    shows what the file would change, and ctrl+s applies it as `press-reader import` does."""
    edit = "Une phrase corrigée par la traductrice dans son outil."
    path, before = _exported_xliff(app, tmp_path, edit)
    results: list[object] = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _xliff_screen(app, pilot, path, results)
        shown = str(screen.query_one("#xliff-plan").render())
        assert "would change 1 segment(s)" in shown and edit in shown
        assert (
            app.library.get(SEED_ID).versions["fr"].path.read_text(encoding="utf-8").count(edit) == 0
        )  # nothing written yet
        await pilot.press("ctrl+s")
        for _ in range(100):
            await wait_for_workers(pilot)
            if results:
                break
        assert results == [SEED_ID]
    fr = app.library.get(SEED_ID).versions["fr"].path.read_text(encoding="utf-8")
    assert edit in fr and before not in fr


async def test_an_xliff_with_nothing_new_or_broken_applies_nothing_and_says_why(app, tmp_path):
    path, before = _exported_xliff(app, tmp_path, "")
    path.write_text(path.read_text(encoding="utf-8").replace("<target", "<trget").replace("</target", "</trget"))
    broken = tmp_path / "broken.xlf"
    broken.write_text('<?xml version="1.0"?><xliff version="9.9"/>', encoding="utf-8")
    async with app.run_test(size=(80, 24)) as pilot:
        for file, words in ((path, "Nothing to take back"), (broken, "Not taken back: ")):
            results: list[object] = []
            screen = await _xliff_screen(app, pilot, file, results)
            assert words in str(screen.query_one("#xliff-plan").render())
            assert screen.query_one("#confirm", Button).disabled
            await pilot.press("escape")
            await wait_for_workers(pilot)
            assert results == [None] and not isinstance(app.screen, (XliffImportScreen, ImportScreen))


async def test_entering_a_field_keeps_its_text_and_enter_imports(app, tmp_path):
    """Tabbing into Title selected the detected headline, so the next key wiped it; Enter in a field
    did nothing. Now the cursor goes to the end, and Enter imports as a form does."""
    results: list[object] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(_page(tmp_path)), results.append)
        await wait_for_workers(pilot)
        dialog = app.screen
        title = dialog.query_one("#import-title", Input)
        title.focus()
        await pilot.press("!")
        assert title.value == "Nieuwe fietsroutes tussen drie gemeenten!"
        dialog.query_one("#import-issuer", Input).focus()
        await pilot.press(*"Provincie", "enter")
        await wait_for_workers(pilot)
        for _ in range(50):
            if results:
                break
            await pilot.pause(0.02)
        assert results and app.library.get(str(results[0])).title("nl").endswith("gemeenten!")


async def test_a_rendering_to_edit_imports_as_unofficial(app, tmp_path):
    """A translator's own rendering: the dialog's provenance, as --provenance unofficial."""
    from textual.widgets import Select

    results: list[object] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(_page(tmp_path)), results.append)
        await wait_for_workers(pilot)
        dialog = app.screen
        dialog.query_one("#import-provenance", Select).value = "unofficial"
        dialog.query_one("#confirm", Button).press()
        for _ in range(50):
            await pilot.pause(0.02)
            if results:
                break
        release = app.library.get(str(results[0]))
        assert release.versions["nl"].provenance.kind == "unofficial"


async def test_a_page_without_a_date_line_shows_the_date_its_lead_names_as_a_suggestion(app, tmp_path):
    page = tmp_path / "telling.txt"
    page.write_text(
        "De gemeente telt meer fietsers\n\nOp 4 juni 2024 telden vrijwilligers de fietsers op drie kruispunten.\n",
        encoding="utf-8",
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(page))
        await wait_for_workers(pilot)
        date = app.screen.query_one("#import-date", Input)
        assert date.value == "" and app.focused is date  # asked, never taken: it may be the count's day
        assert "2024-06-04" in date.placeholder


def _background(dropped: KeepList, y: int) -> object:
    return [segment.style.bgcolor for segment in dropped.render_line(y) if segment.style is not None][0]


async def test_the_focused_site_line_is_lit_and_space_toggles_it_even_alone(app, tmp_path):
    """Before: focusing the list lit no row, so Space did nothing and nothing showed which row it
    would toggle; a single left-out line could not be put back from the keyboard."""
    page = tmp_path / "one-site-line.txt"
    page.write_text(PAGE.replace("Home > Nieuws\n\n", ""), encoding="utf-8")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(page))
        await wait_for_workers(pilot)
        dropped = app.screen.query_one("#import-dropped", KeepList)
        assert dropped.marks() == ["[ ] left out Menu"]
        unlit = _background(dropped, 0)
        dropped.focus()
        await pilot.pause()
        assert dropped.highlighted == 0 and _background(dropped, 0) != unlit  # the row Space acts on, lit
        await pilot.press("space")
        await wait_for_workers(pilot)
        assert dropped.marks() == ["[x] kept Menu"] and dropped.highlighted == 0
        await pilot.press("space")  # still lit after the preview was read again: Space leaves it out again
        await wait_for_workers(pilot)
        assert dropped.marks() == ["[ ] left out Menu"]


async def test_the_lit_row_stays_where_it_was_when_the_preview_is_read_again(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(_page(tmp_path)))
        await wait_for_workers(pilot)
        dropped = app.screen.query_one("#import-dropped", KeepList)
        dropped.focus()
        await pilot.press("down", "space")
        await wait_for_workers(pilot)
        assert dropped.highlighted == 1 and dropped.marks()[1].startswith("[x] kept")
        assert _background(dropped, 1) != _background(dropped, 0)


async def test_a_file_already_in_a_release_can_still_be_added_to_another(app, tmp_path):
    """Imported alone by mistake, a French page became a release of its own; the dialog refused it
    ('already imported') before a release to add it to could be chosen."""
    from reader.core.importer.importer import apply_import, plan_import

    dutch, french = _pool(tmp_path, french_day=5)
    release = apply_import(plan_import(dutch, app.library, issuer="Gemeente"), app.library)
    stray = apply_import(plan_import(french, app.library, issuer="Commune"), app.library)
    import os
    import time

    for made in (release, stray):  # imported a while ago; this session reads them whole
        os.utime(made.folder / "release.yaml", (time.time() - 60, time.time() - 60))
    app.library.reload()
    results: list[object] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(french), results.append)
        await wait_for_workers(pilot)
        dialog = app.screen
        shown = str(dialog.query_one("#import-detected").render())
        assert f"already imported as release '{stray.id}'" in shown
        assert not dialog.query_one("#confirm", Button).disabled
        dialog.query_one("#import-release", Input).value = release.id
        await pilot.pause()
        dialog.query_one("#confirm", Button).press()
        for _ in range(100):
            await wait_for_workers(pilot)
            if results:
                break
            await pilot.pause(0.02)
        assert results == [release.id]
    assert sorted(app.library.get(release.id).versions) == ["fr", "nl"]


async def test_what_was_not_found_leaves_the_preview_once_filled_in(app, tmp_path):
    """'Not found: title and date. Fill in above' stayed after both fields were filled."""
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_undated(app, pilot, tmp_path)
        assert "Not found: title and date" in str(dialog.query_one("#import-detected").render())
        dialog.query_one("#import-title", Input).value = "Une piste cyclable"
        await pilot.pause()
        assert "Not found: date." in str(dialog.query_one("#import-detected").render())
        dialog.query_one("#import-date", Input).value = "2025-03-04"
        await pilot.pause()
        assert "Not found" not in str(dialog.query_one("#import-detected").render())


async def test_typing_the_date_suggests_the_release_of_that_day(app, tmp_path, library_dir):
    """A page that states no date gave no suggestion once its date was typed, where the CLI's `--date`
    names the release of that day: a translator made a second release of one text."""
    from textual.widgets import Select

    from tests.conftest import archive_without

    rid = archive_without(library_dir, "fr", count=2)[1]  # dated 2019-02-11, no French version
    app.library.reload()
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_undated(app, pilot, tmp_path)
        dialog.query_one("#import-date", Input).value = "2019-02-13"  # no release that day
        await pilot.pause()
        assert dialog.query_one("#import-target", Select).value == "new"
        dialog.query_one("#import-date", Input).value = "2019-02-11"
        await pilot.pause()
        assert dialog.query_one("#import-release", Input).value == rid
        assert dialog.query_one("#import-target", Select).value == "version"


async def test_ctrl_a_selects_a_field_and_ctrl_s_imports_as_in_the_other_dialogs(app, tmp_path):
    """The trial: ctrl+a moved to the start of the field (a new headline was glued before the old one)
    and ctrl+s did nothing, where the edit and comment dialogs select all and save."""
    results: list[object] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(_page(tmp_path)), results.append)
        await wait_for_workers(pilot)
        dialog = app.screen
        title = dialog.query_one("#import-title", Input)
        title.focus()
        await pilot.press("ctrl+a", *"Fietsroutes", "ctrl+s")
        for _ in range(50):
            if results:
                break
            await pilot.pause(0.02)
        assert results and app.library.get(str(results[0])).title("nl") == "Fietsroutes"


async def test_the_import_button_says_it_is_importing_until_the_import_ends(app, tmp_path, monkeypatch):
    """The trial: after ctrl+s on a big page the dialog looked the same for seconds, and the user
    gave up. The button says 'Importing…' while the import runs."""
    gate = threading.Event()
    real = importer.apply_import

    def slow(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        gate.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr("reader.tui.screens.import_dialog.apply_import", slow)
    results: list[object] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(_page(tmp_path)), results.append)
        await wait_for_workers(pilot)
        button = app.screen.query_one("#confirm", Button)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert str(button.label) == "Importing…" and button.disabled
        await pilot.press("escape")  # the write cannot be stopped: the dialog stays, and says why
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen) and not results
        gate.set()
        for _ in range(100):
            if results:
                break
            await pilot.pause(0.02)
        assert results


async def test_after_an_import_the_library_cursor_is_on_the_release_imported(app, tmp_path):
    """The new release sorts to the top while the cursor stayed on the old one: a new user's Enter
    opened the old release and took the import for lost."""
    from reader.tui.screens.library import LibraryScreen
    from reader.tui.widgets.release_list import ReleaseList

    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        listing = library.query_one(ReleaseList)
        before = listing.rows[listing.cursor].id
        library.action_import_file(str(_page(tmp_path)))
        await wait_for_workers(pilot)
        assert isinstance(app.screen, ImportScreen)
        await pilot.press("ctrl+s")
        await wait_for_workers(pilot)
        for _ in range(50):
            if listing.rows[listing.cursor].id != before:
                break
            await pilot.pause(0.02)
        assert "fietsroutes" in listing.rows[listing.cursor].id


def test_the_preview_follows_the_headline_and_issuer_typed(tmp_path: Path) -> None:
    """A trial typed the right headline and an issuer: the preview still showed the headline as the
    first paragraph and 'no issuer line found'. The import takes the fields: so does the preview."""
    import datetime as dt

    from reader.core.importer.importer import plan_import
    from reader.core.library import Library
    from reader.tui.import_hints import preview_text

    page = tmp_path / "page.txt"
    body = (
        "De gemeente opent in het voorjaar twaalf nieuwe loketten voor wie een aanvraag op papier wil "
        "indienen, telkens met een medewerker die helpt bij het invullen."
    )
    page.write_text(f"Nieuwe loketten in de gemeente\n{body}\n\nDe loketten zijn elke werkdag open.\n")
    (tmp_path / "lib").mkdir()
    plan = plan_import(
        page, Library.load(tmp_path / "lib"), date=dt.date(2025, 3, 4), title="Iets anders", preview=True
    )
    headline = "Nieuwe loketten in de gemeente"
    if not any(b.text == headline for b in plan.blocks):  # the page's shape made it the headline already
        plan.blocks.insert(0, type(plan.blocks[0])("paragraph", headline))
    assert headline in preview_text(plan).plain
    shown = preview_text(plan, None, headline, "Gemeente Voorbeeld").plain
    assert f"] {headline}" not in shown and "no issuer line found" not in shown


async def test_a_release_imported_here_is_no_news_of_a_change_on_disk(app, tmp_path):
    """After the user's own import the status said 'The library changed on disk: 1 new.', which reads
    as another program at work (an import trial). The look for changes, as the timer makes it."""
    from reader.core.importer.importer import apply_import
    from reader.tui.controllers import library_feed

    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        reviews = app.settings.reviews_of(app.library.root)
        apply_import(importer.plan_import(_page(tmp_path), app.library), app.library, reviews, "")  # as the dialog
        posted: list[object] = []
        library_feed.changes(app, posted.append)
        assert [(m.added, m.changed, m.removed) for m in posted] == [(0, 0, 0)]  # type: ignore[attr-defined]
        posted.clear()  # the count moves, nothing is told
        other = tmp_path / "other.txt"  # another program's import is news still
        other.write_text(PAGE.replace("fietsroutes", "wandelroutes").replace("12 maart", "13 maart"), encoding="utf-8")
        from reader.core.library import Library

        elsewhere = Library.load(app.library.root)
        apply_import(importer.plan_import(other, elsewhere), elsewhere, reviews, "")
        library_feed.changes(app, posted.append)
        assert [(m.added, m.changed) for m in posted] == [(1, 0)]  # type: ignore[attr-defined]


async def test_the_first_release_imported_into_an_empty_library_is_listed_and_counted(tmp_path):
    """An empty library still said 'The library is empty' under its first import, the new release
    listed alone under it or not at all until r (a new user's trial, twice)."""
    from reader.core.library import Library
    from reader.tui.app import make_app
    from reader.tui.screens.library import LibraryScreen
    from reader.tui.widgets.library_status import EMPTY, LibraryStatus
    from reader.tui.widgets.release_list import ReleaseList
    from tests.tui.fake_translator import FakeTranslator

    (tmp_path / "lib").mkdir()
    app = make_app(Library.load(tmp_path / "lib"), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        status = library.query_one(LibraryStatus)
        assert EMPTY in str(status.render())
        library.action_import_file(str(_page(tmp_path)))
        await wait_for_workers(pilot)
        await pilot.press("ctrl+s")
        listing = library.query_one(ReleaseList)
        for _ in range(100):  # the look for changes comes on its timer
            await pilot.pause(0.1)
            if listing.rows and "1 of 1 releases" in str(status.render()):
                break
        assert [row.id for row in listing.rows] == [listing.rows[0].id] and "fietsroutes" in listing.rows[0].id
        assert "1 of 1 releases" in str(status.render()), str(status.render())
        assert not any("changed on disk" in str(n.message) for n in app._notifications)


async def test_a_file_already_imported_is_said_as_skipped_alone(app, tmp_path):
    """Trial J: `i` on a page imported before under another issuer said both 'already imported …
    an import would skip it' and '… another issuer or text: a release of its own'; only the first
    is what an import does."""
    from reader.core.importer.importer import apply_import, plan_import

    page = tmp_path / "sporthal.txt"
    page.write_text(
        "FOD Sport en Vrije Tijd\n\nNieuwe sporthal opent in mei\n\n6 mei 2025\n\n"
        "De federale dienst opent in mei een nieuwe sporthal met twee zalen en een klimmuur voor scholen.\n",
        encoding="utf-8",
    )
    made = apply_import(plan_import(page, app.library, issuer="Stad Voorbeeld"), app.library)
    app.library.reload()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(page))
        await wait_for_workers(pilot)
        shown = str(app.screen.query_one("#import-detected").render())
        assert f"already imported as release '{made.id}' (same content)" in shown
        assert "a release of its own" not in shown, shown


async def test_a_german_page_is_refused_by_name_on_opening(app, tmp_path):
    """Trial C opened German pages here, was asked for the language, chose Français and had German
    stored as the French version: the page is refused as what it reads as, its fields closed and
    Import gone, and nothing is written."""
    page = tmp_path / "sirenen.txt"
    page.write_text(
        "Neue Sirenen im Bezirk\n\n2. April 2026\n\n"
        "Die Gemeinde stellt im Frühjahr zwölf neue Sirenen auf, die jeden Monat geprüft werden.\n\n"
        "Die Arbeiten beginnen im Mai und dauern bis zum Ende des Sommers.\n",
        encoding="utf-8",
    )
    before = [r.id for r in app.library.releases]
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(page))
        await wait_for_workers(pilot)
        dialog = app.screen
        shown = str(dialog.query_one("#import-detected").render())
        assert "Cannot import sirenen.txt: the text reads as German, a language not supported" in shown, shown
        assert "Language" not in shown.split("\n")[0]
        assert not dialog.query_one("#confirm", Button).display and dialog.query_one("#import-lang").disabled
        dialog.action_confirm()
        await wait_for_workers(pilot)
        assert app.screen is dialog
    app.library.reload()
    assert [r.id for r in app.library.releases] == before


async def test_a_refusal_naming_the_language_focuses_the_language_field(app, tmp_path):
    """The refusal names the field 'language', whose box is '#import-lang': looked up by that name, the
    dialog died with NoMatches (a trial: three German pages with a date, Import pressed at once; such
    a page is refused on opening now, the refusal of the field stays)."""
    from reader.tui.screens.import_dialog import ImportRefused

    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(_page(tmp_path)))
        await wait_for_workers(pilot)
        dialog = app.screen
        dialog.post_message(ImportRefused("cannot tell the language", "language"))
        await pilot.pause()
        assert app.screen is dialog and app.focused is dialog.query_one("#import-lang")
        assert "Not imported" in str(dialog.query_one("#import-detected").render())


async def test_a_page_with_a_german_half_says_so_in_the_preview(app, tmp_path):
    """Trial C's Dutch page with its German version under it went in as one Dutch version, unsaid."""
    from tests.cli.test_import_german_half import DE, DE_HEAD, NL, NL_HEAD

    page = tmp_path / "nl-de.txt"
    page.write_text(NL_HEAD + "\n\n".join(NL) + "\n\n" + DE_HEAD + "\n\n".join(DE) + "\n", encoding="utf-8")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(page))
        await wait_for_workers(pilot)
        shown = " ".join(str(app.screen.query_one("#import-detected").render()).split())
        assert "a good part of the text is in German (not supported) too (a bilingual document?)" in shown, shown


async def test_an_xliff_target_in_german_is_named_in_the_dialog_and_not_taken(app, tmp_path):
    """Trial C's German target in a file declaring French was shown as a French change to apply."""
    german = "Die Arbeiten am neuen Hafenbecken beginnen im Herbst und dauern ungefähr zwei Jahre."
    path, before = _exported_xliff(app, tmp_path, german)
    results: list[object] = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _xliff_screen(app, pilot, path, results)
        shown = " ".join(str(screen.query_one("#xliff-plan").render()).split())
        assert "target reads as another language than the French the file declares (German: segment(s) 4)" in shown
        assert "Nothing to take back" in shown and "the file holds what the library holds" not in shown, shown
