"""An edit whose version another process removed meanwhile (`remove ID --lang fr`): refused, and
nothing brought back, but said as 'segment 3 was changed by someone else since it was read', which it
was not: the version is gone (trial Z, F5). Now the refusal says the version was removed."""

from __future__ import annotations

import contextlib
import io
import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from reader.core.library import Library
from tests.cli.test_xliff_stale import BASE, _segments
from tests.conftest import SEED_ID


def test_an_edit_of_a_version_removed_meanwhile_says_it_was_removed(run, lib: Path, monkeypatch: pytest.MonkeyPatch):
    before = _segments(run)
    real = Library.save_version

    def save(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        (lib / SEED_ID / "fr.md").unlink()  # another process's `remove --lang fr`, just before the write
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Library, "save_version", save)
    result = run("review", *BASE, "--segment", "3", "--edit", before[2]["target"] + " Une phrase de plus.")
    assert result.code == 2
    assert "removed since it was read" in result.err and "changed by someone else" not in result.err, result.err
    assert "segment 3" in result.err and "nothing written" in result.err
    assert not (lib / SEED_ID / "fr.md").exists()  # nothing brought back


def _in_process(at: int, argv: list[str], barrier: Any, results: Any) -> None:
    from reader.cli import main

    err = io.StringIO()
    barrier.wait()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    results.put((at, code, err.getvalue()))


def test_twin_remove_lang_beside_an_edit_never_says_the_segment_was_changed(run, lib: Path):
    text = _segments(run)[2]["target"] + " Une phrase de plus."
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    given = (["remove", SEED_ID, "--lang", "fr"], ["review", *BASE, "--segment", "3", "--edit", text])
    workers = [ctx.Process(target=_in_process, args=(at, a, barrier, results)) for at, a in enumerate(given)]
    for worker in workers:
        worker.start()
    said = sorted(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(60)
    (_, removed, _), (_, edited, err) = said
    assert removed == 0 and edited in (0, 2), said
    assert "changed by someone else" not in err, err
    assert not (lib / SEED_ID / "fr.md").exists()  # removed, and not brought back by the edit
