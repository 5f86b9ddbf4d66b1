"""Sentences of an aligned block pair, cut and read before the lengths pair them: a clause chain
cut at its semicolons, the block kind each sentence came from, the sentences with evidence of
having no counterpart."""

from __future__ import annotations

import re

_SEMICOLON = re.compile(r"(?<=;)\s+(?=\S)")


def semicolons(sentences: list[str], wanted: int) -> list[str]:
    """Cut at '; ' (never inside parentheses) if that gives no more pieces than the other side has."""
    cut: list[str] = []
    for sentence in sentences:
        pieces, depth, start = [], 0, 0
        for match in _SEMICOLON.finditer(sentence):
            depth = sentence.count("(", 0, match.start()) - sentence.count(")", 0, match.start())
            if depth == 0 and len(sentence[start : match.start()].split()) >= 4:
                pieces.append(sentence[start : match.start()].strip())
                start = match.end()
        pieces.append(sentence[start:].strip())
        cut += [p for p in pieces if p]
    return cut if len(sentences) < len(cut) <= wanted else sentences


def kind_of(sentence: str, split: list[tuple[str, str]], default: str) -> str:
    """The kind of the block a sentence (or a piece of one cut at a semicolon) came from."""
    return next((kind for text, kind in split if sentence in text), default)


def without_counterpart(sentences: list[str], others: list[str], lang: str, other_lang: str) -> set[int]:
    """The sentences with evidence of having no counterpart: a figure the other side's sentences
    never give, or no anchor at all (figure, name, cognate) in common with them."""
    from reader.core.text.anchors import figures, shares_anchor

    given = frozenset().union(*(figures(o, other_lang) for o in others)) if others else frozenset()
    other_text = " ".join(others)
    return {
        k
        for k, sentence in enumerate(sentences)
        if figures(sentence, lang) - given or not shares_anchor(sentence, other_text, lang, other_lang)
    }
