"""`check ID` without --source/--target: the original against the other of Dutch and French."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ID


def test_the_pair_defaults_to_the_original_and_its_counterpart(run, lib: Path):  # noqa: ANN001
    said = run("check", SEED_ID, "--no-mt")
    assert said.code in (0, 1), said.err
    assert "nl→fr:" in said.out
    assert "fr→nl:" in run("check", SEED_ID, "--no-mt", "--source", "fr").out
    assert "nl→en:" in run("check", SEED_ID, "--no-mt", "--target", "en").out
    assert "fr→nl:" in run("check", SEED_ID, "--no-mt", "--target", "nl").out
    assert run("review", SEED_ID, "--no-mt", "--json").json()["target"] == "fr"


def test_a_pair_it_cannot_tell_is_asked_for_in_one_line(run, lib: Path):  # noqa: ANN001
    said = run("check", SEED_ID, "--no-mt", "--source", "en")  # to fr or to nl: the user says
    assert said.code == 2 and said.err.count("\n") == 1 and "give --target" in said.err


def test_a_version_the_release_lacks_is_said_before_a_flag_left_out(run, lib: Path):  # noqa: ANN001
    """Trial R (R-4b): `check ID --source en` on a release in Dutch and French alone was told 'give
    --target (which version to check)'; it has no English, which is what is said, its versions named."""
    folder = lib / "2025-05-06-fietspad"
    folder.mkdir()
    (folder / "release.yaml").write_text(
        "id: 2025-05-06-fietspad\ndate: 2025-05-06\nissuer: Gemeente\noriginal_language: nl\n"
        "titles:\n  nl: Een fietspad\n  fr: Une piste cyclable\n"
        "languages:\n  nl:\n    provenance: official\n  fr:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text("Het fietspad gaat open.\n", encoding="utf-8")
    (folder / "fr.md").write_text("La piste cyclable ouvre.\n", encoding="utf-8")
    for flag in ("--source", "--target"):
        said = run("check", folder.name, "--no-mt", flag, "en")
        assert said.code == 2 and said.err.count("\n") == 1, said.err
        assert "has no 'en' version (it has: nl, fr)" in said.err and "give --" not in said.err
