"""A bare number searched for finds that number, never a part of a larger one written in groups.

FTS5's tokenizer reads '45 000' and '45.000' as the words '45' and '000', so a search for '45'
found every release with 45 000 euros, where the README says a number finds that number only
(trial L: 'list --search 45' listed a fine of 45 000 euros). FTS5 cannot ask for a word *not*
followed by another, so the releases it finds are read again here, and those where the number
stands only inside a larger one are left out.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from reader.core.search_schema import COLUMNS
from reader.core.text.fts import SPACED_THOUSANDS

# a group of thousands after the number, or the number a group after another ('1 045' holds no 45:
# the tokenizer reads '045'); a space of any kind or a point, as Dutch and French group them
_GROUP = r"[ \u00a0\u202f.]"


def typed_numbers(text: str) -> list[str]:
    """The numbers typed alone whose place in a text is read again: those
    written in groups or with decimals ('850.000', '850 000', '1819,47', '8400'), which FTS5 reads as
    their groups in a row and so found at the tail of a larger one ('850.000' in '1.850.000', trial A,
    36th session); one of one to three digits typed alone ('45') never the 45 of '45 000'. Not quoted,
    not beside an OR (the other word may be what a release holds); a prefix ('2,8*') read for its start."""
    words = SPACED_THOUSANDS.sub(lambda m: re.sub(r"[ \u00a0\u202f]", ".", m.group()), text).split()
    if "OR" in words:
        return []
    cut = [w.strip("(€$").rstrip(".,;:%)") for w in re.sub(r'"[^"]*"', " ", " ".join(words)).split()]
    return [w for w in cut if re.fullmatch(r"\d{1,3}|\d{4,}\*?|\d+(?:[.,]\d+)+\*?", w)]


def limit_clause(text: str, limit: int | None) -> str:
    """The SQL LIMIT, left to after the reading when typed numbers may leave releases out."""
    return f" LIMIT {int(limit)}" if limit and not typed_numbers(text) else ""


def _pattern(number: str) -> str:
    """`number` as a text may write it: its groups apart by a point, a comma or a space of any kind,
    a whole part of four figures or more with its thousands grouped or not ('8400': '8.400')."""
    runs = re.findall(r"\d+", number)
    first = re.sub(r"(?<=\d)(?=(?:\d{3})+$)", lambda _: f"{_GROUP}?", runs[0]) if len(runs[0]) >= 4 else runs[0]
    return r"[., \u00a0\u202f]".join([first, *runs[1:]])


def _alone(number: str, text: str) -> bool:
    """Whether the text holds the number on its own: not a group of a larger one before it (only
    a leading group of three digits is one: '850000' too is read '850.000'), nor followed by a group of
    thousands (unless typed as a prefix)."""
    first = re.match(r"\d+", number)
    after_group = rf"(?<!\d{_GROUP})" if first and len(first.group()) % 3 == 0 else ""
    tail = "" if number.endswith("*") else rf"(?!\w)(?!{_GROUP}\d{{3}}(?!\d))"
    return re.search(rf"(?<!\w){after_group}{_pattern(number)}{tail}", text) is not None


def numbers_alone(conn: sqlite3.Connection, text: str, lang: str | None, rows: list[Any]) -> list[Any]:
    """The rows (rowid first) whose texts, in `lang` if given, hold each typed number on its own."""
    numbers = typed_numbers(text)
    if not numbers or not rows:
        return rows
    columns = [c for c in COLUMNS if lang is None or c.endswith(f"_{lang}")]
    held: set[int] = set()
    for start in range(0, len(rows), 500):
        chunk = [row[0] for row in rows[start : start + 500]]
        sql = f"SELECT rowid, {', '.join(columns)} FROM texts WHERE rowid IN ({', '.join('?' * len(chunk))})"
        for rowid, *texts in conn.execute(sql, chunk):
            joined = "\n".join(t for t in texts if t)
            if all(_alone(n, joined) for n in numbers):
                held.add(rowid)
    return [row for row in rows if row[0] in held]
