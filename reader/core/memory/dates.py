"""A date in a fuzzy match is one placeable, as CAT tools (Trados, memoQ) treat it: carried over whole
(day, month word, year, written the target's way) or not at all. Carried figure by figure, 'op 2 april
2026' against a match 'le 13 mai 2024' gave 'le 2 mai 2026': the day and year replaced, the month kept
(trial D, F2). Month words are CLDR's (number_words.MONTHS); French writes the first of a month '1er'
(a plain fact of the language: 'le 1er avril')."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reader.core.text.number_words import LOCALES, MONTHS

MASK = "\x01"  # a date's place while the figures are carried: no digit, no word
_DATE = re.compile(r"(?<![\d.,])(\d{1,2})(er)?[ \u00a0]+([^\W\d_]{3,})(?:\.?[ \u00a0]+(\d{4}))?(?!\d)")


@dataclass(frozen=True)
class Date:
    start: int
    end: int
    day: int
    month: int
    year: str  # '' when the date has none
    word: str  # the month as written


def dates_in(text: str) -> list[Date]:
    """The day-month(-year) dates of a text whose middle word is a month's name."""
    out = []
    for m in _DATE.finditer(text):
        month = MONTHS.get(m.group(3).lower())
        if month is not None and 1 <= int(m.group(1)) <= 31:
            out.append(Date(m.start(), m.end(), int(m.group(1)), month, m.group(4) or "", m.group(3)))
    return out


@lru_cache(maxsize=8)
def _wide(lang: str) -> dict[int, str]:
    from babel.dates import get_month_names

    return {int(n): str(name) for n, name in get_month_names("wide", "format", locale=LOCALES[lang]).items()}


def _written(new: Date, model: Date) -> str:
    """`new` the way `model` is written: in its language (the one whose month names hold its word),
    its capital, its year or none."""
    lang = next((code for code in LOCALES if model.word.lower() in (n.lower() for n in _wide(code).values())), "")
    word = _wide(lang)[new.month] if lang else model.word
    word = word[:1].upper() + word[1:] if model.word[:1].isupper() else word
    day = "1er" if lang == "fr" and new.day == 1 else str(new.day)
    return f"{day} {word}" + (f" {new.year}" if model.year and new.year else "")


@dataclass(frozen=True)
class Masked:
    new_source: str
    old_source: str
    old_target: str
    dates: list[str]  # the target's dates as they are to read, in order of their masks
    changed: int


def masked_dates(new_source: str, old_source: str, old_target: str) -> Masked | None:
    """The three texts with their dates masked, and the target's dates as the new sentence has them;
    None when the dates do not pair one to one in order (a date written in figures, one more or less),
    or a new date has a year its old one lacks: better the rendering as it was than a date in part."""
    new, old, target = dates_in(new_source), dates_in(old_source), dates_in(old_target)
    if not (new or old or target):
        return Masked(new_source, old_source, old_target, [], 0)
    if not len(new) == len(old) == len(target):
        return None
    written: list[str] = []
    changed = 0
    for a, b, t in zip(new, old, target, strict=True):
        if (b.day, b.month, b.year) != (t.day, t.month, t.year if b.year and t.year else b.year):
            return None  # the target does not render this date
        if (a.day, a.month, a.year) == (b.day, b.month, b.year):
            written.append(old_target[t.start : t.end])
            continue
        if bool(a.year) != bool(b.year):
            return None
        written.append(_written(a, t))
        changed += 1
    return Masked(_mask(new_source, new), _mask(old_source, old), _mask(old_target, target), written, changed)


def _mask(text: str, dates: list[Date]) -> str:
    for date in reversed(dates):
        text = text[: date.start] + MASK + text[date.end :]
    return text


def unmask(text: str, dates: list[str]) -> str:
    parts = text.split(MASK)
    return "".join(part + (dates[n] if n < len(dates) else "") for n, part in enumerate(parts))


DATE_LOOK = "a date carried over: check it"


def date_changed(before: str, after: str) -> bool:
    """Whether carrying changed a date of the rendering: the suggestion says so."""
    return [(d.day, d.month, d.year) for d in dates_in(before)] != [(d.day, d.month, d.year) for d in dates_in(after)]


Carry = Callable[[str, str, str], "tuple[str, int] | None"]


def with_dates(new_source: str, old_source: str, old_target: str, figures: Carry) -> tuple[str, int] | None:
    """The stored rendering with the new sentence's dates and then its other `figures` carried over
    (the dates masked meanwhile), and how many changed; None when either does not pair up."""
    dates = masked_dates(new_source, old_source, old_target)
    carried = None if dates is None else figures(dates.new_source, dates.old_source, dates.old_target)
    if dates is None or carried is None:
        return None
    return unmask(carried[0], dates.dates), carried[1] + dates.changed
