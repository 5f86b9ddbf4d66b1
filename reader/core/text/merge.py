"""Three-way merge of a language version: one writer's change applied to what is on disk now.

Every save starts from a text it read (the base). Meanwhile another process may have written the
same version. Like git's merge, the writer's change and the other's are both computed against the
base; parts changed by one side only are taken, parts changed by both in different ways are refused
(the text on disk stays) and named, so no writer silently undoes another's work.

Blocks are merged first; a block both sides changed is merged again sentence by sentence, so two
edits of different sentences of one paragraph both survive.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, TypeVar

from reader.core.model import Block

T = TypeVar("T")

# Sentence pieces that keep every character: sentences and the spaces between them alternate.
UNION_KEYS = frozenset({"editors"})
_BETWEEN = re.compile(r"((?<=[.!?…:;»”\"')\]])\s+)")


@dataclass(frozen=True)
class Refused:
    """A part both sides changed: the text on disk is kept, the writer's version is not written."""

    base: str  # the part as the writer read it
    mine: str  # what the writer wanted
    theirs: str  # what is on disk now
    label: str = ""  # a name of its own ("the title"), else the text names it

    def name(self) -> str:
        if self.label:
            return self.label
        shown = " ".join((self.base or self.theirs or self.mine).split())
        return f"'{shown[:50]}…'" if len(shown) > 50 else f"'{shown}'"


@dataclass
class Merged:
    title: str
    blocks: list[Block]
    refused: list[Refused]


@dataclass(frozen=True)
class _Hunk:
    start: int
    end: int
    new: tuple[Any, ...]
    side: int


def _hunks(base: Sequence[T], other: Sequence[T], side: int) -> list[_Hunk]:
    matcher = SequenceMatcher(None, list(base), list(other), autojunk=False)
    return [_Hunk(i1, i2, tuple(other[j1:j2]), side) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _touch(a: _Hunk, b: _Hunk) -> bool:
    """Do two changes concern the same part of the base (so they cannot both be taken as they are)?"""
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def _apply(base: Sequence[T], lo: int, hi: int, hunks: list[_Hunk]) -> list[T]:
    out: list[T] = []
    at = lo
    for hunk in sorted(hunks, key=lambda h: (h.start, h.end)):
        out.extend(base[at : hunk.start])
        out.extend(hunk.new)
        at = hunk.end
    out.extend(base[at:hi])
    return out


def merge3(
    base: Sequence[T],
    mine: Sequence[T],
    theirs: Sequence[T],
    resolve: Callable[[list[T], list[T], list[T]], list[T] | None] | None = None,
) -> tuple[list[T], list[tuple[list[T], list[T], list[T]]]]:
    """Merge two changes of `base`; a part both changed goes to `resolve` (None: refused, theirs kept)."""
    hunks = sorted(_hunks(base, mine, 0) + _hunks(base, theirs, 1), key=lambda h: (h.start, h.end, h.side))
    groups: list[list[_Hunk]] = []
    for hunk in hunks:
        if groups and any(_touch(hunk, other) for other in groups[-1]):
            groups[-1].append(hunk)
        else:
            groups.append([hunk])
    out: list[T] = []
    refused: list[tuple[list[T], list[T], list[T]]] = []
    at = 0
    for group in groups:
        lo, hi = min(h.start for h in group), max(h.end for h in group)
        out.extend(base[at:lo])
        at = hi
        sides = {h.side for h in group}
        mine_part = _apply(base, lo, hi, [h for h in group if h.side == 0])
        theirs_part = _apply(base, lo, hi, [h for h in group if h.side == 1])
        if sides == {0}:
            out.extend(mine_part)
        elif sides == {1} or mine_part == theirs_part:
            out.extend(theirs_part)
        else:
            base_part = list(base[lo:hi])
            resolved = resolve(base_part, mine_part, theirs_part) if resolve else None
            if resolved is None:
                refused.append((base_part, mine_part, theirs_part))
                out.extend(theirs_part)
            else:
                out.extend(resolved)
    out.extend(base[at:])
    return out, refused


def sentences(text: str) -> list[str]:
    """The sentences of a text and the spaces between them, alternating; joined they are the text."""
    return [piece for piece in _BETWEEN.split(text) if piece]


def _merge_text(base: str, mine: str, theirs: str, refused: list[Refused]) -> str:
    merged, clashes = merge3(sentences(base), sentences(mine), sentences(theirs))
    refused.extend(Refused("".join(b), "".join(m), "".join(t)) for b, m, t in clashes)
    return "".join(merged)


def merge_blocks(base: list[Block], mine: list[Block], theirs: list[Block]) -> tuple[list[Block], list[Refused]]:
    """The writer's blocks applied to the blocks on disk; parts both changed are refused and listed."""
    if mine == base or theirs == mine:
        return list(theirs), []
    if theirs == base:
        return list(mine), []
    refused: list[Refused] = []

    def by_sentence(b: list[Block], m: list[Block], t: list[Block]) -> list[Block] | None:
        """The same blocks changed on both sides: merge each one's sentences."""
        if not len(b) == len(m) == len(t):
            return None
        out = []
        for old, new, disk in zip(b, m, t, strict=True):
            if dataclasses.replace(new, text="") != dataclasses.replace(disk, text=""):
                return None  # the kind, level or marker changed too: no sentence merge
            out.append(dataclasses.replace(disk, text=_merge_text(old.text, new.text, disk.text, refused)))
        return out

    merged, clashes = merge3(base, mine, theirs, by_sentence)
    for b, m, t in clashes:
        refused.append(Refused(" ".join(x.text for x in b), " ".join(x.text for x in m), " ".join(x.text for x in t)))
    return merged, refused


def merge_version(
    base: tuple[str, list[Block]], mine: tuple[str, list[Block]], theirs: tuple[str, list[Block]]
) -> Merged:
    """Title and blocks merged; a title both sides changed keeps the one on disk and is refused."""
    blocks, refused = merge_blocks(base[1], mine[1], theirs[1])
    title = theirs[0]
    if mine[0] != base[0] and mine[0] != theirs[0]:
        if theirs[0] == base[0]:
            title = mine[0]
        else:
            refused.insert(0, Refused(base[0], mine[0], theirs[0], "the title"))
    return Merged(title, blocks, refused)


def merge_entry(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Metadata merged key by key: a key the writer did not change keeps the value on disk.

    A list of names both sides grew (the editors) keeps both sides' names; otherwise the writer's value wins,
    as the writer's provenance describes the text it is writing.
    """
    out: dict[str, Any] = {}
    for key in [*theirs, *(k for k in mine if k not in theirs)]:
        old, new, disk = base.get(key), mine.get(key), theirs.get(key)
        if key not in mine and key in base:
            continue  # the writer removed it
        if new == old and key in theirs:
            out[key] = disk
        elif key in UNION_KEYS and isinstance(new, list) and isinstance(disk, list):
            out[key] = _union(disk, new)
        elif key in mine:
            out[key] = new
        else:
            out[key] = disk
    return out


def _union(first: list[Any], second: list[Any]) -> list[Any]:
    out = list(first)
    for item in second:
        if item not in out:
            out.append(item)
    return out
