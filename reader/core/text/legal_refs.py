"""References to laws and judgments, read as identifiers compared whole (trial L, ten NL/FR pairs
citing acts and judgments): a changed one is a wrong reference, however close its figures. Read by
numbers.py before any other pattern, so that their figures are never read as amounts or dates.
"""

from __future__ import annotations

import re

from reader.core.text.number_words import roman
from reader.core.text.quantity import Quantity

# The Latin ordinal suffixes of an inserted article or point ('12bis', '235ter', '2°bis',
# '22quinquies', '259bis-8'): the same words in Dutch and French law (ejustice.just.fgov.be's
# Justel texts in both languages, etaamb.openjustice.be's side-by-side pages). '235bis' is another
# article than '235ter' and '235': all three were read 235, so a changed suffix passed.
_SUFFIX = "bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies"
# The Court of Cassation's role number, a letter of the chamber, the year's two digits, four digits
# and the letter of the procedure's language: 'P.25.0417.N', 'C.11.0478.N', the same in both
# versions of a judgment (lex.be's and fdocuments.nl's Cassation judgments, two unrelated sites).
# Its figures were read as nothing, so one written otherwise passed.
_ROLE = r"(?<![\w.])[A-Z]\.\d{2}\.\d{4}\.[A-Z](?![\w])"
# A codified act's article number in three or four parts, after the word for article ('artikel
# 11.4.2', 'article 6.4.13', 'artt. 4.3.1 en 4.3.2') or before its paragraph sign ('4.3.1, § 1'):
# the Flemish codes number so (Vlaamse Codex Ruimtelijke Ordening on ejustice.just.fgov.be and on
# codex.vlaanderen.be). One identifier: '9.3.14' was read as 9 March 2014 and '11.4.2' as 1.
_PARTS = r"\d{1,3}(?:\.\d{1,3}){2,3}(?![\w]|\.\d)"
_ARTICLE = r"(?<![\w])(?i:artikel(?:en|s)?|articles?|artt?\.)\s{1,3}"
_LIST = r"\s{0,2}(?:,|en|et|tot(?:\s+en\s+met)?|à|-|–)\s{0,3}"
_CODEX = rf"{_ARTICLE}{_PARTS}(?:{_LIST}{_PARTS})*|(?<![\w.])\d{{1,3}}(?:\.\d{{1,3}}){{2,3}}(?=,?\s?§)"
# A consideration of the Constitutional Court's judgments, 'B.7.3' (etaamb.openjustice.be's and
# lex.be's copies of its judgments, both languages): one identifier, whether a comma follows or not
# (French puts one after a fronted phrase, Dutch does not: 'En B.7.3, la Cour' / 'In B.7.3 oordeelt').
# '7.3' was read before a comma only, a false flag on a correct pair.
_CONSIDERATION = r"(?<![\w.])B\.\d{1,2}(?:\.\d{1,2}){0,3}(?![\w]|\.\d)"
# U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN are the hyphen (Unicode's names say so): eur-lex and
# sdu.nl write the EU case 'C' U+2011 '123/24' with the second, which split it in '123' and '24' against
# the other version's plain 'C-123/24', a false flag on a correct pair (trial L, p05). One for one,
# so that every position read stays the text's.
PLAIN_HYPHENS = str.maketrans("\u2010\u2011", "--")
# A part of an act numbered in Roman figures right after its head word ('Titel IV', 'Hoofdstuk III',
# 'chapitre Ier', 'Livre II'): the heads of Belgian acts in both languages, numbered in Roman or
# Arabic figures alike (ejustice.just.fgov.be, refli.be: 'TITRE Ier', 'HOOFDSTUK I' / 'CHAPITRE 1er').
# Read as the number it is, 'Titel IV' against 'Titre VI' differs and 'Hoofdstuk III' is 'Chapitre 3';
# only after a head, so that a name 'Vi' or the English pronoun 'I' is never read (no English
# 'section' or 'part': 'in part I think'). A well-formed numeral only, in capitals.
_HEADS = {
    "nl": "(?i:titel|hoofdstuk|boek|afdeling|onderafdeling|deel)",
    "fr": "(?i:titre|chapitre|livre|section|sous-section|partie)",
    "en": "(?:Title|TITLE|Chapter|CHAPTER|Book|BOOK)",
}
_NUMERAL = r"(?=[IVXLC])(?P<r>(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?:er|e)?(?![\w])"


def legal_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """The shapes of a legal reference, each an identifier (their names start with 'legal')."""
    return [
        ("legal_role", re.compile(_ROLE)),
        ("legal_codex", re.compile(_CODEX)),
        ("legal_consideration", re.compile(_CONSIDERATION)),
        ("legal_suffix", re.compile(rf"(?<![\w.,/-])\d{{1,4}}°?(?:{_SUFFIX})(?:-\d{{1,3}})?(?![\w])")),
        *([("legal_roman", re.compile(rf"(?<![\w-]){_HEADS[lang]}\s{{1,3}}{_NUMERAL}"))] if lang in _HEADS else []),
    ]


def read_legal(name: str, m: re.Match[str]) -> list[Quantity] | None:
    """The identifier of a reference: its written form, the marks that do not tell two apart left out."""
    surface = m.group(0)
    if name == "legal_roman":
        rank = roman(m.group("r"))
        numeral = surface[m.start("r") - m.start() :]
        return None if rank is None else [Quantity("number", str(rank), numeral, m.start("r"))]
    if name == "legal_codex":  # each article of a list, the words between left unread
        numbers = re.finditer(_PARTS, surface)
        return [Quantity("code", n.group(0), n.group(0), m.start() + n.start()) for n in numbers]
    return [Quantity("code", surface.replace("°", ""), surface, m.start())]
