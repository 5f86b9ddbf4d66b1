"""Ways input went wrong met in the twentieth session (2026-12-03), by three new users: a library's
release folder given to `import`; a search typed with SQL LIKE's wildcards in an id (the server gone
with no local model to go on is tests/remote's). One line each, or the work done; never exit 70."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT, SEED_ID


def test_a_release_folder_given_to_import_is_one_line_and_exit_2(run, lib: Path, tmp_path: Path):
    folder = tmp_path / "copied"
    shutil.copytree(ROOT / "releases" / SEED_ID, folder)
    for argv in (("import", str(folder)), ("import", str(folder), "--dry-run"), ("import", str(folder), "--json")):
        done = run(*argv)
        assert done.code == 2 and done.err.count("\n") == 1 and "release.yaml" in done.err, done.err


def test_an_id_with_like_wildcards_is_searched_as_typed(run, lib: Path):
    for text in ("2018-12-05-%", "2018_12_05-peeters", "peeters-%-luik", "\\-alibaba", "--"):
        done = run("list", "--search", text, "--json")
        assert done.code in (0, 2) and "Traceback" not in done.err, (text, done.err)
        if done.code == 0 and "%" in text:
            assert done.json() == [] or all("%" not in r["id"] for r in done.json())
