"""Which way a figure moves: a rise in one version and a fall in the other ('a baissé de 0,4 %' /
'steeg met 0,4 %', '17,5 % de plus' / 'een daling met 17,5 %'). The figure is the same on both
sides, so the number check says nothing, and the news is reversed (a statistics trial: two of
fourteen planted slips, both missed).

The words are plain facts of the three languages: the verbs and nouns of rising and falling, and
'more' / 'less' set right after a figure. Each figure takes the nearest such word before it in its
own clause (a comma, a semicolon or a colon closes one), or one just after it; a figure with none
says no direction, and only opposite directions are flagged: a direction one side says and the
other leaves to the context is how translators write.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.text.quantity import Quantity

# English 'up' and 'down' right before a figure say its change ('were up 4 %', 'down 12 % on last year',
# 'went up by 0.2 of a percentage point'; nbb.be's and vrt.be's English pages): a plain fact of English
# (trial K: 'en hausse de 12 %' rendered 'down 12%' passed).
# 'up to 12 %' is a bound (figures.py), and a verb's particle ('make up 40 %', 'lay down 5 %') no change.
_VERBS = {
    "up": "make makes made making take takes took taken taking set sets drawn draw drew draws sum sums summed add "
    "adds added end ends ended",
    "down": "lay lays laid laying set sets write writes wrote written put puts hand hands handed note noted play "
    "played",
}


def _particle(way: str) -> str:
    """'up' or 'down' said of the figure right after it (perhaps after 'by' or 'about'), no verb's particle."""
    not_after = "".join(rf"(?<!\b{verb}\s)" for verb in _VERBS[way].split())
    return rf"{not_after}{way}(?=(?:\s+by)?(?:\s+(?:about|around|some|nearly|almost|roughly|just))?\s*$)"


_WORDS = {
    "rise": {
        "nl": r"stijg\w*|steeg|stegen|gestegen|toename|toegenomen|toenemen|neemt\s+toe|nam\s+toe|groei\w*|"
        r"gegroeid|verhoog\w*|hoger",
        "fr": r"hausse|augment\w*|progress\w*|croissance|cro[iî]t|accru\w*|accroissement|grimp\w*|mont[ée]\w*|"
        r"plus\s+élevée?s?",
        "en": r"ris(?:e|es|ing|en)|rose|increas\w*|gr[eo]w\w*|growth|higher|" + _particle("up"),
    },
    "fall": {
        "nl": r"da(?:al|ling)\w*|daalde|daalden|gedaald|afname|afgenomen|afnemen|neemt\s+af|nam\s+af|krimp\w*|"
        r"kromp|gekrompen|verlaag\w*|lager|terugval|teruggevallen",
        # ('la réduction d'impôt passe à 30 %': 'réduction d'impôt' / 'de cotisations' / 'de précompte' and
        # 'réduction fiscale' are the names of benefits in Belgian tax and social law, no fall: trial F, F6)
        "fr": r"baiss\w*|diminu\w*|recul\w*|repli|chut\w*|réduction(?!\s+(?:d['’]\s*impôts?|de\s+cotisations?|"
        r"de\s+précompte|fiscale)\b)|rédui\w*|décroissance|moins\s+élevée?s?",
        "en": r"f[ae]ll\w*|decreas\w*|declin\w*|drop\w*|lower|" + _particle("down"),
    },
}
# 'soit 17,5 % de plus', '12 % meer', '5 % less': more or less said after the figure
_AFTER = {
    "rise": {"nl": r"meer|hoger", "fr": r"de\s+plus|en\s+plus|plus\s+élevée?s?", "en": r"more|higher"},
    "fall": {"nl": r"minder|lager", "fr": r"de\s+moins|en\s+moins|moins\s+élevée?s?", "en": r"less|lower"},
}
# a clause of the amount alone, its preposition only: 'met', 'by', 'de', 'van'
_AMOUNT_ONLY = re.compile(r"(?:met|by|of|de|d['’]|van|with)", re.IGNORECASE)  # matched stripped: no \s* run
_WINDOW = 60  # characters before a figure searched for its verb: 'steeg in januari met 0,4 %'
# Dutch puts the verb last in a subordinate clause and after the figure in a perfect ('die met 2,1 %
# stegen', 'is met 3 % gedaald'): a plain fact of the language. 'met' before the figure says it is
# the amount of a change, so the verb found after it within three words is that change's.
_MET = re.compile(r"\bmet\s{0,3}$", re.IGNORECASE)
# A rate's change is written in points of it ('en recul de 1,4 point', 'een stijging met 1,4
# procentpunt', 'up 2 percentage points'): a plain fact of the three languages. Such a figure reads
# as a bare number, so its direction is read as a percent's is (trial A: 'recul' rendered 'stijging'
# passed). 'points de vente' / "points d'attention" are things counted, no rate.
_POINTS = {
    # (a bare 'punt'/'punten' too: 'daalde met 0,3 punt', as French 'point' and English 'points'; trial S)
    # (and basis points, a hundredth of one: '25 basispunten', 'points de base', 'bp'; trial F)
    "nl": r"(?:(?:procent|percent)(?:age)?|%-|basis)?punt(?:en)?(?!\s+van\b)|bps?",
    "fr": r"points?(?:\s+de\s+(?:pourcentage|base)|(?!\s+d(?:e|es|u|['’])\s*[^\W\d]))|pb",
    # ('0.4 of a percentage point', as nbb.be writes it, is one: trial K)
    "en": r"(?:(?:of\s+a\s+)?percentage\s+|basis\s+)?points?(?!\s+of\b)|bps?",
}


@lru_cache(maxsize=4)
def _points(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\s?(?:{_POINTS.get(lang, '$^')})\b", re.IGNORECASE)


def points_after(text: str, quantity: Quantity, lang: str) -> int:
    """The length of the 'point' / 'procentpunt' word right after a bare figure (0 when none):
    a change of a rate, whose direction matters as a percent's does."""
    if quantity.kind != "number":
        return 0
    found = _points(lang).match(text, quantity.start + len(quantity.text))
    return found.end() - found.start() if found else 0


def moves(text: str, quantity: Quantity, lang: str) -> bool:
    """Whether a figure is one whose direction is read: a percent, or points of a rate."""
    return quantity.kind == "percent" or points_after(text, quantity, lang) > 0


@lru_cache(maxsize=16)
def _pattern(kind: str, lang: str, after: bool) -> re.Pattern[str]:
    words = (_AFTER if after else _WORDS)[kind].get(lang, "$^")
    return re.compile(rf"^\s*(?:{words})\b" if after else rf"(?<![\w-])(?:{words})\b", re.IGNORECASE)


def direction(text: str, quantity: Quantity, lang: str) -> str | None:
    """'rise', 'fall' or None: the nearest word of rising or falling before the figure in its clause,
    else 'more' / 'less' right after it."""
    window = text[max(0, quantity.start - _WINDOW) : quantity.start]
    before = re.split(r"[,;:.!?]\s", window)[-1]
    if _AMOUNT_ONLY.fullmatch(before.strip()) and window[: len(window) - len(before)].endswith(", "):
        # 'daalde licht, met 0,3 punt', 'rose slightly, by 0.3 points': the amount set apart by a
        # comma is the change of the clause before it (trial S: the verb was cut off, the fall missed)
        before = re.split(r"[,;:.!?]\s", window[: len(window) - len(before) - 2])[-1] + " " + before
    found = [(m.start(), kind) for kind in _WORDS for m in _pattern(kind, lang, False).finditer(before)]
    if found:
        return max(found)[1]
    end = quantity.start + len(quantity.text) + points_after(text, quantity, lang)
    after = text[end : end + 40]
    said = next((kind for kind in _AFTER if _pattern(kind, lang, True).match(after[:20])), None)
    if said is None and lang == "nl" and _MET.search(before):
        clause = re.split(r"[,;:.!?]", after)[0]
        said = next((kind for kind in _WORDS if _last_verb(kind).match(clause)), None)
    return said


@lru_cache(maxsize=4)
def _last_verb(kind: str) -> re.Pattern[str]:
    return re.compile(rf"^\s{{0,3}}(?:\w+\s+){{0,3}}?(?:{_WORDS[kind]['nl']})\b", re.IGNORECASE)
