"""A page's date set on two lines, its day and month over its year ('15 mei' / '2025'): the Data
Protection Authority's pages write it so (three pages of one site; trial W of the thirty-third
session, p05, where '15 mei' became the headline, no date was found and '2025' was a paragraph). A
day and a month alone on a line, the year alone on the next, are one date as the page shows it (a day
and month name then a year is how Dutch, French and English write a date): read as one date line."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.importer.raw import RawBlock
from reader.core.text.number_words import MONTHS, WEEKDAYS

# '15 mei', 'jeudi 15 mai', '1er juin', 'Thursday 15 May': a day and a month, nothing more
_DAY_MONTH = re.compile(r"(?:(?P<weekday>[^\W\d_]+),?\s+)?\d{1,2}(?:er|e)?\.?\s+(?P<month>[^\W\d_]+)\.?")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _day_month(line: str) -> bool:
    match = _DAY_MONTH.fullmatch(line.strip())
    if match is None or match["month"].lower() not in MONTHS:
        return False
    return match["weekday"] is None or match["weekday"].lower() in WEEKDAYS


def join_split_dates(blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks with a day and month line followed by a year line (in one block or the next) as
    one line: '15 mei 2025'. Only plain blocks: a table's cells stay as they are."""
    lines = [(n, line) for n, block in enumerate(blocks) if block.kind == "" for line in block.text.split("\n")]
    if not any(_day_month(line) for _, line in lines):
        return blocks
    out: list[list[str]] = [block.text.split("\n") for block in blocks]
    for n, block in enumerate(blocks):
        if block.kind != "":
            continue
        k = 0
        while k < len(out[n]):
            nxt = (n, k + 1) if k + 1 < len(out[n]) else (n + 1, 0)
            if _day_month(out[n][k]) and nxt[0] < len(blocks) and blocks[nxt[0]].kind == "" and out[nxt[0]]:
                year = out[nxt[0]][nxt[1]]
                if _YEAR.fullmatch(year.strip()):
                    out[n][k] = f"{out[n][k].strip()} {year.strip()}"
                    del out[nxt[0]][nxt[1]]
            k += 1
    return [replace(block, text="\n".join(text)) for block, text in zip(blocks, out, strict=True) if text]
