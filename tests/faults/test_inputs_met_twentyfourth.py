"""Ways input went wrong met in the twenty-fourth session (2026-12-04), by a careful user feeding the
app bad and hostile input: a named pipe given as a page (the import waited for ever), a title of 400
letters (its id a folder name the system refuses), an XLIFF with two units of one id (the first's
target lost in silence) or a target of megabytes (the dry run took it, the real run failed without
naming the file). One line each, naming the file; never a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.test_edit_cli import _segments, _xml, xliff_1_2
from tests.conftest import SEED_ID
from tests.faults.conftest import one_line_error

PAGE = "Nieuwe loketten\n\n3 maart 2026\n\nDe dienst opent drie nieuwe loketten in de stad, ook op zaterdag.\n"


def test_a_named_pipe_is_refused_not_waited_on(lib: Path, tmp_path: Path):  # noqa: ARG001
    pipe = tmp_path / "bericht.txt"
    os.mkfifo(pipe)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(pipe)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "bericht.txt" in done.stderr and "not a regular file" in done.stderr


def test_a_title_of_one_long_word_makes_an_id_a_folder_can_have(run, lib: Path, tmp_path: Path):
    page = tmp_path / "bericht.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = run("import", str(page), "--title", "a" * 400, "--json")
    assert done.code == 0, done.err
    made = done.json()["id"]
    assert len(made) < 80 and (lib / made).is_dir()


def _units(run, replace: dict[int, str], twice: int | None = None) -> str:  # noqa: ANN001
    units = []
    for i, s in enumerate(_segments(run), 1):
        source = f'<trans-unit id="s{i}-x"><source>{_xml(s["source"])}</source>'
        units.append(f"{source}<target>{replace.get(i, _xml(s['target']))}</target></trans-unit>")
        if i == twice:
            units.append(f"{source}<target>Autre.</target></trans-unit>")
    return "".join(units)


def test_two_units_of_one_id_are_refused_by_name(run, lib: Path, tmp_path: Path):  # noqa: ARG001
    xlf = xliff_1_2(tmp_path / "twice.xlf", _units(run, {}, twice=3))
    for argv in (["--dry-run"], []):
        one_line_error(run("import", str(xlf), "--release", SEED_ID, *argv), "twice.xlf", "two units have the id")


def test_a_target_of_megabytes_is_refused_by_the_dry_run_too(run, lib: Path, tmp_path: Path):  # noqa: ARG001
    xlf = xliff_1_2(tmp_path / "big.xlf", _units(run, {4: "mot " * 30_000}))
    for argv in (["--dry-run"], []):
        one_line_error(run("import", str(xlf), "--release", SEED_ID, *argv), "big.xlf", "over 20,000 characters")


def test_a_bad_server_address_in_the_environment_is_blamed_on_the_variable(run, lib: Path, monkeypatch):  # noqa: ANN001, ARG001
    monkeypatch.setenv("PRESS_READER_ENGINE_URLS", "notaurl")
    line = one_line_error(run("list"), "PRESS_READER_ENGINE_URLS", "not an http(s) URL")
    assert "--engine-url" not in line
