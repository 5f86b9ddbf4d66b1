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
import re
from typing import Literal

from reader.core.align import AlignedPair
from reader.core.model import Block
from reader.core.review.thresholds import HEADLINE_SAME, HEADLINE_SHARED

_ANCHOR = re.compile(r"\d+|[A-ZÀ-Þ][\w'’-]{2,}")


def _anchors(text: str) -> set[str]:
    words = _ANCHOR.findall(text)
    return {w for k, w in enumerate(words) if k > 0 or w[:1].isdigit()}  # a first word's capital is the sentence's


def _renders(a: str, b: str) -> bool:
    one, other = _anchors(a), _anchors(b)
    shared = one & other
    return len(shared) >= HEADLINE_SHARED and len(shared) >= HEADLINE_SAME * min(len(one), len(other))


def moved_headline(
    s_title: str, t_title: str, s_blocks: list[Block], t_blocks: list[Block]
) -> Literal["source", "target"] | None:
    """Which version's headline renders the other's first paragraph (and not the other's headline)."""
    if not s_blocks or not t_blocks or _renders(s_title, t_title):
        return None
    if t_title and _renders(t_title, s_blocks[0].text) and not _renders(s_title, t_blocks[0].text):
        return "target"
    if s_title and _renders(s_title, t_blocks[0].text) and not _renders(t_title, s_blocks[0].text):
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
