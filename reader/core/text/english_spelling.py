"""The other spelling of an English word, British or American, for the search: 'Defense' found no
'Defence', 'Center' no 'Centre', 'digitalization' no 'digitalisation' (trial S, F6).

A plain fact of the language (English spelling, as the Oxford and Merriam-Webster dictionaries give
both): British writes -ise/-isation, -our, -re, -ence and -ogramme where American writes -ize/-ization,
-or, -er, -ense and -ogram, in these regular endings. A form that is no word ('numbre') finds nothing:
an alternative costs a term of the query, never a wrong hit in English text."""

from __future__ import annotations

import re

# (ending, its other spelling) on a folded word; the stem before it long enough that short words
# ('four', 'here', 'sense', 'wise') are left alone
_PAIRS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{3})iz(e|es|ed|ing|ation|ations)$"), r"is\1"),
    (re.compile(r"(?<=\w{3})our(s?)$"), r"or\1"),
    (re.compile(r"(?<=\w{3})(?<![aeiou])or(s?)$"), r"our\1"),
    (re.compile(r"(?<=\w{3})(?<![aeiou])re(s?)$"), r"er\1"),
    (re.compile(r"(?<=\w{3})(?<![aeiou])er(s?)$"), r"re\1"),
    (re.compile(r"(?<=\w)(fen|cen|ten)ce(s?)$"), r"\1se\2"),
    (re.compile(r"(?<=\w)(fen|cen|ten)se(s?)$"), r"\1ce\2"),
    (re.compile(r"ogramme(s?)$"), r"ogram\1"),
    (re.compile(r"ogram(s?)$"), r"ogramme\1"),
]


def other_spellings(word: str) -> list[str]:
    """The word's other English spellings (a folded word, letters only), none when it has none."""
    if not (word.isascii() and word.isalpha()):
        return []
    found = [pattern.sub(other, word) for pattern, other in _PAIRS if pattern.search(word)]
    return [form for form in dict.fromkeys(found) if form != word]


def with_other_spellings(term: str, word: str, within: str = "{title_en body_en} : ") -> str:
    """An fts_query term of one bare word with its other English spellings as alternatives, in the
    English texts only (a French 'ordre' is no spelling of 'order'): `within` the library index's
    English columns, as dutch_number.with_other_number does for a Dutch plural."""
    forms = other_spellings(word)
    if not forms:
        return term
    star = "*" if term.endswith("*") else ""
    either = " OR ".join(f'"{form}"{star}' for form in forms)
    return f"({term} OR {within}({either}))"
