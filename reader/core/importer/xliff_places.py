"""Which of an XLIFF file's new targets can be written into the version's paragraphs.

A segment the alignment made of sentences from two paragraphs of the target has no one place to
write a new text into: the review asks for such an edit at block level. In a file of many units,
that one unit is refused by number and the others are applied; it never blocks the whole file.
A segment over several list items is exported a line an item (`export.item_targets`): its new
target is placed when it keeps a line an item, and refused when a CAT tool joined the lines (the
items would become one)."""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.model import Block
from reader.core.review.edit import items, locate
from reader.core.review.findings import CheckReport


def unplaceable(report: CheckReport, blocks: list[Block], targets: Mapping[int, str]) -> list[int]:
    """The segments (numbered from 1) among `targets` (segment: new text) with no one place to go."""
    places = locate(report, blocks)
    unplaced = []
    for n, text in targets.items():
        if not 1 <= n <= len(places):
            continue
        place = places[n - 1]
        # a unit over several list items on one line: written, the items would become one
        if place is None or (place.how == "items" and len(items(text)) < 2):
            unplaced.append(n)
    return sorted(unplaced)
