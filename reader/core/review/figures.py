"""What the checks say of a pair's figures: one side's figure the other lacks, a weekday the
calendar denies, and a figure both give, as a floor in one and a ceiling in the other ('meer dan 2
miljard' against 'près de 2 milliards', 'more than half' against 'at most half'), which the
number check, seeing the same figure on both sides, leaves alone.

The bound words are plain facts of the three languages. Only opposite bounds are flagged: a bound
one side gives and the other leaves out ('ongeveer 175' / '175') is how translators often write,
and an estimate against a bound ('environ' / 'maximum') is a shade, not a contradiction.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from reader.core.review import thresholds as limit
from reader.core.review.dates import wrong_weekdays
from reader.core.review.direction import direction, moves, points_after
from reader.core.review.findings import Finding, FlagCode
from reader.core.review.order import quantities_said
from reader.core.text import numbers
from reader.core.text.quantity import HOURS, Quantity, compatible

_ARTICLE = r"(?:\s+(?:de|het|la|le|les|l['’]|the))?"
# 'niet meer dan' / 'pas plus de' (no more than) is a ceiling; 'niet minder dan' / 'pas moins de'
# (no fewer than) stresses the figure, as 'maar liefst' does: neither floor nor ceiling.
_BOUNDS = {
    "floor": {
        "nl": r"(?<!niet )(?:meer dan)|ruim|minstens|minimaal|ten minste|tenminste",
        "fr": r"(?<!pas )(?:plus d['’]|plus de)|au moins|au minimum|au-delà de|supérieure? à",
        "en": r"(?<!no )(?:more than)|over|at least|upwards of",
    },
    "ceiling": {
        "nl": r"bijna|nagenoeg|maximaal|maximum|hoogstens|ten hoogste|(?<!niet )minder dan|niet meer dan|amper",
        "fr": r"près de|presque|quasi|jusqu['’]à|au maximum|au plus|(?<!pas )moins de|pas plus de|à peine",
        "en": r"almost|nearly|up to|at most|(?<!no )less than|no more than|barely",
    },
}


@lru_cache(maxsize=16)
def _before(kind: str, lang: str) -> re.Pattern[str]:
    words = _BOUNDS[kind].get(lang, "$^")
    return re.compile(rf"(?<![\w-])(?:{words}){_ARTICLE}\s*$", re.IGNORECASE)


def bound(text: str, quantity: Quantity, lang: str) -> str | None:
    """'floor', 'ceiling' or None: what the words just before the figure make of it."""
    before = text[max(0, quantity.start - 40) : quantity.start]
    return next((kind for kind in _BOUNDS if _before(kind, lang).search(before)), None)


def opposite_bounds(
    source: str, target: str, s_items: list[Quantity], t_items: list[Quantity], src: str, tgt: str
) -> str | None:
    """The message for the figures given as a floor on one side and a ceiling on the other."""
    said: list[str] = []
    moved: list[str] = []
    for s_q in s_items:
        if s_q.kind in ("date", "weekday", "time"):
            continue
        s_bound = bound(source, s_q, src)
        s_way = direction(source, s_q, src) if moves(source, s_q, src) else None
        for t_q in (q for q in t_items if compatible(s_q, q)):
            t_bound = bound(target, t_q, tgt)
            if s_bound is not None and t_bound is not None and t_bound != s_bound:
                said.append(f"«{s_q.text}» is a {s_bound} in the source, a {t_bound} in the target")
                break
            t_way = direction(target, t_q, tgt) if s_way is not None else None
            if t_way is not None and t_way != s_way:
                shown = source[s_q.start : s_q.start + len(s_q.text) + points_after(source, s_q, src)]
                moved.append(f"«{shown}» is a {s_way} in the source, a {t_way} in the target")
                break
    parts = [*(["the figures' bounds differ: " + "; ".join(said)] if said else [])]
    parts += ["the change goes the other way: " + "; ".join(moved)] if moved else []
    return "; ".join(parts) if parts else None


def quantity_findings(
    s_items: list[numbers.Quantity],
    t_items: list[numbers.Quantity],
    missing: list[numbers.Quantity],
    extra: list[numbers.Quantity],
) -> list[Finding]:
    """Findings for this sentence pair, consuming the block-level leftovers that it holds and its
    counterpart lacks (a number the pair itself matches is not the one that went missing)."""
    by_code: dict[FlagCode, list[tuple[str, str, tuple[str, str]]]] = {}
    s_items, t_items = numbers.unmatched(s_items, t_items)
    for items, pool, where in ((s_items, missing, "not in the target"), (t_items, extra, "not in the source")):
        for item in items:
            match = next((q for q in pool if q.key == item.key), None)
            if match is not None:  # a soft one left is a rank against another (text/quantity.py)
                pool.remove(match)
                shown = re.sub(r"(?<=[^\W\d]{4})\.$", "", item.text)  # '19 augustus.' ends a sentence
                by_code.setdefault(item.code, []).append((shown, where, item.key))
    _hours_as_numbers(by_code)
    return [_quantity_finding(code, parts) for code, parts in by_code.items()]


def _hours_as_numbers(by_code: dict[FlagCode, list[tuple[str, str, tuple[str, str]]]]) -> None:
    """A whole hour with its word ('4 heures') against a number the other side gives instead ('vier
    uur', 'drie uur'): a count of hours, so one number flag names both sides (a new user's trial had
    a number flag and a date flag), unless a time on the other side is what it differs from."""
    dates, figures = by_code.get("date", []), by_code.get("number", [])
    for part in [p for p in dates if p[2][0] == "time" and p[2][1].endswith(":00") and HOURS.fullmatch(p[0])]:
        opposite = [where for _, where, _ in dates if where != part[1]]
        if not opposite and any(where != part[1] for _, where, _ in figures):
            dates.remove(part)
            figures.append(part)
    if "date" in by_code and not dates:
        del by_code["date"]


# 'two' and 'half' in words have many renderings that state no number: 'both', 'a pair', 'double',
# 'mixed feelings' for 'twee gevoelens', 'dupliquer' for 'door twee personen', 'premier semestre'
# for 'eerste helft' (unrelated real dev pairs: 2016-parkingbrussels-jaarverslag-harmoniseren,
# 2024-bpb-memorandum-middelen, nodate-vanpeteghem-drugs-postpakketten,
# 2024-01-brussels-international-voorzitterschap-start). Alone, such a word is only plausible.
_SMALL_WORDED = {("number", "2"), ("fraction", "1/2")}


def _quantity_finding(code: FlagCode, parts: list[tuple[str, str, tuple[str, str]]]) -> Finding:
    if code == "number" and all(key in _SMALL_WORDED and not re.search(r"\d", shown) for shown, _, key in parts):
        message = quantities_said(code, parts) + " (a small number in words, often said another way)"
        return Finding(code, message, detail=parts, confidence=limit.SMALL_WORDED)
    return Finding(code, quantities_said(code, parts), detail=parts)


def calendar_findings(items: list[numbers.Quantity], lang: str, dated: dt.date | None = None) -> list[Finding]:
    """A weekday the calendar denies is a typo on its own side, whatever the other says (dates.py)."""
    return [Finding("date", message) for message in wrong_weekdays(items, lang, dated)]
