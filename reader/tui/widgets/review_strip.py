"""The review's map of the document and its filters: one cell per slice, red where work remains."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from rich.text import Text

from reader.core.review.checks import CheckReport
from reader.core.review.store import SegmentReview

LABEL = "flags "
# Truecolour, not the terminal's "red": its default palette draws that magenta (a new user's trial
# read the help's "red" against a pink bar).
RED, GREEN = "#d7403a", "#4ebf71"


def strip_text(
    report: CheckReport, state: Callable[[str], SegmentReview], width: int, current: int | None = None
) -> Text:
    """One cell per slice of the document: red where errors or warnings are (not mere notes), green
    where all is reviewed ok; the slice holding pair `current` (the cursor's) on a light background,
    so the map says where one is in it."""
    pairs = report.pairs
    text = Text(LABEL, style="dim")  # what the cells are (a new user's trial: an unlabelled bar of blocks)
    if not pairs:
        return text
    width = max(10, width - len(LABEL))
    for column in range(width):
        start = column * len(pairs) // width
        end = max(start + 1, (column + 1) * len(pairs) // width)
        chunk = pairs[start:end]
        states = [state(p.key).status for p in chunk]
        serious = [p for p in chunk if any(f.severity in ("error", "warning") for f in p.flags)]
        here = current is not None and start <= current < end and "▼" not in text.plain  # one mark
        if any(state(p.key).status != "ok" for p in serious) or "flagged" in states:
            cell, style = "█", RED
        elif states and all(s == "ok" for s in states):
            # half a block: without colour (NO_COLOR) red and green were one grey (trial C), and red and
            # green are the pair a colour-blind reader cannot tell apart
            cell, style = "▄", GREEN
        else:
            cell, style = "▁", "dim"
        text.append("▼" if here else cell, style=f"bold {style if style != 'dim' else 'white'}" if here else style)
    return text


STRIP_HELP = (
    "The whole document, left to right, one cell per slice: a red block where a flag waits (a check's "
    "or yours), a green half block where every segment is marked ok, a low bar elsewhere; ▼ is where "
    "the cursor is."
)

Filter = Literal["all", "flagged", "mine", "todo"]
FILTERS: tuple[Filter, ...] = ("all", "flagged", "mine", "todo")
FILTER_HELP = {
    "all": "every segment",
    "flagged": "segments with a check's flag or flagged by a reviewer",
    "mine": "segments you flagged or commented",
    "todo": "segments not yet marked ok or flagged",
}
