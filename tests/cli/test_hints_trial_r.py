"""Trial R, a new user from the README: a file of one library imported into another was refused
naming the library but not the flag that names the right one (R-4c), and `--help` said './releases'
was the default library whatever that folder held (R-4d)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ID


def test_an_xliff_of_a_release_another_library_holds_names_the_flag(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    exported = tmp_path / "seed.xlf"
    made = run(
        "export", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--format", "xliff12", "-o", str(exported)
    )
    assert made.code == 0, made.err
    other = tmp_path / "other"
    other.mkdir()
    result = run("--library", str(other), "import", str(exported), "--dry-run")
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert f"which the library at {other} does not hold" in result.err
    assert result.err.rstrip().endswith("(is it another library's? --library DIR)"), result.err


def test_the_help_says_when_releases_is_the_default_library(run):  # noqa: ANN001
    for argv in (["--help"], ["list", "--help"]):
        said = " ".join(run(*argv).out.split())
        assert "./releases only when it holds the marker file .press-reader-library" in said, said
