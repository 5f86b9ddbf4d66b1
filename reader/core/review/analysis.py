"""One side of a segment, read once: the value every check compares.

Like spaCy's `Doc`, a text is folded, counted and scanned for quantities once, on first use, and
each check reads the result instead of reading the string again. A block (a paragraph) is analysed
once too, and every sentence pair inside it reads the same analysis of its block.
"""

from __future__ import annotations

import re
from functools import cached_property

from reader.core.text import numbers
from reader.core.text.fold import fold


class SegmentAnalysis:
    """The text of one side in one language, with what the checks read of it."""

    def __init__(self, text: str, lang: str):
        self.text, self.lang = text, lang

    @cached_property
    def folded(self) -> str:
        """Case- and accent-free, one character per character of the text (offsets agree)."""
        return fold(self.text)

    @cached_property
    def quantities(self) -> list[numbers.Quantity]:
        """Numbers, amounts, dates, times, ordinals and ratios, in reading order."""
        return numbers.extract(self.text, self.lang)

    @cached_property
    def words(self) -> set[str]:
        """The folded words, and hyphenated ones without their hyphens ('Home-grown' is 'homegrown')."""
        found = set(re.findall(r"\w+", self.folded))
        return found | {w.replace("-", "") for w in re.findall(r"[\w-]+", self.folded)}

    @property
    def length(self) -> int:
        return len(self.text)

    def __bool__(self) -> bool:
        return bool(self.text.strip())


def analysed(text: str | SegmentAnalysis, lang: str) -> SegmentAnalysis:
    """An analysis as given, or one made of a bare text (tests and callers outside the checker)."""
    return text if isinstance(text, SegmentAnalysis) else SegmentAnalysis(text, lang)
