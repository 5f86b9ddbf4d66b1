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


def bare_numbers(text: str) -> list[str]:
    """Numbers of one to three digits typed alone: not quoted, not a prefix ('45*'), not in
    groups ('20 000'), not beside an OR (the other word may be what a release holds)."""
    text = SPACED_THOUSANDS.sub("", re.sub(r'"[^"]*"', " ", text))
    words = text.split()
    return [] if "OR" in words else [w for w in words if re.fullmatch(r"\d{1,3}", w)]


def limit_clause(text: str, limit: int | None) -> str:
    """The SQL LIMIT, left to after the reading when bare numbers may leave releases out."""
    return f" LIMIT {int(limit)}" if limit and not bare_numbers(text) else ""


def _alone(number: str, text: str) -> bool:
    after_group = rf"(?<!\d{_GROUP})" if len(number) == 3 else ""  # only three digits make a group
    pattern = rf"(?<!\w){after_group}{number}(?!\w)(?!{_GROUP}\d{{3}}(?!\d))"
    return re.search(pattern, text) is not None


def numbers_alone(conn: sqlite3.Connection, text: str, lang: str | None, rows: list[Any]) -> list[Any]:
    """The rows (rowid first) whose texts, in `lang` if given, hold each bare number on its own."""
    numbers = bare_numbers(text)
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
