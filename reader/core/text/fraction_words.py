"""Numbers said by other words than a cardinal's, in nl, fr and en: fractions ('de helft', 'un
tiers'), multiples ('verdubbelen', 'trois fois'), spans of time named by one word ('semestre') and
idioms where a number word is no number ('in acht nemen'). Data, not logic: word_patterns.py finds
them, spoken.py and numbers.py read them. (Apart from number_words.py, which kept its cardinals,
ordinals, months and symbols under the 400-line limit.)
"""

from __future__ import annotations

from reader.core.text.number_words import ORDINALS

# Fractions and multiplicatives say the same thing in other words: 'de helft' = 'la moitié' =
# 'une sur deux' (1/2), 'driemaal' = 'trois fois' (x3). They are read as such, before the words
# that make them up could be read as plain numbers.
_CARDINAL = {
    "nl": {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "tien": 10, "honderd": 100},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10, "cent": 100},
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "hundred": 100},
}
FRACTIONS: dict[str, dict[str, str]] = {
    "nl": {
        "helft": "1/2",
        "derde": "1/3",
        "kwart": "1/4",
        "vierde": "1/4",
        "derden": "1/3",
        "vierden": "1/4",
        "driekwart": "3/4",  # one word: 'met driekwart gestegen' is 'de 75 %'
    },
    "fr": {"moitié": "1/2", "moitie": "1/2", "tiers": "1/3", "quart": "1/4", "quarts": "1/4"},
    "en": {"half": "1/2", "third": "1/3", "quarter": "1/4", "thirds": "1/3", "quarters": "1/4"},
}
# From a fifth on, the three languages name a fraction's denominator by its ordinal, French and
# English adding the plural's s after a count above one, Dutch keeping it ('twee vijfde', 'deux
# cinquièmes', 'two fifths'; 'een tiende', 'un dixième', 'a tenth'): a plain fact of the three. (Trial
# N's 'un cinquième' was the first; a trial of the thirty-third session's 'deux cinquièmes' against 'twee
# vijfde' was flagged.) 'een vijfde ronde', 'la cinquième manche' stay ranks (spoken.py).
RANKED_FRACTIONS: dict[str, dict[str, int]] = {
    lang: {word: rank for word, rank in ORDINALS[lang].items() if 5 <= rank <= 10 and not word.endswith("ment")}
    for lang in ("nl", "fr", "en")
}
_PLURAL = {"nl": "n", "fr": "s", "en": "s"}
for _lang, _ranked in RANKED_FRACTIONS.items():
    for _word, _rank in _ranked.items():
        FRACTIONS[_lang][_word] = FRACTIONS[_lang][_word + _PLURAL[_lang]] = f"1/{_rank}"
# The counts a fraction in words is said with beyond _CARDINAL's ('sept dixièmes', 'zeven tiende'):
# read by text2num when the fraction is (number_words.cardinal).
FRACTION_COUNTS = {
    "nl": "zes|zeven|acht|negen",
    "fr": "six|sept|huit|neuf",
    "en": "six|seven|eight|nine",
}


# Words that multiply: 'dubbel zoveel' = 'deux fois plus', 'verdubbelt' = 'double' (x2).
def _conjugated(stems: dict[str, int], endings: tuple[str, ...]) -> dict[str, int]:
    return {stem + ending: value for stem, value in stems.items() for ending in endings}


# Words that multiply: adjectives and nouns, and the verbs in every regular form (a French verb of the
# first group, a Dutch weak verb, an English one): 'nous doublerons' is 'we verdubbelen'.
_FR_FIRST_GROUP = (
    "er", "e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "ant", "ait", "aient", "ais", "a", "era",
    "erons", "erez", "eront", "erait", "eraient", "erai", "eras", "ement",
)  # fmt: skip
MULTIPLES = {
    "nl": {
        "dubbel": 2, "dubbele": 2, "drievoudig": 3, "drievoudige": 3, "viervoudig": 4, "viervoudige": 4,
        # 'een drieledige doelstelling' is 'un triple objectif' (a trial's foreign ministry pair)
        "tweeledig": 2, "tweeledige": 2, "drieledig": 3, "drieledige": 3, "vierledig": 4, "vierledige": 4,
        **_conjugated({"verdubbel": 2}, ("en", "t", "d", "de", "den", "ing")),
        **_conjugated({"verdrievoudig": 3, "verviervoudig": 4}, ("en", "t", "d", "de", "den", "ing")),
    },
    "fr": {
        "double": 2, "doubles": 2, "triple": 3, "triples": 3, "quadruple": 4,
        **_conjugated({"doubl": 2, "tripl": 3, "quadrupl": 4}, _FR_FIRST_GROUP),
    },
    "en": {
        "twofold": 2, "threefold": 3, "fourfold": 4,
        **_conjugated({"doubl": 2, "tripl": 3, "quadrupl": 4}, ("e", "ed", "es", "ing")),
    },
}  # fmt: skip
# Phrases where a number word is no number: 'in acht nemen' (to take into account).
_ALWAYS = (
    r"24\s*(?:h|u)?\s*/\s*7\s*(?:j|d)?|24\s*(?:h|u|uur|uren|heures?|hours?)?\s*(?:/|op|sur)\s*24|"
    r"7\s*(?:j|d|jours|dagen|days)?\s*(?:/|op|sur)\s*7"
)
# A span of time named by one word, its count in it ('premier semestre' = 'eerste zes maanden', a
# trial's air traffic pair): read as that count, softly (it covers the other side's figure, and is
# never reported missing itself: 'semestre' is as often 'halfjaar' as 'zes maanden').
PERIOD_WORDS = {
    "nl": {"semester": 6, "semesters": 6, "halfjaar": 6, "trimester": 3, "trimesters": 3, "decennium": 10},
    "fr": {"semestre": 6, "semestres": 6, "trimestre": 3, "trimestres": 3, "décennie": 10, "décennies": 10},
    "en": {"semester": 6, "semesters": 6, "decade": 10, "decades": 10},
}

IDIOMS = {  # and 'round the clock' in digits: '24/7' = '24h/7j' = '24h/24' = '7 jours sur 7'
    "nl": r"in\s+acht\s+(?:te\s+)?(?:nemen|neemt|neem|genomen|nam|namen)|met\s+twee\s+woorden|" + _ALWAYS,
    "fr": r"à\s+deux\s+pas|en\s+deux\s+mots|" + _ALWAYS,
    "en": r"at\s+sixes\s+and\s+sevens|in\s+two\s+words|" + _ALWAYS,
}
