"""How a text sets its paragraphs, read from the whole of it once: a paragraph a line (a web page's
copy), or blank lines between paragraphs (a page that marks them itself, a PDF's gaps)."""

from __future__ import annotations

import re

from reader.core.importer.wrap import hard_wrapped


def lines_are_paragraphs(text: str) -> bool:
    """Text copied from a web page has one line per paragraph and few blank lines; hard-wrapped text
    has lines of a similar, bounded length that mostly end inside a sentence. Decided per file."""
    lines = [line.strip() for line in text.split("\n")]
    filled = [line for line in lines if line]
    if len(filled) < 4:
        return False
    blank_ratio = (len(lines) - len(filled)) / len(lines)
    if blank_ratio >= 0.25:
        return False  # blank lines separate paragraphs already
    ended = sum(1 for line in filled if re.search(r"[.!?:;\"”»)]$", line)) / len(filled)
    longest = max(len(line) for line in filled)
    short = sum(1 for line in filled if len(line.split()) <= 8) / len(filled)
    if longest <= 100 and hard_wrapped(filled):  # full lines: a wrapping column broke them
        return False
    return longest > 100 or ended >= 0.5 or (short >= 0.5 and ended >= 0.2)


def marks_paragraphs(text: str) -> bool:
    """The text sets its paragraphs apart itself: blank lines between most of them (a PDF's gaps
    are blank lines too, pdf.py). Then a line break inside a block is a wrap's and the block is
    re-flowed, even where a sentence ends a full line (trial V: a hard-wrapped page split after
    '... en de Molenweg.'). Most: more blocks of prose than sentences ending a line inside them,
    so a text that sets only its sections apart is still cut at its sentence ends (layout.py)."""
    prose = 0
    inside = 0
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if len(lines) < 2 or len(chunk.split()) < 15 or not _sentence_line(lines[-1]):
            continue
        prose += 1
        inside += sum(1 for line in lines[:-1] if _sentence_line(line))
    return prose >= 2 and prose > inside


# A leader: dots (or ellipses) run from an entry to its page number, as a table of contents sets
# them (a plain fact of typesetting); its line ends no sentence. Read on a line's last characters.
_LEADER = re.compile(r"(?:\.[ \t]?){4,}$|(?:…[ \t]?){2,}$")


def _sentence_line(line: str) -> bool:
    """The line ends a sentence; a contents page's line ends on its leader, not a sentence (trial E:
    forty such lines outweighed a report's paragraphs, and its body was cut at every line's end)."""
    return bool(re.search(r"[.!?…]\s*[”»\"')]*$", line)) and not _LEADER.search(line[-16:])
