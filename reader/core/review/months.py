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
from typing import TYPE_CHECKING, Any

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


# The seasons, a plain fact of the three languages (CLDR has no names for them); 'voorjaar' and
# 'lente' are one season, as 'najaar' and 'herfst', 'autumn' and 'fall'.
SEASONS = {
    "nl": {
        "lente": "spring",
        "voorjaar": "spring",
        "zomer": "summer",
        "herfst": "autumn",
        "najaar": "autumn",
        "winter": "winter",
    },
    "fr": {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"},
    "en": {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"},
}
# What sets a season's word apart as the time of year: an article or a preposition before it, or a
# year after it ('in het najaar', 'au printemps', 'cet été', 'zomer 2026'). French 'été' is also the
# participle of 'être' ('a été') and English 'fall' a verb and a collapse: never alone.
_SEASON_BEFORE = {
    "nl": r"(?:in\s+)?(?:het|de|dit|deze|komende?|volgende?|vorige?|afgelopen)\s+",
    "fr": r"(?:au|du|le|en|ce|cet|cette|de\s+l['’]|à\s+l['’]|l['’]|d['’])\s*",
    "en": r"(?:in|the|this|next|last|during|by|until|early|late)\s+(?:the\s+)?",
}


@cache
def _season_pattern(lang: str) -> re.Pattern[str] | None:
    words = SEASONS.get(lang)
    if not words:
        return None
    led = "|".join(w for w in words if w != "fall")
    return re.compile(
        rf"(?<!\w){_SEASON_BEFORE[lang]}(?P<s>{led})(?!\w)"
        rf"|(?<!\w)(?P<y>{'|'.join(words)})(?=\s+(?:van\s+|de\s+|of\s+)?\d{{4}}(?!\d))",
        re.IGNORECASE,
    )


def seasons_named(text: str, lang: str) -> dict[str, str]:
    """The seasons a text names as a time of year, each with the word as written ('najaar': autumn)."""
    pattern = _season_pattern(lang)
    found: dict[str, str] = {}
    for match in pattern.finditer(text) if pattern else ():
        word = match.group("s") or match.group("y")
        found.setdefault(SEASONS[lang][word.lower()], word)
    return found


def month_change(source: str, target: str, src: str, tgt: str) -> str:
    """Why the months, or the seasons, differ ('' when they do not, or when one side names none):
    'in het najaar' rendered 'au printemps' is a time of year changed, as a month is."""
    said = []
    named: tuple[tuple[str, dict[Any, str], dict[Any, str]], ...] = (
        ("months", months_named(source, src), months_named(target, tgt)),
        ("seasons", seasons_named(source, src), seasons_named(target, tgt)),
    )
    for what, s, t in named:
        lost, added = [w for n, w in s.items() if n not in t], [w for n, w in t.items() if n not in s]
        if lost and added:
            said.append(f"{what} differ: «{', '.join(lost)}» not in the target; «{', '.join(added)}» not in the source")
    return "; ".join(said)


_DIFFER = ("months differ", "seasons differ")


def _times(text: str, lang: str) -> set[int | str]:
    return set(months_named(text, lang)) | set(seasons_named(text, lang))


def settle_months(pairs: Sequence[CheckedPair], src: str, tgt: str) -> None:
    """A month each side names in another segment is said in another order, not changed (two
    sections in the other order: 'in juni' in the second paragraph, 'en juin' in the fourth): the
    flag becomes a note, as order.py does for figures."""
    if not any(f.code == "date" and f.message.startswith(_DIFFER) for p in pairs for f in p.flags):
        return  # the usual case: no month changed, nothing to read across the release
    s_all = [_times(p.source, src) for p in pairs]
    t_all = [_times(p.target, tgt) for p in pairs]
    for k, pair in enumerate(pairs):
        for finding in pair.flags:
            if finding.code != "date" or not finding.message.startswith(_DIFFER):
                continue
            lost, added = s_all[k] - t_all[k], t_all[k] - s_all[k]
            elsewhere_t = set().union(*(t for j, t in enumerate(t_all) if j != k))
            elsewhere_s = set().union(*(s for j, s in enumerate(s_all) if j != k))
            if lost <= elsewhere_t and added <= elsewhere_s:
                finding.message += " (each named in another segment of the other version: said in another order)"
                finding.severity, finding.confidence = "info", 0.3
