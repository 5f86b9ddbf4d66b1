"""Fractions said in words ('een derde van', 'la moitié', 'drie vierde') and the ordinals written
with the same words ('een derde fase'). Read by numbers.py, whose patterns find them."""

from __future__ import annotations

import re

from reader.core.text.number_words import _CARDINAL, FRACTIONS
from reader.core.text.quantity import Quantity


def count_word(word: str, lang: str) -> int | None:
    """The count before a fraction or a ratio: a figure, an article ('een derde'), a small cardinal."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("één", "eén", "een", "un", "une", "one", "a", "de", "la", "the"):
        return 1
    return _CARDINAL.get(lang, {}).get(word)


# What follows 'een derde' (or 'vierde', 'vijfde') when it is the fraction: 'van', 'minder', a
# preposition, a conjunction, an auxiliary, a participle ('met een derde gestegen'), or nothing; any
# other word is the noun the ordinal ranks, perhaps after its adjective ('een derde fase', 'een
# vijfde grote ronde'). A plain fact of Dutch: an ordinal stands before its noun.
_FRACTION_NEXT = re.compile(
    r"\s{0,3}(?:$|[.,;:!?)\]–-]|(?:van|daarvan|ervan|hiervan|minder|meer|deel|in|op|aan|uit|bij|voor|naar|met|over|"
    r"door|tot|tegen|en|of|maar|dan|als|is|was|zijn|waren|wordt|werd|worden|werden|heeft|had|hebben|hadden|"
    r"zal|zullen|kan|kunnen|moet|moeten|gaat|gaan|komt|komen|blijft|blijven|ongeveer|zowat|extra)\b"
    r"|(?:ge|ver|be|ont|her|toe)[^\W\d_]{2,}(?:d|t|en)\b)",
    re.IGNORECASE,
)
_ORDINAL_FRACTIONS = ("derde", "vierde", "vijfde")


def read_fraction(m: re.Match[str], text: str, lang: str) -> list[Quantity] | None:
    surface, start = m.group(0), m.start()
    word, before = m.group("f").lower(), (m.group("k") or "").lower()
    fraction = FRACTIONS[lang][word]
    count = count_word(before or "1", lang)
    if count is None:
        return None
    if word in _ORDINAL_FRACTIONS and not before:
        return None  # 'derde' alone is 'third' (an ordinal)
    if word == "derde" and re.match(r"\s+land(?:en)?\b", text[m.end() :], re.IGNORECASE):
        # 'naar een derde land' is the law's 'third country', 'un pays tiers': the ordinal
        return [Quantity("ordinal", "3", surface, start)]
    if word in _ORDINAL_FRACTIONS and before == "een" and not _FRACTION_NEXT.match(text, m.end()):
        # 'een derde fase' is 'une troisième phase': after the article a rank adds one more, softly (numbers.py)
        return [Quantity("ordinal", str(_ORDINAL_FRACTIONS.index(word) + 3), surface, start, soft=True)]
    if word == "tiers" and not before and not text[max(0, start - 5) : start].lower().endswith(_ARTICLES):
        # 'pays tiers', 'le tiers-monde': the adjective 'third', as 'derde landen' has it
        return [Quantity("ordinal", "3", surface, start)]
    if before == "de" and word != "helft":
        return None  # 'de derde' is 'the third'
    numerator, denominator = fraction.split("/")
    if count * int(numerator) >= int(denominator) and before[:1].isdigit():
        # a fraction in words is proper ('drie vierde'); a figure before 'vierde' or 'derde' is
        # something else: 'In 1910 vierde de stad …' (the verb 'vieren', celebrated), a year
        return None
    return [Quantity("fraction", f"{count * int(numerator)}/{denominator}", surface, start)]


_ARTICLES = ("le ", "du ", "au ", "des ", "les ")
