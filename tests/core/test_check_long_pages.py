"""A page of one enormous line: checked in stretches (linear in its length) and stoppable between them.
Fixtures in our own words."""

import pytest

from reader.core.review import thresholds as limit
from reader.core.review.checks import CheckCancelled, check_release
from tests.core.releases import paragraph_release


def _one_line(n: int) -> tuple[str, str]:
    nl = " ".join(f"De gemeente {i} krijgt dit jaar {i * 3} nieuwe fietsen voor haar scholen." for i in range(n))
    fr = " ".join(f"La commune {i} reçoit cette année {i * 3} nouveaux vélos pour ses écoles." for i in range(n))
    return nl, fr


def test_a_paragraph_of_many_sentences_is_checked_in_stretches_and_stays_clean():
    nl, fr = _one_line(limit.LONG_BLOCK * 3 + 5)
    report = check_release(paragraph_release([nl], [fr]), "nl", "fr")
    body = [p for p in report.pairs if p.kind != "title"]
    assert len(body) == limit.LONG_BLOCK * 3 + 5
    assert not [f.message for p in body for f in p.flags if f.severity != "info"]


def test_a_figure_changed_deep_inside_a_long_paragraph_is_still_flagged():
    nl, fr = _one_line(limit.LONG_BLOCK * 2)
    fr = fr.replace("reçoit cette année 150 nouveaux", "reçoit cette année 160 nouveaux")
    report = check_release(paragraph_release([nl], [fr]), "nl", "fr")
    flagged = [p for p in report.pairs if any(f.code == "number" for f in p.flags)]
    assert [p.source for p in flagged] == ["De gemeente 50 krijgt dit jaar 150 nieuwe fietsen voor haar scholen."]


def test_a_check_asked_to_stop_stops_between_stretches():
    nl, fr = _one_line(limit.LONG_BLOCK * 4)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(CheckCancelled):
        check_release(paragraph_release([nl], [fr]), "nl", "fr", cancelled=cancelled)
    assert len(asked) == 2


def test_a_check_asked_to_stop_stops_inside_a_long_paragraph_s_alignment():
    """Thousands of sentences in one paragraph align in seconds: the question is asked on the way."""
    nl, fr = _one_line(500)
    with pytest.raises(CheckCancelled):
        check_release(paragraph_release([nl], [fr]), "nl", "fr", cancelled=lambda: True)
