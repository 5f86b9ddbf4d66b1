"""A quantity read from a text, and when two of them are the same figure in the two languages.

`numbers.extract` reads the quantities; `unmatched` says which of one side's have no counterpart on
the other, with the facts of the languages that make two written forms one figure (a rank written
as a number after its noun, a share as a percentage or a fraction, a day with or without its year).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Literal

__all__ = ["Quantity", "hour_ranges", "signed", "unmatched"]


@dataclass(frozen=True)
class Quantity:
    kind: str  # number | percent | ordinal | date | weekday | time | phone | code | label | postcode
    value: str
    text: str
    start: int
    soft: bool = False
    # the same figure in a smaller unit, which the other language may say instead: 'anderhalf jaar'
    # is '18 mois', 'een halfuur' is '30 minutes' (twelve months a year, sixty minutes an hour)
    also: str = ""
    # a sign written before the figure ('-0,4 %', '+1.208'): a table's change column, a fall or a rise
    sign: str = ""
    # the quantity a figure with an SI unit states, in the unit's base: '85 mg' is '0.085 g' (measures.py)
    measure: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.measure or self.value)

    @property
    def code(self) -> Literal["date", "number"]:
        return "date" if self.kind in ("date", "weekday", "time") else "number"


def _share(q: Quantity) -> float | None:
    """A percentage or a fraction as a share of one: '50 %' and 'la moitié' are both 0.5."""
    if q.kind == "percent":
        return float(q.value) / 100
    if q.kind == "fraction":
        top, bottom = q.value.split("/")
        return int(top) / int(bottom)
    return None


def compatible(a: Quantity, b: Quantity) -> bool:
    """The same figure, however each side writes it ('50 %' and 'la moitié', 'artikel 1' and '1er')."""
    if {a.kind, b.kind} == {"percent", "fraction"}:
        share_a, share_b = _share(a), _share(b)
        return share_a is not None and share_b is not None and abs(share_a - share_b) < 0.005
    if {a.kind, b.kind} == {"ordinal", "number"}:
        # 'article 1er' is 'artikel 1', 'le 1er juillet' is '1 juli', 'jaar 3' is 'la troisième année':
        # a rank is written as a number after its noun or as an ordinal before it, in both languages.
        # A number word against an ordinal word ('twee' / 'deuxième') stays two facts.
        return a.value == b.value and any(q.text[:1].isdigit() for q in (a, b))
    if {a.kind, b.kind} == {"time", "number"}:
        # 'boven de drie uur' is 'dépassait 3 heures': a whole hour with its word is a time of day
        # and as often a duration, the number of hours (a new user's trial)
        time, number = (a, b) if a.kind == "time" else (b, a)
        said = number.value.isdigit() and time.value == f"{int(number.value):02d}:00"
        return said and HOURS.fullmatch(time.text) is not None
    if {a.kind, b.kind} == {"postcode", "number"}:
        # '1030 Schaerbeek' with no house number before it is read as a bare number: the same code
        return a.value == b.value
    if {a.kind, b.kind} == {"times", "number"}:
        # '19 keer informatie doorgeven' is '19 bulletins transmis': how often, said as a count
        return a.value == b.value
    if a.kind != b.kind:
        return False
    if a.measure and b.measure and a.measure.split(" ")[1] == b.measure.split(" ")[1]:
        return a.measure == b.measure  # '0,25 kg' is '250 g', '85 µg' is no '85 mg'
    if a.kind != "date":
        return a.value == b.value or b.value == (a.also or None) or a.value == (b.also or None)
    # A date without a year matches the same day with one ('5 december' = '5 décembre 2018').
    ya, ma = a.value[:4], a.value[5:]
    yb, mb = b.value[:4], b.value[5:]
    return ma == mb and (ya == yb or "----" in (ya, yb))


def _agree(a: Quantity, b: Quantity) -> bool:
    """Compatible, and not written with opposite signs: '+0,4 %' against '-0,4 %' is a rise said as
    a fall. A sign on one side only may be said in words on the other ('een daling van 0,4 %')."""
    return compatible(a, b) and not (a.sign and b.sign and a.sign != b.sign)


_SIGN = re.compile(r"(?:^|(?<=[\s(\[|/]))[-−+–]$")


def signed(found: list[Quantity], text: str) -> list[Quantity]:
    """Each figure with the sign written right before it: '-3,3%', '(−1.208)', '| +0,5 |'. A dash
    after a word or a figure ('2020-2021', 'B-2') joins, and one set apart by a space is punctuation."""
    out = []
    for q in found:
        mark = _SIGN.search(text[max(0, q.start - 2) : q.start]) if q.kind in ("number", "percent") else None
        if mark is not None and q.text[:1].isdigit():
            sign = "+" if mark.group(0) == "+" else "-"  # the sign said with its figure in a flag: «-0,4 %»
            q = Quantity(q.kind, q.value, mark.group(0) + q.text, q.start - 1, q.soft, q.also, sign)
        out.append(q)
    return out


def _ranked(q: Quantity) -> bool:
    """A soft rank above the first ('premier', 'eerst' are as often a manner of speaking)."""
    return q.soft and q.kind == "ordinal" and q.value not in ("0", "1")


def unmatched(source: list[Quantity], target: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Hard quantities on each side with no counterpart on the other (soft ones may cover)."""
    remaining = list(target)
    missing: list[Quantity] = []
    for item in sorted(source, key=lambda q: q.soft):
        # the same value first: 'anderhalf jaar' (also 18 months) leaves '18 personnes' to '18 mensen'
        # a hard one first: a soft 'Midi' ('la tour du Midi') took '12 uur' and left '12 h' unmatched
        by_hardness = sorted(remaining, key=lambda t: t.soft)
        match = next((t for t in by_hardness if t.key == item.key and _agree(item, t)), None)
        match = match or next((t for t in by_hardness if _agree(item, t)), None)
        if match is not None:
            remaining.remove(match)
        elif not item.soft or _ranked(item):
            missing.append(item)
    extra = [t for t in remaining if not t.soft or _ranked(t)]
    # An ordinal is a number (a plain fact of the three languages): a rank after an indefinite article
    # ('a third instalment') is soft, as it may be said without one ('une nouvelle tranche'), but one
    # left against a rank the other side gives and this one lacks was changed (trial B: 'a third
    # instalment' / 'une quatrième tranche' passed, both soft); alone, it stays unreported
    if not any(q.kind == "ordinal" for q in extra):
        missing = [q for q in missing if not _ranked(q)]
    if not any(q.kind == "ordinal" for q in missing):
        extra = [t for t in extra if not _ranked(t)]
    # A value said again on the side that has it ('six étapes (1 à 6)', '3 ... drie'): restated, not
    # a figure of its own; a value the other side lacks altogether is still missing.
    # Figures only: a date's day without its year matches any year, too loose to call a restatement.
    # Unless the other side gives, in its place, a figure of its kind this side lacks: a table's '+0,3 %'
    # repeated in two cells, one written '+0,8 %', is a substitution (trial Q; real quarterly GDP pages
    # repeat their small percentages, lalibre.be 2021-08-30, trends.levif.be).
    again = [q for q in missing if q.code == "number" and any(_agree(q, t) for t in target)]
    again_t = [t for t in extra if t.code == "number" and any(_agree(q, t) for q in source)]
    new_s, new_t = [q for q in missing if q not in again], [t for t in extra if t not in again_t]
    missing = [q for q in missing if q not in again or any(t.kind == q.kind for t in new_t)]
    extra = [t for t in extra if t not in again_t or any(q.kind == t.kind for q in new_s)]
    # 'N op de M' = 'N des M' = 'N sur M': a ratio one side reads as such, the other as its two numbers.
    for side, other in ((missing, extra), (extra, missing)):
        for q in [q for q in side if q.kind == "fraction"]:
            top, bottom = q.value.split("/")
            a = next((o for o in other if o.kind == "number" and o.value == top), None)
            b = next((o for o in other if o.kind == "number" and o.value == bottom and o is not a), None)
            if a is not None and b is not None:
                side.remove(q)
                other.remove(a)
                other.remove(b)
    # A weekday only matters when both sides name one; so does a telephone number: one version's
    # contact block left by the page it was copied from is no figure lost, a number dialled
    # otherwise is (a trial: '… 64 09' against '… 64 90' passed, phones being read as nothing).
    # An identifier ('lot 24B1379') likewise: one side may leave it out, neither may write it otherwise;
    # and a postcode ('Molenstraat 8 à Alost' leaves '9300' out; '1035' for '1030' is an error: trial T).
    for kind in ("weekday", "phone", "code", "postcode"):
        if not any(q.kind == kind for q in target):
            missing = [q for q in missing if q.kind != kind or _kin(q, target)]
        if not any(q.kind == kind for q in source):
            extra = [q for q in extra if q.kind != kind or _kin(q, source)]
    # A road's or a train's label ('N4') only against one of its letters ('N5'), not another ('A10' is
    # the 'E40', 'T3' the 'Q3'), nor a name the other side says in words ('CO2', 'koolstofdioxide').
    missing = [q for q in missing if q.kind != "label" or _kin(q, target)]
    extra = [q for q in extra if q.kind != "label" or _kin(q, source)]
    return missing, extra


def family(q: Quantity) -> str:
    """The capitals a label or a code opens with: 'E' for 'E40' and 'E313', 'IC' for 'IC12'."""
    if q.kind not in ("label", "code"):
        return ""
    return q.value[: len(q.value) - len(q.value.lstrip(string.ascii_uppercase))]


def _kin(q: Quantity, other: list[Quantity]) -> bool:
    """A label or code of the same letters on the other side ('N5' for 'N4', 'E313' for 'E40')."""
    return family(q) != "" and any(family(o) == family(q) for o in other)


# a whole hour said with the word for hours ('3 heures', '10 uur'), no minutes: a time or a duration
HOURS = re.compile(r"\d{1,2}\s?(?:uur|uren|heures?|hours?)", re.IGNORECASE)


# 'van 8 tot 17 uur', 'de 9 à 12 heures', 'tussen 8 en 10 uur': the unit closing a range of hours
# stands for both its ends (a plain fact of the three languages), so the first is a time too, as
# '8h' is in 'de 8h à 17h'. So for a list ('om 15, 16 en 17 uur' is 'à 15h, 16h et 17h'), and an
# English 'p.m.' after the last end is the first's too when it can be ('between 8 and 11 p.m.' is
# 'tussen 20 uur en 23 uur', 'from 10 to 1 p.m.' starts at 10:00): plain facts of Dutch and English
# (trials S and T: each hour but the last was read as a bare number and flagged).
_RANGE_JOIN = re.compile(r"\s*(?:tot|en|à|a|et|to|and|-|–|—)\s*", re.IGNORECASE)
_AND = re.compile(r"(?<!\s)\s*(?:en|et|and|of|ou|or)\s*", re.IGNORECASE)
_COMMA = re.compile(r"\s{0,3},\s{0,3}")
_PM = re.compile(r"p\.?\s?m\b", re.IGNORECASE)


def _as_hour(first: Quantity, then: Quantity) -> Quantity | None:
    """A bare figure before a time, read as the hour it names with that time's unit, if it can be one."""
    hour, _, minutes = first.text.replace(",", ".").partition(".")
    if not hour.isdigit() or int(hour) > 24 or (minutes and (len(minutes) != 2 or int(minutes) >= 60)):
        return None
    last = int(then.value[:2]) if then.value[:2].isdigit() else 0
    pm = _PM.search(then.text) is not None and int(hour) < 12 and int(hour) + 12 <= last
    return Quantity("time", f"{int(hour) + 12 * pm:02d}:{minutes or '00'}", first.text, first.start)


def _gap(text: str, a: Quantity, b: Quantity) -> str:
    return text[a.start + len(a.text) : b.start]


def hour_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    read = list(found)  # each end against the time as read, not one this made of a bare figure
    for i in range(len(found) - 2, -1, -1):
        first, then = read[i], read[i + 1]
        if first.kind != "number" or then.kind != "time" or first.soft:
            continue
        if not _RANGE_JOIN.fullmatch(_gap(text, first, then)) or (hour := _as_hour(first, then)) is None:
            continue
        found[i] = hour
        if not _AND.fullmatch(_gap(text, first, then)):
            continue
        # a list's items before its last two, each after a comma
        k = i - 1
        while (
            k >= 0
            and found[k].kind == "number"
            and not found[k].soft
            and _COMMA.fullmatch(_gap(text, found[k], found[k + 1]))
        ):
            if (item := _as_hour(found[k], then)) is None:
                break
            found[k] = item
            k -= 1
    return found
