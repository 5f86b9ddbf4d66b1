"""Where a digest's items begin: the line naming who proposed a decision ('Op voorstel van minister …',
'Sur proposition du Ministre-Président …') opens a government's item, under the item's own title. It
is the formula of a government's decisions in the three languages (the Belgian governments' digests
and their decrees say it so), never a page's headline, issuer or letterhead."""

from __future__ import annotations

import re

from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import SENTENCE_END

PROPOSER = re.compile(
    r"^\s*(?:op\s+(?:gezamenlijk\s+)?voorstel\s+van|sur\s+(?:la\s+)?proposition\s+d(?:e|u|es)\b|"
    r"on\s+(?:the\s+)?(?:joint\s+)?proposal\s+(?:of|from|by)|auf\s+vorschlag\s+d)",
    re.IGNORECASE,
)
ITEM_TITLE_WORDS = 20  # an item's title set alone over its proposer line: a heading's length


def _opens(block: RawBlock) -> bool:
    return bool(PROPOSER.match(block.text))


def _title_shaped(text: str) -> bool:
    flat = text.strip()
    return bool(flat) and "\n" not in flat and len(flat.split()) <= ITEM_TITLE_WORDS and not SENTENCE_END.search(flat)


def _titled(blocks: list[RawBlock], i: int) -> bool:
    """The item a proposer line opens has a title: a line over it in its block, or a line alone over
    its block."""
    return not _opens(blocks[i]) or (i > 0 and _title_shaped(blocks[i - 1].text))


def items_start(blocks: list[RawBlock]) -> int:
    """The first block of the page's items: the block holding the first line that opens on a proposer
    formula, or the item's title alone on the block above it when the page's other items are titled
    so too (a digest titles all its items or none: a 2008 Flemish digest sets the formula right under
    its headline, and titles none); len(blocks) when no line opens so. Read as the head, the first
    item became the title, the issuer or a letterhead and the digest's headline a paragraph (trial A,
    F2: Brussels and Flemish digests)."""
    proposed = [i for i, b in enumerate(blocks) if any(PROPOSER.match(line) for line in b.text.split("\n"))]
    if not proposed:
        return len(blocks)
    first, others = proposed[0], proposed[1:]
    titled = others and all(_titled(blocks, i) for i in others)
    if _opens(blocks[first]) and first >= 2 and titled and _title_shaped(blocks[first - 1].text):
        return first - 1  # 'Nieuwe fietsbrug' / 'Op voorstel van …': the item's title opens it
    return first
