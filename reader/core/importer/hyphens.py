"""Words a wrap cut at a hyphen at a line's end, read as the page meant them (layout.py and the
importer's blocks): a plain fact of typography, that no paragraph ends on a word's hyphen."""

from __future__ import annotations

import re

# A word a wrap cut at its hyphen ('Oost-' over 'Vlaanderen') is one word again, hyphen kept, no space;
# a suspended compound ('zorg- en welzijn', 'micro- et macro') keeps its space. A wrap's own hyphen
# ('par-' over 'keren') no rule tells from a compound's without a dictionary: kept as well.
HYPHEN_CUT = re.compile(r"(?<=[^\W\d_])-$")
_HYPHEN_JOIN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?!(?:en|of|tot|et|ou|and|or)\b)(?=[^\W\d_])")


def join_hyphens(text: str) -> str:
    return _HYPHEN_JOIN.sub("-", text)
