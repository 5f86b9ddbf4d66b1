"""A release whose two versions are laid out differently (a table set as one cell per line on one
side, a list run into a paragraph, a hard-wrapped page read line by line) gives the alignment
nothing to pair: most of its segments then lack a counterpart or differ much in length. Those are
one finding about the release, not one per segment: the first stays, saying what happened, and the
rest become notes (hidden by default, shown with --min-severity info).

Seen on three unrelated real dev pairs (benchmarks/real/pairs.yaml: a budget table set as lines, a
list of objectives run into one paragraph, a legal list hard-wrapped), where 50 of their 54 such
flags were false; the threshold is in thresholds.py. What the notes hide is still there, one key away.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.review import thresholds as limit

if TYPE_CHECKING:
    from reader.core.review.checks import CheckedPair, Finding


def _shape_flags(pair: CheckedPair) -> list[Finding]:
    """A segment without a counterpart, or whose length is far from its counterpart's: a length flag
    that chance explains in a short segment (a note) still says the versions fail to pair here. Only
    those: a negation, a genitive's head or an open list's word is an 'omission' flag too, on a pair
    that paired well, and five negations on eight one-for-one paragraphs were '5 of 8 segments lack a
    counterpart … laid out differently', the four others lowered to notes (trial A, x7)."""
    return [f for f in pair.flags if f.code in ("omission", "addition") and _says_shape(pair, f)]


def _says_shape(pair: CheckedPair, flag: Finding) -> bool:
    """The flag says the segment lacks a counterpart, or a sentence one (lone.py), or is far in length."""
    if flag.detail == "length":
        return True
    side = pair.source if flag.code == "omission" else pair.target
    lone = isinstance(flag.detail, str) and bool(flag.detail) and flag.detail in side  # its sentence, lone.py
    return flag.severity != "info" and (not (pair.source.strip() and pair.target.strip()) or lone)


def laid_out_apart(pairs: list[CheckedPair]) -> None:
    _moved_items(pairs)
    segments = [p for p in pairs if p.kind != "title"]
    flagged = [p for p in segments if _shape_flags(p)]
    if len(flagged) < limit.LAYOUT_MIN_FLAGS or len(flagged) < limit.LAYOUT_SHARE * len(segments):
        return
    shown = [p for p in flagged if any(f.severity != "info" for f in _shape_flags(p))]
    if not shown:
        return
    first = shown[0]
    rest = [p for p in flagged if p is not first]
    finding = next(f for f in _shape_flags(first) if f.severity != "info")
    finding.message += (
        f" ({len(flagged)} of {len(segments)} segments lack a counterpart or differ much in length: the two "
        "versions are laid out differently here, a table or a list set another way; compare them side by side)"
    )
    for pair in rest:
        for flag in _shape_flags(pair):
            flag.severity, flag.confidence = "info", min(flag.confidence, 0.4)


def _moved_items(pairs: list[CheckedPair]) -> None:
    """A list whose items the other version gives in another order: the alignment keeps the order,
    so the item moved is one item 'missing' and one 'with no counterpart' in the same list (a checks
    trial: the last of four items set first in French). When the list has one of each and the two
    share their words' cognates (thresholds.COGNATE_STEM, as the aligner's anchors read them), the
    item is there: both flags become one note saying it moved."""
    from reader.core.review.findings import Finding

    run: list[CheckedPair] = []
    for pair in [*pairs, None]:
        if pair is not None and pair.kind == "list_item":
            run.append(pair)
            continue
        lost = [p for p in run if p.source.strip() and not p.target.strip()]
        added = [p for p in run if p.target.strip() and not p.source.strip()]
        others = [p.source for p in run if p not in lost] + [p.target for p in run if p not in added]
        if (
            len(lost) == len(added) == 1
            and _cognates(lost[0].source, added[0].target, others) >= limit.MOVED_ITEM_COGNATES
        ):
            for moved in (lost[0], added[0]):
                moved.flags = [f for f in moved.flags if f.code not in ("omission", "addition")]
            where = f"segment {added[0].index + 1}"
            lost[0].flags.append(
                Finding("omission", f"moved within the list: the target gives this item elsewhere ({where})", "info")
            )
        run = []


def _cognates(a: str, b: str, others: list[str]) -> int:
    """The cognate stems the two items share and no other item of the list has (the list's topic,
    said in every item, tells no item apart)."""
    from reader.core.text.fold import fold

    def stems(text: str) -> set[str]:
        return {w[: limit.COGNATE_STEM] for w in re.findall(r"\w+", fold(text)) if len(w) > limit.COGNATE_STEM}

    common = set().union(*(stems(text) for text in others)) if others else set()
    return len((stems(a) & stems(b)) - common)
