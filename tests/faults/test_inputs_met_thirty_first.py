"""Ways input went wrong that the thirty-first session met (2026-12-05): a review state edited by
hand with a value of another kind, read as something else and written back so."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from tests.faults.conftest import SEED_ID, one_line_error

ARGS = (SEED_ID, "--source", "nl", "--target", "fr")


def _damaged(run, lib: Path, value: dict) -> Path:  # noqa: ANN001 - the `run` fixture
    assert run("review", *ARGS, "--segment", "3", "--set", "ok").code == 0
    store = Path(run("review", *ARGS, "--json").json()["store"])
    data = json.loads(store.read_text(encoding="utf-8"))
    (key,) = data["segments"]
    data["segments"][key].update(value)
    store.write_text(json.dumps(data), encoding="utf-8")
    return store


def _mark_elsewhere(library: str) -> int:
    from reader.cli import main

    return main(["--library", library, "review", *ARGS, "--segment", "5", "--set", "flagged"])


@pytest.mark.parametrize(
    "value",
    [{"status": "approved"}, {"comment": ["a", "list"]}, {"accepted": "number"}, {"before": "signed-off"}],
)
@pytest.mark.parametrize("writer", ["this", "another process"])
def test_a_review_state_of_another_kind_is_named_and_never_written_over(run, lib: Path, value: dict, writer: str):  # noqa: ANN001
    """'approved' typed by hand was read as todo, then written back as todo at the next mark: the
    hand's word gone, nothing said. Now each reader names the file, and no write goes over it."""
    store = _damaged(run, lib, value)
    before = store.read_bytes()
    one_line_error(run("review", *ARGS), store.name, "damaged review state")
    if writer == "this":
        one_line_error(run("review", *ARGS, "--segment", "5", "--set", "flagged"), store.name)
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            assert pool.apply(_mark_elsewhere, (str(lib),)) == 2
    assert store.read_bytes() == before
