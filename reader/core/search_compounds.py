"""A Dutch word found as the head of the compounds that end in it.

Dutch writes a compound as one word, its head last: `hervorming` is said in `pensioenhervorming`,
`bonus` in `pensioenbonus`. The index matches words by their start (text/fts.py), so a modifier
finds its compounds and a head found none: an official searching the library for a reform found
two of its releases, the one named after it not among them (a reader's trial). The index keeps
the long words of each Dutch text written backwards (`heads`, search_schema.py), so the
compounds ending in a word are one range of that table, and they join the word as alternatives.
Only Dutch: French and English write such heads apart, where a word's end would find 'pension'
in 'suspension'. Reading FTS5's own vocabulary for them instead took 0.9 s a query at 10,000
releases (benchmarks/bench_search.py); the range takes well under a millisecond.
"""

from __future__ import annotations

import re
import sqlite3

from reader.core.text.dutch_number import other_number
from reader.core.text.fold import fold, search_fold

HEAD_FROM = 4  # letters of a head worth looking for ('raad', 'bank'); shorter ones are endings
MODIFIER_FROM = 3  # letters before the head: a compound's modifier, not a prefix ('ge-', 'be-')
MOST = 40  # compounds per word: a query stays short however large the library
_TERM = re.compile(r'(?<![\w}])"(\w+)"\*')  # a bare word's prefix term, as fts_query writes it
_LETTERS = re.compile(r"[^\W\d_]+")


def remember(conn: sqlite3.Connection, texts: dict[str, str]) -> None:
    """The Dutch texts' words long enough to be compounds, kept backwards; never removed (a word
    no release holds any more only adds an alternative that matches nothing)."""
    words = {w for key in ("title_nl", "body_nl") for w in _LETTERS.findall(search_fold(texts.get(key) or ""))}
    long_words = [(w[::-1], w) for w in words if len(w) >= HEAD_FROM + MODIFIER_FROM]
    conn.executemany("INSERT OR IGNORE INTO heads (rev, term) VALUES (?, ?)", long_words)


def with_compounds(conn: sqlite3.Connection, query: str, lang: str | None) -> str:
    """The query with each bare word's Dutch compounds as alternatives (unchanged when the search
    is in another language)."""
    if lang not in (None, "nl"):
        return query

    def widened(match: re.Match[str]) -> str:
        word = fold(match.group(1))
        # a capitalised word is a name, and Dutch writes no name as the lower-case end of a one-word
        # compound ('Zuid-Afrika', 'Aken-tunnel'): 'Aken' found 'woninginbraken' (trial A, 35th session)
        if len(word) < HEAD_FROM or not word.isalpha() or match.group(1)[:1].isupper():
            return match.group(0)
        # ... and those ending in its other number ('prijs': 'energieprijzen'), which the query has
        # as an exact word (dutch_number): 'prijs' found 'energieprijs' only
        rows = [row for form in (word, *other_number(word)) for row in _ending_in(conn, form)]
        if not rows:
            return match.group(0)
        either = " OR ".join(f'"{term}"' for (term,) in rows)
        return f"({match.group(0)} OR {{title_nl body_nl}} : ({either}))"

    return _TERM.sub(widened, query)


def _ending_in(conn: sqlite3.Connection, word: str) -> list[tuple[str]]:
    back = word[::-1]
    return conn.execute(
        "SELECT term FROM heads WHERE rev > ? AND rev < ? AND length(term) >= ? ORDER BY rev LIMIT ?",
        (back, back + "\uffff", len(word) + MODIFIER_FROM, MOST),
    ).fetchall()
