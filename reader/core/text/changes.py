"""What an edit changed: paragraph by paragraph, and inside a paragraph word by word.

A paragraph is one line of a version's file, so a line diff alone marks a whole 120-word paragraph
for one changed amount; a translator judging an earlier text (before restoring it) needs the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
REWRITTEN = 0.5  # below this share of tokens in common a paragraph is shown as replaced, not word by word


@dataclass(frozen=True)
class Piece:
    kind: Literal["same", "old", "new"]
    text: str


@dataclass(frozen=True)
class Change:
    """One paragraph removed, added, or changed (its words as pieces); `old_line`/`new_line` are 1-based."""

    kind: Literal["removed", "added", "changed"]
    old_line: int | None
    new_line: int | None
    pieces: tuple[Piece, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "old_line": self.old_line,
            "new_line": self.new_line,
            "old": "".join(p.text for p in self.pieces if p.kind != "new"),
            "new": "".join(p.text for p in self.pieces if p.kind != "old"),
        }


_VISIBLE = str.maketrans({" ": "␣", "\u00a0": "⍽", "\u202f": "⍽", "\u2007": "⍽", "\t": "⇥"})


def visible(piece: str) -> str:
    """A piece made only of spaces, as a reader can see it: '␣' a space, '⍽' a no-break space. A
    change of spacing alone printed as '[- -]{+ +}', which says nothing (a reviser's trial)."""
    return piece.translate(_VISIBLE) if piece and not piece.strip() else piece


def _words(old: str, new: str) -> tuple[Piece, ...]:
    before, after = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    if matcher.ratio() < REWRITTEN:  # a paragraph rewritten: its words interleaved would read as neither
        return (Piece("old", old), Piece("new", new))
    pieces: list[Piece] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", "".join(before[a1:a2])))
            continue
        if a2 > a1:
            pieces.append(Piece("old", "".join(before[a1:a2])))
        if b2 > b1:
            pieces.append(Piece("new", "".join(after[b1:b2])))
    return tuple(pieces)


def changes(old: str, new: str) -> list[Change]:
    """The paragraphs that differ, in order; blank lines are layout, not paragraphs."""
    before = [(n, line) for n, line in enumerate(old.splitlines(), 1) if line.strip()]
    after = [(n, line) for n, line in enumerate(new.splitlines(), 1) if line.strip()]
    matcher = SequenceMatcher(None, [t for _, t in before], [t for _, t in after], autojunk=False)
    out: list[Change] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        olds, news = before[a1:a2], after[b1:b2]
        for k in range(max(len(olds), len(news))):  # a replaced run: paragraphs paired in order
            if k < len(olds) and k < len(news):
                (m, a), (n, b) = olds[k], news[k]
                out.append(Change("changed", m, n, _words(a, b)))
            elif k < len(olds):
                out.append(Change("removed", olds[k][0], None, (Piece("old", olds[k][1]),)))
            else:
                out.append(Change("added", None, news[k][0], (Piece("new", news[k][1]),)))
    return out
