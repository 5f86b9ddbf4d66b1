"""Years a side says in words: 'Cette année' in a release of 2024 says 2024.

The numbers check compares quantities over a whole block; a year one side writes in figures and the
other in words ('In 2024' / 'Cette année') is there on both sides, so it is not reported missing.
"""

from __future__ import annotations

import re

from reader.core.text import numbers

_RELATIVE_YEARS = {
    "nl": {
        0: r"dit jaar|het huidige jaar",
        -1: r"vorig jaar|verleden jaar|vorige jaar",
        1: r"volgend jaar|volgende jaar",
    },
    "fr": {
        0: r"cette année|l'année en cours",
        -1: r"l'an dernier|l'année dernière|l'an passé|l'année passée",
        1: r"l'an prochain|l'année prochaine",
    },
    "en": {0: r"this year", -1: r"last year", 1: r"next year"},
}


def implied_years(pool: list[numbers.Quantity], other: str, lang: str, year: int) -> list[numbers.Quantity]:
    """A year the other side says in words ('In 2024' / 'Cette année', in a release of 2024) is
    there: only years the other side does not say at all stay unmatched."""
    kept = list(pool)
    for offset, phrases in _RELATIVE_YEARS.get(lang, {}).items():
        if re.search(rf"(?<!\w)(?:{phrases})(?!\w)", other, re.IGNORECASE):
            said = next((q for q in kept if q.kind == "number" and q.value == str(year + offset)), None)
            if said is not None:
                kept.remove(said)
    return kept


def own_dates(pool: list[numbers.Quantity], dates: set[str]) -> list[numbers.Quantity]:
    """The release's own date said again on one side ('26.10.2019' over the text, the page's
    stamp): both versions carry it in their date lines, so it is no figure the other lost (seen on
    real dev pages of two releases of one Brussels office; a plain fact of dated releases)."""
    return [q for q in pool if not (q.kind == "date" and q.value in dates)]
