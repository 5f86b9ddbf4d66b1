"""A teaser of another release set under the text: its date line, its short title, then the link to
read it ('24/04/2025' / 'Jaarverslag 2024: …' / 'lees meer'). Trial W of the thirty-third session kept
them as paragraphs on two unrelated sites (a federal ombudsman's page, p06; a city's, p08, 'March
15th, 2025' / a title / 'Lees verder'). A release ends on its text; a date, a title and a link to read
on is the news list's item, whatever its title says. Read by furniture.py."""

from __future__ import annotations

import re

from reader.core.importer.datelines import is_dateline
from reader.core.importer.raw import RawBlock

# The link to the rest of another page: 'lees meer', 'Lees verder', 'read more', 'lire la suite' (an arrow
# or dots after it at most)
_READ_ON = re.compile(
    r"(?:lees (?:meer|verder|het artikel)|meer lezen|verder lezen|read (?:more|on)|continue reading|"
    r"lire (?:la suite|plus)|en savoir plus)\s*(?:[.…>→›»]+)?",
    re.IGNORECASE,
)
_TITLE_WORDS = 15  # a teaser's title is a headline's length; a paragraph runs longer


def _title(line: str) -> bool:
    return len(line.split()) <= _TITLE_WORDS and not re.search(r"[.!?]\s+\S", line)


def teasers(blocks: list[RawBlock]) -> set[tuple[int, int]]:
    """The lines (block, line) of each teaser: a date line, a title, a link to read on, in a row
    (a table's or a quote's lines are never one)."""
    lines = [
        (n, k, line.strip())
        for n, block in enumerate(blocks)
        if block.kind in ("", "heading", "list_item")
        for k, line in enumerate(block.text.split("\n"))
        if line.strip()
    ]
    found: set[tuple[int, int]] = set()
    for at in range(len(lines) - 2):
        (n0, k0, day), (n1, k1, title), (n2, k2, link) = lines[at : at + 3]
        if not _READ_ON.fullmatch(link) or not _title(title) or _READ_ON.fullmatch(title):
            continue
        if len(day.split()) <= 6 and any(is_dateline(day, lang) for lang in ("nl", "fr", "en")):
            found |= {(n0, k0), (n1, k1), (n2, k2)}
    return found
