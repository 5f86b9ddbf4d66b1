"""Reliability issue, cases 20-28: the TUI never crashes on bad state, and the logic slips found in review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.tui.app import make_app
from tests.faults.conftest import SEED_ID, one_line_error, simple_yaml, write_release
from tests.tui.fake_translator import FakeTranslator


async def _settle(pilot) -> None:  # noqa: ANN001
    from textual.worker import WorkerFailed

    for _ in range(3):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerFailed:
            pass  # the app shows it; the test looks at the notifications
        await pilot.pause()


async def test_20_a_damaged_review_file_is_a_message_not_a_crash(library_dir: Path, tmp_path: Path):
    from reader.tui.screens.review import ReviewScreen

    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    damaged = app.settings.reviews_of(app.library.root) / SEED_ID / "nl-fr.json"
    damaged.parent.mkdir(parents=True)
    damaged.write_text("{not json")
    before = damaged.read_bytes()
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        release = app.library.get(SEED_ID)
        app.push_screen(ReviewScreen(release, "nl", "fr"))
        await _settle(pilot)
        await pilot.press("a")
        await _settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        messages = [n.message for n in app._notifications]
        assert any("nl-fr.json" in m and "damaged" in m for m in messages)
    assert damaged.read_bytes() == before


async def test_21_worker_errors_on_screens_reach_the_user(library_dir: Path, tmp_path: Path, monkeypatch):
    from reader.tui.screens.models import ModelManagerScreen

    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(b"not a zip")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", (tmp_path / "no-index.json").as_uri())
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        await pilot.press("m")
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, ModelManagerScreen)
        screen.install_file(junk)
        await _settle(pilot)
        assert any("junk.argosmodel" in n.message and "not a zip" in n.message for n in app._notifications)
        screen.install_index("nl", "en")
        await _settle(pilot)
        assert any("cannot reach the package index" in n.message for n in app._notifications)


def test_22_rows_set_before_the_view_is_mounted(library_dir: Path):
    from reader.tui.widgets.aligned import AlignedView, Row

    view = AlignedView()
    view.set_rows([Row("paragraph", "a", "b", ())])
    view.set_rows([Row("paragraph", "a", "c", ())])
    assert view.rows[0].right == "c" and view.current is not None


def test_23_beam_size_is_part_of_the_cache_key(installed_packages: Path, tmp_path: Path):
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine

    cache = TranslationCache(tmp_path / "c.sqlite3")
    first = Engine(installed_packages, cache, threads=1, beam_size=1).translate_text("Alibaba in Luik.", "nl", "en")
    assert not first.sentences[0].cached
    again = Engine(installed_packages, cache, threads=1, beam_size=1).translate_text("Alibaba in Luik.", "nl", "en")
    assert again.sentences[0].cached
    wider = Engine(installed_packages, cache, threads=1, beam_size=3).translate_text("Alibaba in Luik.", "nl", "en")
    assert not wider.sentences[0].cached


def test_24_alternatives_use_the_packages_target_prefix(installed_packages: Path, tmp_path: Path):
    import sentencepiece

    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine

    folder = next(p for p in installed_packages.iterdir() if p.name == "nl_en")
    metadata = json.loads((folder / "metadata.json").read_text())
    sp = sentencepiece.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    prefix = sp.id_to_piece(5)
    metadata["target_prefix"] = prefix
    (folder / "metadata.json").write_text(json.dumps(metadata))
    engine = Engine(installed_packages, TranslationCache(tmp_path / "c.sqlite3"), threads=1)
    loaded = engine._load(engine.route("nl", "en")[0])
    seen: dict[str, object] = {}
    real = loaded.translator.translate_batch

    class Spy:
        def translate_batch(self, *args: object, **kwargs: object) -> object:
            seen.update(kwargs)
            return real(*args, **kwargs)

    loaded.translator = Spy()
    alternatives = engine.alternatives("Alibaba investeert in Luik.", "nl", "en", n=3)
    assert seen["target_prefix"] == [[prefix]] and alternatives


def test_25_an_en_dash_list_reads_back_as_a_list(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    source = tmp_path / "bericht.txt"
    source.write_text(
        "Een titel voor de lijst\n\nBrussel, 19 maart 2024\n\nDe maatregelen:\n\n"
        "– de eerste maatregel;\n– de tweede maatregel;\n– de derde maatregel.\n",
        encoding="utf-8",
    )
    imported = run("import", str(source), "--json")
    assert imported.code == 0, imported.err
    shown = run("show", imported.json()["id"], "--json").json()
    assert [b["kind"] for b in shown["blocks"]].count("list_item") == 3


async def test_26_the_palette_offers_the_commands_of_the_screen_under_it(library_dir: Path):
    from reader.tui.commands import PressReaderCommands
    from reader.tui.screens.reader import ReaderScreen

    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        await pilot.press("enter")
        await _settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("ctrl+p")
        await _settle(pilot)
        provider = PressReaderCommands(app.screen_stack[-2])
        titles = [title for title, _key, _callback in provider._commands()]
        assert any(title.startswith("Side by side") for title in titles)
        assert any(title.startswith("Translate") for title in titles)


def test_27_a_second_scan_keeps_the_metadata_index(library_dir: Path, tmp_path: Path):
    library = Library.load(library_dir, tmp_path / "index")
    library.scan()
    library.scan()
    (index,) = (tmp_path / "index").iterdir()
    assert SEED_ID in json.loads(index.read_text())["entries"]


def test_28_a_releases_folder_without_releases_is_not_the_library(run, tmp_path: Path, monkeypatch):
    work = tmp_path / "work"
    (work / "releases").mkdir(parents=True)
    monkeypatch.chdir(work)
    listed = run("list", "--json")
    assert listed.code == 0 and [r["id"] for r in listed.json()] == [SEED_ID]  # the user's library, seeded
    assert (tmp_path / "data" / "releases" / SEED_ID).is_dir()
    write_release(work / "releases", "2024-03-19-hier", simple_yaml("2024-03-19-hier"))
    # Releases alone do not make it the library (a source checkout has some): the marker does.
    assert [r["id"] for r in run("list", "--json").json()] == [SEED_ID]
    (work / "releases" / ".press-reader-library").write_text("", encoding="utf-8")
    assert [r["id"] for r in run("list", "--json").json()] == ["2024-03-19-hier"]


def test_28_an_unknown_release_names_the_library(run, library_dir: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    one_line_error(run("show", "2099-01-01-nothing"), str(library_dir), "no release with id")


@pytest.mark.parametrize("id_", ["2024-03-19-ok"])
def test_28_the_library_path_is_in_the_tui_header(library_dir: Path, id_: str):
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)

    async def check() -> None:
        async with app.run_test(size=(140, 30)) as pilot:
            await _settle(pilot)
            assert str(library_dir) in app.screen.sub_title

    import asyncio

    asyncio.run(check())
