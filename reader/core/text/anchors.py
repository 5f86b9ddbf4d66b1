"""Lexical anchors shared by two renderings: numbers, names (through the glossary) and cognates.

Gale-Church sees only lengths, which fails on short segments such as list items. The share of
anchors two segments have in common (a Dice score) is added to the alignment as evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from reader.core.text import numbers
from reader.core.text.fold import fold
from reader.core.text.glossary import default_glossary

_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=16384)
def anchors(text: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(exact anchors, 5-letter stems) of a text: numbers as '#kind:value', words folded."""
    exact: set[str] = {f"#{q.kind}:{q.value}" for q in numbers.extract(text, lang) if not q.soft}
    if "?" in text:  # a question is rendered as a question, in every language pair we know
        exact.add("?")
    stems: set[str] = set()
    glossary = default_glossary()
    for word in _WORD.findall(text):
        word = re.sub(r"['’]s$", "", word)
        folded = fold(word)
        if word[:1].isupper() and len(word) >= 3:
            exact.add(folded)
            exact.update(eq.split()[0] for eq in glossary.equivalents(lang, word) if eq)
        if len(folded) >= 6:
            stems.add(folded[:5])
    return frozenset(exact), frozenset(stems)


# A capitalised word not opening a sentence: a name, or a word of one
_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Þ][\w'’-]{2,}")


def shares_a_name(text: str, other: str, lang: str, other_lang: str) -> bool:
    """Whether two texts that both name people, places or bodies share one of those names (through
    the glossary: 'Luik' is 'Liège'). A rendering keeps its original's names: of the 125 dev pairs of
    the real-text evaluation, 124 share one (the other: a region's name missing from the glossary);
    of 400 pairs of unrelated real pages, 258 share none. True when either text names nothing."""
    mine, theirs = _names(text, lang), _names(other, other_lang)
    if not mine or not theirs:
        return True
    return bool(mine & anchors(other, other_lang)[0] or theirs & anchors(text, lang)[0])


@lru_cache(maxsize=4096)
def _names(text: str, lang: str) -> frozenset[str]:
    capitalised = {fold(word) for word in _NAMED.findall(text)}
    return frozenset(a for a in anchors(text, lang)[0] if not a.startswith("#") and a in capitalised)


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _WORD.findall(text))


def similarity(source: str, target: str, src: str, tgt: str) -> float:
    """Dice over anchors; every part is cached per text, as alignment asks about each text often."""
    s_exact, s_stems = anchors(source, src)
    t_exact, t_stems = anchors(target, tgt)
    shared_stems = len(s_stems & t_stems)
    matched = len(s_exact & (t_exact | _words(target))) + shared_stems
    matched_t = len(t_exact & (s_exact | _words(source))) + shared_stems
    total = len(s_exact) + len(s_stems) + len(t_exact) + len(t_stems)
    return 0.0 if total == 0 else min(1.0, (matched + matched_t) / total)


def shares_anchor(text: str, other: str, lang: str, other_lang: str) -> bool:
    """Whether a text has a figure, a name or a cognate stem in common with another."""
    exact, stems = anchors(text, lang)
    o_exact, o_stems = anchors(other, other_lang)
    return bool(exact & (o_exact | _words(other)) or stems & o_stems)


class SentencePair(Protocol):
    """What of an aligned pair (align.AlignedPair) this reads: its sentences and its texts."""

    source: list[str]
    target: list[str]

    @property
    def source_text(self) -> str: ...

    @property
    def target_text(self) -> str: ...


def each_sentence_shares(pair: SentencePair, src: str, tgt: str) -> bool:
    """Of a 2-1 or 1-2 pair, every sentence of the side that has more shares
    an anchor with the other side's text: each was rendered there, briefly or not. A sentence lost
    shares nothing."""
    more, other, lang, other_lang = (
        (pair.source, pair.target_text, src, tgt)
        if len(pair.source) > len(pair.target)
        else (pair.target, pair.source_text, tgt, src)
    )
    if len(more) < 2 or not other:
        return False
    return all(shares_anchor(sentence, other, lang, other_lang) for sentence in more)


@lru_cache(maxsize=16384)
def figures(text: str, lang: str) -> frozenset[str]:
    """The text's figures as anchors ('#number:15'): what a rendering gives again, as it stands."""
    return frozenset(a for a in anchors(text, lang)[0] if a.startswith("#"))


def number_conflict(source: str, target: str, src: str, tgt: str) -> float:
    """The share of numbers that one side has and the other lacks (0: none, or all agree). A pair
    that would leave a number without its counterpart is an unlikely pair: '12.000' in one
    sentence belongs with the sentence that says '12.000'."""
    s_numbers, t_numbers = figures(source, src), figures(target, tgt)
    total = len(s_numbers) + len(t_numbers)
    return 0.0 if total == 0 else len(s_numbers ^ t_numbers) / total


def hint_for(src: str, tgt: str) -> Hint:
    """Shared anchors reward a pair; numbers left without a counterpart cost it (a negative hint)."""
    return Hint(src, tgt)


class Hint:
    """The hint as alignment asks it: of two texts, or (`parts`) of two runs of units set together.
    A run's anchors are its units' anchors together, read once per unit: reading each run of two
    and three units again made aligning 600 paragraphs take 15 s, most of it finding numbers."""

    def __init__(self, src: str, tgt: str) -> None:
        self.src, self.tgt = src, tgt

    def __call__(self, source: str, target: str) -> float:
        src, tgt = self.src, self.tgt
        return similarity(source, target, src, tgt) - 1.0 * number_conflict(source, target, src, tgt)

    def parts(self, source: tuple[str, ...], target: tuple[str, ...]) -> float:
        if len(source) == 1 and len(target) == 1:
            return self(source[0], target[0])
        s_exact, s_stems, s_words = _run(source, self.src)
        t_exact, t_stems, t_words = _run(target, self.tgt)
        shared_stems = len(s_stems & t_stems)
        matched = len(s_exact & (t_exact | t_words)) + shared_stems
        matched_t = len(t_exact & (s_exact | s_words)) + shared_stems
        total = len(s_exact) + len(s_stems) + len(t_exact) + len(t_stems)
        alike = 0.0 if total == 0 else min(1.0, (matched + matched_t) / total)
        s_figures = frozenset(a for a in s_exact if a.startswith("#"))
        t_figures = frozenset(a for a in t_exact if a.startswith("#"))
        figured = len(s_figures) + len(t_figures)
        return alike - (0.0 if figured == 0 else len(s_figures ^ t_figures) / figured)


def _run(texts: tuple[str, ...], lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    exact: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    for text in texts:
        one_exact, one_stems = anchors(text, lang)
        exact, stems, words = exact | one_exact, stems | one_stems, words | _words(text)
    return exact, stems, words
