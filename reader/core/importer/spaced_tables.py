"""A table set in plain text with spaces: a row per line, its columns lined up by runs of spaces
('Aardgas          45 euro            96.000'), as a text editor, an e-mail or a report converted to
text lays one out. Read as lines of prose, its figures ran together into one paragraph and the
columns were lost (a new user's trial, two releases of his own).

What makes it a table is a plain fact of such layouts: two lines or more, each cut into the same
number of cells (two or more) by runs of three spaces or more (or a tab), whose columns line up,
each column starting (or, for figures set flush right, ending) at nearly the same place on every
line, each cell short, and two rows or more with a figure in a cell of their own (what runs together
as prose is figures). A sentence with a stray run of spaces has no second line lined up with it; a
list whose markers stand apart from their items ('• -    …', on a real dev page) and a letterhead in
two columns, a language each, are no tables.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\t| {3,}")
SLACK = 3  # cells a column's edge may move from line to line: a figure one digit longer, a sign


def _spans(line: str) -> list[tuple[int, int]]:
    """Where each cell of the line starts and ends."""
    spans: list[tuple[int, int]] = []
    at = len(line) - len(line.lstrip())
    for cell in _GAP.split(line.strip()):
        if cell:
            at = line.index(cell, at)
            spans.append((at, at + len(cell)))
            at += len(cell)
    return spans


# A list's marker set apart from its item ('• -    the item', '1.    the item'): a list, not a column.
_MARKER = re.compile(r"[\W_]{1,3}|\(?(?:\d{1,2}|[a-z])[.)]")
MAX_CELL = 80  # characters: a cell holds a figure or a label; a longer one is a sentence set apart


def _row(line: str) -> bool:
    cells = [c for c in _GAP.split(line.strip()) if c]
    return len(cells) >= 2 and not _MARKER.fullmatch(cells[0]) and all(len(c) <= MAX_CELL for c in cells)


# a figure, a range of two ('2027-2028') and an amount with its scale word ('21,4 miljoen euro')
_FIGURE = re.compile(
    r"[-+–(]?\d[\d.,  ]*(?:\s?[-–]\s?\d[\d.,]*)?"
    r"(?:\s?(?:miljoen|miljard|millions?|milliards?|million|billion|mln|mio|md|bn))?"
    r"\s*(?:%|‰|€|euro|euros|EUR|m²|km|ha)?\)?",
    re.IGNORECASE,
)


def _figures(lines: list[str]) -> bool:
    """Two rows or more hold a figure in a cell of their own: a table of figures, which is what runs
    together as prose. A letterhead set in two columns (a language each) holds none, or one row of
    postcodes."""
    return sum(any(_FIGURE.fullmatch(c) for c in _GAP.split(line.strip())[1:]) for line in lines) >= 2


def _lined_up(lines: list[str]) -> bool:
    spans = [_spans(line) for line in lines]
    if len({len(s) for s in spans}) != 1:
        return False
    for column in range(1, len(spans[0])):
        starts = [s[column][0] for s in spans]
        ends = [s[column][1] for s in spans]
        if max(starts) - min(starts) > SLACK and max(ends) - min(ends) > SLACK:
            return False
    return True


def spaced_table(lines: list[str]) -> tuple[int, int] | None:
    """Where the first spaced table of the lines starts and ends (end excluded), or None."""
    i = 0
    while i < len(lines):
        if not _row(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _row(lines[j]):
            j += 1
        # the longest run from i whose columns line up: a caption above or a note under stays text
        for end in range(j, i + 1, -1):
            if _lined_up(lines[i:end]) and _figures(lines[i:end]):
                return i, end
        i = j
    return None
