"""Paragraph ends inside a block of text: hard-wrapped text breaks a line only where the next word
would not fit, so a line that leaves room for the next word ended where the author ended it (a
paragraph, a heading, a list line); and a line over 100 characters was never wrapped (a wrapping
column is 60-80), so ending a sentence it ends its paragraph. (Moved out of layout.py, which holds
the page's other whole-page decisions.)
"""

from __future__ import annotations

import re

from reader.core.importer.bare_items import lead_ends
from reader.core.importer.hyphens import HYPHEN_CUT
from reader.core.importer.raw import BULLETS

_WRAP_COLUMNS = 100  # no wrapping tool or mail client wraps wider (60-80 columns)
# a wrap leaves at most a long word's room at a line's end (a 20-letter word is a third of a 60
# column): a line shorter than two thirds of the column ended where its author ended it
_AUTHORED = 2 / 3
_WRAPPED_LINE = 60  # a line a wrap broke is a long one; a short one over lowercase text is a heading
# Words no sentence or headline ends on: an article, a preposition, a conjunction (plain facts of
# nl/fr/en). A long line ending on one was broken by a wrap ('gegeven in de' / 'Lilazaal van het').
OPEN_WORDS = (
    "de|het|een|van|en|te|met|naar|tot|le|la|les|un|une|des|du|à|au|aux|et|ou|pour|par|dans|avec|"
    "the|an|of|and|or|with|from"
)
OPEN_END = re.compile(rf"(?<![\w'’-])(?:{OPEN_WORDS})$")
_SENTENCE_END = re.compile(r"[.!?…:;]\s*[”»\"')]*\s*$")
# A field of a record: a label of a few words, its colon, its value ('Uitvoeringstermijn: juni 2016',
# 'Délai d'exécution : juin 2016'): a technical sheet's lines, which one version sets as one block
# and the other as paragraphs (a buildings agency's pair of a translator's trial). Its first word may be
# one letter, French's 'À' ('À consommer avant : 08/2028': glued to the field above it, trial B, F6).
FIELD = re.compile(r"^[A-ZÀ-Þ](?:[^\W\d_][\w'’-]*)?(?:\s[\w'’-]+){0,4}?\s?:\s+\S")
# A line opening on a unit's sign or a closing mark ('%.' a wrap sent under 'met 2,9'): the end of
# the sentence before it, as no paragraph opens so (a plain fact of the languages' typography)
_CLOSES = re.compile(r"[%‰.,;:!?)\]»”]")
_LIST_START = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}·]|\d{{1,3}}[.)])\s+")  # and a middle dot


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def _fits(line: str, following: str, width: int) -> bool:
    """The first word of `following` would have fitted at the end of `line`: no wrap broke there."""
    words = following.split()
    return len(line) + 1 + (len(words[0]) if words else 0) <= width * 0.9


def _authored(line: str, following: str, width: int) -> bool:
    """A line its author ended, which ends no sentence: capitalised, with room left for the next
    line's first word (the block's last line: for any word)."""
    return line[:1].isupper() and not ends_sentence(line) and _fits(line, following, width)


def reads_on(line: str, following: str) -> bool:
    """`line` is the first part of a sentence that goes on in `following`: it ends no sentence and
    the next goes on in lowercase, or it ends on a word no sentence ends on, or it is of a wrapped
    line's length over prose, a sentence's end or another such line ('… goed met de stad' /
    'Hasselt over de opvang … congres.'). A site's label is short and stands over no such text."""
    if not following.strip() or ends_sentence(line):
        return False
    ahead = following.strip()
    next_line = ahead.split("\n")[0]
    prose = len(line.strip()) >= _WRAPPED_LINE and (ends_sentence(next_line) or len(next_line) >= _WRAPPED_LINE)
    return ahead[:1].islower() or bool(OPEN_END.search(line.strip())) or prose


def hard_wrapped(lines: list[str]) -> bool:
    """Lines broken by a wrapping column: most lines that end inside a sentence are full (the next
    word would not have fitted), and the column is that of prose (50 to 100 characters)."""
    width = max((len(line) for line in lines), default=0)
    # a line much shorter than the column was ended by its author (a heading, the proposer's line over
    # each item of a digest): it says nothing of a wrap, and a digest's many such lines outvoted its
    # wrapped ones (trial A, 36th session: 'met de stad' / 'Hasselt over …' stayed two paragraphs)
    inside = [
        (a, b) for a, b in zip(lines, lines[1:], strict=False) if not ends_sentence(a) and len(a) >= width * _AUTHORED
    ]
    if not 50 <= width <= _WRAP_COLUMNS or len(inside) < 2:
        return False
    return sum(1 for a, b in inside if not _fits(a, b, width)) >= 0.6 * len(inside)


def paragraph_ends(lines: list[str], reflow: bool = False) -> list[int]:
    """Indexes of the lines after which a paragraph ends, inside one block of text. With `reflow`
    (the page marks its paragraphs by blank lines), a sentence ending a full or over-long line is a
    wrap's end: only a line the author ended early ends a paragraph (a plain fact of typesetting)."""
    width = max(len(line) for line in lines)
    wrapped = hard_wrapped(lines) or reflow  # a page that sets its paragraphs apart is wrapped inside them
    ends: list[int] = []
    for i, (line, following) in enumerate(zip(lines, lines[1:], strict=False)):
        room = _fits(line, following, width)  # the next word would have fitted
        long = len(line) > _WRAP_COLUMNS
        breaks = ends_sentence(line) and ((long and not reflow) or room)  # a sentence that ends where no wrap would
        # a short line above a pasted paragraph (not a headline's second line, which ends no sentence)
        # (or any sentence line under it, when the block is not wrapped text: its lines are whole)
        heading = room and (len(following) > _WRAP_COLUMNS or not wrapped) and ends_sentence(following)
        listed = bool(_LIST_START.match(following)) and (room or long)
        # in wrapped text, a line the author ended early: a headline, a date line, a heading
        early = wrapped and room
        # and a sentence's end over such a line that ends no sentence (a digest's next item's title or
        # its proposer's line): a paragraph's last line ends its sentence, so that line opens a unit
        # of its own, even under a full line (trial A, 36th session: 'Op voorstel van minister …'
        # closed the item above it)
        opens = (
            wrapped and ends_sentence(line) and _authored(following, lines[i + 2] if i + 2 < len(lines) else "", width)
        )
        # a long line ending inside a sentence over one that goes on in lowercase ('… Le gouvernement
        # prévoit' / 'des économies …'): one sentence broken by a wrap, wherever the other lines end
        goes_on = (
            len(line) >= _WRAPPED_LINE
            and not ends_sentence(line)
            and (following[:1].islower() or bool(OPEN_END.search(line)))
        ) or bool(_CLOSES.match(following))
        # a record's fields, a line each ('Eigenaar: Belgische staat' / 'Aannemer: …'): whole lines
        fields = bool(FIELD.match(line) and FIELD.match(following))
        # a word a wrap cut at its hyphen ('Oost-' / 'Vlaanderen'): no paragraph ends on one
        cut = bool(HYPHEN_CUT.search(line))
        if (breaks or heading or listed or early or opens or fields) and not (goes_on and not listed) and not cut:
            ends.append(i)
    return sorted({*ends, *lead_ends(lines, width)})  # a lead and its bare items, an item a line
