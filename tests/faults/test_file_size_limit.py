"""A file-size limit (`ulimit -f`) met in the middle of a write (trial I, t14): the command failed in
one line, 'File too large', naming no file: py3langid unpacks its model into a nameless temporary
file. Each such failure now names the file, or says it is a temporary one and where those go."""

from __future__ import annotations

import errno
from collections.abc import Iterator
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
