"""The edit dialog's fuzzy matches, two lines each: the rendering, then the earlier sentence it
rendered with the words that differ from the one being edited marked.

Trial D: one cut line each ('…a contrôlé 64 v…' twice alike), without the sentence each came from, so
a translator could not tell them apart. Each line is fitted to the dialog's width: a rendering starts
a few words before where the renderings part (their shared opening elided), the earlier sentence
before its first differing word; what is still too long the Static cuts at its end.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from rich.text import Text

from reader.core.memory.differences import differing
from reader.core.model import PROVENANCE_MARKS
from reader.core.text.clean import clean_line

if TYPE_CHECKING:
    from reader.core.memory.lookup import Suggestion

LEAD = 16  # cells kept before the first word that differs: the words it follows
INDENT = "   "  # under the key, as the rendering's own line


def suggestion_lines(
    suggestions: list[Suggestion], source: str, source_lang: str, width: int, sources: bool = True, shown: int = 3
) -> Text:
    """Two lines a suggestion (key, score, origin and rendering; the earlier source), `width` cells each;
    one without `sources` (the rendering's alone), of the first `shown` only: a dialog too low for all,
    trial C (each rendering still from where all of them part)."""
    targets = [clean_line(s.target) for s in suggestions]
    parting = _word_start(targets[0], len(os.path.commonprefix(targets))) if len(targets) > 1 else 0
    text = Text()
    for n, (suggestion, target) in enumerate(zip(suggestions[:shown], targets[:shown], strict=True), 1):
        pair = suggestion.pair
        head = Text()
        head.append(f"F{n + 1} ", style="bold").append(f"{suggestion.score:.0%} ", style="bold green")
        # where it came from before the text, which a narrow terminal cuts (two trials lost it)
        head.append(
            f"{PROVENANCE_MARKS.get(pair.provenance, '')}{'✓' if pair.reviewed else ''} {pair.date} ", style="dim"
        )
        if pair.imported:  # an imported TMX's: named, never shown as the library's own (fix batch 19)
            head.append(f"{clean_line(pair.release)} ", style="yellow")
        head.append("date? " if suggestion.look else "", style="bold yellow")  # carried whole: a look (trial D, F2)
        text.append_text(head).append_text(_fit(Text(target), parting, width - head.cell_len)).append("\n")
        if not sources:
            continue
        earlier = clean_line(pair.source)
        marked = Text(earlier, style="dim")
        spans = differing(source, earlier, carried=suggestion.target != pair.target)
        for start, end in spans:
            marked.stylize("bold yellow", start, end)
        label = Text(f"{INDENT}{source_lang}: ", style="dim")
        text.append_text(label).append_text(_fit(marked, spans[0][0] if spans else 0, width - label.cell_len))
        text.append("\n")
    text.rstrip()
    return text


def _word_start(text: str, at: int) -> int:
    """The start of the word `at` falls in (the shared opening may end inside one: 'vélos'/'véhicules')."""
    return text.rfind(" ", 0, at) + 1


def _fit(line: Text, focus: int, room: int) -> Text:
    """The line behind '…' from a few words before `focus` (or earlier, as far as its end still fits),
    when it does not fit whole and `focus` is past where it would be cut."""
    if line.cell_len <= room or focus + LEAD // 2 < room:
        return line
    plain = line.plain
    tail = plain.find(" ", max(len(plain) - room + 1, 0)) + 1  # the first word of the longest tail that fits
    start = min(tail or len(plain), _word_start(plain, max(focus - LEAD, 0)))
    if start <= 1:
        return line
    return Text("…", style="dim") + line[start:]
