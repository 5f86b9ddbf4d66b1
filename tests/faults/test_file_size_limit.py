"""A file-size limit (`ulimit -f`) met in the middle of a write (trial I, t14): the command failed in
one line, 'File too large', naming no file: py3langid unpacks its model into a nameless temporary
file. Each such failure now names the file, or says it is a temporary one and where those go."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reader.core.text import langid
from tests.faults.conftest import SEED_ID, one_line_error, tree_hashes

ARGS = (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")


def _too_large(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.EFBIG, "File too large")  # as the kernel says it: no file named


@pytest.fixture
def fresh_model() -> Iterator[None]:
    """The language model loaded again in the test (and after it, for the tests that follow)."""
    langid._identifier.cache_clear()
    yield
    langid._identifier.cache_clear()


def test_the_language_models_temporary_file_is_named(run, lib: Path, fresh_model: None, monkeypatch):  # noqa: ANN001
    import py3langid.modelio

    monkeypatch.setattr(py3langid.modelio.shutil, "copyfileobj", _too_large)
    page = lib.parent / "notice.txt"
    page.write_text("Een korte mededeling\n\nDe gemeente opent morgen een nieuw zwembad aan de rand van de stad.\n")
    before = tree_hashes(lib)
    line = one_line_error(run("import", str(page), "--library", str(lib)), "a temporary file in", "file-size limit")
    assert "py3langid" in line
    assert tree_hashes(lib) == before


def test_a_write_of_the_library_names_its_file_and_the_limit(run, lib: Path, monkeypatch):  # noqa: ANN001
    from reader.core import atomic

    monkeypatch.setattr(atomic.os, "fsync", _too_large)
    done = run("review", *ARGS, "--segment", "3", "--comment", "een opmerking")
    one_line_error(done, ".json", "file too large (over the file-size limit")


def test_a_nameless_write_failure_says_so(run, lib: Path, monkeypatch):  # noqa: ANN001
    """Any other write the system names no file for: said as such, with the temporary files' folder."""
    from reader.commands import review

    monkeypatch.setattr(review, "cmd_review", _too_large)
    done = run("review", *ARGS)
    one_line_error(done, "a file the system did not name (a temporary file in", "file-size limit")


def _no_file_size(*argv: str) -> subprocess.CompletedProcess[str]:
    """The command in a process that may write no byte to any file (`ulimit -f 0`), SIGXFSZ ignored
    as a shell leaves it, so a write fails with EFBIG instead of killing the process."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run(  # noqa: S603 - this interpreter, our own module
        [sys.executable, "-m", "reader", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
        preexec_fn=limit,  # noqa: PLW1509 - only the limit, before the exec
    )


@pytest.mark.parametrize(
    "argv",
    [
        ("review", *ARGS, "--segment", "3", "--edit", "Een andere zin voor de test."),
        ("import", "PAGE", "--release", SEED_ID, "--force"),
    ],
    ids=["review --edit", "import --release --force"],
)
def test_no_byte_may_be_written_names_the_temporary_folder_and_the_limit(lib: Path, argv: tuple[str, ...]):
    """Trial Z, F3: under `ulimit -f 0` both said 'no such file or folder' and named nothing:
    tempfile, unable to write its probe file, raises FileNotFoundError with the cause swallowed."""
    page = lib.parent / "mededeling.txt"
    page.write_text("Een korte mededeling\n\nDe stad opent volgende week een nieuwe fietsenstalling.\n")
    before = tree_hashes(lib)
    done = _no_file_size(*(str(page) if a == "PAGE" else a for a in argv))
    lines = [line for line in done.stderr.splitlines() if line.startswith("press-reader: error: ")]
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert len(lines) == 1, done.stderr
    assert "no such file" not in lines[0]
    assert "temporary folder" in lines[0] and "file-size limit, `ulimit -f`" in lines[0], lines[0]
    assert tree_hashes(lib) == before


def test_an_edit_under_the_limit_beside_one_without_it(run, lib: Path):  # noqa: ANN001
    """The twin: another process, under no limit, edits the same segment meanwhile; its edit is
    kept whole and the limited one still fails in one line naming the limit."""
    with ThreadPoolExecutor(1) as pool:
        limited = pool.submit(_no_file_size, "review", *ARGS, "--segment", "3", "--edit", "De beperkte zin.")
        assert run("review", *ARGS, "--segment", "3", "--edit", "De vrije zin.").code == 0
        done = limited.result()
    assert done.returncode == 2 and "file-size limit" in done.stderr and "no such file" not in done.stderr
    shown = run("review", *ARGS, "--segment", "3", "--json")
    assert "De vrije zin." in shown.out and "De beperkte zin." not in shown.out
