"""The snippet of a search's hit: a glimpse of its text around the words searched for.

FTS5's snippet() picks the column with the best run of matches, often a title. A title again under
the title says nothing, so such a snippet was emptied; then a city named in another language
(search_places) tipped snippet() to a title and trial R's `Liège` gave no snippet where `liège`
gave one, `Luik` one and `luik` none, each hit's words in its body too. A snippet that would be a
title, or part of one, is taken from the body texts instead (as a long text's is): every hit has a
snippet unless the words are in a title only. Computed for the rows shown only.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from reader.core.search_schema import COLUMNS
from reader.core.text.fts import plain_snippet, snippet_text

# A release's text up to this many characters gets FTS5's snippet (a few milliseconds on a long
# release of the archive); a longer one, one cut here around the first word searched for.
SNIPPET_FTS_CHARS = 20_000
BODIES = [c for c in COLUMNS if c.startswith("body_")]


def _bodies(columns: list[str]) -> str:
    return " || ' ' || ".join(f"coalesce(t.{c}, '')" for c in columns)


_TEXT_ALL = f"SELECT {_bodies(BODIES)} FROM texts t WHERE t.rowid = fts.rowid"  # a match in a title alone: none
_TEXT_LENGTH = (
    "SELECT " + " + ".join(f"length(coalesce(t.{c}, ''))" for c in COLUMNS) + " FROM texts t WHERE t.rowid = fts.rowid"
)


def fts_snippets(conn: sqlite3.Connection, query: str, rowids: list[int]) -> dict[int, str]:
    """Snippets for the rows shown only: computing them for every match would cost most of the query."""
    out: dict[int, str] = {}
    wanted = set(rowids)
    ordered = sorted(rowids)
    for start in range(0, len(ordered), 200):
        chunk = ordered[start : start + 200]
        # A rowid range, which FTS5 walks directly (rowid IN (...) would visit every match).
        # FTS5's snippet() takes time in the square of a release's hits (a page repeating one
        # word 400,000 times searched for minutes): past SNIPPET_FTS_CHARS the snippet is cut
        # from the text here, around the first word searched for
        for rowid, raw, long_text in conn.execute(
            f"SELECT rowid, CASE WHEN ({_TEXT_LENGTH}) <= ? THEN snippet(fts, -1, char(2), char(3), '…', 12) END, "
            f"CASE WHEN ({_TEXT_LENGTH}) > ? THEN ({_TEXT_ALL}) END FROM fts "
            "WHERE fts MATCH ? AND rowid >= ? AND rowid <= ?",
            [SNIPPET_FTS_CHARS, SNIPPET_FTS_CHARS, query, chunk[0], chunk[-1]],
        ):
            if rowid in wanted:
                out[rowid] = snippet_text(raw) if raw is not None else plain_snippet(long_text or "", query)
    return out


def is_title(listing: dict[str, Any], snippet: str) -> bool:
    """Whether a snippet is a title again, or a part of one (a headline longer than a snippet)."""
    bare = " ".join(snippet.replace("**", "").strip("… ").split())
    return bool(bare) and any(bare in " ".join(str(t).split()) for t in (listing.get("titles") or {}).values())


def body_snippets(conn: sqlite3.Connection, query: str, rowids: list[int], lang: str | None) -> dict[int, str]:
    """The snippets of these rows cut from their bodies (`lang`'s alone when the search is in it):
    '' for a row whose words are in a title only, which the listing shows already."""
    columns = [f"body_{lang}"] if lang and f"body_{lang}" in BODIES else BODIES
    out: dict[int, str] = {}
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        sql = f"SELECT t.rowid, {_bodies(columns)} FROM texts t WHERE t.rowid IN ({','.join('?' * len(chunk))})"
        out.update((rowid, plain_snippet(text or "", query)) for rowid, text in conn.execute(sql, chunk))
    return out
