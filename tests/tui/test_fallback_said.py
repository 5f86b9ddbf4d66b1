"""The local models taking over from a LibreTranslate server that fails, said in the TUI as it
happens (batch 8 after trial I): the CLI said it at once on stderr, the TUI only in the summary at
the end of the run, so the run looked like the server's all along."""

from __future__ import annotations

import logging
from pathlib import Path

from reader import paths
from reader.core.engine.cache import TranslationCache
from reader.core.engine.fallback_said import FallbackSaid, listening
from reader.core.engine.translator import Engine
from reader.core.library import Library
from reader.tui.app import make_app
from tests.tui.conftest import wait_for_workers

NOTICE = "translating with the local models"


def test_a_fallback_is_logged_once_and_told_once_to_each_run() -> None:
    said = FallbackSaid()
    engine = type("Remote", (), {"fallback_said": said})()
    told: list[str] = []
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    log = logging.getLogger("reader")  # read here, not by caplog: the CLI's run stops its propagation
    log.addHandler(handler)
    try:
        with listening(engine, told.append):
            said("no server answered (a)")
            said("no server is left (a)")  # a second word in the same run: told once
        said("no server answered (a)")  # no run listens: nobody told
        with listening(engine, told.append):
            said("no server answered (b)")  # the next run is told its own
    finally:
        log.removeHandler(handler)
    assert told == ["no server answered (a)", "no server answered (b)"]
    assert [r.getMessage() for r in records].count(f"no server answered (a); {NOTICE}") == 1
    assert len(records) == 1  # the log, once per engine as before


def test_a_local_engine_has_nothing_to_say() -> None:
    told: list[str] = []
    with listening(object(), told.append):
        pass
    assert told == []


async def test_a_run_handed_to_the_local_models_says_so_before_it_ends(library_dir: Path, installed_packages: Path):
    from reader.core.engine.remote import RemoteEngine
    from tests.remote.conftest import free_port

    settings = paths.settings()
    local = Engine(installed_packages, TranslationCache(settings.translation_cache), threads=1)
    nobody = f"http://127.0.0.1:{free_port()}"  # a closed port: refused at once
    engine = RemoteEngine([nobody], TranslationCache(settings.translation_cache), fallback=local, backoff=0.01)
    app = make_app(Library.load(library_dir), engine, settings=settings, cursor_blink=False)
    said: list[str] = []  # every toast in order: the notice's twelve seconds may be over when the run ends
    notify = app.notify
    app.notify = lambda message, **kw: (said.append(str(message)), notify(message, **kw))[1]  # type: ignore[method-assign]
    async with app.run_test(size=(120, 35), notifications=True) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "f")
        await wait_for_workers(pilot)
    notices = [n for n, m in enumerate(said) if NOTICE in m]
    assert len(notices) == 1, said  # once
    assert said[notices[0]].startswith("No LibreTranslate server answered") and nobody in said[notices[0]], said
    (summary,) = [n for n, m in enumerate(said) if "Local models used" in m]
    assert notices[0] < summary, said  # while the run went on, not only at its end
