"""'Ignore this here' outlives a change in the flag's wording: the reviewer judged the check's flag on
these two texts, and a glossary edit that rewords the flag (a trial: 'not found' became 'spelled
differently') must not raise it again. Our own words."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.core.model import Block
from reader.core.review.checks import check_release
from reader.core.review.dismiss import accept, hide_accepted
from reader.core.review.store import ReviewStore
from tests.core.releases import block_release

NL = [Block("paragraph", "De haven ontving vorig jaar 4.200 schepen, meer dan ooit tevoren.")]
FR = [Block("paragraph", "Le port a accueilli l'an dernier 4.800 navires, plus que jamais auparavant.")]


def _report():  # noqa: ANN202
    return check_release(block_release(NL, FR), "nl", "fr")


def test_a_dismissed_flag_stays_hidden_when_its_message_changes(tmp_path: Path) -> None:
    report = _report()
    (segment,) = [i + 1 for i, pair in enumerate(report.pairs) if any(f.code == "number" for f in pair.flags)]
    store = ReviewStore("r", "nl", "fr", tmp_path / "reviews")
    assert accept(report, store, segment, "number")
    again = _report()
    pair = again.pairs[segment - 1]
    pair.flags = [dataclasses.replace(f, message=f.message + " (said otherwise now)") for f in pair.flags]
    later = ReviewStore("r", "nl", "fr", tmp_path / "reviews")  # a later run reads it from disk
    assert hide_accepted(again, later) >= 1
    assert not [f for f in pair.flags if f.code == "number"] and pair.dismissed


def test_a_dismissal_hides_only_its_own_check(tmp_path: Path) -> None:
    report = _report()
    (segment,) = [i + 1 for i, pair in enumerate(report.pairs) if any(f.code == "number" for f in pair.flags)]
    store = ReviewStore("r", "nl", "fr", tmp_path / "reviews")
    accept(report, store, segment, "number")
    again = _report()
    pair = again.pairs[segment - 1]
    other = dataclasses.replace(pair.flags[0], code="name", message="not found in the target: Haven")
    pair.flags.append(other)
    hide_accepted(again, store)
    assert pair.flags == [other]


def _accept_in(folder: str, key: str, code: str, barrier) -> None:  # noqa: ANN001
    from reader.core.review.store import CODE_MARK

    store = ReviewStore("r", "nl", "fr", Path(folder))
    barrier.wait()
    store.accept(key, "sig-" + code)
    store.accept(key, CODE_MARK + code)


def test_twin_two_processes_dismissing_at_once_keep_both_checks(tmp_path: Path) -> None:
    """Two reviewers' 'ignore here' on two segments at once: each keeps its signature and its check."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    folder = str(tmp_path / "reviews")
    jobs = [ctx.Process(target=_accept_in, args=(folder, k, c, barrier)) for k, c in (("a", "number"), ("b", "name"))]
    for job in jobs:
        job.start()
    for job in jobs:
        job.join(60)
    assert [job.exitcode for job in jobs] == [0, 0]
    store = ReviewStore("r", "nl", "fr", tmp_path / "reviews")
    assert set(store.get("a").accepted) == {"sig-number", "code:number"}
    assert set(store.get("b").accepted) == {"sig-name", "code:name"}
