"""The words of numbers, months and weekdays in nl, fr and en: data, not logic.

numbers.py reads text with them; a new language or a missed word goes here (fractions, multiples
and idioms: fraction_words.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en"}


def _without_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _cldr_names() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names of nl_BE, fr_BE and en from CLDR (babel): wide and abbreviated, in
    both contexts, lowercased, abbreviation dots dropped, and without accents as typed in haste
    ('fevrier', 'aout'). Weekdays count from Monday = 0."""
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for locale in LOCALES.values():
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    for form in {name.lower().rstrip("."), _without_accents(name.lower().rstrip("."))}:
                        months.setdefault(form, int(number))
        for number, name in get_day_names("wide", "format", locale=locale).items():
            weekdays[name.lower()] = int(number)
    return months, weekdays


def _cldr_symbols() -> dict[str, tuple[str, str]]:
    """(decimal, group) per language from CLDR: nl_BE ',' '.', fr_BE ',' narrow no-break space, en '.' ','."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return {lang: (get_decimal_symbol(locale), get_group_symbol(locale)) for lang, locale in LOCALES.items()}


MONTHS, WEEKDAYS = _cldr_names()
# Abbreviations in use beside CLDR's: 'Sept. 5' in English copy (CLDR: 'Sep'), and news.belgium.be's
# French dates, each month cut to its first three letters ('01 fév 2019', '12 Aoû 2016'; CLDR: 'févr.',
# 'août'): where three letters name one month only ('jui' is June and July: left out).
MONTHS.update({"sept": 9, "fév": 2, "fev": 2, "juil": 7, "aoû": 8, "aou": 8})
NUMBER_SYMBOLS = _cldr_symbols()
SCALES = {
    **dict.fromkeys(["miljoen", "miljoenen", "million", "millions", "mio", "mln"], 1e6),
    **dict.fromkeys(
        ["miljard", "miljarden", "milliard", "milliards", "billion", "billions", "mld", "mrd", "md", "bn"], 1e9
    ),
    **dict.fromkeys(["duizend", "mille", "thousand"], 1e3),
}
# The words a French or English cardinal is written with, apart ('trois cents', 'deux mille cinq
# cents', 'two hundred fifty'; Dutch writes them as one word): a run of them is one number, read
# whole by text2num (a plain fact of the two languages; 'huit cents millions' was 8 and 100 million).
RUN_WORDS = {
    "fr": "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt vingts trente quarante cinquante soixante septante huitante octante nonante "
    "cent cents mille",
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand",
}

# Cardinal words are read by text2num (a maintained parser of Dutch, French and English number
# words: 'achttien', 'zeventig', 'elfduizend', 'quatre-vingt-dix'), not by a hand table.
# Words that are numbers *and* something else are soft: they may cover a number of the other side
# but are never reported alone. 'een'/'un'/'une'/'a' are articles, 'vier' (to celebrate), 'zeven'
# (a sieve), 'elf' (an elf), 'neuf' (new); a bare scale word ('duizend', 'million', 'cent') is as
# often a round figure ('des milliers', 'un million de fois') as a count. And the words for 'both':
# Dutch and English have one where French counts ('les deux vecteurs' / 'beide vectoren').
# And zero said as a word: the other language says it as often with a word of negation or sign
# ('onder nul' / 'négative', 'zéro victime' / 'geen slachtoffers', 'no victims'). (French 'nul' is
# the adjective, 'nul et non avenu': no number at all.)
SOFT_WORDS = {
    # 'acht' is also the verb 'achten' ('zich bevoegd acht'), as 'vier' is 'vieren' and 'zeven' a sieve
    "nl": {
        "een": 1,
        "vier": 4,
        "zeven": 7,
        "elf": 11,
        "acht": 8,
        "beide": 2,
        "beiden": 2,
        "allebei": 2,
        "duo": 2,
        "trio": 3,
        "nul": 0,
    },
    "fr": {
        "un": 1,
        "une": 1,
        "neuf": 9,
        # an approximate count ('une centaine de cellules' = 'zo'n 100 cellen', a buildings agency's
        # pair of a trial), as Dutch says 'een honderdtal': it covers, it is never reported
        "dizaine": 10,
        "dizaines": 10,
        "douzaine": 12,
        "douzaines": 12,
        "quinzaine": 15,
        "vingtaine": 20,
        "trentaine": 30,
        "quarantaine": 40,
        "cinquantaine": 50,
        "soixantaine": 60,
        "centaine": 100,
        "centaines": 100,
        "millier": 1000,
        "milliers": 1000,
        # a group named by its count ('le trio de tête' = 'de top drie', a food agency's pair of a trial)
        "duo": 2,
        "trio": 3,
        "quatuor": 4,
        "zéro": 0,
    },
    "en": {"one": 1, "a": 1, "an": 1, "both": 2, "zero": 0},
}
# A span of years in one Latin-formed adjective: 'quinquennal' = 'five-year' = 'vijfjarig' (Dutch
# reads its '-jarig' in cardinal), 'biennal', 'triennal', 'décennal', English 'triennial': plain facts
# of French and English word formation (trial B: 'five-year' / 'quinquennal' was 'numbers differ').
# Soft: they cover the other side's figure; 'la Biennale' is as often a name as a count
_SPANS = {"bi": 2, "tri": 3, "quadri": 4, "quinqu": 5, "sex": 6, "sept": 7, "déc": 10, "dec": 10}
for _stem, _years in _SPANS.items():
    SOFT_WORDS["fr"].update({_stem + "enn" + end: _years for end in ("al", "ale", "aux", "ales")})
    if _stem != "déc":
        SOFT_WORDS["en"][_stem.replace("quadri", "quadr") + "ennial"] = _years
_SCALE_VALUES = {100, 1000, 10**6, 10**9}

# The words of SOFT_WORDS that are a number or another word ('vier' celebrates, 'neuf' is new), not
# the articles or 'both'. Before a plural noun they can only count: Dutch and French put a cardinal
# before the noun it counts ('vier medewerkers', 'neuf mois'), while the verb takes an object and the
# French adjective follows its noun ('un bâtiment neuf'). A plain fact of the two languages' noun phrase.
HOMONYMS = {"nl": {"vier", "zeven", "elf", "acht"}, "fr": {"neuf"}}
# 'neufs', 'neuve(s)': the adjective 'new', never the number (invariable: a fact of French; trial Q)
NEVER_CARDINAL = {"fr": {"neufs", "neuve", "neuves"}}
# Measure nouns that stay singular after a number ('acht jaar', 'vier keer'), and plural-looking
# words that are no nouns: prepositions, adverbs, pronouns ending as plurals do.
_MEASURES = {
    "nl": {"jaar", "uur", "keer", "maal", "procent", "euro", "man", "ton", "meter", "kilometer", "kilo", "miljoen",
           "miljard", "honderd", "duizend", "week", "maand", "dag", "minuten", "seconden"},
    "fr": {"cent", "cents", "mille", "millions", "milliards", "ans", "fois"},
}  # fmt: skip
_NOT_NOUNS = {
    "nl": {"tegen", "boven", "beneden", "binnen", "buiten", "tussen", "geen", "hen", "ons", "des", "dus", "als",
           "alles", "eens", "pas", "thans", "reeds", "steeds", "tevens", "nadien", "eveneens", "meestens",
           "minstens", "ten", "ergens", "nergens", "overigens", "volgens", "wegens", "tijdens", "omstreeks",
           "even", "open", "wordt", "zijn", "hebben", "worden", "kunnen", "moeten", "zullen", "willen", "mogen"},
    "fr": {"dans", "sous", "vers", "mais", "plus", "très", "puis", "depuis", "alors", "pas", "sans", "des", "les",
           "ses", "ces", "mes", "tes", "nos", "vos", "leurs", "aux", "nous", "vous", "ils", "elles", "est", "sont",
           "jamais", "toujours", "moins", "assez", "ainsi"},
}  # fmt: skip


# A count of things just named: a cardinal before the partitive pronoun ('elf ervan', 'zeven
# daarvan', 'neuf d'entre eux'), where no sieve, elf or new thing stands (a plain fact of the three
# languages: trial D's 'Negen/Zes d'entre eux' were flagged untranslated, 'Elf/Zeven' were not)
_OF_THEM = re.compile(r"\s{0,3}(?:(?:er|daar|hier|waar)van\b|van\s+(?:hen|hun)\b|d['’]entre\s|of\s+them\b)", re.I)


def counts_noun(following: str, lang: str) -> bool:
    """Whether the words after a homonym of a number are the noun it counts: a plural noun, or a
    measure word, perhaps after one inflected adjective ('vier nieuwe medewerkers'), or 'of them'."""
    if _OF_THEM.match(following):
        return True
    words = re.findall(r"[\w'’-]+", following)[:2]
    if not words or any(c.isdigit() for c in words[0]):
        return False  # 'remet à neuf 19 bâtiments': a figure follows, the word is no count of it

    def noun(word: str) -> bool:
        low = word.lower()
        if low in _MEASURES.get(lang, set()):
            return True
        if low in _NOT_NOUNS.get(lang, set()) or len(low) < 4:
            return False
        return low.endswith(("en", "s", "'s", "’s")) if lang == "nl" else low.endswith(("s", "x"))

    if noun(words[0]):
        return True
    adjective = words[0].lower().endswith("e") and words[0].lower() not in _NOT_NOUNS.get(lang, set())
    return len(words) == 2 and adjective and noun(words[1])


@lru_cache(maxsize=65536)
def cardinal(word: str, lang: str) -> tuple[int, bool] | None:
    """(value, soft) of a cardinal number word, or None: 'achttien' -> (18, False)."""
    word = word.lower()
    if word in SOFT_WORDS.get(lang, {}):
        return SOFT_WORDS[lang][word], True
    if lang not in LOCALES or not word.replace("-", "").isalpha() or word in NEVER_CARDINAL.get(lang, ()):
        return None
    from text_to_num import text2num

    try:
        value = int(text2num(word, lang))
    except (ValueError, TypeError):
        suffixes = ("tal", "jarig", "jarige", "plusser", "plussers")
        if lang == "nl" and len(word) > 5 and word.endswith(suffixes):
            # 'een viertal' (about four), 'tienjarig' (ten years' long), 'vijftigplussers' (the over-fifties):
            # facts of Dutch word formation; an approximate count covers the other side's number but is
            # never reported itself
            stem = re.sub(r"(?:tal|jarige?|plussers?)$", "", word)
            counted = cardinal(stem, lang)
            if counted is not None:
                # 'vijftigplussers' as often says 'seniors' on the other side as 'plus de 50 ans': it covers only
                soft = word.endswith(("tal", "plusser", "plussers"))
                return counted[0], counted[1] or soft or counted[0] == 1
        return None
    return value, value in _SCALE_VALUES


@lru_cache(maxsize=65536)
def ordinal(word: str, lang: str) -> int | None:
    """The rank of an ordinal word beyond the small ones of ORDINALS: 'twintigste' -> 20."""
    from text_to_num import alpha2digit

    if lang not in LOCALES or not word.replace("-", "").isalpha() or word in NEVER_CARDINAL.get(lang, ()):
        return None
    read = alpha2digit(word, lang, threshold=0)
    match = re.fullmatch(r"(\d+)(?:e|ème|eme|er|re|ste|de|th|st|nd|rd)", read)
    return int(match.group(1)) if match else None


ORDINALS = {
    "nl": {
        "eerste": 1,
        "tweede": 2,
        "derde": 3,
        "vierde": 4,
        "vijfde": 5,
        "zesde": 6,
        "zevende": 7,
        "achtste": 8,
        "negende": 9,
        "tiende": 10,
    },
    "fr": {
        "premier": 1,
        "première": 1,
        "premiere": 1,
        "premiers": 1,
        "premières": 1,
        "deuxième": 2,
        "deuxieme": 2,
        "second": 2,
        "seconde": 2,
        "troisième": 3,
        "troisieme": 3,
        "quatrième": 4,
        "cinquième": 5,
        "sixième": 6,
        "septième": 7,
        "huitième": 8,
        "neuvième": 9,
        "dixième": 10,
        # 'deuxièmement' is 'ten tweede'
        "premièrement": 1,
        "deuxièmement": 2,
        "secondement": 2,
        "troisièmement": 3,
        "quatrièmement": 4,
        "cinquièmement": 5,
    },
    "en": {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "firstly": 1,
        "secondly": 2,
        "thirdly": 3,
        "fourthly": 4,
    },
}
SOFT_ORDINALS = {"second", "seconde"}


def roman(numeral: str) -> int | None:
    """A Roman numeral of a rank ('XIVe', 'Ier'): I to C, below 200."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, char in enumerate(numeral):
        value = values[char]
        total += -value if i + 1 < len(numeral) and values[numeral[i + 1]] > value else value
    return total if 0 < total < 200 else None


# How the three languages write a number in digits (CLDR's symbols above): a figure read as one value.
SPACES = r"[ \u00a0\u202f]"  # a space, a no-break space, a narrow one: what groups digits


def canonical(number: float) -> str:
    """Twelve significant digits: '1.559.672' is not '1.559.673' (six made them equal), float noise hidden;
    a whole figure of thirteen digits or more every digit, rounded ('5410987654321', an EAN, is no
    '5410987654322': trial B; a float holds such a figure exactly up to sixteen digits)."""
    return str(round(number)) if 1e12 <= abs(number) < 1e16 else f"{number:.12g}"


def parse_number(text: str, lang: str) -> float | None:
    raw = re.sub(SPACES, " ", text.strip())
    decimal, _group = NUMBER_SYMBOLS.get(lang, NUMBER_SYMBOLS["nl"])
    if decimal == ".":
        raw = raw.replace(",", "").replace(" ", "")
    else:
        if re.fullmatch(r"\d{1,3}(?:[. ]\d{3})+(?:,\d+)?", raw):
            raw = raw.replace(".", "").replace(" ", "")
        raw = raw.replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        return None


# What follows the verb 'vierde' (celebrated) and never the ordinal: its subject after an inversion,
# an article or a pronoun ('vierde de stad', 'vierde men', 'vierde het museum'); a rank is followed
# by its noun ('de vierde editie'). A plain fact of Dutch.
_VIEREN = re.compile(r"^\s{1,3}(?:de|het|een|hij|zij|ze|men|we|wij|u|jullie|zijn|haar|hun|ons|onze)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:de|het|een|zijn|haar|hun|onze|ons|deze|die|dit|elke)\s+$", re.IGNORECASE)


def celebrated(before: str, after: str) -> bool:
    """'vierde' as the verb: its subject after it ('vierde de stad', 'vierde België'), or a year
    before it ('In 1880 vierde'); a rank has a determiner before it ('de vierde editie'), and opening a
    sentence or a headline ('Vierde Europese top') it is a rank: a statement puts its verb second."""
    if _DETERMINER.search(before[-12:]):
        return False
    return bool(_VIEREN.match(after) or re.match(r"\s{1,3}[A-ZÀ-Ý]", after) or re.search(r"\d\s+$", before[-8:]))
