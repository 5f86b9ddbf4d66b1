"""A table copied from a web page as text: the browser puts each cell on a line of its own (blank
lines between them or not; a trailing '|' where the page drew a cell border), so its labels and
figures come out as dozens of one-word 'paragraphs'. The two versions of a release rarely break the
same table the same way (one row per line on one page, one cell per line on the other), so read line
by line they pair cell with wrong cell and every figure looks lost.

Seen on four unrelated real dev pairs (benchmarks/real/pairs.yaml: a food agency's budget table, a
data authority's yearly figures, a port's traffic tables, a Senate answer's table of centres). The
run is recognised by its figures: at least `MIN_FIGURES` lines that end in a number (or are a '-'
cell), each within `MAX_GAP` lines of the next, and nothing between them that ends a sentence. It
becomes one table block, a row per line, which the checks compare whole (its figures, not its
layout).
"""

from __future__ import annotations

import re

from reader.core.importer.datelines import find_date
from reader.core.importer.raw import BULLETS

MIN_FIGURES = 4  # a contact block gives two or three numbers; a table many
MAX_GAP = 8  # lines between two figures of one table: a column of row labels set before its figures
MAX_HEADER_WORDS = 6  # a caption or column header over the first figure
MAX_HEADER_LINES = MAX_GAP  # a column of row labels the page sets above its figures
MAX_WIDTH = 8  # columns a table copied a cell a line is read back into (_regrouped)
TAIL = 40  # characters at a line's end that hold its figure

# A line that ends in a figure: '2.265', '+6,3%', '113.267.000 €', '1.420 euro', 'Vragen om informatie 4333',
# '1902 |', or a cell left empty with a dash. A time ('17:00') or a date's day ('5/12') is no cell.
_FIGURE = re.compile(
    r"(?:^|\s)[-+]?[€$]?\s?\d+(?:[.,\u00a0\u202f]\d+)*(?:\s?(?:%|€|EUR|k€|euros?\b))?\s*(?:\|\s*)?$"
    r"|^\s*[-–—]\s*(?:\|\s*)?$"
)
# a telephone number ('02 287 41 11', '063.608003', '+32 2 123 45 67'): a contact line, no figure
_PHONE = re.compile(r"(?:^|\s|-)(?:\+\d{2}[\s./]?|0)\d(?:[\s./]?\d){6,}\s*$")
_NO_CELL = re.compile(r"@|https?:|www\.", re.IGNORECASE)


def _figure(line: str) -> bool:
    """A cell that holds a figure; a date line ('5 december 2018', '12.06.2023') is the page's."""
    tail = line.rstrip()[-TAIL:]  # a cell's figure ends the line: searched there alone, in bounded time
    if not _FIGURE.search(tail) or _PHONE.search(tail) or _NO_CELL.search(line) or _item(line):
        return False
    return not any(find_date(line, lang) for lang in ("nl", "fr"))


def _item(line: str) -> bool:
    # a list's item, read as a list; a dash alone is an empty cell, and one before a figure
    # ('-3,3%', a fall: statistics tables are full of them) is that figure's sign (a trial)
    text = line.strip()
    return text[:1] in BULLETS and bool(text[1:].strip(" |")) and not (text[:1] in "-–" and text[1:2].isdigit())


def _between(line: str) -> bool:
    """A line that may stand between two figures of one table: a label, a header, a cell."""
    end = line.rstrip()[-1:]
    return end == "|" or not (end in tuple(".!?:;") or _NO_CELL.search(line) or _item(line))


def flat_table(lines: list[str]) -> tuple[int, int] | None:
    """The first run of lines (start, end) that is a table copied cell by cell, or None."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    k = 0
    while k < len(filled):
        if not _figure(lines[filled[k]]):
            k += 1
            continue
        figures = [k]
        j = k + 1
        while j < len(filled) and j - figures[-1] <= MAX_GAP + 1:
            line = lines[filled[j]]
            if _figure(line):
                figures.append(j)
            elif not _between(line):
                break
            j += 1
        if len(figures) >= MIN_FIGURES:
            first = k
            while (
                k - first < MAX_HEADER_LINES
                and first > 0
                and _between(lines[filled[first - 1]])
                and (
                    len(lines[filled[first - 1]].split()) <= MAX_HEADER_WORDS
                    or _same_cells(lines[filled[first - 1]], lines[filled[k]])
                )
            ):
                first -= 1
            return filled[first], filled[figures[-1]] + 1
        k = figures[-1] + 1
    return None


def _same_cells(header: str, row: str) -> bool:
    """A header set with the table's own borders, as many cells as its first row: the table's head,
    however many words its cells hold (one of eight words became a paragraph over a table whose
    first row was then read as its head: a long review's trial)."""
    cells = header.strip().strip("|").split(" | ")
    return len(cells) >= 2 and len(cells) == len(row.strip().strip("|").split(" | "))


def flat_rows(lines: list[str]) -> list[list[str]]:
    """A row per line, its cells where the page drew borders ('Demandes d'information | 4333 |')."""
    rows = []
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if any(cells):
            rows.append(cells)
    return _regrouped(rows) if all(len(row) == 1 for row in rows) else rows


def _regrouped(rows: list[list[str]]) -> list[list[str]]:
    """A cell a line, read back into its rows: a table is as wide as its head, and each row under it
    a label then its figures ('Oostende', '812', '798', '-1,7%'); the narrowest width every row fits
    is the table's (a trial's pages came out as a table of one column). Cells set out column by
    column (the labels, then the figures) fit no width and stay one a row."""
    cells = [row[0] for row in rows]
    for width in range(2, MAX_WIDTH + 1):
        if len(cells) % width or len(cells) < 2 * width:
            continue
        groups = [cells[k : k + width] for k in range(0, len(cells), width)]
        if all(not _figure(g[0]) and all(_figure(c) for c in g[1:]) for g in groups[1:]):
            return groups
    return rows
