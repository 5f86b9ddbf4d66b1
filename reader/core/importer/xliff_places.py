"""Which of an XLIFF file's new targets can be written into the version's paragraphs.

A segment the alignment made of sentences from two paragraphs of the target has no one place to
write a new text into: the review asks for such an edit at block level. In a file of many units,
that one unit is refused by number and the others are applied; it never blocks the whole file."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.model import Block
from reader.core.review.edit import locate
from reader.core.review.findings import CheckReport


def unplaceable(report: CheckReport, blocks: list[Block], segments: Iterable[int]) -> list[int]:
    """The segments (numbered from 1) among `segments` whose target spans two paragraphs."""
    places = locate(report, blocks)
    # a unit over several list items holds them on one line: written, they would be one item
    unplaced = [place is None or place.how == "items" for place in places]
    return [n for n in segments if 1 <= n <= len(places) and unplaced[n - 1]]
