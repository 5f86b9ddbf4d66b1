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
