"""References to laws and judgments, read as identifiers compared whole (trial L, ten NL/FR pairs
citing acts and judgments): a changed one is a wrong reference, however close its figures. Read by
numbers.py before any other pattern, so that their figures are never read as amounts or dates.
"""

from __future__ import annotations

import re

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


def legal_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """The shapes of a legal reference, each an identifier (their names start with 'legal')."""
    return [
        ("legal_role", re.compile(_ROLE)),
        ("legal_suffix", re.compile(rf"(?<![\w.,/-])\d{{1,4}}°?(?:{_SUFFIX})(?:-\d{{1,3}})?(?![\w])")),
    ]


def read_legal(name: str, m: re.Match[str]) -> list[Quantity] | None:
    """The identifier of a reference: its written form, the marks that do not tell two apart left out."""
    surface = m.group(0)
    return [Quantity("code", surface.replace("°", ""), surface, m.start())]
