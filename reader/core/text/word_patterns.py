"""The patterns of numbers said in words: idioms, fractions, ratios ('1 op 4', 'un sur cinq'),
multiples, spans named by one word and rank numerals. Read by numbers.py, before its patterns of
figures, dates and times."""

from __future__ import annotations

import re

from reader.core.text.fraction_words import _CARDINAL, FRACTION_COUNTS, FRACTIONS, IDIOMS, MULTIPLES, PERIOD_WORDS
from reader.core.text.number_words import MONTHS, RUN_WORDS, SCALES
from reader.core.text.spoken import spoken_patterns

WB = r"(?<![\w])"
WE = r"(?![\w])"
MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# Dutch joins a weekday to a part of the day in one word ('donderdagavond' is 'jeudi soir',
# 'zondagnamiddag' 'dimanche après-midi'): a plain fact of Dutch compounding (a trial's pair read
# 'jeudi' three times against two Dutch weekdays).
DAY_PART = {"nl": r"(?:ochtend|morgen|voormiddag|middag|namiddag|avond|nacht)(?:en)?"}
# What a ratio's count never counts: a scale or a percent makes it an amount ('15 million in 2026').
_AMOUNT = "(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r"|percent|per\s?cent|pct)"
# What a ratio's whole is never followed by: a duration, a distance, a share ('op 2 jaar', 'op 3 km').
_UNIT_AFTER = r"jaar|jaren|maand(?:en)?|weken|week|dag(?:en)?|uur|uren|minuten|km|meter|procent|%|euro"


def word_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Idioms, fractions, 'one in N' and multiplicatives: for the languages that have the words."""
    if lang not in FRACTIONS:
        return []
    flags = re.IGNORECASE
    cardinals = "|".join(_CARDINAL[lang])
    fractions = "|".join(FRACTIONS[lang])
    # (never 'tiende' glued: 'vijftiende', 'achttiende' are the fifteenth and the eighteenth)
    glued = r"(?:[\s-]+|(?!tienden?\b))" if lang == "nl" else r"[\s-]+"
    # '1.559.672 keer bezocht' counts visits: '672 keer' is not cut out of a long number.
    whole = r"(?<!\d[.,\u00a0\u202f ])(?<![\d.,])"
    times = {
        "nl": rf"(?P<c>{whole}\d+|{cardinals}|één|een)\s*(?:maal|keer)",
        "fr": rf"(?P<c>{whole}\d+|{cardinals})\s+fois|à\s+(?P<c2>\d+|{cardinals})\s+reprises",
        "en": rf"(?P<c>{whole}\d+|{cardinals})\s+times|(?P<twice>twice)|(?P<once>once)",
    }[lang]
    _NO_GROUP = r"(?![\s\u00a0\u202f]\d{3}\b)"  # '2 700': digits followed by a group are one number
    _WHOLE = r"\d+(?![.,\s\u00a0\u202f]\d)"  # a ratio's whole: '10.000' and '10 000' are one number
    per = {
        # 'zeven op tien', 'sept commerçants contrôlés sur dix', 'one driver in three': a count, at
        # most a few words, then 'op/sur/in' and the whole ('se concentrer sur quatre domaines' is no ratio)
        # ('195 van de 250' says a ratio as 'op' does: '195 sur 250')
        # ('een van de 48 lidstaten' is the partitive 'one of the 48', 'l'un des 48': no ratio)
        # ('1 vrijwillige terugkeer op 4', 'één Belg op vier': the noun between, as French sets it;
        # after the article 'een' only plausible, as after French 'un' ('een beroep op twee experts',
        # 'een persoon op vier' = 'une personne sur quatre': soft, numbers.py), and never before a
        # month or a unit ('2 bezoeken op 3 mei', 'één controle op 2 jaar' is a frequency))
        "nl": rf"(?:(?P<k>\d+{_NO_GROUP}|{cardinals}|één|eén|een)\s+"
        r"(?:op\s+(?:de\s+)?|(?<!\been\s)(?<!één\s)(?<!eén\s)van\s+de\s+)"
        rf"(?P<per>{_WHOLE}|{cardinals})\b"
        rf"|(?P<k2>\d+{_NO_GROUP}|{cardinals}|één|eén|een)\s+(?:(?!(?:een|één|eén)\s)[^\W\d][\w'’-]*\s+){{1,3}}?op\s+"
        rf"(?P<per2>{_WHOLE}|{cardinals})\b(?!\s*(?:{MONTH}|{_UNIT_AFTER})\b))",
        # ('un senior de plus de 65 ans sur cinq'; 'un budget réparti sur cinq ans' is a duration)
        # ('2 700 m2 répartis sur cinq étages': a number grouped by spaces is one, never the count)
        # ('265 des 308 communes' = '265 van de 308 gemeenten': a count, then 'des' and the whole; 'l'un
        # des 48' is the partitive, as 'een van de 48')
        "fr": rf"(?:(?P<k>\d+{_NO_GROUP}|{cardinals}|une?)\s+(?:[\w'’-]+\s+){{0,6}}?sur\s+(?P<per>{_WHOLE}|{cardinals})"
        r"(?!\s+(?:ans?|années?|mois|jours?|semaines?|heures?|minutes?)\b)"
        rf"|(?P<k2>\d+{_NO_GROUP}|{cardinals})\s+des\s+(?P<per2>{_WHOLE}|{cardinals})\b)",
        # ('EUR 187.5 million in 2026' is an amount and its year: never '5 in 2026' (trial K). A plain fact
        # of English: a ratio counts things, not millions or percent, and 'in' before a year names it)
        "en": rf"(?:(?P<k>{whole}\d+|{cardinals}|one)\s+(?:(?!{_AMOUNT}\b)[^\W\d][\w'’-]*\s+){{0,2}}?"
        rf"(?:in\s+(?!(?:19|20)\d\d\b)|out\s+of\s+)(?P<per>{_WHOLE}|{cardinals})"
        rf"|(?P<k2>\d+|{cardinals})\s+of\s+the\s+(?P<per2>{_WHOLE}|{cardinals})\b)",
    }[lang]
    return [
        *spoken_patterns(lang),  # halves and decimals said in words, before their words are read alone
        ("idiom", re.compile(rf"{WB}(?:{IDIOMS[lang]}){WE}", flags)),
        (
            "fraction",
            re.compile(
                # Dutch writes a fraction in one word ('tweederde', 'eenvijfde'), as 'driekwart'
                rf"{WB}(?:(?P<k>\d+|{cardinals}|{FRACTION_COUNTS[lang]}|één|een|un|une|one|a|de|la|the){glued})?"
                rf"(?P<f>{fractions}){WE}",
                flags,
            ),
        ),
        # (never from inside a hyphenated numeral: the 'trois' of 'cent nonante-trois des 539' is no count)
        ("per", re.compile(rf"(?<![\w-]){per}{WE}", flags)),
        ("times", re.compile(rf"{WB}(?:{times}){WE}", flags)),
        ("multiple", re.compile(rf"{WB}(?P<mult>{'|'.join(MULTIPLES.get(lang, {}))}){WE}", flags)),
        ("period", re.compile(rf"{WB}(?P<span>{'|'.join(PERIOD_WORDS[lang])}){WE}", flags)),
        # a decade by its two digits ('les années 90', 'de jaren '90', 'the 90s' = 'de jaren 1990'): numbers.py
        # (after its article only, and never a share: 'de voorbije jaren 20 procent meer' counts)
        (
            "decade",
            re.compile(
                r"(?<![\w])(?:(?:de\s{1,3}jaren|(?:les|des|aux)\s{1,3}années)\s{1,3}['’]?(?P<dd>[1-9]0)(?:['’]?s)?"
                r"|the\s{1,3}['’]?(?P<dd2>[1-9]0)['’]?s)"  # 'the 90 staff' counts: English says the decade with its s
                r"(?![\w])(?!\s{0,3}(?:%|procent|pour\s?cent|percent|per\s?cent))",
                flags,
            ),
        ),
        # '3/4 van de gemeenten' = 'les trois quarts': a small fraction in digits ('24/7', 'art. 145/35' are none)
        ("digit_fraction", re.compile(r"(?<![\d/.,])(?P<a>[1-9])/(?P<b>[2-9]|10)(?![\d/])")),
        # A quarter by its letter and number beside its year ('Q3 2025', French 'T3 2025' for trimestre, Dutch
        # 'K3 2025' for kwartaal, '2025 Q3') is the third quarter, 'derde kwartaal', 'troisième trimestre': a
        # plain fact of the three languages' statistics (trial F, F3: 'T4 2025' against 'derde kwartaal 2025'
        # passed). Read as the ordinal the words say; only beside a year ('un T3' is a flat of three rooms).
        (
            "ordinal_digit",
            re.compile(
                r"(?<![\w-])(?:(?<=\d{4}[\s-])|(?=[QTK][1-4][\s-]{1,3}(?:19|20)\d\d\b))[QTK](?P<n>[1-4])(?![\w-])"
            ),
        ),
        # 'au XXIe siècle' = 'in de 21ste eeuw': a Roman ordinal
        # ('Le', 'Ce' are words: a lone L or C is no numeral)
        ("roman", re.compile(r"(?<![\w])(?P<r>[IVX]|[IVXLC]{2,7})(?:e|ème|er|re|ste|de)(?![\w])")),
    ]


def word_run(lang: str) -> str:
    """Two or more number words apart ('deux cent cinquante', 'quatre-vingt-dix mille')."""
    atom = "(?:" + "|".join(sorted(RUN_WORDS[lang].split(), key=len, reverse=True)) + ")"
    word = rf"{atom}(?:-{atom})*"
    link = r"\s+(?:et\s+|and\s+)?" if lang == "fr" else r"\s+(?:and\s+)?"
    return rf"{word}(?:{link}{word})+"
