"""A place or body named in one language finds the releases that name it in another.

A library of Belgian releases holds Dutch-only and French-only pages: an official searching `Mons`
missed the Dutch page about `Bergen`, though the checks know the two are one city (trial A,
thirty-fifth session: six cities, none found in the other language). The bundled glossary's
single-word names (Belgian cities and regions, official bodies: facts) and CLDR's names of countries
and cities in nl, fr, en and de (babel) join a capitalised query word as alternatives; a word typed
in lower case is a word, not a name, and is left as it is.

A name of hyphenated parts is one name, its parts in a row: 'Bruxelles-Midi' found no Dutch-only page
on 'Brussel-Zuid' though 'Bruxelles' alone did, as the query asked for a 'Midi' anywhere (trial M,
36th session). Such a name is looked up whole ('Pays-Bas': 'Nederland'), then part by part: each
part as itself or in its other languages, a city's from the names above, a station's qualifier
from the glossary's hyphenated names aligned part by part ('Brussel-Zuid' / 'Bruxelles-Midi' gives
'Zuid' / 'Midi'; 'Sint-Pieters-Leeuw' / 'Leeuw-Saint-Pierre' gives 'Pieters' / 'Pierre'), and a
saint in any of its abbreviations ('St.', 'Sint', 'Saint', 'Sankt': one word; trial C, F9).
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from functools import lru_cache

from reader.core.search_compounds import with_compounds
from reader.core.text.fold import fold
from reader.core.text.fts import fts_query
from reader.core.text.glossary import BUNDLED, _read

# a bare word's or a hyphenated name's prefix term, as fts_query writes it with names=True
_TERM = re.compile(r'(?<![\w}])"([^\W\d_][\w-]*(?: [^\W\d_]+)*)"\*')
_NAME = re.compile(r"[A-ZÀ-Þ][^\W\d_]+(?:-[A-Za-zÀ-ÿ]+)*")  # one capitalised word, maybe hyphenated
SAINT = ("Sint", "Saint", "Sankt", "St")  # one word of a place's name in nl, fr, de and abbreviated
# a saint's abbreviation or word apart from the name it begins ('St. Vith', 'Sankt Vith'): one name
_SAINT_APART = re.compile(rf"(?<![\w-])({'|'.join(SAINT)})\.?[ \u00a0]+(?=[A-ZÀ-Þ])")
MOST = 32  # phrases for one name: a query stays short


def _pairs() -> list[tuple[str, list[str]]]:
    """Each name of the bundled glossary with its names in other languages, then CLDR's countries and
    cities (babel) in nl, fr, en and de: facts from public lists."""
    from babel import Locale
    from babel.core import get_global

    out = [(term, eqs) for terms in _read(BUNDLED, True).values() for term, eqs in terms.items()]
    locales = [Locale(lang) for lang in ("nl", "fr", "en", "de")]
    for code in locales[2].territories:
        names = [str(loc.territories.get(code, "")) for loc in locales]
        out.append((names[0], names[1:]))
    for zone in get_global("zone_territories"):
        names = [(loc._data["time_zones"].get(zone, {}) or {}).get("city") or "" for loc in locales]
        out.append((names[0], names[1:]))
    return out


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, ...]]:
    """Each name (folded) with its names in the other languages, one word or hyphenated."""
    out: dict[str, dict[str, None]] = {}
    for term, eqs in _pairs():
        if not _NAME.fullmatch(term):
            continue
        names = [e for e in eqs if _NAME.fullmatch(e) and fold(e) != fold(term)]
        for form in (term, *names):
            out.setdefault(fold(form), {}).update(dict.fromkeys(n for n in (term, *names) if fold(n) != fold(form)))
    return {key: tuple(others) for key, others in out.items() if others}


def _same(one: str, other: str) -> bool:
    """Whether two one-word names are one place, or both a saint."""
    saints = {fold(s) for s in SAINT}
    return (
        fold(one) == fold(other)
        or fold(other) in map(fold, _names().get(fold(one), ()))
        or {
            fold(one),
            fold(other),
        }
        <= saints
    )


@lru_cache(maxsize=1)
def _parts() -> dict[str, tuple[str, ...]]:
    """A part of a hyphenated name with its other languages' part: the glossary's hyphenated names
    and their equivalents aligned, the one part left on each side once the same places are paired."""
    out: dict[str, dict[str, None]] = {}
    for form, others in _names().items():
        for other in others:
            mine, theirs = form.split("-"), other.split("-")
            left = [p for p in mine if not any(_same(p, q) for q in theirs)]
            right = [q for q in theirs if not any(_same(p, q) for p in mine)]
            if len(mine) > 1 and len(theirs) > 1 and len(left) == len(right) == 1:
                out.setdefault(fold(left[0]), {})[right[0]] = None
    return {key: tuple(others) for key, others in out.items()}


def other_names(word: str) -> tuple[str, ...]:
    """A capitalised name's names in the other languages ('Mons': 'Bergen'; 'Bruxelles-Midi':
    'Brussel-Zuid'; 'Gand-Saint-Pierre': 'Gent-Sint-Pieters' part by part); none for a word."""
    if not word[:1].isupper():
        return ()
    whole = _names().get(fold(word), ())
    parts = word.split("-")
    if len(parts) < 2:
        return whole
    saints = {fold(s) for s in SAINT}
    forms = [
        [p, *(SAINT if fold(p) in saints else _names().get(fold(p), ())), *_parts().get(fold(p), ())] for p in parts
    ]
    combined = ("-".join(c) for c in itertools.product(*[list(dict.fromkeys(f)) for f in forms]))
    return tuple(dict.fromkeys([*whole, *itertools.islice((c for c in combined if fold(c) != fold(word)), MOST)]))


def with_places(query: str) -> str:
    """The query with each capitalised name's names in the other languages as alternatives."""

    def widened(match: re.Match[str]) -> str:
        others = other_names(match.group(1).replace(" ", "-"))
        if not others:
            return match.group(0)
        either = " OR ".join('"' + " ".join(re.split(r"[-\s]+", other)) + '"' for other in others)
        return f"({match.group(0)} OR {either})"

    return _TERM.sub(widened, query)


def widened(conn: sqlite3.Connection, text: str, lang: str | None) -> str:
    """The user's words as the index's query: a Dutch head's compounds and a name's other languages."""
    text = _SAINT_APART.sub(r"\1-", text)  # 'St. Vith' as 'St-Vith': one name
    return with_places(with_compounds(conn, fts_query(text, lang, names=True), lang)) if text.strip() else ""
