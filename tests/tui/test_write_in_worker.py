"""`w` side by side and a restore in the reader write in a thread worker: the reviewer's comments are
carried over as before, the screen answers keys meanwhile, a second `w` writes nothing twice, and an
error in the worker reaches the user as a toast with the app still running."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reader.core.engine.save import save_translation
from reader.core.errors import LibraryError
from reader.core.library import Library
from reader.core.review import carry
from reader.core.review.checks import check_release
from reader.core.review.store import ReviewStore
from reader.tui.app import PressReaderApp, make_app
from reader.tui.screens.modals import ConfirmModal
from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.side_by_side import Choice, SideBySideScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator
from tests.tui.test_one_screen_flow import label, without_english

OLD = "An earlier rendering the reviewer commented on."


def said(app: PressReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


def titles(app: PressReaderApp) -> list[str]:
    return [n.title for n in app._notifications]


def store(app: PressReaderApp, target: str) -> ReviewStore:
    return ReviewStore(SEED_ID, "nl", target, app.settings.reviews_of(app.library.root))


def comment_on(app: PressReaderApp, target: str, text: str, comment: str) -> str:
    """A flagged comment on the pair whose `target` side holds `text`; its source side."""
    release = app.library.get(SEED_ID)
    (pair,) = [p for p in check_release(release, "nl", target).pairs if text in p.target]
    store(app, target).set(pair.key, status="flagged", comment=comment)
    return pair.source


def comment_now(app: PressReaderApp, target: str, source: str) -> str:
    release = Library.load(app.library.root).get(SEED_ID)
    pairs = [p for p in check_release(release, "nl", target).pairs if p.source == source]
    return " ".join(store(app, target).get(p.key).comment for p in pairs)


def machine_english(library_dir: Path) -> PressReaderApp:
    """A library whose English is a machine translation saved earlier, one sentence of it worded
    otherwise than the fake translator words it now."""
    library = Library.load(without_english(library_dir))
    release = library.get(SEED_ID)
    nl = release.versions["nl"]
    result = FakeTranslator().translate_blocks(nl.blocks, "nl", "en", title=nl.title)
    result.sentences[3].target = OLD
    save_translation(library, release, result)
    return make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)


async def translated(app: PressReaderApp, pilot: Any) -> SideBySideScreen:  # noqa: ANN401
    await wait_for_workers(pilot)
    side = SideBySideScreen(app.library.get(SEED_ID), "nl", "en", translate=True)
    app.push_screen(side)
    await wait_for_workers(pilot)
    assert side.choice == Choice("en", "machine")
    return side


@contextmanager
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, list[int]]]:
    """keeping_reviews waits for the test (an Event) before it writes: a long release's seconds."""
    started, gate, calls = threading.Event(), threading.Event(), []
    real = carry.keeping_reviews

    def slow(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        calls.append(1)
        started.set()
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(carry, "keeping_reviews", slow)
    try:
        yield started, calls
    finally:
        gate.set()


async def until(pilot: Any, ready: Callable[[], bool]) -> None:  # noqa: ANN401
    for _ in range(100):
        if ready():
            return
        await pilot.pause(0.02)
    raise AssertionError("never ready")


async def test_w_saves_in_a_worker_and_keeps_the_comment_on_the_sentence_it_replaced(library_dir: Path):
    app = machine_english(library_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        source = comment_on(app, "en", OLD, "ask the cabinet")
        side = await translated(app, pilot)
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert side.choice == Choice("en", "version") and "not saved" not in label(side, "right")
        assert any(m.startswith("Saved en.md as machine") and "kept the review of 1 segment(s)" in m for m in said(app))
        assert comment_now(app, "en", source) == "ask the cabinet"
        assert OLD not in (library_dir / SEED_ID / "en.md").read_text(encoding="utf-8")
        side.view.poll()  # what the timer does: the write was this window's, no news from disk
        await wait_for_workers(pilot)
        assert not any("changed on disk" in m for m in said(app))


async def test_the_screen_answers_keys_while_a_long_save_runs_and_a_second_w_saves_nothing(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        side = await translated(app, pilot)
        view = side.query_one(AlignedView)
        with held(monkeypatch) as (started, calls):
            await pilot.press("w")
            await until(pilot, started.is_set)
            assert "saving…" in label(side, "right")
            at = view.cursor
            await pilot.press("down", "down")
            assert view.cursor == at + 2  # the UI thread is free while the worker waits
            await pilot.press("w", "w")
            assert said(app).count("Saving…") == 1
            assert side.choice == Choice("en", "machine")  # not written yet
        await wait_for_workers(pilot)
        assert calls == [1]
        assert len([m for m in said(app) if m.startswith("Saved en.md")]) == 1
        assert side.choice == Choice("en", "version")
        assert app.library.get(SEED_ID).versions["en"].provenance.kind == "machine"


async def test_quitting_during_a_save_asks_first(library_dir: Path, monkeypatch: pytest.MonkeyPatch):
    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        side = await translated(app, pilot)
        with held(monkeypatch) as (started, _calls):
            await pilot.press("w")
            await until(pilot, started.is_set)
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmModal)
            assert "the English translation being saved" in app.screen.question
            await pilot.press("n")
        await wait_for_workers(pilot)
        assert app.is_running and app.screen is side and side.choice == Choice("en", "version")


async def test_a_save_goes_on_when_the_screen_is_left_and_says_so(library_dir: Path, monkeypatch: pytest.MonkeyPatch):
    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        side = await translated(app, pilot)
        with held(monkeypatch) as (started, _calls):
            await pilot.press("w")
            await until(pilot, started.is_set)
            await pilot.press("q")
            await pilot.pause()
            assert app.screen is not side
        await until(pilot, lambda: any(m.startswith("Saved en.md") for m in said(app)))
        assert Library.load(library_dir).get(SEED_ID).versions["en"].provenance.kind == "machine"


async def test_an_unexpected_error_in_the_save_is_a_toast_and_w_can_try_again(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        side = await translated(app, pilot)
        real = carry.keeping_reviews

        def broken(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
            raise RuntimeError("the aligner tripped")

        monkeypatch.setattr(carry, "keeping_reviews", broken)
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert "the aligner tripped" in said(app) and "Saving the translation" in titles(app)
        assert app.is_running and app.screen is side
        assert side.choice == Choice("en", "machine") and "not saved (w)" in label(side, "right")
        monkeypatch.setattr(carry, "keeping_reviews", real)
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert side.choice == Choice("en", "version")


async def test_a_refused_save_is_said_as_before(library_dir: Path, monkeypatch: pytest.MonkeyPatch):
    import reader.core.engine.save as save_module

    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        side = await translated(app, pilot)

        def full(library: Library, release: Any, result: Any) -> Any:  # noqa: ANN401
            raise LibraryError(release.folder / "en.md", "no space left on the disk; nothing written")

        monkeypatch.setattr(save_module, "save_translation", full)
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert any(m == "no space left on the disk; nothing written (en.md)" for m in said(app)), said(app)
        assert "Not done" in titles(app) and app.screen is side and side.choice == Choice("en", "machine")


def replaced_french(library_dir: Path) -> str:
    """The French version saved once with a sentence reworded: its earlier text is in the history."""
    library = Library.load(library_dir)
    release = library.get(SEED_ID)
    version = release.versions["fr"]
    worded = "son tout premier hub"
    changed = [replace(b, text=b.text.replace("son premier hub", worded)) for b in version.blocks]
    library.save_version(release, "fr", changed, version.provenance, version.title, who="Tester", why="test")
    return worded


async def restore_in_reader(app: PressReaderApp, pilot: Any) -> ReaderScreen:  # noqa: ANN401
    await wait_for_workers(pilot)
    await pilot.press("enter", "f", "h")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ConfirmModal)
    await pilot.press("y")
    await pilot.pause()
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


async def test_a_restore_runs_in_a_worker_keeps_the_comment_and_the_reader_answers_meanwhile(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    text = replaced_french(library_dir)
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        source = comment_on(app, "fr", text, "vérifier ce passage")
        with held(monkeypatch) as (started, _calls):
            reader = await restore_in_reader(app, pilot)
            await until(pilot, started.is_set)
            assert "restoring…" in reader.sub_title
            await pilot.press("e")  # the reader switches language while the restore waits
            assert reader.lang == "en"
            reader.check_disk()  # what the timer does: no reload under the restore's feet
            await pilot.press("f")
        await wait_for_workers(pilot)
        assert any(
            m.startswith("Restored the text as it stood until") and "kept the review of 1 segment(s)" in m
            for m in said(app)
        )
        assert not any("changed on disk" in m for m in said(app))
        assert text not in reader.query_one("ReleaseView").plain and "restoring" not in reader.sub_title
        assert comment_now(app, "fr", source) == "vérifier ce passage"


async def test_a_refused_restore_is_said_and_the_reader_stays(library_dir: Path, monkeypatch: pytest.MonkeyPatch):
    replaced_french(library_dir)
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)

    def refused(release: Any, lang: str, stamp: str, who: str = "") -> Any:  # noqa: ANN401
        raise LibraryError(release.folder / "fr.md", "changed on disk meanwhile; not restored")

    monkeypatch.setattr(app.library, "restore", refused)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await restore_in_reader(app, pilot)
        await wait_for_workers(pilot)
        assert any(m == "changed on disk meanwhile; not restored (fr.md)" for m in said(app)), said(app)
        assert "Not restored" in titles(app) and app.is_running and app.screen is reader


def _write_english(root: str) -> None:
    """Another process: an English version of its own, written while the TUI's save waits."""
    from reader.core.model import Provenance

    library = Library.load(Path(root))
    release = library.get(SEED_ID)
    nl = release.versions["nl"]
    blocks = [
        replace(b, lang="en", text="Written by another window.") if b.kind == "paragraph" else b for b in nl.blocks
    ]
    library.save_version(release, "en", blocks, Provenance("unofficial"), "Another window's title", who="Other")


async def test_twin_another_process_writes_the_version_while_the_save_waits(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    import multiprocessing

    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        side = await translated(app, pilot)
        with held(monkeypatch) as (started, _calls):
            await pilot.press("w")
            await until(pilot, started.is_set)
            other = multiprocessing.get_context("fork").Process(target=_write_english, args=(str(library_dir),))
            other.start()
            other.join(30)
            assert other.exitcode == 0
        await wait_for_workers(pilot)
        assert any(
            "not overwritten: the unofficial 'en' version saved meanwhile; nothing written" in m for m in said(app)
        )
        assert "Written by another window." in (library_dir / SEED_ID / "en.md").read_text(encoding="utf-8")
        assert app.is_running and app.screen is side and side.choice == Choice("en", "machine")


async def test_saving_a_translation_says_how_many_sentences_carry_the_engine_s_warnings(library_dir: Path):
    """Rows marked 'truncated' were saved with only 'Saved en.md as machine' said (a new user's trial)."""
    app = machine_english(library_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        side = await translated(app, pilot)
        for sentence in side.view.results["en"].sentences[:2]:
            sentence.flags.append("truncated")
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert any(m.startswith("Saved en.md") and "2 sentence(s) carry the engine's warnings" in m for m in said(app))
