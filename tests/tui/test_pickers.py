"""The file picker starts in the working folder, goes up, and takes a typed folder or file."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.screens.modals import FilePicker
from reader.tui.screens.models import IndexPairModal
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


async def test_file_picker_roots_goes_up_and_takes_typed_paths(
    library_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    work = tmp_path / "work" / "inner"
    work.mkdir(parents=True)
    (tmp_path / "work" / "release.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(work)
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    chosen: list[Path | None] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(FilePicker("Pick", (".txt",)), chosen.append)
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, FilePicker) and picker.start == work.resolve()
        await pilot.press("tab")  # to the tree, where backspace goes up
        await pilot.press("backspace")
        await pilot.pause()
        assert picker.start == (tmp_path / "work").resolve()
        picker.query_one("#path").focus()
        await pilot.press(*"inner", "enter")  # a folder typed: opened, the box emptied for the file
        await pilot.pause()
        assert picker.start == work.resolve() and picker.query_one("#path").value == ""
        assert picker.focused is picker.query_one("#path")
        await pilot.press(*"../release.txt", "enter")
        await pilot.pause()
    assert chosen == [(tmp_path / "work" / "release.txt").resolve()]


async def test_index_dialog_refuses_the_same_language_twice(library_dir: Path):
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    results: list[tuple[str, str] | None] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(IndexPairModal(), results.append)
        await pilot.pause()
        modal = app.screen
        modal.query_one("#to").value = "nl"
        modal.query_one("#install").press()
        await pilot.pause()
        assert app.screen is modal and results == []
        modal.query_one("#to").value = "fr"
        modal.query_one("#install").press()
        await pilot.pause()
    assert results == [("nl", "fr")]


async def test_the_down_arrow_goes_from_the_box_to_the_list(library_dir: Path, tmp_path: Path, monkeypatch):
    """After a folder typed, the arrows did nothing: only Tab reached the list, and no hint said so (a trial)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "model.argosmodel").write_text("x", encoding="utf-8")
    monkeypatch.chdir(stick)
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    chosen: list[Path | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(FilePicker("Pick", (".argosmodel",)), chosen.append)
        await pilot.pause()
        picker = app.screen
        await pilot.press("down")
        assert picker.focused is not picker.query_one("#path")
        await pilot.press("down", "enter")
        await pilot.pause()
    assert chosen == [(stick / "model.argosmodel").resolve()]


async def test_the_translate_picker_names_the_server_it_translates_with(library_dir: Path, tmp_path: Path):
    """'Translate offline into…' with a team's server set and no local model read false (a trial)."""
    from textual.widgets import Label

    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.remote import RemoteEngine
    from reader.tui.screens.modals import TranslatePicker

    urls = ["http://me:pw@127.0.0.1:50310", "http://127.0.0.1:50311"]
    engine = RemoteEngine(urls, TranslationCache(tmp_path / "cache.sqlite3"))
    app = make_app(Library.load(library_dir), engine, cursor_blink=False)  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(TranslatePicker())
        await pilot.pause()
        title = str(app.screen.query_one(Label).render())
        # the port whole, on a line of its own within the dialog's width (it read 'http://127.0.0.1:50')
        assert title.splitlines() == ["Translate into…", "with 127.0.0.1:50310 (+1 more)"], title
        assert "me:pw" not in title


async def test_the_models_file_picker_opens_where_the_last_package_was_picked(
    library_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Four models installed one by one meant four trips from the working folder (a new user's trial)."""
    work, packages = tmp_path / "work", tmp_path / "downloads" / "argos"
    work.mkdir()
    packages.mkdir(parents=True)
    (packages / "nl_en.argosmodel").write_bytes(b"not a zip")  # refused by the install: the folder is still kept
    monkeypatch.chdir(work)
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        app.action_models()
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, FilePicker) and app.screen.start == work.resolve()
        await pilot.press(*str(packages / "nl_en.argosmodel"), "enter")
        await wait_for_workers(pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, FilePicker) and app.screen.start == packages.resolve()


async def test_a_relative_path_typed_is_found_where_the_app_was_started_too(
    library_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """'material/later2/x.txt' typed in a picker opened on 'material/later2' read
    'material/later2/material/later2/x.txt: no such file' (an official's trial)."""
    inbox = tmp_path / "material" / "later2"
    inbox.mkdir(parents=True)
    (inbox / "x.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    chosen: list[Path | None] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(FilePicker("Pick", (".txt",), inbox), chosen.append)
        await pilot.pause()
        app.screen.query_one("#path").focus()
        await pilot.press(*"material/later2/x.txt", "enter")
        await pilot.pause()
    assert chosen == [(inbox / "x.txt").resolve()]
