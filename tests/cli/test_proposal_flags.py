"""A correction proposed for an official version is checked as an edit is: '430' typed for '340'
went by unflagged in a proposal, from `review --edit` and from an XLIFF alike (a translator's trial).
Own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_edit_list_items import FR, ID, NL
from tests.conftest import second_process

BASE = [ID, "--source", "nl", "--target", "fr", "--no-mt"]


@pytest.fixture
def official(run, lib: Path, tmp_path: Path) -> int:  # noqa: ANN001, ARG001
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    assert run("import", str(tmp_path / "nl.txt")).code == 0
    assert run("import", str(tmp_path / "fr.txt"), "--release", ID).code == 0  # official
    segments = run("review", *BASE, "--json").json()["segments"]
    return next(n for n, s in enumerate(segments, 1) if s["target"].startswith("Le gouvernement"))


WRONG = "Le gouvernement a approuvé hier 3 plans pour améliorer le service au citoyen."


def test_a_proposal_typed_with_a_new_mistake_is_flagged(run, official: int):  # noqa: ANN001
    done = run("review", *BASE, "--segment", str(official), "--edit", WRONG)
    assert done.code == 0 and "proposal" in done.err
    assert "⚑ number" in done.out
    said = run("review", *BASE, "--segment", str(official), "--edit", WRONG.replace("3 plans", "un plan"), "--json")
    assert said.json()["proposal"] is True


def test_an_xliff_proposal_is_flagged_in_the_dry_run_and_the_run(run, official: int, tmp_path: Path):  # noqa: ANN001
    job = tmp_path / "job.xlf"
    assert run("export", *BASE[:5], "--format", "xliff12", "-o", str(job)).code == 0
    text = job.read_text(encoding="utf-8")
    job.write_text(text.replace("a approuvé aujourd'hui un plan", "a approuvé hier 3 plans"), encoding="utf-8")
    dry = run("import", str(job), "--dry-run", "--json").json()
    [change] = [c for c in dry["changes"] if c.get("target")]
    assert any(flag["code"] == "number" for flag in change["flags"])
    done = run("import", str(job))
    assert done.code == 0 and "⚑ number" in done.out


def test_twin_a_proposal_while_another_process_proposes_on_the_same_segment(run, official: int):  # noqa: ANN001
    """Both proposals stay in the comment, each flagged as it was checked."""
    other = "Le gouvernement a approuvé aujourd'hui un plan pour améliorer le service aux citoyens."
    assert "Traceback" not in second_process("review", *BASE, "--segment", str(official), "--edit", other)
    done = run("review", *BASE, "--segment", str(official), "--edit", WRONG)
    assert done.code == 0 and "⚑ number" in done.out
    comment = run("review", *BASE, "--json").json()["segments"][official - 1].get("comment", "")
    assert other in comment and WRONG in comment
