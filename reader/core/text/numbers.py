"""Locale-aware extraction of numbers, amounts, percentages, ordinals, dates and times.

Each quantity is normalised to a canonical value so that renderings compare equal across Belgian
conventions: '18.625' = '18 625', '1.234,56' = '1 234,56', '€ 3,2 miljoen' = '3,2 millions d'euros',
'5 december 2018' = '5 décembre 2018', '10.00 uur' = '10 heures', 'negen' = 'neuf'. Ambiguous words
('une' is also an article, 'neuf' also means new) are *soft*: they may cover a number missing on the
other side, but are never reported themselves. That keeps precision high.
"""

from __future__ import annotations

import re

from reader.core.text.clock import CLOCK_WORD, MERIDIEM, read_time
from reader.core.text.codes import CODE, LABEL, read_code, read_label
from reader.core.text.fraction_words import MULTIPLES, PERIOD_WORDS
from reader.core.text.legal_refs import PLAIN_HYPHENS, legal_patterns, read_legal
from reader.core.text.measures import measures
from reader.core.text.number_words import (
    HOMONYMS,
    MONTHS,
    NUMBER_SYMBOLS,
    ORDINALS,
    RUN_WORDS,
    SCALES,
    SOFT_ORDINALS,
    SPACES,
    WEEKDAYS,
    canonical,
    cardinal,
    celebrated,
    counts_noun,
    ordinal,
    parse_number,
    roman,
)

# the quantity read and how two are matched live apart; both are this module's words too
from reader.core.text.quantity import Quantity as Quantity
from reader.core.text.quantity import hour_ranges, signed
from reader.core.text.quantity import unmatched as unmatched
from reader.core.text.ratios import read_ratio
from reader.core.text.spoken import count_word, read_fraction, read_spoken
from reader.core.text.unit_spans import anniversaries, basis_points, durations, hour_parts, unit_lists, unit_ranges
from reader.core.text.word_facts import EN_COMPOUND
from reader.core.text.word_patterns import DAY_PART, word_run
from reader.core.text.word_patterns import MONTH as _MONTH
from reader.core.text.word_patterns import WB as _WB
from reader.core.text.word_patterns import WE as _WE
from reader.core.text.word_patterns import word_patterns as _word_patterns

_SP = SPACES
_WEEKDAY = "|".join(WEEKDAYS)


def _number_pattern(decimal: str, group: str) -> str:
    """Grouped and decimal numbers with the CLDR symbols of a language. Besides CLDR's group
    separator, Belgian copy groups with a space of any kind, and with the point wherever the comma
    is the decimal sign ('1.200 euros' in French as in Dutch)."""
    groups = "|".join(dict.fromkeys([re.escape(group), _SP, *([r"\."] if decimal == "," else [])]))
    d = re.escape(decimal)
    pattern = rf"\d{{1,3}}(?:(?:{groups})\d{{3}})+(?:{d}\d+)?(?!\d)|\d+{d}\d+|"
    if decimal == ",":  # '€1.5bn': an English-style decimal point in Dutch or French copy, one or two digits
        return pattern + r"\d+(?:\.\d{1,2})?(?![\d.,]\d)|\d+"
    return pattern + r"\d+"


_NUM = {lang: _number_pattern(decimal, group) for lang, (decimal, group) in NUMBER_SYMBOLS.items()}


def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    num = _NUM.get(lang, _NUM["nl"])
    # 'drie procent' = '3 %', 'drie miljoen' = '3 millions': a number word (checked when read)
    words = r"[^\W\d_]+(?:-[^\W\d_]+)*"
    flags = re.IGNORECASE
    return _word_patterns(lang) + [
        # an identifier (a lot '24B1379', 'L2431-5B', 'GV 2630 A'): compared whole (codes.py)
        ("code", CODE),
        ("label", LABEL),  # a road's, a ring's, a train service's: 'N4', 'E40', 'S8' (codes.py)
        (
            "date_dmy",
            re.compile(
                # '1er janvier', and '1erjanvier' as a page may glue them (the ordinal's mark tells the two apart)
                # ('16. mai 2022': the German-speaking Community's pages mark the day as an ordinal, with a
                # full stop, in French too; only before a month and its year: '3. Mei' opens a list's item)
                rf"{_WB}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:de\s+)?(?P<d>\d{{1,2}})"
                rf"(?:(?:er|e|ste|de|st|nd|rd|th)\s*|\s+|\.\s+(?=(?:{_MONTH})\.?\s+\d{{4}}))"
                # '20 juli, 2016': the month and year apart by a comma, as WordPress's date format sets them
                # (only where the year ends the date: '3 mei, 2000 mensen' is a count)
                rf"(?:of\s+)?(?P<m>{_MONTH})\.?(?:\s+(?P<y>\d{{4}})|,\s+(?P<y2>\d{{4}})"
                rf"(?=\s*$|\s*[,.;:)|]|\s+(?:om|à|at|-|–)\s|\s+\d{{1,2}}[:.h]\d\d))?{_WE}",
                flags,
            ),
        ),
        (
            "date_mdy",
            re.compile(
                rf"{_WB}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_WE}",
                flags,
            ),
        ),
        ("date_my", re.compile(rf"{_WB}(?P<m>{_MONTH})\s+(?P<y>\d{{4}}){_WE}", flags)),
        *(  # English puts the month first, with or without a year: 'on December 5'
            [("date_md", re.compile(rf"{_WB}(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,.]\d)", flags))]
            if lang == "en"
            else []
        ),
        ("date_iso", re.compile(r"(?<![\d])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])")),
        ("date_num", re.compile(r"(?<![\d.,/])(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4}|\d{2})(?![\d])")),
        ("weekday", re.compile(rf"{_WB}(?P<wd>{_WEEKDAY})(?:{DAY_PART.get(lang, '')})?{_WE}", flags)),
        (
            "time",
            re.compile(
                rf"{_WB}(?:(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}})\s*(?:uur|u|h|heures?|hrs?|{MERIDIEM})?{_WE}"
                rf"|\s?[hu]\s?(?P<mi2>\d{{2}}){_WE}|\s?(?:uur|u|heures?|h|o'clock){_WE}|{MERIDIEM}(?!\w))"
                rf"|{CLOCK_WORD}{_WE})",
                flags,
            ),
        ),
        *(
            [
                (
                    "word_run",
                    re.compile(rf"{_WB}(?P<run>{word_run(lang)})(?:{_SP}*(?P<s>{'|'.join(SCALES)}))?\.?{_WE}", flags),
                )
            ]
            if lang in RUN_WORDS
            else []
        ),
        (
            "percent",
            re.compile(
                rf"{_WB}(?P<n>{num}|{words})\s*(?:%|(?:procent|pct\.?|pour\s?cents?|p\.\s?c\.|percent|per\s?cent){_WE})",
                flags,
            ),
        ),
        # '€2.4m', '£3m': after a currency, English writes a million so (a plain fact; '3m' alone is metres)
        *([("scaled", re.compile(rf"(?<=[€£$])\s?(?P<n>{num})(?P<s>m){_WE}"))] if lang == "en" else []),
        ("scaled", re.compile(rf"{_WB}(?P<n>{num}|{words}){_SP}*(?P<s>{'|'.join(SCALES)})\.?{_WE}", flags)),
        ("footnote", re.compile(r"(?<=[^\s\d])\[\d{1,2}\]")),
        # a Belgian telephone number, '0475 11 22 33', '02/123.45.67', '+32 2 123 45 67': one number
        # that is no quantity, never four ('0475', '11', '22', '33' flagged one by one); grouped as a
        # page likes ('070 23 2000' is '070 23 20 00': trial T), its digits read whole (a Belgian number
        # is 0 and eight or nine digits: a plain fact of the numbering plan, checked when read)
        (
            "phone",
            re.compile(r"(?<![\w.,+])(?:\+32[ .]?\(?0?\)?[ .]?\d{1,3}|0\d{1,3})(?:[ ./-]\d{2,4}){1,4}(?![\w]|[.,]\d)"),
        ),
        # a Belgian postcode in an address, after a street's house number and before the municipality
        # ('Molenstraat 8, 9300 Aalst'; four digits, 1000-9999: a plain fact of Belgian addresses): part
        # of the address, which a version may give without it ('Molenstraat 8 à Alost'), so reported only
        # when both give one and they differ (trial T: '1035' against '1030' passed, read as soft);
        # the house number is read as any number (a year, four digits, is no house number)
        (
            "postcode",
            re.compile(
                r"(?<![\w-])[A-ZÀ-Ý][\w'’-]+\s(?P<h>\d{1,3}[a-zA-Z]?)(?![\w.,]\d)(?:\s?(?:bus|bte|boîte)\.?\s?\d{1,4})?"
                r"(?:,\s|\s[-–]\s)(?P<pc>[1-9]\d{3})(?=\s+[A-ZÀ-Ý][a-zà-ÿ])"
            ),
        ),
        # 'COVID-19', 'Covid-19-crisis': a name's, no number (a range '2019-2020' has a digit after its hyphen)
        ("named", re.compile(r"(?<=[^\W\d_]{3}-)\d{1,4}(?![\w])(?!-\d)")),
        # '25ste', '2e', and grouped: '100.000ste' = '100 000ième'
        (
            "ordinal_digit",
            re.compile(
                r"(?<![\w.,])(?P<n>\d{1,3}(?:[.\u00a0\u202f ]\d{3})*)"
                r"(?:er|re|ère|e|ème|ième|ste|de|st|nd|rd|th)(?![\w])"
            ),
        ),
        # (each form behind the same guard: never the '2' of 'B2C', 'CO2', 'G20', nor the '15' of 'EU-15', at a
        # sentence's end too; a unit may follow glued, '10km', '5kg')
        (
            "number",
            re.compile(rf"(?<![\w.,])(?<![^\W\d_]-)(?:{num})|(?<![\w,])(?<![^\W\d_]-)(?:{num})(?=[.,](?:\s|$))"),
        ),
        ("word", re.compile(r"(?<![\w-])[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*(?![\w-])", flags)),
    ]


_PATTERN_CACHE: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


_MULTIPLE_ADJECTIVES = {
    "double", "doubles", "triple", "triples", "dubbel", "dubbele", "drievoudig", "drievoudige", "viervoudig",
    "viervoudige", "tweeledig", "tweeledige", "drieledig", "drieledige", "vierledig", "vierledige",
}  # fmt: skip
_AFTER_COUNT = {"de", "du", "des", "d", "van", "zoveel", "zo", "als", "dan", "que", "plus", "moins", "as", "the", "of"}


def extract(text: str, lang: str) -> list[Quantity]:
    """Every quantity in reading order; spans already claimed are not read again."""
    patterns = _PATTERN_CACHE.setdefault(lang, legal_patterns(lang) + _patterns(lang))
    text = text.translate(PLAIN_HYPHENS)
    taken = [False] * len(text)
    found: list[Quantity] = []

    def claim(match: re.Match[str]) -> bool:
        if any(taken[match.start() : match.end()]):
            return False
        taken[match.start() : match.end()] = [True] * (match.end() - match.start())
        return True

    for name, pattern in patterns:
        for match in pattern.finditer(text):
            quantity = _read(name, match, text, lang)
            if quantity is None or not claim(match):
                continue
            found.extend(quantity)
    found.sort(key=lambda q: q.start)
    spans = durations(unit_lists(unit_ranges(hour_ranges(anniversaries(found, text), text), text), text), text)
    spans = measures(spans, text)  # '85 mg' is a measure of 0.085 g
    return signed(hour_parts(basis_points(spans, text), text), text)


def _read(name: str, m: re.Match[str], text: str, lang: str) -> list[Quantity] | None:
    surface, start = m.group(0), m.start()
    if name.startswith("legal"):
        return read_legal(name, m)
    if name == "idiom":
        return []  # claimed, so that its words are not read as numbers
    if name == "word_run":
        from text_to_num import text2num

        try:
            worded = int(text2num(" ".join(m.group("run").lower().split()), lang))
        except (ValueError, TypeError):
            return None  # 'deux trois' is no number: each word is read alone
        scale = SCALES.get((m.group("s") or "").lower(), 1)
        return [Quantity("number", canonical(worded * scale), surface, start)]
    if name == "fraction":
        return read_fraction(m, text, lang)
    if name in ("half", "point"):
        return read_spoken(name, m, lang)
    if name == "per":
        return read_ratio(m, text, lang, extract)
    if name == "period":
        return [Quantity("number", str(PERIOD_WORDS[lang][m.group("span").lower()]), surface, start, True)]
    if name == "decade":  # its century is the reader's: either, softly (it covers '1990', is never reported)
        decade = m.group("dd") or m.group("dd2")
        return [Quantity("number", f"{century}{decade}", surface, start, True) for century in ("19", "20")]
    if name == "multiple":
        word = m.group("mult").lower()
        # an adjective before its noun names a kind, not a count compared ('voitures à double étage'
        # are 'dubbeldeksrijtuigen', 'une double nationalité' a 'dubbele nationaliteit': a checks
        # trial's pair): soft, it covers the other side's figure and is never reported
        after = re.match(r"\s+([^\W\d_]+)", text[m.end() :])
        kind = word in _MULTIPLE_ADJECTIVES and after is not None and after.group(1).lower() not in _AFTER_COUNT
        return [Quantity("times", str(MULTIPLES[lang][word]), surface, start, soft=kind)]
    if name == "digit_fraction":
        a, b = int(m.group("a")), int(m.group("b"))
        return None if a >= b else [Quantity("fraction", f"{a}/{b}", surface, start)]
    if name == "roman":
        rank = roman(m.group("r"))
        return None if rank is None else [Quantity("ordinal", str(rank), surface, start)]
    if name == "times":
        if surface.lower() == "eenmaal" and not re.match(r"\s+per\b", text[m.end() :], re.IGNORECASE):
            return None  # 'als ze eenmaal in België zijn': the adverb 'once', no count ('eenmaal per jaar' is one)
        groups = m.groupdict()
        if groups.get("once"):  # 'once' is one time as often as 'formerly': it covers 'één keer', never said
            return [Quantity("times", "1", surface, start, soft=True)]
        count = 2 if groups.get("twice") else count_word(groups.get("c") or groups.get("c2") or "", lang)
        return None if count is None else [Quantity("times", str(count), surface, start)]
    if name.startswith("date"):
        month_raw = m.group("m")
        if lang == "en" and month_raw[:1].islower() and not month_raw.isdigit():
            return None  # 'up to 3 may apply': English months are capitalised, 'may' is a verb
        month = int(month_raw) if month_raw.isdigit() else MONTHS.get(month_raw.lower().rstrip("."))
        groups = m.groupdict()
        day = int(groups["d"]) if groups.get("d") else None
        year = groups.get("y") or groups.get("y2")
        if year and len(year) == 2:
            year = "20" + year
        if name == "date_num" and month and month > 12 and day is not None and day <= 12:
            month, day = day, month  # '09/14/2023' can only be 14 September: a CMS writing US order
        if not month or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        value = f"{year or '----'}-{month:02d}" + (f"-{day:02d}" if day else "")
        items = [Quantity("date", value, surface, start)]
        if groups.get("wd"):
            items.append(Quantity("weekday", str(WEEKDAYS[groups["wd"].lower()]), groups["wd"], start))
        return items
    if name == "weekday":
        return [Quantity("weekday", str(WEEKDAYS[m.group("wd").lower()]), surface, start)]
    if name == "time":
        return read_time(m, surface, text, start, lang)
    if name == "percent":
        number = _worded(m.group("n"), lang)
        return None if number is None else [Quantity("percent", canonical(number), surface, start)]
    if name == "scaled":
        number = _worded(m.group("n"), lang)
        scale = SCALES.get(m.group("s").lower(), 1e6)  # 'm' only after a currency (English)
        return None if number is None else [Quantity("number", canonical(number * scale), surface, start)]
    if name == "ordinal_digit":
        return [Quantity("ordinal", str(int(re.sub(r"\D", "", m.group("n")))), surface, start)]
    if name == "postcode":
        house, code = re.sub(r"\D", "", m.group("h")), m.group("pc")
        return [
            Quantity("number", canonical(int(house)), house, m.start("h")),
            Quantity("postcode", code, code, m.start("pc")),
        ]
    if name == "named":
        # 'COVID-19', 'top-3': part of a name, never reported, but it covers the same number said
        # apart on the other side ('top 3', a new user's real pair of the federal portal)
        return [Quantity("number", canonical(int(surface)), surface, start, soft=True)]
    if name == "code":
        return read_code(surface, start)
    if name == "label":
        return read_label(surface, start)
    if name == "phone":  # one number, its digits as dialled in Belgium ('+32 2' is '02')
        digits = re.sub(r"\D", "", surface)
        dialled = "0" + digits[2:].lstrip("0") if surface.startswith("+32") else digits
        return [Quantity("phone", dialled, surface, start)] if 9 <= len(dialled) <= 10 else None
    if name == "footnote":
        return []  # 'intersectionnelle[1]': a footnote mark, claimed so that it is not read as a number
    if name == "number":
        number = parse_number(surface, lang)
        return None if number is None else [Quantity("number", canonical(number), surface, start)]
    word = surface.lower()
    if lang == "nl" and (century := re.fullmatch(r"([a-z]+)-eeuws(?:e|che)?", word)):
        word = century.group(1)  # 'negentiende-eeuwse': the century's adjective holds its rank ('du XIXe siècle')
    if lang == "en" and (compound := EN_COMPOUND.fullmatch(word)):
        word = compound.group(1)  # 'a six-year term' counts six, as 'six ans' and 'zesjarige' do
    ordinals = ORDINALS.get(lang, {})
    rank = ordinals.get(word) or ordinal(word, lang)
    if rank:
        following = text[m.end() : m.end() + 12].lower()
        preceding = text[max(0, start - 5) : start].lower()
        if re.match(r"\s*(?:ministre|minister)", following) or preceding.endswith("vice-"):
            return None  # 'Premier ministre', 'Eerste Minister': a title, not an ordinal
        if lang == "nl" and surface == "vierde" and celebrated(text[:start], text[m.end() :]):
            return None  # 'In 1910 vierde de stad …': the past tense of 'vieren' (celebrate), no rank
        # 'first' is as often a manner of speaking ('dans un premier temps', 'voor het eerst') as a rank;
        # after a demonstrative a rank points back ('ce deuxième contrôle' for 'de nacontrole')
        back = re.search(r"\b(?:ce|cet|cette|ces|deze|dit|die|this|that)\s+$", text[max(0, start - 7) : start], re.I)
        # after an indefinite article a rank adds one more ('een tweede gevoel', 'une deuxième
        # piste': another), which the other version may say without a number ('ensuite', 'aussi')
        another = re.search(r"\b(?:een|un|une|a)\s+$", text[max(0, start - 5) : start], re.I)
        soft = word in SOFT_ORDINALS or rank == 1 or back is not None or another is not None
        # a rank of a period of the calendar ('eerste jaarhelft', 'second semestre', 'derde kwartaal')
        # is a fact, never a manner of speaking: a half-year changed went unflagged (a trial)
        soft = soft and not _PERIOD.match(following)
        return [Quantity("ordinal", str(rank), surface, start, soft=soft)]
    read = cardinal(word, lang)
    if read is None:
        return None
    # 'ces deux domaines', 'deze drie landen': a demonstrative counts what was just named, which
    # the other version may name again instead of counting (nodate-kmi-wow-be): it may cover only.
    back = re.search(r"\b(?:ces|deze|these|those)\s+$", text[max(0, start - 8) : start], re.IGNORECASE)
    # 'les deux', 'de twee', 'the two' is the dual, 'both' ('beide', 'l'un et l'autre'): it names
    # the two things just or next named ('les deux tâches principales :' for 'de kerntaken:', 'voici
    # les deux dossiers :'), which the other version names without counting. It covers; a three
    # against it is still reported.
    both = read[0] == 2 and re.search(r"\b(?:les|de|the)\s+$", text[max(0, start - 5) : start], re.IGNORECASE)
    # 'één van deze oorzaken' is 'one of these causes', the partitive pronoun ('l'une de ces causes',
    # where French writes the soft 'une'): a plain fact of Dutch, as 'een van de' (a trial's pair)
    one_of = read[0] == 1 and _PARTITIVE.match(text, m.end()) is not None
    soft = read[1] and not (word in HOMONYMS.get(lang, ()) and counts_noun(text[m.end() : m.end() + 40], lang))
    return [Quantity("number", canonical(read[0]), surface, start, soft=soft or bool(back or both or one_of))]


_PERIOD = re.compile(
    r"\s{0,3}(?:kwartaal|semester|jaarhelft|helft|trimestre|semestre|quarter|half|halfjaar)\b", re.IGNORECASE
)
_PARTITIVE = re.compile(
    r"\s{1,3}(?:van|of)\s{1,3}(?:de|deze|die|dit|het|hun|onze|ons|zijn|haar|uw|the|these|those)\b", re.I
)


def _worded(raw: str, lang: str) -> float | None:
    """A number in digits or in one word ('drie', 'achttien'); None for any other word."""
    if raw[:1].isdigit():
        return parse_number(raw, lang)
    read = cardinal(raw, lang)
    return None if read is None else float(read[0])
