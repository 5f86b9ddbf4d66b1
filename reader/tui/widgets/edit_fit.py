"""What the edit dialog shrinks when its parts do not fit its height, and in which order.

Trial C, at 60x20: the source, the flags, the memory's suggestions (two lines each) and the label over
the text box (three lines wrapped, 'official: saving proposes…') took the dialog's 14 inner rows; the
text box was one line and Save/Cancel were below the dialog's edge. A scrolling body (fix batch 4)
put the text box out of sight at 80x24 instead. Where all fits (80x24 and larger, as before) nothing
changes. Where it does not, the text box keeps three lines to type in and the buttons their row, and
these give way, first to last, each only as far as needed:
    the suggestions to one line each (their rendering, without the earlier sentence),
    then to the best one only (F2; F3 and F4 still insert the others),
    the label over the text box to one line, cut with '…',
    the flags to one line, the most severe, after how many there are,
    the source to one line, which scrolls.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.content import Content

from reader.core.review.findings import Finding

STEPS = ("-matches-short", "-matches-best", "-label-short", "-flags-short", "-source-short")
FIXED = 1 + 2  # the title; the buttons' row under a blank one
MATCHES_MAX, FLAGS_MAX = 6, 4  # as app.tcss caps them
BOX_AS_BEFORE, BOX_KEPT = 4, 5  # the text box with its border: two lines where all fits, three kept
SEVERITY = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Parts:
    """Each part's rows as it stands, measured at the dialog's width."""

    matches: int  # the suggestions' lines (two a suggestion), or the memory's one-line word, or 0
    suggestions: int  # how many suggestions those lines are
    label: int  # the label over the text box, wrapped
    flags: int  # the flags, wrapped (0: none)


def steps_needed(parts: Parts, rows: int) -> int:
    """How many of STEPS the dialog takes so that its parts fit `rows` (all of them if none suffice)."""
    for taken in range(len(STEPS) + 1):
        if _rows(parts, taken) <= rows:
            return taken
    return len(STEPS)


def _rows(parts: Parts, taken: int) -> int:
    matches = min(parts.matches, MATCHES_MAX)
    if taken >= 1 and parts.suggestions:
        matches = min(parts.suggestions, MATCHES_MAX // 2)
    if taken >= 2:
        matches = min(matches, 1)
    label = 1 if taken >= 3 else parts.label
    flags = min(parts.flags, 1 if taken >= 4 else FLAGS_MAX)
    source = 1 if taken >= 5 else 2  # #edit-context's least
    box = BOX_AS_BEFORE if taken == 0 else BOX_KEPT
    return FIXED + matches + label + flags + source + box


def wrapped(text: Text | str, width: int) -> int:
    """Rows `text` takes wrapped at `width`, as a Static wraps it."""
    content = Content(text) if isinstance(text, str) else Content.from_rich_text(text)
    return content.get_height({}, max(width, 1)) if text else 0


def flag_lines(flags: list[Finding], short: bool = False) -> Text:
    """The flags as the review's detail pane says them, a note dimmed; `short`: the most severe one,
    after how many there are (its line cut by the Static)."""
    text = Text()
    if short and flags:
        first = min(flags, key=lambda flag: SEVERITY.get(flag.severity or "", 1))
        if len(flags) > 1:
            text.append(f"{len(flags)} flags · ", style="bold")
        return text.append_text(flag_lines([first]))
    for flag in flags:
        if flag.severity == "info":
            text.append(f"note ({flag.code}): {flag.message}\n", style="dim")
            continue
        style = "bold red" if flag.severity == "error" else "bold yellow"
        text.append(f"⚑ {flag.code}: ", style=style).append(f"{flag.message}\n")
    text.rstrip()
    return text
