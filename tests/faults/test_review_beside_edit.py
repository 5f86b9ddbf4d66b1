"""A comment written on a segment while another process edits it (trial I, 2026-12): the edit read
the old text's comment, wrote it under the new text, then deleted the old entry, so a comment set
in between was deleted, and one set after went onto the old text, where no segment finds it; both
commands exited 0. Now the comment lands on the edited segment or is refused, with the reason."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.library import Library
from tests.faults.conftest import SEED_ID

ARGS = (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")
EDITED = "Une phrase revue par la relectrice."
SAID = "a remark on the place names"
WAIT = 8  # seconds for the other writer to read and check the release


def _comment(library: str) -> int:
    from reader.cli import main

    return main(["--library", library, "review", *ARGS, "--segment", "3", "--comment", SAID])


class _Beside:
    """The other writer's comment, started once the edit has written its version, run beside the
    edit's write of the segment's review: in this process (a thread) or in another one."""

    def __init__(self, library: str, writer: str) -> None:
        self.library, self.writer, self.code = library, writer, -1
        self._done = threading.Event()
        self._pool: Any = None

    def start(self) -> None:
        if self.writer == "this":
            threading.Thread(target=self._here, daemon=True).start()
        else:
            self._pool = multiprocessing.get_context("spawn").Pool(1)
            self._pool.apply_async(_comment, (self.library,), callback=self._there)
        self._done.wait(WAIT)  # done, or waiting for the store's lock the edit holds

    def _here(self) -> None:
        self._there(_comment(self.library))

    def _there(self, code: int) -> None:
        self.code = code
        self._done.set()

    def result(self) -> int:
        self._done.wait(60)
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
        return self.code


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_a_comment_beside_an_edit_of_its_segment_is_kept_or_refused(
    run: Callable[..., Any], lib: Path, monkeypatch: pytest.MonkeyPatch, writer: str
):
    beside = _Beside(str(lib), writer)
    real = Library.save_version

    def save_version(*args: Any, **kwargs: Any) -> Any:
        out = real(*args, **kwargs)
        beside.start()
        return out

    with monkeypatch.context() as patched:
        patched.setattr(Library, "save_version", save_version)
        edited = run("review", *ARGS, "--segment", "3", "--edit", EDITED)
    assert edited.code == 0, edited.err
    code = beside.result()
    rows = run("review", *ARGS, "--json").json()
    segment = rows["segments"][2]
    assert EDITED in segment["target"]
    if code == 0:
        assert SAID in segment["comment"]  # said done: it is on the edited segment
    else:
        assert code == 2  # refused, with the reason (in the other writer's error line)
        assert SAID not in Path(rows["store"]).read_text(encoding="utf-8")  # never left behind


def test_the_refusal_names_the_segment_and_why(run: Callable[..., Any], lib: Path, monkeypatch: pytest.MonkeyPatch):
    """The comment's command read segment 3 before the edit; it writes after it: refused, said."""
    from reader.core.review import standing

    real = standing.standing

    def late(*args: Any) -> Callable[[], str]:
        assert run("review", *ARGS, "--segment", "3", "--edit", EDITED).code == 0
        return real(*args)

    with monkeypatch.context() as patched:
        patched.setattr(standing, "standing", late)
        said = run("review", *ARGS, "--segment", "3", "--comment", SAID)
    assert said.code == 2
    assert "segment 3: another process edited this release meanwhile; nothing written" in said.err
    assert SAID not in Path(run("review", *ARGS, "--json").json()["store"]).read_text(encoding="utf-8")
