"""A release found by its id, or part of one, beside the word search of its text.

The words of an id ('2018-12-05-...-luik') are not all in its text, so the word search missed it.
An id typed or pasted (from `list`, a log, a colleague: shaped like one, with a hyphen) puts its
release first. Trial E (F6): 'e015' of '2026-04-16-e015-windpark' found nothing, though the README
says part of an id finds it: one word of 3 characters or more with a letter (digits alone would be
every date's year or day) is looked for in the ids too, from the start of a part, its releases after
the text's hits. Both are a LIKE over the ids' column, a few thousand short strings.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

_ID_SHAPED = re.compile(r"[0-9a-z][0-9a-z_.]*(?:-[0-9a-z_.]+)+")
_ID_PART = re.compile(r"(?=[0-9a-z_.]*[a-z])[0-9a-z_.]{3,}")


def id_listings(conn: sqlite3.Connection, text: str, where: list[str], params: list[Any]) -> list[str]:
    """The listings (JSON) of the releases whose id holds the text, under the other filters."""
    typed = text.strip().lower().removesuffix("*")  # the search box makes the word being typed a prefix
    if not _ID_SHAPED.fullmatch(typed) and not _ID_PART.fullmatch(typed):
        return []
    # from the start of one of its parts: 'e015', 'wind' of '…-e015-windpark', never the end of a
    # word ('Aken' found '…-inbraken': a city searched listed burglaries)
    word = typed.replace("\\", "").replace("%", "").replace("_", "\\_")
    sql = "SELECT r.listing FROM releases r WHERE (r.id LIKE ? ESCAPE '\\' OR r.id LIKE ? ESCAPE '\\')"
    sql += "".join(f" AND {clause}" for clause in where)
    sql += " ORDER BY r.id = ? DESC, r.rowid LIMIT 200"
    try:
        return [listing for (listing,) in conn.execute(sql, [word + "%", "%-" + word + "%", *params, typed]).fetchall()]
    except sqlite3.DatabaseError:
        return []  # the word search says what is wrong with the index


def with_ids(text: str, hits: list[Any], by_id: list[Any], limit: int | None) -> list[Any]:
    """A whole id's releases first; a part's after the text's hits (Hit: its listing's id)."""
    if not by_id:
        return hits
    if "-" not in text:
        found = {hit.listing["id"] for hit in hits}
        return [*hits, *(hit for hit in by_id if hit.listing["id"] not in found)][: limit or None]
    named = {hit.listing["id"] for hit in by_id}
    return [*by_id, *(hit for hit in hits if hit.listing["id"] not in named)][: limit or None]
