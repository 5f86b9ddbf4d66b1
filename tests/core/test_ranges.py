"""Segment numbers said as runs, in order and once each."""

from reader.core.text.ranges import ranges


def test_runs_are_said_in_order_once_each():
    assert ranges([1, 2, 3, 5]) == "1-3, 5"
    # a file whose units are not in the release's order said '1, 3, 3-5, 8, 8-9, 12' (a trial)
    assert ranges([1, 3, 3, 4, 5, 8, 8, 9, 12, 13, 16, 12]) == "1, 3-5, 8-9, 12-13, 16"
