"""A found block of the page as the release's block: the kinds a page's reading tells apart become
the kinds a release keeps, its text squashed and its hyphens at line ends joined (split from
importer.py for its size)."""

from __future__ import annotations

from reader.core.importer.hyphens import join_hyphens
from reader.core.importer.raw import RawBlock
from reader.core.model import Block, BlockKind
from reader.core.text.clean import squash


def body_block(raw: RawBlock) -> Block:
    if raw.kind == "table":
        return Block("table", raw.text)  # its lines are its rows
    kinds: dict[str, BlockKind] = {"title": "heading", "heading": "heading", "list_item": "list_item", "quote": "quote"}
    kind = kinds.get(raw.kind, "paragraph")
    text = squash(join_hyphens(raw.text))
    level = 2 if kind == "heading" else raw.level if kind == "list_item" else 0
    return Block(kind, text, level=level, marker=raw.marker if kind == "list_item" else "")
