"""The issuer's 'About us' paragraph that closes a press release ('Over Stad Gent' and a paragraph
on the city, 'À propos de …', 'About …'): the boilerplate a newsroom sets under each of its
releases, the same text every time, no part of the release (trial C: a city's press room page kept
it as two paragraphs). A closing 'About X' section is how press releases end, a plain fact of the
genre in nl, fr and en; told by its heading naming an institution with its capitals and by the
paragraph under it naming that institution again."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.importer.raw import RawBlock

# 'Over Stad Gent', 'Over de FOD Financiën', 'À propos de l'AFMPS', 'About Sciensano': the name
# with its capital after the preposition (and an article); 'Over het project' is a text's section.
_ABOUT = re.compile(
    r"^(?:over|à propos d(?:e\s+|['’])|a propos d(?:e\s+|['’])|about)\s*(?:(?:de|het|la|le|l['’]|the)\s*)?"
    r"(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:\s+(?:(?-i:[A-ZÀ-Þ])[\w'’.-]*|van|voor|de|du|des|et|en|of|and)){0,6})"
    r"\s*:?$",
    re.IGNORECASE,
)
_PARAGRAPHS = 3  # what an 'About' section holds: a paragraph or two, never the release's length
_LONGEST = 900


def _about(line: str) -> str:
    """The institution an 'About' heading names ('' when the line is none)."""
    found = _ABOUT.match(" ".join(line.split()))
    return found.group("name") if found else ""


def without_about(kept: list[RawBlock], dropped: list[str], keeps: Callable[[str], bool]) -> list[RawBlock]:
    """The blocks without an 'About' section closing them (heading and paragraphs to the end, the
    paragraphs naming the heading's institution), its lines added to `dropped`; a line the user
    keeps (`keeps`) keeps the section. The release stands above it: a page that is only the
    section keeps it."""
    for start in range(max(1, len(kept) - _PARAGRAPHS - 1), len(kept)):
        lines = kept[start].text.split("\n")
        name = _about(lines[0]) if kept[start].kind in ("", "heading") else ""
        if not name:
            continue
        rest = ["\n".join(lines[1:])] if len(lines) > 1 else []
        rest += [b.text for b in kept[start + 1 :] if b.kind in ("", "heading")]
        said = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
        if (
            rest
            and len(rest) == len(kept) - start - 1 + (len(lines) > 1)  # no list, table or quote under it
            and all(len(text) <= _LONGEST for text in rest)
            and any(said.search(text) for text in rest)
            and not any(keeps(line) for block in kept[start:] for line in block.text.split("\n"))
        ):
            dropped.extend(line.strip() for block in kept[start:] for line in block.text.split("\n") if line.strip())
            return kept[:start]
    return kept
