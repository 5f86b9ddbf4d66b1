"""A breadcrumb copied a crumb a line: the home link ('Accueil'), the sections under it ('Acteurs et
institutions', 'Gouvernement de Wallonie'), down to a section the site names in its own words
('Communiqués de presse'). A trail begins at the site's home and descends through its sections to
the page (a plain fact of web navigation); copied a crumb a line, its middle crumbs read as short
lines of text, and one was taken for a regional government's headline (trial C of the thirty-second
session). The home line and the site's section are site lines already; the crumbs between them are
the trail's too."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.importer.raw import RawBlock

_HOME = {"home", "accueil", "startpagina", "homepage", "onthaal"}
_CRUMBS_AT_MOST = 4  # crumbs between home and the site's section; a trail is a few levels deep
_CRUMB_WORDS = 4
_HEAD_LINES = 16  # a trail stands in the page's head, over its headline


def _crumb(line: str) -> bool:
    """A section's name: a few words opening on a capital, no sentence's mark, no figure."""
    return len(line.split()) <= _CRUMB_WORDS and line[:1].isupper() and not re.search(r"[.!?:;,\d]", line)


def crumb_lines(blocks: list[RawBlock], site_line: Callable[[str], bool]) -> set[tuple[int, int]]:
    """The lines (block, line) of the crumbs between a home line and a section the site names
    (`site_line`), each a line of its own in the page's head."""
    lines = [
        (n, k, line.strip())
        for n, block in enumerate(blocks)
        if block.kind == ""
        for k, line in enumerate(block.text.split("\n"))
        if line.strip()
    ][:_HEAD_LINES]
    found: set[tuple[int, int]] = set()
    for i, (_, _, line) in enumerate(lines):
        if " ".join(line.lower().split()).strip(" >›»/") not in _HOME:
            continue
        end = i + 1
        while (
            end < len(lines) and end - i <= _CRUMBS_AT_MOST and _crumb(lines[end][2]) and not site_line(lines[end][2])
        ):
            end += 1
        closed = end < len(lines) and _crumb(lines[end][2]) and site_line(lines[end][2])
        if end > i + 1 and closed:
            found |= {(n, k) for n, k, _ in lines[i + 1 : end]}
    return found
