from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):  # noqa: ANN201
        return json.loads(self.out)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    def _run(*argv: str) -> Result:
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def lib(library_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled library, copied, as the library of every command, edited by 'Tester'."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Tester")
    return library_dir
