"""Years a side says in words: 'Cette année' in a release of 2024 says 2024.

The numbers check compares quantities over a whole block; a year one side writes in figures and the
other in words ('In 2024' / 'Cette année') is there on both sides, so it is not reported missing.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.text import numbers
from reader.core.text.number_words import MONTHS

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


def _says(text: str, lang: str, offset: int) -> int:
    phrases = _RELATIVE_YEARS.get(lang, {}).get(offset)
    return len(re.findall(rf"(?<!\w)(?:{phrases})(?!\w)", text.replace("’", "'"), re.IGNORECASE)) if phrases else 0


def implied_years(
    pool: list[numbers.Quantity], other: str, lang: str, year: int, own: tuple[str, str] = ("", "")
) -> list[numbers.Quantity]:
    """A year the other side says in words ('In 2024' / 'Cette année', in a release of 2024) is
    there, and so is a month of it ('octobre 2019' / 'oktober van dit jaar', 'juli 2022' / 'juillet
    de l'année dernière' in a release of 2023: two new users' real pairs of two issuers): only years
    the other side does not say at all stay unmatched.

    A phrase the pool's own side (`own`: its text and language) says as often renders that one, not
    the figure: trial F's 'dit jaar' / 'cette année' in one paragraph took the place of 'aanslagjaar
    2026', whose French '2025' was then the flag's only word ('«2025» not in the source', F8)."""
    kept = list(pool)
    for offset in _RELATIVE_YEARS.get(lang, {}):
        if _says(other, lang, offset) > _says(own[0], own[1], offset):
            said = next((q for q in kept if q.kind == "number" and q.value == str(year + offset)), None)
            if said is not None:
                kept.remove(said)
            if not any(q.kind == "date" and len(q.value) == 7 for q in kept):
                continue
            words = set(re.findall(r"[^\W\d_]+", other.lower()))
            months = {number for name, number in MONTHS.items() if name in words}
            kept = [
                q
                for q in kept
                if not (
                    q.kind == "date"
                    and len(q.value) == 7
                    and q.value[:4] == str(year + offset)
                    and int(q.value[5:]) in months
                )
            ]
    return kept


def own_dates(pool: list[numbers.Quantity], dates: set[str]) -> list[numbers.Quantity]:
    """The release's own date said again on one side ('26.10.2019' over the text, the page's
    stamp): both versions carry it in their date lines, so it is no figure the other lost (seen on
    real dev pages of two releases of one Brussels office; a plain fact of dated releases)."""
    return [q for q in pool if not (q.kind == "date" and q.value in dates)]


# A law, decree or order cited by its date ('la loi du 15 décembre 1980', 'de wet van 8 augustus
# 1983', 'het koninklijk besluit van 3 mei 2024'): Belgian texts name acts so, and the other
# version may name the same act by its title ('de vreemdelingenwet'). Facts of Belgian legal usage.
_ACT = re.compile(
    r"(?:\b(?:loi|wet|arrêté(?: royal| ministériel)?|besluit|koninklijk besluit|ministerieel besluit|décret|"
    r"decreet|ordonnance|ordonnantie|ar|kb|mb|am)\s+(?:du|van|d'|de)\s*)$",
    re.IGNORECASE,
)


def cited_acts(pool: list[numbers.Quantity], text: str, other: list[numbers.Quantity]) -> list[numbers.Quantity]:
    """Without the dates that name an act, when the other side gives no date at all there: the act
    is named another way, not dated otherwise (seen on a real dev pair: 2018-cgvs-asielstatistieken-april)."""
    if any(q.kind == "date" for q in other):
        return pool
    return [q for q in pool if not (q.kind == "date" and _ACT.search(text[max(0, q.start - 40) : q.start]))]


def said_again(source: list[numbers.Quantity], target: list[numbers.Quantity]) -> set[str]:
    """The full dates both versions state, one of them more often ('signé le 3 mai 2016' in the
    lead and again below, once in the other version): the same day of the same event, which one
    version repeats and the other says once. No block of either lost it, whichever block holds it."""
    days = re.compile(r"\d{4}-\d\d-\d\d")
    counts = [
        Counter(q.value for q in side if q.kind == "date" and days.fullmatch(q.value)) for side in (source, target)
    ]
    return {day for day, n in counts[0].items() if counts[1][day] and counts[1][day] != n}


def short_years(
    missing: list[numbers.Quantity], extra: list[numbers.Quantity]
) -> tuple[list[numbers.Quantity], list[numbers.Quantity]]:
    """'de oorlogsjaren 40-45' / 'entre 1940 et 1945': a year written with its last two digits (a
    plain fact of both languages' writing; 'jaren '70' is read as a decade already) is the year the
    other side writes whole, when neither has its counterpart otherwise."""
    missing, extra = list(missing), list(extra)
    for pool, other in ((missing, extra), (extra, missing)):
        for short in [q for q in pool if q.kind == "number" and re.fullmatch(r"\d\d", q.value)]:
            whole = next(
                (
                    q
                    for q in other
                    if q.kind == "number" and re.fullmatch(r"(?:19|20)\d\d", q.value) and q.value[2:] == short.value
                ),
                None,
            )
            if whole is not None:
                pool.remove(short)
                other.remove(whole)
    return missing, extra
