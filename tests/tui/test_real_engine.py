"""The TUI on the real engine: the test-built Argos packages, CTranslate2 and the SQLite cache."""

from __future__ import annotations

from pathlib import Path

from reader import paths
from reader.core.engine.cache import TranslationCache
from reader.core.engine.translator import Engine
from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.screens.side_by_side import SideBySideScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers


async def test_translate_and_save_through_the_real_engine(library_dir: Path, installed_packages: Path):
    settings = paths.settings()
    (library_dir / SEED_ID / "en.md").unlink()  # so the machine version may be saved
    meta = library_dir / SEED_ID / "release.yaml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(text[: text.index("  en:\n    provenance")] + "\n", encoding="utf-8")
    meta.write_text(meta.read_text(encoding="utf-8").replace("  en: Kris Peeters and Alibaba", "  # en:"), "utf-8")
    engine = Engine(installed_packages, TranslationCache(settings.translation_cache), threads=1)
    app = make_app(Library.load(library_dir), engine, settings=settings, cursor_blink=False)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "e")
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, SideBySideScreen) and screen.result is not None
        assert screen.result.complete and screen.result.models[0]["code"] == "translate-nl_en"
        rows = screen.query_one(AlignedView).rows
        assert rows and all(not r.pending for r in rows)
        assert all(r.left for r in rows)  # the original stays on the left
        await pilot.press("w")
        await wait_for_workers(pilot)
    saved = Library.load(library_dir).get(SEED_ID).versions["en"]
    assert saved.provenance.kind == "machine" and saved.provenance.models[0]["code"] == "translate-nl_en"
    assert TranslationCache(settings.translation_cache).count() > 0


async def test_the_memory_bound_is_a_setting_of_the_model_manager(library_dir: Path, installed_packages: Path):
    from reader.core.engine.memory import MIB
    from reader.tui.screens.models import ModelManagerScreen

    settings = paths.settings()
    engine = Engine(installed_packages, TranslationCache(settings.translation_cache), threads=1, max_memory=4096 * MIB)
    app = make_app(Library.load(library_dir), engine, settings=settings, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("m")
        await wait_for_workers(pilot)  # a key's letter waits a moment for a word's next (list_typing)
        assert isinstance(app.screen, ModelManagerScreen)
        assert "4.0 GiB" in str(app.screen.query_one("#models-status").render())
        await pilot.press("b")
        await pilot.pause()
        prompt = app.screen.query_one("#prompt")
        prompt.value = "lots"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert engine.bound.max_memory == 4096 * MIB  # refused in one line, nothing changed
        again = app.screen.query_one("#prompt")  # asked again, with what was typed to correct
        assert again.value == "lots"  # type: ignore[attr-defined]
        again.value = "600M"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert engine.bound.max_memory == 600 * MIB
        assert "600 MiB" in str(app.screen.query_one("#models-status").render())


async def test_a_run_the_local_models_make_because_no_server_answers_says_so(
    library_dir: Path, installed_packages: Path
):
    """The command line warned that no server answered; the TUI said nothing, and a team took the
    local models' output for its server's (a new user's trial)."""
    from reader.core.engine.remote import RemoteEngine
    from tests.remote.conftest import free_port

    settings = paths.settings()
    local = Engine(installed_packages, TranslationCache(settings.translation_cache), threads=1)
    nobody = f"http://127.0.0.1:{free_port()}"
    engine = RemoteEngine([nobody], TranslationCache(settings.translation_cache), fallback=local, backoff=0.01)
    app = make_app(Library.load(library_dir), engine, settings=settings, cursor_blink=False)
    async with app.run_test(size=(120, 35), notifications=True) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "f")
        await wait_for_workers(pilot)
        said = [n.message for n in app._notifications]
        assert any("Local models used: no LibreTranslate server answered" in m and nobody in m for m in said), said
