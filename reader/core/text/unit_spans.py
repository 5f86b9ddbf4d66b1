"""A unit said once for two figures, and a duration said in a smaller unit: facts of how the three
languages write quantities, applied by numbers.extract to what it read.

'passe de 4,4 à 3,9 %', 'tussen 4 en 5 %', 'de 3 à 5 millions', 'from 3 to 5%': a range states its
unit or scale after its last end only, and it belongs to the first end too (a plain fact of Dutch,
French and English; the other version may well repeat it, 'van 4,4 % naar 3,9 %'). And a year is
twelve months, an hour sixty minutes: 'anderhalf jaar' is '18 mois', '24 maanden' 'deux ans'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.text.number_words import SCALES, canonical
from reader.core.text.quantity import Quantity

# The words opening a range and joining its ends; 'en'/'et'/'and' only after 'tussen'/'entre'/
# 'between' ('4 en 5 %' may be a count and a share), 'naar' only after 'van' ('van 4,4 naar 3,9 %').
_OPENED = re.compile(r"(?:\b(?:tussen|entre|between)\s{1,3}$)|(?:\b(?:van|de|d['’]|from)\s{0,3}$)", re.IGNORECASE)
_JOINS = {"tussen": "en", "entre": "et", "between": "and", "van": "tot|naar"}
_JOIN = "tot|à|to"  # after 'de', 'from' or no opener at all ('3 tot 5 miljoen')
_DASH = r"[-–]"
# The first end is written as the number a unit or a scale word takes: at most three digits before
# its decimals ('4,4', '300'), never a grouped figure that stands alone ('300.000 tot 5 miljoen').
_BARE = re.compile(r"\d{1,3}(?:[.,](?!\d{3}(?!\d))\d+)?|[^\W\d_]+")
_YEAR = re.compile(r"\s{1,3}(?:jaar|jaren|ans?|années?|years?)\b", re.IGNORECASE)
_HOUR = re.compile(r"\s{1,3}(?:uur|uren|heures?|hours?)\b", re.IGNORECASE)


def _opener(before: str) -> str:
    """The word opening the range just before its first end, '' for none."""
    found = _OPENED.search(before)
    return found.group(0).strip().lower() if found else ""


def joined(first: Quantity, then: Quantity, text: str) -> bool:
    between = text[first.start + len(first.text) : then.start]
    opener = _opener(text[max(0, first.start - 12) : first.start])
    joins = _JOINS.get(opener, _JOIN)
    return re.fullmatch(rf"\s*(?:{joins}|{_DASH})\s*", between, re.IGNORECASE) is not None


def unit_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """The first end of a range takes the unit of its last ('de 4,4 à 3,9 %' says 4,4 %)."""
    for i, (first, then) in enumerate(zip(found, found[1:], strict=False)):
        if first.kind != "number" or then.kind not in ("number", "percent") or not _BARE.fullmatch(first.text):
            continue
        if not joined(first, then, text):
            continue
        if then.kind == "percent":
            found[i] = replace(first, kind="percent")
            continue
        scale = SCALES.get(then.text.split()[-1].lower().rstrip(".")) if " " in then.text.strip() else None
        if scale is not None and first.value.replace(".", "", 1).isdigit():
            found[i] = replace(first, value=canonical(float(first.value) * scale))
    return found


# Between the figures of a list: a comma or the last conjunction, each figure perhaps after its
# preposition again ('de 32, de 30 et de 64 %'); 'respectively' before two of them makes them a list.
# (bounded runs of spaces: a pattern searched over a long run of them stays linear, faults/test_pattern_time)
_LIST_JOIN = re.compile(r"\s{0,3}(?:,|\s(?:en|et|and|ou|of|or))\s{0,3}(?:(?:de|d['’]|van|met|by)\s{1,3})?", re.I)
_RESPECTIVELY = re.compile(r"\b(?:respectivement|respectievelijk|respectively)\b", re.IGNORECASE)


def unit_lists(found: list[Quantity], text: str) -> list[Quantity]:
    """A list of figures states a percentage after its last only, and it is each one's ('ont chuté de
    32, de 30 et de 64 %' where the Dutch writes 'met 32%, 30% en 64%': a Brussels pair of a checks
    trial), as a range's first end takes its last's unit: a plain fact of the three languages. Three
    figures or more, or two said 'respectively' ('4 en 5 %' alone may be a count and a share)."""
    i = 0
    while i < len(found):
        j = i
        while (
            j + 1 < len(found)
            and found[j].kind == "number"
            and _BARE.fullmatch(found[j].text)
            and _LIST_JOIN.fullmatch(text[found[j].start + len(found[j].text) : found[j + 1].start])
        ):
            j += 1
        said = _RESPECTIVELY.search(text[max(0, found[i].start - 40) : found[i].start])
        if j > i and found[j].kind == "percent" and (j - i >= 2 or said):
            found[i:j] = [replace(q, kind="percent") for q in found[i:j]]
        i = max(j, i + 1)
    return found


_MONTHS = re.compile(r"\s{1,3}(?:maanden|mois|months)\b", re.IGNORECASE)


def durations(found: list[Quantity], text: str) -> list[Quantity]:
    """A part of a year or an hour ('anderhalf jaar', '1,5 uur') is also said in months or minutes,
    and whole years in months in years ('twaalf maanden' is 'un an': a trial's pair flagged it)."""
    for i, q in enumerate(found):
        if q.kind != "number" or q.also or not q.value.replace(".", "", 1).isdigit():
            continue
        after = q.start + len(q.text)
        if float(q.value).is_integer():
            months = int(float(q.value))
            if months and months % 12 == 0 and _MONTHS.match(text, after):
                found[i] = replace(q, also=str(months // 12))
            continue
        per = 12 if _YEAR.match(text, after) else 60 if _HOUR.match(text, after) else None
        if per is not None and (float(q.value) * per).is_integer():
            found[i] = replace(q, also=canonical(float(q.value) * per))
    return found


# A basis point is a hundredth of a percentage point ('25 basispunten' is '0,25 procentpunt', '0,25 point
# de pourcentage'): a plain fact of the three languages' finance (trial F, F5: flagged 'numbers differ').
# French abbreviates it 'pb', Dutch and English 'bp' / 'bps'.
_BASIS_POINTS = re.compile(
    r"\s{0,3}(?:basispunt(?:en)?|points?\s{1,3}de\s{1,3}base|basis\s{1,3}points?|bps?|pb)\b", re.IGNORECASE
)


def basis_points(found: list[Quantity], text: str) -> list[Quantity]:
    """A figure of basis points is read as that hundredth in percentage points (so that 25 of them
    is no '25 points de pourcentage')."""
    for i, q in enumerate(found):
        number = q.kind == "number" and q.value.replace(".", "", 1).isdigit()
        if number and _BASIS_POINTS.match(text, q.start + len(q.text)):
            found[i] = replace(q, value=canonical(float(q.value) / 100))
    return found


# An anniversary is counted in years or ranked: 'ses deux cents ans' is 'zijn tweehonderdste
# verjaardag', 'its 50th anniversary' 'zijn vijftig jaar' (a plain fact of the three languages:
# the Nth anniversary comes N years on). A rank before the word reads as that count (trial U: a
# number word against a rank word, both 200, was a number flag).
_ANNIVERSARY = re.compile(
    r"\s{1,3}(?:verjaardag|verjaring|jubileum|anniversaire|jubilé|anniversary|birthday|jubilee)\b", re.IGNORECASE
)


def anniversaries(found: list[Quantity], text: str) -> list[Quantity]:
    """An ordinal right before the word for an anniversary is the number of years it counts."""
    return [
        replace(q, kind="number") if q.kind == "ordinal" and _ANNIVERSARY.match(text, q.start + len(q.text)) else q
        for q in found
    ]


# A half or a quarter of an hour: a span each language names its own way, in one word or two
# ('kwartier', 'halfuurdienst', 'un quart d'heure', 'à la demi-heure', 'half an hour'), a plain fact
# of the three; read, the French fraction stood alone against a Dutch compound (a checks trial). Soft:
# each covers the other, never reported.
_HOUR_AFTER = re.compile(r"(?<!\s)\s*+(?:d['’]\s*heures?|(?:an\s+)?hours?|uur)\b", re.IGNORECASE)  # linear
_HOUR_IN = re.compile(r"heure|uur|hour", re.IGNORECASE)


def hour_parts(found: list[Quantity], text: str) -> list[Quantity]:
    """A quarter, three quarters or a half of an hour is soft: it covers the other side's word for it."""
    out = []
    for q in found:
        part = q.kind in ("fraction", "number") and q.value in ("1/4", "3/4", "0.5", "1/2") and not q.soft
        if part and (_HOUR_IN.search(q.text) or _HOUR_AFTER.match(text, q.start + len(q.text))):
            q = replace(q, soft=True)
        out.append(q)
    return out
