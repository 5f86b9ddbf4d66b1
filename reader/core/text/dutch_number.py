"""A Dutch noun's other number when its stem changes: 'energieprijs' and 'energieprijzen' find each other.

A search matches a word by its start (fts.py), which finds a plural that only adds to its singular
('hervorming', 'hervormingen') but not one whose stem changes: trial H's 'energieprijs' found 22 of
63 releases, the rest saying 'energieprijzen', and 'asielaanvraag' none saying 'asielaanvragen'.
Plain facts of Dutch spelling (the Woordenlijst's rules for the plural in -en):

- s and f at a word's end are z and v before -en after a long vowel ('prijs', 'prijzen'; 'brief',
  'brieven'; 'baas', 'bazen');
- a long vowel a, e, o, u is written double in a closed syllable and once in an open one
  ('aanvraag', 'aanvragen'; 'zaak', 'zaken'; 'persoon', 'personen');
- a short vowel's consonant is written double before -en ('zak', 'zakken'), which the start of the
  word finds one way already.

Spelling alone cannot tell 'bedrag'/'bedragen' from 'aanvraag'/'aanvragen': both singulars are
tried, each as the exact word, so a form no text has matches nothing. -en also ends a verb's
infinitive ('geven', 'maken'): a singular is only sought for words of PLURAL_FROM letters and more,
a plural for words of SINGULAR_FROM, so short words ('waar': 'waren') stay as typed.
"""

from __future__ import annotations

import re

from reader.core.text.fold import search_fold

SINGULAR_FROM = 5  # 'prijs', 'brief'; not 'jaar', 'waar', 'maar'
PLURAL_FROM = 7  # 'prijzen', 'brieven'; not 'zaken', 'maken', 'geven', 'waren'
_C = "bcdfghjklmnpqrstvwxz"
_SOFT = {"s": "z", "f": "v"}
_HARD = {"z": "s", "v": "f"}
# a long vowel written double before one consonant, the vowel before it no vowel ('aanvraag', not 'eeuw')
_DOUBLE_CLOSED = re.compile(rf"(?<![aeiou])([aeou])\1([{_C}])$")
# a diphthong or a long vowel written with two letters before s or f ('prijs', 'brief', 'huis')
_DIPHTHONG_SF = re.compile(r"(?:ij|ei|ui|ie|ou|au|eu|oe)[sf]$")
# one vowel a, e, o, u between consonants before the last consonant: an open syllable before -en
_SINGLE_OPEN = re.compile(rf"(?<=[{_C}])([aeou])([{_C}])$")
_TERM = re.compile(r'"(\w+)"\*?')  # a bare word as fts_query writes it


def other_number(word: str) -> list[str]:
    """The singulars of a plural in -en, or the plural of a singular, whose stem differs from the
    word's: at most two, none for a word too short or not of letters alone."""
    word = search_fold(word)
    if not word.isascii() or not word.isalpha():
        return []
    found: list[str] = []
    if len(word) >= PLURAL_FROM and word.endswith("en"):
        found += _singulars(word[:-2])
    if len(word) >= SINGULAR_FROM and not word.endswith("en"):
        found += _plural(word)
    return [form for form in dict.fromkeys(found) if form != word][:2]


def _singulars(stem: str) -> list[str]:
    if stem[-1] in _HARD:  # 'prijz' is 'prijs', 'baz' 'baas' (z and v follow a long vowel)
        closed = stem[:-1] + _HARD[stem[-1]]
        single = _SINGLE_OPEN.search(closed)
        return [closed[:-2] + single.group(1) * 2 + closed[-1]] if single else [closed]
    if stem[-1] in _C and stem[-1] == stem[-2]:  # 'zakk': 'zak'
        return [stem[:-1]]
    single = _SINGLE_OPEN.search(stem)
    return [stem, stem[:-2] + single.group(1) * 2 + stem[-1]] if single else [stem]


def _plural(word: str) -> list[str]:
    double = _DOUBLE_CLOSED.search(word)
    if double:  # 'aanvraag': 'aanvragen', 'baas': 'bazen'
        return [word[:-3] + double.group(1) + _SOFT.get(word[-1], word[-1]) + "en"]
    if _DIPHTHONG_SF.search(word):  # 'prijs': 'prijzen', 'brief': 'brieven'
        return [word[:-1] + _SOFT[word[-1]] + "en"]
    return []


def with_other_number(term: str, within: str = "{title_nl body_nl} : ") -> str:
    """An fts_query term of one bare word with its other number as an alternative, in the Dutch
    texts only (a French 'européen' is no plural of 'europe'): `within` the library index's Dutch
    columns, or '' where the caller filters its table's column itself (the memory's concordance)."""
    bare = _TERM.fullmatch(term)
    forms = other_number(bare.group(1)) if bare else []
    if not forms:
        return term
    either = " OR ".join(f'"{form}"' for form in forms)
    return f"({term} OR {within}({either}))"
