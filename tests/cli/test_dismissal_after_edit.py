"""A dismissal and an edit of the same segment (trial I, t17): `--accept-flag number`, then an edit
that fixes something else in the segment and keeps the figure: the edit dropped the dismissal with
the old text's key, and the flag judged false came back. It stays while the new text raises that
same flag; a fix that settles the flag lets the dismissal go."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_accept_flag_row import ARGS, _two_flags


def _edit(library: str, segment: str, text: str) -> int:
    from reader.cli import main

    return main(["--library", library, "review", *ARGS, "--segment", segment, "--edit", text])


@pytest.mark.parametrize("fixed", ["the town", "the figure"])
@pytest.mark.parametrize("writer", ["this process", "another process"])
def test_a_dismissal_stays_while_the_edited_text_raises_its_flag(
    run: Any, library_dir: Path, fixed: str, writer: str
) -> None:
    lib = str(library_dir)
    segment = _two_flags(run, library_dir)
    assert run("--library", lib, "review", *ARGS, "--segment", segment, "--accept-flag", "number").code == 0
    (before,) = [p for p in run("--library", lib, "check", *ARGS, "--json").json() if p["segment"] == int(segment)]
    if fixed == "the town":
        text = before["target"].replace("Namur", "Liège")
    else:
        text = before["target"].replace("32 hectares", "22 hectares")
    assert text != before["target"]
    if writer == "this process":
        done = run("--library", lib, "review", *ARGS, "--segment", segment, "--edit", text)
        assert done.code == 0, done.err
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            assert pool.apply(_edit, (lib, segment, text)) == 0
    rows = run("--library", lib, "review", *ARGS, "--json").json()["segments"]
    (row,) = [r for r in rows if r["target"] == text]
    flags = {f["code"] for f in row["flags"]}
    dismissed = {f["code"] for f in row.get("dismissed", [])}
    if fixed == "the town":  # the 32 hectares judged right on purpose: still dismissed
        assert "number" not in flags and "number" in dismissed, row
    else:
        assert "number" not in flags and "number" not in dismissed, row
    assert "name" not in flags or fixed == "the figure", row
