"""A logo's words set on two lines of a PDF's letterhead ('provincie' over 'ANTWERPEN'), read as the
one name they are, while the page's positions are known.

Trial V's P1 named its issuer only so: pypdf gives the pieces in drawing order, and the address
column beside the logo came between its two lines, so no later rule saw them together and the
release got no issuer. Two short lines stacked at the top of the page, one over the other and
overlapping in width, are joined when together they name a body the importer's data knows
(official_names.py): a name's words anywhere else are left as they are.
"""

from __future__ import annotations

from reader.core.importer.official_names import official_name
from reader.core.importer.pdf_pages import Piece

_WORDS = 3  # a logo's line: a word or three ('provincie', 'ANTWERPEN', 'Stad', 'Sint-Niklaas')
_STACKED = 2.5  # one line's baseline within two and a half of the larger type's sizes of the other's
_GLYPH = 0.5  # a glyph's width in its type's size, about: where a line's text ends is not given
_TOP = 6  # the lines a letterhead sets over the page's first line of text, at most
_SENTENCE = 8  # words of a line of the text (a headline, a paragraph's), not of a letterhead or an address


def _short(piece: Piece) -> bool:
    return 0 < len(piece.text.split()) <= _WORDS and len(piece.text.strip()) <= 40


def _overlap(one: Piece, two: Piece) -> bool:
    ends = [p.x + _GLYPH * p.size * len(p.text.strip()) for p in (one, two)]
    return max(one.x, two.x) < min(ends)


def logo_joined(pieces: list[Piece]) -> list[Piece]:
    """The page's pieces, a logo's two lines that name a known body together one piece, at the upper
    one's place, in the larger type; every other piece as it was."""
    shown = [p for p in pieces if p.text.strip()]
    prose = [p.y for p in shown if len(p.text.split()) >= _SENTENCE]
    first = max(prose, default=float("-inf"))  # the first line of text, highest on the page
    top = sorted((p for p in shown if p.y > first and _short(p)), key=lambda p: -p.y)[: 2 * _TOP]
    for upper in top:
        for lower in top:
            if lower.y >= upper.y or upper.y - lower.y > _STACKED * max(upper.size, lower.size):
                continue
            between = [p for p in shown if lower.y < p.y < upper.y and _overlap(p, upper)]
            if between or not _overlap(upper, lower):
                continue
            joined = f"{' '.join(upper.text.split())} {' '.join(lower.text.split())}"
            if not official_name(joined) or official_name(upper.text) or official_name(lower.text):
                continue
            logo = Piece(upper.y, max(upper.size, lower.size), joined, min(upper.x, lower.x))
            return [logo if p is upper else p for p in pieces if p is not lower]
    return pieces
