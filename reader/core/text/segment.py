"""Offline sentence splitting for nl, fr and en.

Why not pysbd alone: on Belgian press releases it keeps a whole quotation (several sentences inside
“...”) as one sentence and splits after abbreviations such as 'Dhr.', 'p. ex.' and 'o.a.'. Translators
check renderings sentence by sentence, so quotes must be split too. ``benchmarks/bench_segment.py``
measures both on a labelled set; this splitter is the default.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Lowercased, without the final period. Multi-dot forms are matched on the whole token.
_ABBREVIATIONS: dict[str, set[str]] = {
    "nl": {
        "dhr",
        "mevr",
        "mr",
        "mw",
        "dr",
        "drs",
        "ir",
        "ing",
        "prof",
        "st",
        "nr",
        "nrs",
        "art",
        "blz",
        "bijv",
        "bv",
        "o.a",
        "d.w.z",
        "m.a.w",
        "i.p.v",
        "e.a",
        "enz",
        "vs",
        "t.o.v",
        "m.b.t",
        "i.v.m",
        "z.g",
        "resp",
        "ca",
        "parl",
        "excl",
        "incl",
        "min",
        "max",
        "jl",
        "vnl",
        "evt",
        "tel",
        "fax",
        "p",
        "pp",
        "n.a.v",
        "m.n",
        "t.a.v",
        "jan",
        "feb",
        "apr",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
    },
    "fr": {
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "pr",
        "me",
        "st",
        "ste",
        "n°",
        "no",
        "art",
        "p",
        "pp",
        "ex",
        "p.ex",
        "cf",
        "etc",
        "av",
        "bd",
        "env",
        "min",
        "max",
        "tél",
        "fax",
        "vol",
        "c.-à-d",
        "c-à-d",
        "chap",
        "janv",
        "févr",
        "avr",
        "juil",
        "sept",
        "oct",
        "nov",
        "déc",
        "resp",
        "ca",
        "parl",
    },
    "en": {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "art",
        "p",
        "pp",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "cf",
        "approx",
        "incl",
        "excl",
        "min",
        "max",
        "tel",
        "fax",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "gov",
        "dept",
        "est",
        "parl",
    },
}

# The citations of parliamentary and legal texts in the three languages: 'al.' (alinea, alinéa: 'art.
# 5, al. 2') and 'Doc.' (document: '(Doc. 8-142/4)', 'Parl. Doc.', 'Doc. parl.'); 'Parl.' ('Parl. St.',
# 'Parl. Doc.') is in the lists above. 'al' is a Dutch word too (already: 'Dat wisten we al.') and 'doc'
# a short word of its own, so these two hold a sentence together only where a number follows, as a
# citation's does (a parliaments trial: splits in Senate and Chamber references, both languages).
_BEFORE_NUMBER = {"al", "doc"}

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then
# an opening quote/bracket or a capital letter or a digit.
_BOUNDARY = re.compile(
    r"(?P<end>[.!?…]+)(?P<close>(?:[ \u00a0\u202f]?[" + re.escape(_CLOSERS) + r"])*)(?P<space>\s+)"
    r"(?=[" + re.escape(_OPENERS) + r"]*\s*[\w(])"
)
_TOKEN_BEFORE = re.compile(r"(\S+)$")


def _is_abbreviation(before: str, lang: str, following: str = "") -> bool:
    """The word before a period is an abbreviation, the period no sentence end; `following` is the
    text after the period's space (a citation's abbreviation is one before a number only)."""
    match = _TOKEN_BEFORE.search(before)
    if not match:
        return False
    token = match.group(1).lstrip(_OPENERS).lower()
    token = re.sub(r"^(?:qu|[ldjnsmtc])['’]", "", token)  # French elision: l'art. -> art.
    if not token:
        return False
    if token in _ABBREVIATIONS.get(lang, set()):
        return True
    if token in _BEFORE_NUMBER and following[:1].isdigit():
        return True
    # Initials such as 'J.' in 'J. Smith' and dotted forms such as 'o.a' / 'd.w.z'.
    if len(token) == 1 and token.isalpha():
        return True
    return bool("." in token and re.fullmatch(r"(?:\w{1,3}\.)+\w{1,3}", token))


def split_sentences(text: str, lang: str = "nl") -> list[str]:
    """Split one block into sentences; joining them with single spaces gives the text back."""
    return list(_split_cached(text, lang))


@lru_cache(maxsize=4096)
def _split_cached(text: str, lang: str) -> tuple[str, ...]:
    text = text.strip()
    if not text:
        return ()
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end("close")
        following = text[match.end() :]
        if match.group("end") == "." and _is_abbreviation(text[start : match.start("end")], lang, following):
            continue
        if following[:1].islower():
            continue
        # Don't split before a lowercase continuation after an opening quote either.
        stripped = following.lstrip(_OPENERS + " ")
        if stripped[:1].islower():
            continue
        sentence = text[start:end].strip()
        if sum(ch.isalpha() for ch in sentence) < 2:
            continue  # a list number such as '1.' belongs to what follows
        if sentence:
            sentences.append(sentence)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return tuple(sentences)
