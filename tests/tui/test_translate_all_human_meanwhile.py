"""The TUI's translate all and a human version imported while it runs (batch 13): translate --all says
'now has a human en version (imported meanwhile): not translated' (batch 9, trial O); the TUI still
counted such a release as 'left to another run translating at the same time', which no run was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.model import Provenance
from reader.tui.app import make_app
from tests.conftest import SEED_ID, archive_without, second_process
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


class Held(threading.Event):
    """A gate that holds the run's first batch for as long as the other writer takes (no 5 s limit),
    then stays open."""

    def wait(self, timeout: float | None = None) -> bool:
        return super().wait(60)

    def clear(self) -> None:
        pass


class Recording(FakeTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.started: list[str] = []

    def translate_blocks(self, blocks, source, target, title=None, progress=None, cancel=None, apart=""):  # noqa: ANN001, ANN201, PLR0913
        self.started.append(apart)
        return super().translate_blocks(blocks, source, target, title, progress, cancel, apart)


@pytest.mark.parametrize("writer", ["this process", "another process"])
async def test_a_release_given_a_human_version_while_translating_all_is_said_so(library_dir: Path, writer: str):
    ids = archive_without(library_dir, "en", count=3)
    translator = Recording()
    gate = translator.gate = Held()
    app = make_app(Library.load(library_dir), translator, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        app.screen.translate_all("en")
        for _ in range(200):  # the first release is being translated, held at its first batch
            await pilot.pause(0.05)
            if translator.started:
                break
        later = next(rid for rid in ids if rid not in translator.started)
        seed = Library.load(library_dir).get(SEED_ID).versions["en"]
        if writer == "another process":
            page = library_dir / SEED_ID / "en.md"
            argv = ("import", str(page), "--release", later, "--lang", "en", "--title", seed.title)
            second_process("--library", str(library_dir), *argv)
        else:
            library = Library.load(library_dir)
            library.save_version(library.get(later), "en", seed.blocks, Provenance("official"), seed.title)
        gate.set()
        await wait_for_workers(pilot)
        said = " ".join(n.message for n in app._notifications)
        assert f"1 now has a human en version (imported meanwhile): not translated ({later})" in said, said
        assert "left to another run" not in said and "Translating all done: 2 of 3" in said, said
    library = Library.load(library_dir)
    assert library.get(later).versions["en"].provenance.kind == "official"
    assert all(library.get(rid).versions["en"].provenance.kind == "machine" for rid in ids if rid != later)
