"""Numbers that moved: a quantity one block lacks but the other version holds elsewhere.

The aligner pairs blocks by length and shared anchors; when the two versions order their sections
differently (two centres described in the opposite order: 2022-11-10-fedasil-bredene-theux) or
split a table or a sentence differently (2021-05-25-gba-avg-derde-verjaardag,
nodate-rekenhof-opvolging-aanbevelingen-vlaanderen), a number lands in a block whose counterpart
lacks it, though the other version states it as often as this one. Counted over the whole release,
nothing differs: that is a difference of order, shown as a note, never an error. A number stated
once more or once less in the whole release, or changed, stays an error.
"""

from __future__ import annotations

from reader.core.text.numbers import Quantity

# How sure a 'moved' number is a real difference: the release as a whole holds it on both sides.
MOVED_CONFIDENCE = 0.3


def split_moved(items: list[Quantity], unbalanced: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """`items` (a block's leftovers) split into those the whole release also leaves over, consumed
    from `unbalanced` one occurrence each, and those it balances elsewhere (moved)."""
    kept: list[Quantity] = []
    moved: list[Quantity] = []
    for item in items:
        match = next((q for q in unbalanced if q.key == item.key), None)
        if match is not None:
            unbalanced.remove(match)
            kept.append(item)
        else:
            moved.append(item)
    return kept, moved
