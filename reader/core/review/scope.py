"""A word that keeps a list open ('notamment', 'onder meer') dropped by the other side.

'La loi prévoit notamment la cellule' says the cell is one of several things; 'de wet voorziet in de
cel' says it is the thing. Which words keep a list open, in each language, is data
(`text/scope.yaml`). The other side answers with any word of the kind anywhere in its block (an
alignment slip cannot invent the flag); the check reads the analyses' folded text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.structure import NAMES
from reader.core.text.fold import fold


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, re.Pattern[str]]]:
    import yaml

    data = yaml.safe_load(Path(__file__).parent.parent.joinpath("text", "scope.yaml").read_text(encoding="utf-8"))
    return {
        lang: {
            kind: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in words) + ")")
            for kind, words in lists.items()
        }
        for lang, lists in data.items()
    }


def scope_finding(
    source: SegmentAnalysis, target: SegmentAnalysis, source_block: SegmentAnalysis, target_block: SegmentAnalysis
) -> str | None:
    """The first side whose open-list word has no answer in the other side's block, said."""
    words = _words()
    sides = ((source, target_block), (target, source_block))
    for side, other in sides:
        if side.lang not in words or other.lang not in words:
            continue
        found = words[side.lang]["open"].search(side.folded)
        if found and not words[other.lang]["answers"].search(other.folded):
            whose = NAMES.get(other.lang, other.lang)
            return (
                f"«{side.text[found.start() : found.end()]}» says the list is not complete; the {whose} "
                "has no such word: it reads as the whole list"
            )
    return None
