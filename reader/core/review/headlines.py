"""Two imports that took different lines for the headline: one version's headline is the other's first
paragraph ('Name, role – Name, role' taken for the headline of one page, kept as the byline of the
other; an act's citation taken for one version's headline, the other headed by the act's number).
Checked as they stand, the first paragraph faces nothing and the headlines face each other: an
omission and a headline's flags for what is one choice of import (two unrelated real dev pairs, an
agency's editorial and an ombudsman's opinion). Seen from the anchors two renderings share (figures
and capitalised names, which translation keeps), the headline is put back in front of the text it
renders, and the pair of headlines gets one note saying why.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from reader.core.align import AlignedPair
from reader.core.model import Block
from reader.core.review.thresholds import HEADLINE_SHARED
from reader.core.text.anchors import anchors, similarity


def _shared(a: str, b: str, a_lang: str, b_lang: str) -> int:
    """The exact anchors (figures, capitalised names and their glossary forms) two texts share."""
    return len(anchors(a, a_lang)[0] & anchors(b, b_lang)[0])


def moved_headline(
    s_title: str, t_title: str, s_blocks: list[Block], t_blocks: list[Block], src: str, tgt: str
) -> Literal["source", "target"] | None:
    """Which version's headline renders the other's first paragraph: it is more like that paragraph
    than the two headlines are like each other, or than the other headline is like this version's
    first paragraph (the Dice score over anchors alignment uses), with HEADLINE_SHARED anchors at least.
    Never when the two headlines share that many themselves: they render each other, and a first
    paragraph that restates the headline (as a lead often does) is as like it as the other headline.
    Nor when the two first paragraphs are more alike still: then each renders the other, and a
    headline that says its lead's date and figures again (a mail's subject line, a new user's trial)
    moved nowhere; `align` sets the headlines face to face, and so does the check."""
    if not s_blocks or not t_blocks or not s_title or not t_title:
        return None
    if _shared(s_title, t_title, src, tgt) >= HEADLINE_SHARED:
        return None  # the headlines render each other: a lead that says the headline again moved nothing
    s_first, t_first = s_blocks[0].text, t_blocks[0].text
    across = similarity(s_title, t_title, src, tgt)
    to_source, to_target = similarity(t_title, s_first, tgt, src), similarity(s_title, t_first, src, tgt)
    # A headline that moved left the other version's first paragraph without its rendering at the
    # top of its own version: when the two first paragraphs are more alike than the headline and that
    # paragraph, they render each other and the headline only restates its lead (as headlines do).
    firsts = similarity(s_first, t_first, src, tgt)
    if to_source > max(across, to_target, firsts) and _shared(t_title, s_first, tgt, src) >= HEADLINE_SHARED:
        return "target"
    if to_target > max(across, to_source, firsts) and _shared(s_title, t_first, src, tgt) >= HEADLINE_SHARED:
        return "source"
    return None


def with_headline(title: str, blocks: list[Block]) -> list[Block]:
    """The text with its headline set back in front, as the paragraph it renders."""
    return [Block("paragraph", title), *blocks]


def unshifted(pair: AlignedPair, moved: str | None) -> AlignedPair:
    """The pair's block index back in its version's own blocks, which an edit is placed by: the
    headline set in front is no block of the version (its pair has none)."""

    def back(index: int | None) -> int | None:
        return None if index is None or index == 0 else index - 1

    if moved == "source":
        return dataclasses.replace(pair, source_block=back(pair.source_block))
    if moved == "target":
        return dataclasses.replace(pair, target_block=back(pair.target_block))
    return pair


def moved_note(moved: str, src: str, tgt: str) -> str:
    lang, other = (tgt, src) if moved == "target" else (src, tgt)
    return (
        f"the {lang} headline renders the {other} text's first paragraph: the two imports took different "
        f"lines for the headline (import --title, or --keep the line left out)"
    )
