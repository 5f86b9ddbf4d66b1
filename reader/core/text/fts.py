"""A user's search as an FTS5 query, and FTS5's snippets as text: string work, apart from the index."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reader.core.text.dutch_number import with_other_number
from reader.core.text.english_spelling import with_other_spellings
from reader.core.text.fold import search_fold, spell_ligatures

# A bare word of at least this many letters matches as a prefix; shorter ones ("de", "le") exactly.
PREFIX_FROM = 3

# A number with a decimal comma or point, or with thousands separators ('2,8', '1.250.000'): FTS5's
# tokenizer reads its digits as words apart, so it matches as those words in a row, each whole;
# '2,8' never finds '2,85', nor a '2' and an '8' anywhere in a release.
NUMBER = re.compile(r"\d+(?:[.,]\d+)+")
# An elided article, pronoun or preposition of French ('l'État', 'd'Haene', 'qu'il', 'jusqu'au'; a fact of
# the language: le, de, que, ne, se, ce, je, me, te drop their vowel before one and take an apostrophe)
# is one phrase with its word: apart, 'l'Etat' asked for an 'l' anywhere, and every "secrétaire d'État"
# matched (44 wrong of 71 hits, trial H)
_ELIDED = r"(?:\b[ldnscjmt]|\w*qu)['\u2019](?=[^\W\d_])"
_WORD_OR_NUMBER = re.compile(rf"{NUMBER.pattern}|(?:{_ELIDED})+\w+|\w+", re.IGNORECASE)
# Thousands set apart by a space, as French and Dutch write them ('20 000', with a no-break or a thin
# space as often): one number, which matches '20.000' and '20 000' alike, never a '20' and a '000'.
SPACED_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w]|[.,]\d)")


def ends_in_number(text: str) -> bool:
    """Whether the last term typed is a number with a separator ('2,8', '2,8%'): a search as you type
    keeps it whole."""
    terms = list(_WORD_OR_NUMBER.finditer(text.split()[-1])) if text.split() else []
    return bool(terms) and NUMBER.fullmatch(terms[-1].group()) is not None


def _grouped(digits: str) -> str:
    """'1819' as the tokenizer reads '1.819' or '1 819': its thousands apart."""
    return re.sub(r"(?<=\d)(?=(?:\d{3})+$)", " ", digits)


# A number written with a slash ('45/2025', a judgment's number and year; '24/1234/A', 'C-123/24',
# '79.412/2'): one reference, its parts in a row. Apart, '45/2025' asked for a '45' and a '2025'
# anywhere, and found first a release with '45 000' and a file 'DOS-2025-04417' (trial L).
# (a digit asked apart: a lookahead '(?=.*\d)' read the rest of a line at each place, a pattern-time test)
_SLASHED = re.compile(r"[\w.,\u2010\u2011-]+(?:/[\w.,\u2010\u2011-]+)+\*?")


# A capitalised name of hyphenated parts ('Bruxelles-Midi', 'Gent-Sint-Pieters', 'Pays-Bas'): one name
NAME_OF_PARTS = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[-\u2010\u2011][^\W\d_]+)+\*?")


def _word_terms(word: str, names: bool = False) -> list[str]:
    """A bare word's terms: each part quoted, a prefix from PREFIX_FROM letters, a number whole;
    with `names`, a capitalised hyphenated name its parts in a row (one phrase, search_places)."""
    if names and NAME_OF_PARTS.fullmatch(word):
        parts = re.findall(r"[^\W_]+", word)
        return ['"' + " ".join(parts) + '"' + ("*" if len(parts[-1]) >= PREFIX_FROM else "")]
    if _SLASHED.fullmatch(word) and re.search(r"\d", word) and (parts := re.findall(r"[^\W_]+", word)):
        return ['"' + " ".join(parts) + '"' + ("*" if word.endswith("*") else "")]
    said = []
    for match in _WORD_OR_NUMBER.finditer(word):
        part = match.group()
        if NUMBER.fullmatch(part):
            digits = re.findall(r"\d+", part)
            whole = '"' + " ".join(digits) + '"'
            if len(digits[0]) >= 4 and digits[0].isascii():  # '1819,47' typed, '1.819,47' written
                star = "*" if word.endswith("*") and match.end() == len(word.rstrip("*")) else ""
                whole = f'({whole}{star} OR "{" ".join([_grouped(digits[0]), *digits[1:]])}"{star})'
            said.append(whole)
        elif part.isdigit() and len(part) >= 4 and part.isascii():
            # typed without its separator ('8400'): the text may group its thousands ('8.400', '8 400',
            # as nl and fr write them), which the tokenizer reads as '8' '400'; '2018' stays a year too
            said.append(f'("{part}"* OR "{_grouped(part)}")')
        else:
            words = re.findall(r"\w+", part)  # one word, or an elided one with its word: one phrase
            said.append(f'"{" ".join(words)}"' + ("*" if len(words[-1]) >= PREFIX_FROM else ""))
    return said


MAX_TERMS = 32  # words of one search: a headline has about ten


def fts_query(
    text: str,
    lang: str | None = None,
    issuer_only: bool = False,
    dutch_within: str | None = "{title_nl body_nl} : ",
    english_within: str | None = "{title_en body_en} : ",
    names: bool = False,
) -> str:
    """A user's words as an FTS5 query: words ANDed, each a prefix, "quoted phrases" exact, `a OR b`
    either ('AND' in capitals is the default, said or not).

    Prefix matching by default, because Dutch writes compounds as one word with the modifier first
    (`diamant` must find `diamantsector`, `diamanthandel`) and both languages inflect and derive at
    the end (`Liège` finds `Liégeois`, `begroting` finds `begrotingen`). A tokenizer that splits
    compounds would also find the head (`sector` in `diamantsector`), but it needs a dictionary per
    language and a C extension for FTS5; prefixes need neither and cover the common case. Quotes
    ask for the exact word (`"diamant"`). Every term is quoted, so punctuation in a search (a hyphen,
    a colon, a bracket) is never FTS5 syntax and never an error. A number such as `2,8` is one whole
    number (see NUMBER), never a prefix. With `names` (the library's search), a capitalised
    hyphenated name is one phrase, its parts in a row, which search_places reads as a place.
    """
    # composed: 'é' typed or pasted as e + a combining accent (some tools write it so) found nothing
    text = spell_ligatures(unicodedata.normalize("NFC", text))  # as the index holds them (`indexed`)
    text = SPACED_THOUSANDS.sub(lambda m: re.sub(r"[ \u00a0\u202f]", ".", m.group()), text)
    terms: list[str] = []
    either = False  # the last word was OR: the next term is an alternative to the one before
    operators = [w for w in text.split() if w in ("AND", "OR")]
    if len(operators) == len(text.split()):  # 'AND' alone is a word searched for, not everything
        text = text.lower()
    for match in re.finditer(r'"([^"]*)"|(\S+)', text):
        phrase, word = match.group(1), match.group(2)
        if word in ("AND", "OR"):  # capitals, as search engines write them: words are ANDed anyway
            either = word == "OR" and bool(terms)
            continue
        said: list[str] = []
        if phrase is not None:
            words = re.findall(r"\w+", phrase)
            said += ['"' + " ".join(words) + '"'] if words else []
        else:
            prefix = word.endswith("*")
            said += _word_terms(word, names)
            if prefix and said and said[-1].endswith('"'):  # not a number's alternatives, a prefix already
                said[-1] += "*"
            if lang in (None, "nl") and dutch_within is not None:  # 'energieprijs', 'energieprijzen' (dutch_number)
                said = [with_other_number(term, dutch_within) for term in said]
            if lang in (None, "en") and english_within is not None and not issuer_only and len(said) == 1:
                said = [with_other_spellings(said[0], search_fold(word.rstrip("*")), english_within)]  # trial S, F6
        if either and said:
            alternative = " AND ".join(said)
            terms[-1] = f"({terms[-1]} OR {alternative})"
            said = []
        either = False
        terms += said
    # a word said twice asks nothing more, and FTS5's snippets take time in the square of the terms
    # (5,000 words pasted into the search took minutes: a hostile-input trial): each term once, the
    # first MAX_TERMS of them
    terms = list(dict.fromkeys(terms))[:MAX_TERMS]
    if not terms:
        return ""
    query = " AND ".join(terms)
    if issuer_only:
        return f"{{issuer}} : ({query})"
    if lang:
        return f"{{title_{lang} body_{lang}}} : ({query})"
    return query


def indexed(texts: Iterable[str | None]) -> list[str | None]:
    """The texts as the index is given them, and must be given them again to delete them: ligatures
    spelled out (`spell_ligatures`). The stored text keeps them, for the snippets; FTS5 finds a match
    there by the position of its word, the same in both."""
    return [spell_ligatures(text) if text else text for text in texts]


def snippet_text(raw: str) -> str:
    text = " ".join(raw.split())
    return text.replace("\x02", "**").replace("\x03", "**")


_SNIPPET_WORDS = 12  # as FTS5's snippet() is asked for


def _phrases(query: str) -> list[tuple[list[str], bool]]:
    """The query's terms as FTS5 reads them: each quoted phrase its folded words, and whether its
    last word is a prefix ('"tax on web"*'); column filters and operators aside."""
    query = re.sub(r"\{[^}]*\}\s*:", " ", query)
    terms = re.findall(r'"([^"]*)"(\*?)', query)
    out = [(re.findall(r"\w+", search_fold(words)), star == "*") for words, star in terms]
    return [(words, star) for words, star in out if words]


def _at(tokens: list[tuple[int, str]], i: int, words: list[str], star: bool) -> bool:
    """Whether the phrase's words stand in a row from token i, each whole, the last a prefix if asked."""
    if i + len(words) > len(tokens):
        return False
    said = [token for _, token in tokens[i : i + len(words)]]
    last = said[-1].startswith(words[-1]) if star else said[-1] == words[-1]
    return said[:-1] == words[:-1] and last


def plain_snippet(text: str, query: str) -> str:
    """A snippet of a long text around the first match of the query it holds, marked as FTS5 marks
    its own (**word**): a phrase's words in a row, each whole but a prefix's last, accents and case
    aside, as the index matches them ('"on"' never marks 'ont', trial R, 36th session, F1)."""
    phrases = _phrases(query)
    words = text.split()[:200_000]  # bounded: a snippet is a glimpse, never a scan of all
    tokens = [(n, token) for n, word in enumerate(words) for token in re.findall(r"\w+", search_fold(word))]
    for i in range(len(tokens)):
        found = next((ws for ws, star in phrases if _at(tokens, i, ws, star)), None)
        if found is None:
            continue
        first, last = tokens[i][0], tokens[i + len(found) - 1][0]
        start = max(0, first - _SNIPPET_WORDS // 2)
        shown = words[start : start + _SNIPPET_WORDS]
        for n in range(first, min(last, start + _SNIPPET_WORDS - 1) + 1):
            shown[n - start] = f"**{words[n]}**"
        return ("… " if start else "") + " ".join(shown) + (" …" if start + _SNIPPET_WORDS < len(words) else "")
    return ""  # the match is in a title, which the listing shows already
