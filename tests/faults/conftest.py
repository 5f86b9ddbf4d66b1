"""Helpers for the fault tests: run the CLI in-process, hash a tree, assert a one-line error."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.cli.conftest import Result, run  # noqa: F401 - the `run` fixture, shared

SEED_ID = "2018-12-05-peeters-alibaba-luik"


def tree_hashes(folder: Path) -> dict[str, str]:
    """Every file below `folder` (hidden ones too) with its SHA-256 and mode: 'unchanged' means equal."""
    out: dict[str, str] = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            out[str(path.relative_to(folder))] = "link:" + os.readlink(path)
        elif path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            out[str(path.relative_to(folder))] = f"{digest}:{oct(path.stat().st_mode & 0o777)}"
        elif path.is_dir():
            out[str(path.relative_to(folder)) + "/"] = "dir"
    return out


def one_line_error(result: Result, *fragments: str, code: int = 2) -> str:
    """The run failed with `code` and said so in exactly one line, naming every fragment."""
    assert result.code == code, (result.code, result.err)
    assert "Traceback" not in result.err and "Traceback" not in result.out
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    line = lines[0]
    assert line.startswith("press-reader: error: "), line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    return line


def warnings_of(result: Result) -> list[str]:
    assert "Traceback" not in result.err
    return [line for line in result.err.splitlines() if line.startswith("press-reader: warning: ")]


@pytest.fixture
def lib(library_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled library, writable, named by PRESS_READER_LIBRARY."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    return library_dir


def write_release(root: Path, release_id: str, yaml_text: str, bodies: dict[str, str] | None = None) -> Path:
    folder = root / release_id
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(yaml_text, encoding="utf-8")
    for lang, text in (bodies or {"nl": "Een alinea.\n"}).items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    return folder


def simple_yaml(release_id: str, date: str = "2024-03-19", title: str = "Een titel", extra: str = "") -> str:
    return (
        f"id: {release_id}\ndate: {date}\nissuer: FOD Economie\noriginal_language: nl\n"
        f"titles:\n  nl: {title}\nlanguages:\n  nl:\n    provenance: official\n{extra}"
    )


def planned(cli, folder: Path, name: str, text: str, *given: str) -> dict:  # noqa: ANN001 - the `run` fixture
    """A page written as `name` in `folder`, imported with --dry-run --json: its plan, or on a
    refusal {'error': the one-line message} (never a traceback)."""
    page = folder / name
    page.write_text(text, encoding="utf-8")
    made = cli("import", str(page), "--dry-run", "--json", *given)
    assert "Traceback" not in made.err
    return made.json() if made.code == 0 else {"error": made.err}
