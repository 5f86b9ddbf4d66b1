"""A paragraph the rendering lacks, typed in for its segment: a paragraph of its own, where the source
has it, never run into the paragraph before (a new user's trial: it was, the segments after it
regrouped and a neighbour's mark went with them). Once with the mark set here, once by a second process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import second_process as other_process

NL = """# Een nieuw plan voor de energieprijzen

Gent, 12 mei 2020

De regering stelt een plan voor om de energieprijzen te drukken.

Het plan kost in totaal twaalf miljoen euro. De regering trekt daarvoor drie miljoen euro uit.

De maatregelen gaan in op 1 juli.
"""
EN = """# A new plan for energy prices

Ghent, 12 May 2020

The government presents a plan to lower energy prices.

The measures take effect on 1 July.
"""


@pytest.mark.parametrize("second_process", [False, True])
def test_a_missing_paragraph_typed_in_is_its_own_and_the_marks_stay(
    run, lib: Path, tmp_path: Path, second_process: bool
):  # noqa: ANN001
    (tmp_path / "nl.md").write_text(NL, encoding="utf-8")
    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    rid = run("import", str(tmp_path / "nl.md"), "--json").json()["id"]
    assert (
        run("import", str(tmp_path / "en.md"), "--release", rid, "--lang", "en", "--provenance", "unofficial").code == 0
    )
    base = [rid, "--source", "nl", "--target", "en", "--no-mt"]
    mark = ["review", *base, "--segment", "2", "--set", "flagged", "--comment", "keep me"]
    if second_process:
        other_process(*mark)
    else:
        assert run(*mark).code in (0, 1)
    typed = "The plan costs twelve million euros in total. The government sets aside three million euros."
    done_edit = run("review", *base, "--segment", "3", "--edit", typed, "--expect-source", "Het plan kost")
    assert done_edit.code == 0, done_edit.err
    english = (lib / rid / "en.md").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in english.split("\n\n") if p.strip()]
    assert typed in paragraphs  # a paragraph of its own
    assert "The government presents a plan to lower energy prices." in paragraphs  # the one before, untouched
    segments = run("review", *base, "--json").json()["segments"]
    kept = [s for s in segments if s["comment"] == "keep me"]
    assert kept and kept[0]["target"] == "The government presents a plan to lower energy prices."
