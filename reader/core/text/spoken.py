"""Numbers said in words beyond a cardinal: fractions ('een derde van', 'la moitié'), halves ('een
half miljoen', 'anderhalf jaar', 'un an et demi') and decimals said aloud ('twee komma vier
miljoen'). Read by numbers.py, whose patterns find them; the patterns of halves and decimals are
here, beside their reading."""

from __future__ import annotations

import re

from reader.core.text.fraction_words import _CARDINAL, FRACTIONS, RANKED_FRACTIONS
from reader.core.text.number_words import SCALES, canonical, cardinal
from reader.core.text.quantity import Quantity

_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# A half said with its whole, a plain fact of each language: Dutch 'anderhalf' (one and a half) and
# 'half' before a scale or 'procent' ('een half miljoen' = 500 000), 'halfuur' (half an hour); French 'et demi'
# after the unit ('un an et demi', 'deux millions et demi') and 'demi-' before it ('une demi-heure');
# English 'and a half' and 'half a million'.
_HALVES = {
    "nl": r"(?:(?:een|'n)\s+)?(?P<hu>half\s?uur)"
    rf"|(?:(?:een|'n)\s+)?(?P<half>anderhalve|anderhalf|halve|half)(?:\s+(?:(?P<s>{_SCALE})|(?P<pc>procent)))?"
    r"(?=\s|$|[.,;:)])",
    "fr": rf"(?P<n>\d+|{_WORD})\s+(?P<u>{_SCALE}|ans?|années?|heures?|mois|jours?|semaines?)\s+et\s+demie?"
    rf"|(?:une?\s+)?demi-(?P<du>heure|{_SCALE})",
    "en": rf"(?P<n>\d+|{_WORD})\s+(?P<u>{_SCALE}|years?|hours?|months?|days?|weeks?)\s+and\s+a\s+half"
    rf"|half\s+an?\s+(?P<du>hour|{_SCALE})",
}
# A decimal said aloud, its digits after the word for the decimal sign ('twee komma vier', 'deux
# virgule cinq', 'two point five'): the words are checked as cardinals when read.
_POINT = {"nl": "komma", "fr": "virgule", "en": "point"}
_HALF_HOUR = "30"  # half an hour in minutes, what the other side often says ('toutes les 30 minutes')


def spoken_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    if lang not in _HALVES:
        return []
    point = rf"(?P<a>{_WORD})\s+{_POINT[lang]}\s+(?P<b>{_WORD})(?:\s+(?P<s>{_SCALE}))?"
    return [
        ("half", re.compile(rf"(?<![\w-])(?:{_HALVES[lang]})(?![\w-])", re.IGNORECASE)),
        ("point", re.compile(rf"(?<![\w-]){point}(?![\w-])", re.IGNORECASE)),
    ]


def _scale(word: str | None) -> float:
    return SCALES.get((word or "").lower(), 1)


def read_spoken(name: str, m: re.Match[str], lang: str) -> list[Quantity] | None:
    surface, start = m.group(0), m.start()
    groups = m.groupdict()
    if name == "point":
        whole, digits = cardinal(m.group("a"), lang), cardinal(m.group("b"), lang)
        if whole is None or digits is None:
            return None
        value = float(f"{whole[0]}.{digits[0]}") * _scale(groups.get("s"))
        return [Quantity("number", canonical(value), surface, start)]
    if groups.get("hu") or (groups.get("du") or "").lower() in ("heure", "hour"):
        return [Quantity("number", "0.5", surface, start, also=_HALF_HOUR)]
    if groups.get("du"):  # 'un demi-million', 'half a million'
        return [Quantity("number", canonical(0.5 * _scale(groups["du"])), surface, start)]
    if groups.get("half"):
        half = 0.5 if groups["half"].lower() in ("half", "halve") else 1.5
        if groups.get("pc"):  # 'een half procent', 'anderhalf procent': '0,5 %', '1,5 %' (a trial's pair)
            return [Quantity("percent", canonical(half), surface, start)]
        if half == 0.5 and not groups.get("s"):
            return None  # 'half' alone is an adjective as often ('half werk'); the fraction words read 'de helft'
        return [Quantity("number", canonical(half * _scale(groups.get("s"))), surface, start)]
    said = cardinal(m.group("n"), lang)
    count = int(m.group("n")) if m.group("n").isdigit() else (said[0] if said is not None else None)
    if count is None:
        return None
    unit = m.group("u").lower()
    return [Quantity("number", canonical((count + 0.5) * (SCALES.get(unit) or 1)), surface, start)]


def count_word(word: str, lang: str) -> int | None:
    """The count before a fraction or a ratio: a figure, an article ('een derde'), a small cardinal."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("één", "eén", "een", "un", "une", "one", "a", "de", "la", "the"):
        return 1
    return _CARDINAL.get(lang, {}).get(word)


# What follows 'een derde' (or 'vierde', 'vijfde') when it is the fraction: 'van', 'minder', a
# preposition, a conjunction, an auxiliary, a participle ('met een derde gestegen'), the infinitive's
# 'te' ('met een derde te verminderen', a checks trial), a bracket with its figure ('een derde (35 %)',
# a trial: never a noun), or nothing; any
# other word is the noun the ordinal ranks, perhaps after its adjective ('een derde fase', 'een
# vijfde grote ronde'). A plain fact of Dutch: an ordinal stands before its noun.
_FRACTION_NEXT = re.compile(
    r"\s{0,3}(?:$|[.,;:!?()\]–-]|(?:van|daarvan|ervan|hiervan|minder|meer|deel|in|op|aan|uit|bij|voor|naar|met|over|"
    r"door|tot|tegen|en|of|maar|dan|als|is|was|zijn|waren|wordt|werd|worden|werden|heeft|had|hebben|hadden|"
    r"zal|zullen|kan|kunnen|moet|moeten|gaat|gaan|komt|komen|blijft|blijven|ongeveer|zowat|extra|"
    r"te|terug|omhoog|omlaag|"
    # (a preposition or an article: no noun follows, 'met een zesde tegenover vorig jaar': trial F, F7)
    r"tegenover|sinds|sedert|vanaf|na|binnen|onder|per|vergeleken|ten|tijdens|rond|de|het|dit|deze|die|dat)\b"
    r"|(?:ge|ver|be|ont|her|toe)[^\W\d_]{2,}(?:d|t|en)\b)",
    re.IGNORECASE,
)
# (and on to 'tiende': fraction_words.RANKED_FRACTIONS)
_ORDINAL_FRACTIONS = {"derde": 3, "vierde": 4, **RANKED_FRACTIONS["nl"]}
# French and English fractions that are a rank in the singular ('un cinquième des' / 'un cinquième
# mandat', 'a tenth of' / 'a tenth term'); the plural is the fraction only ('deux cinquièmes')
_RANKED = {**RANKED_FRACTIONS["fr"], **RANKED_FRACTIONS["en"]}
# English 'quarter' is the period of three months as often as the fraction (trial K: 'in the second
# quarter' was «quarter» not in the source, five times against 'kwartaal'). A plain fact of English: the
# fraction is counted, 'a quarter of', 'one quarter', 'three quarters', 'by a quarter'; after an
# ordinal or a determiner ('the second quarter', 'this quarter', 'per quarter'), uncounted, or counted
# as time ('once a quarter', 'a quarter earlier', 'the last two quarters', 'three quarters in a row')
# it is the period, read as 'trimestre' is (fraction_words.PERIOD_WORDS: three months, softly).
_EN_TIME_AFTER = re.compile(r"\s{1,3}(?:earlier|later|ago|before|after|running|in\s{1,3}a\s{1,3}row)\b", re.I)
_EN_TIME_BEFORE = re.compile(r"(?:^|\W)(?:once|twice|times|per|each|every)\s{1,3}$", re.I)
_EN_PERIODS_BEFORE = re.compile(r"(?:^|\W)(?:the|these|those|last|past|next|previous|recent|first)\s{1,3}$", re.I)
# What follows the fraction 'a third' ('a third of', 'cut by a third.', 'a third more'); any other word
# is the noun an ordinal ranks ('a third quarter in a row', 'a third term'), as Dutch 'een derde fase'
_EN_FRACTION_NEXT = re.compile(
    r"\s{0,3}(?:$|[.,;:!?()\]–-]|(?:of|more|less|fewer|than|and|or|but|in|on|at|to|from|by|for|with|since|over|"
    r"under|between|among|is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|again|already|"
    r"compared|according|this|that|the|its|their)\b|[^\W\d_]{2,}ed\b)",
    re.IGNORECASE,
)


# What follows the fraction 'un cinquième' ('des biens', 'de plus', 'environ', a stop); any other word is
# the noun an ordinal ranks ('un cinquième mandat'), as English 'a fifth term'
_FIFTH_NEXT = {
    # (or a preposition, an article or a conjunction: 'baissé d'un cinquième au troisième trimestre'; a
    # French ordinal stands right before its noun, so one followed by these ranks nothing: trial F, F7)
    "fr": re.compile(
        r"\s{0,3}(?:$|[.,;:!?()\]–-]|(?:d['’]|des?\b|du\b|en\s|environ\b|seulement\b)|(?:au|aux|à|par|sur|pour|"
        r"dans|depuis|entre|contre|avec|sans|selon|chez|vers|et|ou|mais|le|la|les|l['’]|ce|cet|cette|ces)\b)",
        re.I,
    ),
    "en": _EN_FRACTION_NEXT,
}


# 'un huitième de finale' is a round of a cup ('een achtste finale'), no fraction: a fact of French
_OF_A_FINAL = re.compile(r"\s{1,3}de\s{1,3}finale", re.I)


def _period_of_months(m: re.Match[str], text: str) -> bool:
    """Whether an English 'quarter' (or 'quarters') names three months rather than a fourth."""
    count = (m.group("k") or "").lower()
    if not count or count == "the" or _EN_TIME_AFTER.match(text, m.end()):
        return True
    before = text[max(0, m.start() - 12) : m.start()]
    return bool((_EN_TIME_BEFORE if count in ("a", "an", "one") else _EN_PERIODS_BEFORE).search(before))


def read_fraction(m: re.Match[str], text: str, lang: str) -> list[Quantity] | None:
    surface, start = m.group(0), m.start()
    word, before = m.group("f").lower(), (m.group("k") or "").lower()
    fraction = FRACTIONS[lang][word]
    count = count_word(before or "1", lang)
    if count is None and before:  # 'sept dixièmes', 'zeven tiende': word_patterns' FRACTION_COUNTS
        said = cardinal(before, lang)
        count = said[0] if said is not None and said[0] < 10 else None
    if count is None:
        return None
    if lang == "en" and word in ("quarter", "quarters") and _period_of_months(m, text):
        if count > 1 or before[:1].isdigit():  # 'the last two quarters' counts them (no three months to cover)
            return [Quantity("number", str(count), m.group("k"), m.start("k"))]
        return [Quantity("number", "3", m.group("f"), m.start("f"), soft=True)]
    if lang == "en" and word == "third" and (before in ("", "the") or not _EN_FRACTION_NEXT.match(text, m.end())):
        # 'the third', 'third' alone: the rank (read so by numbers.py); 'a third term' adds one more, softly
        return None if before in ("", "the") else [Quantity("ordinal", "3", surface, start, soft=True)]
    if lang != "nl" and not before and word[:-1] in _RANKED:
        return None  # 'cinquièmes', 'fifths' uncounted: no fraction said
    if word in _RANKED and (
        before in ("", "le", "la", "the", "de")
        or not _FIFTH_NEXT[lang].match(text, m.end())
        or _OF_A_FINAL.match(text, m.end())
    ):
        # 'la cinquième réunion', 'the fifth round': the rank, read by numbers.py; 'un cinquième des
        # biens', 'a fifth of', is the fraction (a plain fact of both languages, as Dutch 'een vijfde van')
        rank = [Quantity("ordinal", str(_RANKED[word]), surface, start, soft=True)]
        return None if before in ("", "le", "la", "the", "de") else rank
    if word in _ORDINAL_FRACTIONS and not before:
        return None  # 'derde' alone is 'third' (an ordinal)
    if word == "derde" and re.match(r"\s+land(?:en)?\b", text[m.end() :], re.IGNORECASE):
        # 'naar een derde land' is the law's 'third country', 'un pays tiers': the ordinal
        return [Quantity("ordinal", "3", surface, start)]
    if word in _ORDINAL_FRACTIONS and before == "een" and not _FRACTION_NEXT.match(text, m.end()):
        # 'een derde fase' is 'une troisième phase': after the article a rank adds one more, softly (numbers.py)
        return [Quantity("ordinal", str(_ORDINAL_FRACTIONS[word]), surface, start, soft=True)]
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
