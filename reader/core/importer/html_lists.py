"""Lists as web pages write them, read into list items: typed with bullets and line breaks inside a
paragraph, numbered (<ol>), nested. Read by html.py, for our own reading of a page and trafilatura's."""

from __future__ import annotations

import re

from reader.core.importer.raw import BULLETS, RawBlock

_BULLET = re.compile(rf"^[{re.escape(BULLETS)}·]\s+")


def bulleted(chunk: str) -> bool:
    """Lines set apart by <br>, two or more of them opening on a bullet ('• mercredi …<br>• samedi …')."""
    return sum(1 for line in chunk.split("\n") if _BULLET.match(line)) >= 2


def bullet_lines(chunk: str) -> list[RawBlock]:
    """A list typed with bullets and line breaks in a paragraph (an HTML import trial: the items came
    out as one paragraph): each bulleted line an item, the lines before them a paragraph."""
    if not bulleted(chunk):
        return [RawBlock(chunk)]
    blocks: list[RawBlock] = []
    for line in chunk.split("\n"):
        if _BULLET.match(line):
            blocks.append(RawBlock(_BULLET.sub("", line), "list_item", "-"))
        elif blocks and blocks[-1].kind == "list_item" and line[:1].islower():
            blocks[-1].text += " " + line  # an item's text wrapped on
        else:
            blocks.append(RawBlock(line))
    return blocks
