"""A place or body named in one language finds the releases that name it in another.

A library of Belgian releases holds Dutch-only and French-only pages: an official searching `Mons`
missed the Dutch page about `Bergen`, though the checks know the two are one city (trial A,
thirty-fifth session: six cities, none found in the other language). The bundled glossary's
single-word names (Belgian cities and regions, official bodies: facts) join a capitalised query word
as alternatives; a word typed in lower case is a word, not a name, and is left as it is.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from reader.core.search_compounds import with_compounds
from reader.core.text.fold import fold
from reader.core.text.fts import fts_query
from reader.core.text.glossary import BUNDLED, _read

_TERM = re.compile(r'(?<![\w}])"([^\W\d_][\w-]*)"\*')  # a bare word's prefix term, as fts_query writes it
_NAME = re.compile(r"[A-ZÀ-Þ][^\W\d_]+(?:-[A-Za-zÀ-ÿ]+)*")  # one capitalised word, maybe hyphenated


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, ...]]:
    """Each single-word name of the bundled glossary (folded) with its names in the other languages."""
    out: dict[str, dict[str, None]] = {}
    for _lang, terms in _read(BUNDLED, True).items():
        for term, eqs in terms.items():
            if not _NAME.fullmatch(term):
                continue
            names = [e for e in eqs if _NAME.fullmatch(e) and fold(e) != fold(term)]
            for form in (term, *names):
                out.setdefault(fold(form), {}).update(dict.fromkeys(n for n in (term, *names) if fold(n) != fold(form)))
    return {key: tuple(others) for key, others in out.items() if others}


def other_names(word: str) -> tuple[str, ...]:
    """A capitalised word's names in the other languages ('Mons': 'Bergen'); none for a word."""
    return _names().get(fold(word), ()) if word[:1].isupper() else ()


def with_places(query: str) -> str:
    """The query with each capitalised word's names in the other languages as alternatives."""

    def widened(match: re.Match[str]) -> str:
        others = other_names(match.group(1))
        if not others:
            return match.group(0)
        either = " OR ".join('"' + " ".join(re.split(r"[-\s]+", other)) + '"' for other in others)
        return f"({match.group(0)} OR {either})"

    return _TERM.sub(widened, query)


def widened(conn: sqlite3.Connection, text: str, lang: str | None) -> str:
    """The user's words as the index's query: a Dutch head's compounds and a name's other languages."""
    return with_places(with_compounds(conn, fts_query(text, lang), lang)) if text.strip() else ""
