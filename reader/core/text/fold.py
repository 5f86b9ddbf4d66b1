"""Case- and accent-insensitive forms, shared by search, checks and the engine's guards."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'creeert' finds 'creëert'."""
    if text.isascii():  # most words: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SPELLED = {"œ": "oe", "æ": "ae", "ß": "ss", "ĳ": "ij", "ø": "o", "ł": "l", "đ": "d"}
_LIGATURES = str.maketrans(_SPELLED)
# ... in either case, for a text as it is written ('Œuvre', 'STRAẞE')
_EITHER_CASE = str.maketrans({**_SPELLED, **{k.upper() if k != "ß" else "ẞ": v.upper() for k, v in _SPELLED.items()}})
_ANY_LIGATURE = re.compile("[" + "".join(chr(code) for code in _EITHER_CASE) + "]")


def spell_ligatures(text: str) -> str:
    """A ligature as its letters ('Crèvecœur' as 'Crèvecoeur'), case kept: what the search index holds
    and is asked for, so 'oeuvre' typed finds 'œuvre' and the other way (a Belgian AZERTY keyboard has
    no œ: a trial's 'Crevecoeur' found none of 93). Neither accent folding nor FTS5's tokenizer does
    it: œ is a letter of its own in Unicode, not an o with a mark."""
    # most texts hold none: looking costs 1.7 ms per 600,000 characters, translating 46 (a whole build)
    if text.isascii() or not _ANY_LIGATURE.search(text):
        return text
    return _ANY_LIGATURE.sub(lambda m: _EITHER_CASE[ord(m.group())], text)


def search_fold(text: str) -> str:
    """`fold`, ligatures spelled out: a word as the search compares it."""
    return fold(text).translate(_LIGATURES)


_MAX_WORD = 30  # characters of one word of an id: six of them stay far under a file name's 255 bytes


def slugify(text: str, max_words: int = 6) -> str:
    # An elided article or pronoun ('l'alerte', 'd'accord') is no word of an id: 'renforce-l' reads cut.
    # ... but a letter joined to a number ('F-35', 'A-12') is one word of it
    # a ligature is its two letters ('Cœur' is 'coeur'; it was dropped, the id read 'ur-de-quartier')
    folded = fold(text).translate(_LIGATURES)
    folded = re.sub(r"(?<![a-z0-9])([a-z])-(?=\d)", r"\1", folded)
    # ... and a number with its decimals or thousands ('2,8', '1.250.000') one word: cut between its
    # parts, an id read 'augmente-de-2' for '2,8%' (a new user's trial)
    # ... as is one whose thousands are set apart by spaces ('12 450 000': the id ended '…-12-450')
    found = re.findall(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)+|[a-z0-9]+", folded)
    # a word of 400 letters (a title typed as one) made a folder name the system refuses: a trial
    words = [re.sub(r"[.,\s]", "-", w)[:_MAX_WORD] for w in found if len(w) > 1 or w.isdigit()][:max_words]
    while len(words) > 1 and words[-1] in FUNCTION_WORDS:
        words.pop()  # an id cut after 'in', 'de', 'pour' reads cut ('…-spoorlijn-in', a new user's trial)
    return "-".join(words) or "release"


# Articles, prepositions and conjunctions of Dutch, French and English (folded): words a headline is
# never cut after. A closed class, facts of the languages.
FUNCTION_WORDS = frozenset(
    "de het een van in op te voor met aan bij uit naar over om en of"
    " le la les un une des du au aux pour par sur dans avec et ou en"
    " the an of in on at to for with by from and or".split()
)


def fold_each(text: str) -> str:
    """`fold` character by character, one character out for one in: positions in the folded text
    are positions in the original, so a match found folded can be highlighted where it is."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded[0] if len(folded) == 1 else ch.lower()[:1] or ch)
    return "".join(out)


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where `query` occurs in `text`, ignoring case and accents: (start, end) pairs."""
    needle = fold_each(query.strip())
    if not needle:
        return []
    haystack = fold_each(text)
    spans, at = [], haystack.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return spans
