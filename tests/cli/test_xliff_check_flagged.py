"""A segment a check flags, not passed as ok, asks a CAT tool for review by its state, not by a note.

Trial N: an untranslated segment went out as state="translated", its flag only in a <note>; a CAT
tool filtering on state (needs-review-*) missed it. Read back, the state is the todo it was exported
as: no change, no edit.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from lxml import etree

from tests.cli.test_xliff_cli import BASE, X12, X20, _export, _segments

FORMATS = [("xliff12", "needs-review-translation"), ("xliff", "translated")]


def _flag_a_number(lib: Path) -> None:
    fr = next(lib.glob("*/fr.md"))
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")


def _states(path: Path) -> list[tuple[str | None, str | None]]:
    """(state, subState) of each unit's target (1.2) or segment (2.0)."""
    root = etree.parse(str(path)).getroot()
    if root.tag == f"{{{X12}}}xliff":
        return [(u.find(f"{{{X12}}}target").get("state"), None) for u in root.iter(f"{{{X12}}}trans-unit")]
    return [(s.get("state"), s.get("subState")) for s in root.iter(f"{{{X20}}}segment")]


@pytest.mark.parametrize(("fmt", "state"), FORMATS)
def test_a_segment_a_check_flags_goes_out_asking_for_review(run, lib: Path, tmp_path: Path, fmt: str, state: str):  # noqa: ANN001
    _flag_a_number(lib)
    segments = _segments(run)
    (flagged,) = [i for i, s in enumerate(segments) if any(f["code"] == "number" for f in s["flags"])]
    states = _states(_export(run, tmp_path, fmt))
    assert states[flagged][0] == state
    if fmt == "xliff":  # 2.0's states stop at translated/reviewed/final: the subState says it
        assert states[flagged][1] == "press-reader:needs-review"
    calm = [i for i, s in enumerate(segments) if s["target"] and not s["flags"] and s["status"] == "todo"]
    assert calm and all(states[i] == ("translated", None) for i in calm)  # the others as before
    back = run("import", str(tmp_path / f"seed-{fmt}.xlf"), "--json")
    assert back.code == 0 and back.json()["changes"] == []  # the round trip changes no state, no text
    assert [s["status"] for s in _segments(run)] == [s["status"] for s in segments]


@pytest.mark.parametrize(("fmt", "state"), FORMATS)
def test_a_flag_passed_as_ok_goes_out_final(run, lib: Path, tmp_path: Path, fmt: str, state: str):  # noqa: ANN001
    _flag_a_number(lib)
    (flagged,) = [i for i, s in enumerate(_segments(run)) if s["flags"]]
    assert run("review", *BASE, "--segment", str(flagged + 1), "--set", "ok").code == 0
    assert _states(_export(run, tmp_path, fmt))[flagged][0] in ("final", "reviewed")


def _mark_ok(library: str, segment: int, barrier: object) -> None:
    from reader.cli import main

    os.environ["PRESS_READER_LIBRARY"] = library
    barrier.wait()  # type: ignore[attr-defined]
    main(["review", *BASE, "--segment", str(segment), "--set", "ok"])


@pytest.mark.parametrize(("fmt", "state"), FORMATS)
def test_twin_the_file_read_back_while_another_process_passes_the_flag(
    run, lib: Path, tmp_path: Path, fmt: str, state: str
):  # noqa: ANN001
    """The reviewer passes the flagged segment as ok in another window while the file comes back: the
    file's 'needs review' is what was exported, so the ok stays, whichever writer comes last."""
    _flag_a_number(lib)
    (flagged,) = [i for i, s in enumerate(_segments(run)) if s["flags"]]
    exported = _export(run, tmp_path, fmt)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_mark_ok, args=(str(lib), flagged + 1, barrier))
    other.start()
    barrier.wait()
    result = run("import", str(exported), "--json")
    other.join(60)
    assert other.exitcode == 0 and result.code in (0, 2)
    assert _segments(run)[flagged]["status"] == "ok"
