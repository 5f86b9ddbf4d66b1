"""A month named on its own ('in juni', 'en juillet'): a date without a day, which the figures of a
segment do not carry, so a month changed in the rendering ('juni' for 'juillet') passed unseen.

The names are CLDR's wide month names (babel) for the release's languages, a plain fact of each;
abbreviations are left out ('mar', 'sept.' read as words elsewhere). Only a substitution is
flagged: each side names a month the other does not. A month only one side gives is a paraphrase
('deze maand') or a page's own date glued to the text more often than an error (two real dev pairs,
an ombudsman's advice and an institute's merger, 2026-12-03).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from reader.core.text.number_words import LOCALES

if TYPE_CHECKING:
    from reader.core.review.findings import CheckedPair

_WORD = re.compile(r"[^\W\d_]+")
_GLUED = re.compile(r"(\d(?:er|e|ste|de|st|nd|rd|th)?)(?=[^\W\d_]{3})")  # '1erjanvier' as a copy glued it


@cache
def _wide_names(lang: str) -> dict[str, int]:
    from babel.dates import get_month_names

    locale = LOCALES.get(lang)
    if locale is None:
        return {}
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("wide", context, locale=locale).items():
            names[name.lower()] = int(number)
    return names


def months_named(text: str, lang: str) -> dict[int, str]:
    """The months a text names, each with the word as written. English months take a capital
    ('may' is a verb); Dutch and French write them in lower case, or with a capital opening a sentence."""
    names = _wide_names(lang)
    found: dict[int, str] = {}
    for word in _WORD.findall(_GLUED.sub(r"\1 ", text)):
        number = names.get(word.lower())
        if number is not None and (lang != "en" or word[:1].isupper()):
            found.setdefault(number, word)
    return found


def month_change(source: str, target: str, src: str, tgt: str) -> str:
    """Why the months differ ('' when they do not, or when one side names none)."""
    s, t = months_named(source, src), months_named(target, tgt)
    lost, added = [s[n] for n in sorted(s) if n not in t], [t[n] for n in sorted(t) if n not in s]
    if not lost or not added:
        return ""
    return f"months differ: «{', '.join(lost)}» not in the target; «{', '.join(added)}» not in the source"


def settle_months(pairs: Sequence[CheckedPair], src: str, tgt: str) -> None:
    """A month each side names in another segment is said in another order, not changed (two
    sections in the other order: 'in juni' in the second paragraph, 'en juin' in the fourth): the
    flag becomes a note, as order.py does for figures."""
    if not any(f.code == "date" and f.message.startswith("months differ") for p in pairs for f in p.flags):
        return  # the usual case: no month changed, nothing to read across the release
    s_all = [set(months_named(p.source, src)) for p in pairs]
    t_all = [set(months_named(p.target, tgt)) for p in pairs]
    for k, pair in enumerate(pairs):
        for finding in pair.flags:
            if finding.code != "date" or not finding.message.startswith("months differ"):
                continue
            lost, added = s_all[k] - t_all[k], t_all[k] - s_all[k]
            elsewhere_t = set().union(*(t for j, t in enumerate(t_all) if j != k))
            elsewhere_s = set().union(*(s for j, s in enumerate(s_all) if j != k))
            if lost <= elsewhere_t and added <= elsewhere_s:
                finding.message += " (each named in another segment of the other version: said in another order)"
                finding.severity, finding.confidence = "info", 0.3
