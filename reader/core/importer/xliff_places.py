"""Which of an XLIFF file's new targets can be written into the version's paragraphs.

A segment the alignment made of sentences from two paragraphs of the target has no one place to
write a new text into: the review asks for such an edit at block level. In a file of many units,
that one unit is refused by number and the others are applied; it never blocks the whole file.
A segment over several list items is exported a line an item (`export.item_targets`): its new
target is placed when it keeps a line an item, and refused when a CAT tool joined the lines (the
items would become one). A table's new target is placed only while it is a table of the source's
columns, a row a line: a CAT tool that normalises whitespace inside a segment joins its rows into one
line, and written so the version held a one-row table of every cell (trial D, F1)."""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.body import table_rows
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


def reshaped(report: CheckReport, targets: Mapping[int, str]) -> list[int]:
    """The table segments (numbered from 1) among `targets` whose new text is no table of the rows the
    source and the current target hold: a row whose cell count neither has (rows joined into one line
    count their cells together), or one line where the source has rows. A row added or dropped keeps
    its columns and is taken: a translator restoring a row the target lacked is an edit."""
    out = []
    for n, text in targets.items():
        if not 1 <= n <= len(report.pairs) or report.pairs[n - 1].kind != "table":
            continue
        pair = report.pairs[n - 1]
        rows = table_rows(text)
        widths = {len(row) for row in table_rows(pair.source) + table_rows(pair.target)}
        lines = [line for line in text.split("\n") if line.strip()]
        if not rows or any(len(row) not in widths for row in rows) or (len(lines) < 2 <= len(table_rows(pair.source))):
            out.append(n)
    return sorted(out)
