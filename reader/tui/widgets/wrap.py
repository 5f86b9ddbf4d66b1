"""Greedy word wrap in terminal cells, fast enough to lay out thousands of rows at once.

Rich's own wrapping builds a Text per paragraph and measures every span: right for a page, too
slow for 5,000 aligned rows whose heights must all be known to size the scroll area. This wraps
plain strings, measures with `cell_len` only what is not ASCII, and is memoised per width by the
caller.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

from reader.core.text.clean import JOINING

# No-break spaces join what they stand between ('15 %', '2 500'): never a place to break a line
# (the same set the import, edits and the reader keep: reader.core.text.clean.JOINING).
_BREAKS = re.compile(f"[^\\S{JOINING}]+")


# French sets a space before ; : ! ? » and after «: never a place to break either (a reader saw ';'
# alone on a line), whether the space typed was a no-break one or not.
_HIGH = re.compile(r"[;:!?»]+[.,]?")


# A number's group of thousands after a plain space ('1 500', '18 400 euros') and a unit sign after it
# ('30 %'): one word, as French writes them with a no-break space that a copied page loses (a reader
# checking numbers saw '1' end a line and '500' open the next: a new user's trial).
_GROUP = re.compile(r"\d{3}(?:[.,]\d+)?[.,;:)]?|[%‰€$]")
_NUMBER_END = re.compile(r"\d$")


def _grouped(words: list[str]) -> list[str]:
    held: list[str] = []
    for word in words:
        if held and _NUMBER_END.search(held[-1]) and _GROUP.fullmatch(word) and len(held[-1]) <= 7:
            held[-1] = f"{held[-1]} {word}"
        else:
            held.append(word)
    return held


def _words(paragraph: str) -> list[str]:
    if not any(space in paragraph for space in JOINING):
        words = paragraph.split()
    else:
        words = [word for word in _BREAKS.split(paragraph) if word]
    if any(c.isdigit() for c in paragraph):
        words = _grouped(words)
    if not any(c in paragraph for c in ";:!?«»"):
        return words
    held: list[str] = []
    for word in words:
        if held and (_HIGH.fullmatch(word) or held[-1] == "«"):
            held[-1] = f"{held[-1]} {word}"
        else:
            held.append(word)
    return held


def _width(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def _hard_split(word: str, width: int) -> list[str]:
    """A word wider than the column (a URL, an IBAN) is cut at the column edge."""
    pieces: list[str] = []
    current, used = "", 0
    for char in word:
        size = _width(char)
        if used + size > width and current:
            pieces.append(current)
            current, used = "", 0
        current += char
        used += size
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` cells; newlines in the text are kept as line breaks."""
    width = max(1, width)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if _width(paragraph) <= width:
            lines.append(paragraph.rstrip())
            continue
        measure = len if paragraph.isascii() else _width
        current, used = "", 0
        for word in _words(paragraph):
            size = measure(word)
            if size > width:
                if current:
                    lines.append(current)
                *full, current = _hard_split(word, width)
                lines.extend(full)
                used = _width(current)
                continue
            if not current:
                current, used = word, size
            elif used + 1 + size <= width:
                current += " " + word
                used += 1 + size
            else:
                lines.append(current)
                current, used = word, size
        lines.append(current)
    return lines


def pad(text: str, width: int) -> str:
    """`text` filled with spaces to exactly `width` cells (it never is wider: it comes from wrap)."""
    return text + " " * max(0, width - _width(text))
