"""A standard stream the shell closed (`>&-`, `<&-`): the command does its work, writes nothing there,
and exits as it would; never the 'unexpected' exit 70 (a hostile-input trial, 2026-12-05)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

PAGE = """Gemeente Proefdorp
14 april 2025
Nieuwe uren voor het containerpark

Het containerpark van Proefdorp opent voortaan op zaterdag een uur vroeger.
Op zondag blijft het park gesloten, zoals voorheen.
"""


def _run(library: Path, *args: str, closing: int) -> subprocess.CompletedProcess[str]:
    def close() -> None:  # the shell's `>&-` (1) or `<&-` (0), in the child before it starts
        os.close(closing)

    env = dict(os.environ, PRESS_READER_LIBRARY=str(library))
    out = subprocess.DEVNULL if closing != 1 else None
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        stdin=subprocess.DEVNULL if closing != 0 else None,
        stdout=out,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        timeout=120,
        preexec_fn=close,  # only os.close, before the exec
        check=False,
    )


def test_a_closed_standard_output_is_written_to_as_nothing(library_dir: Path, tmp_path: Path):
    """`import FILE >&-` wrote the release, then ended with exit 70 ('NoneType' object has no
    attribute 'isatty'); `list >&-` too. Both exit 0 now, the release written, nothing said."""
    page = tmp_path / "containerpark.txt"
    page.write_text(PAGE, encoding="utf-8")
    before = {p.name for p in library_dir.iterdir()}
    done = _run(library_dir, "import", str(page), closing=1)
    assert done.returncode == 0, done.stderr
    assert "unexpected" not in done.stderr and "Traceback" not in done.stderr
    (added,) = {p.name for p in library_dir.iterdir()} - before
    assert yaml.safe_load((library_dir / added / "release.yaml").read_text(encoding="utf-8"))["id"] == added
    for args in (["list"], ["list", "--json"]):
        listed = _run(library_dir, *args, closing=1)
        assert (listed.returncode, listed.stderr) == (0, "")


def test_a_closed_standard_input_for_text_is_one_line(library_dir: Path):
    """`translate --text - <&-`: exit 70 ('NoneType' object has no attribute 'read'); now the one-line
    error of a usage problem, exit 2, before any engine is sought."""
    done = _run(library_dir, "translate", "--text", "-", "--from", "nl", "--to", "fr", closing=0)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("press-reader: error: "), done.stderr
    assert "standard input is closed" in lines[0]
