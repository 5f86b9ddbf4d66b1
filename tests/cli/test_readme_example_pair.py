"""The example pair First steps 6-8 of the README import gives a reviewer something to find."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT


def test_the_readme_s_example_pair_imports_as_it_says_and_has_flags(run, tmp_path: Path):
    examples = ROOT / "docs" / "examples"
    lib = ("--library", str(tmp_path / "lib"))
    files = [str(examples / "fietsbrug-nl.txt"), str(examples / "fietsbrug-fr.txt")]
    assert "press-reader import docs/examples/fietsbrug-nl.txt docs/examples/fietsbrug-fr.txt" in (
        ROOT / "README.md"
    ).read_text(encoding="utf-8")
    result = run(*lib, "import", *files, "--provenance", "unofficial", "--json")
    assert result.code == 0, result.err
    release = result.json()[0]["id"]
    checked = run(*lib, "check", release, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    flagged = {f["code"] for pair in checked.json() for f in pair["flags"] if f["severity"] != "info"}
    assert checked.code == 1 and {"number", "omission"} <= flagged, flagged
