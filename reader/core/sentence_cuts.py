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


def homes(sentences: list[str], blocks: list[str]) -> list[int]:
    """The block each sentence (or piece cut at a semicolon) came from, the blocks read in order."""
    found, block, at = [], 0, 0
    for sentence in sentences:
        for j in range(block, len(blocks)):
            place = blocks[j].find(sentence, at if j == block else 0)
            if place >= 0:
                block, at = j, place + len(sentence)
                break
        found.append(block)
    return found


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


def faced_sentences(source: str, target: str, src: str, tgt: str, ratio: float) -> tuple[str, str] | None:
    """Of two blocks whose lengths differ too much for a pair, the sentences that face each other
    (the source's, the target's, each joined), when the longer block's other sentences have no
    counterpart (`without_counterpart`) and each sentence of the shorter shares an anchor with those
    facing it: a paragraph that lost (or gained) whole sentences is still its counterpart's
    rendering (trial L, p04: a French paragraph one sentence short was set with the paragraph before
    it, and the next Dutch one left alone). None where that evidence is lacking. A paragraph split in
    two still pairs with both halves: one half alone would leave the other facing nothing too."""
    from reader.core.text.anchors import shares_anchor
    from reader.core.text.segment import split_sentences

    shorter_target = len(target) < len(source) * ratio
    longer, shorter = (source, target) if shorter_target else (target, source)
    long_lang, short_lang = (src, tgt) if shorter_target else (tgt, src)
    long_sents, short_sents = split_sentences(longer, long_lang), split_sentences(shorter, short_lang)
    if len(long_sents) < 2 or not short_sents:
        return None
    rest = without_counterpart(long_sents, short_sents, long_lang, short_lang)
    faced = " ".join(s for k, s in enumerate(long_sents) if k not in rest)
    if not rest or not faced:
        return None
    if not all(shares_anchor(s, faced, short_lang, long_lang) for s in short_sents):
        return None
    return (faced, shorter) if shorter_target else (shorter, faced)
