"""Rich renderables for a language version, shared by `press-reader show` and the TUI reader.

Not part of the core (it needs rich), but free of textual, so the CLI stays light.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.containers import Lines
from rich.padding import Padding
from rich.panel import Panel
from rich.segment import Segment
from rich.text import Text

from reader.core.model import LANGUAGES, Release
from reader.core.text.clean import JOINING

_HOLD = "\ue000"  # one cell and no space: a no-break space stands in it while Rich wraps
_HOLD_SPACE = "\ue001"  # the same for a plain space French typography never breaks at
_MASK = str.maketrans(dict.fromkeys(JOINING, _HOLD))
# A plain space before ; : ! ? » or after « is where French sets a no-break one: a line never starts
# with the mark (a reader saw ';' alone on a line); the space shown stays the one typed.
_FRENCH_SPACE = re.compile(r"(?<=\S) (?=[;:!?»]+(?:\s|$))|(?<=«) (?=\S)")
# ... and a plain space between a number and its percent or unit ('40 %', '12 km', '€ 30'), or its
# group of thousands ('1 500'): a line never starts with '%' (trial S, 8c), as the aligned view's wrap
# holds them (tui/widgets/wrap.py); a copied page loses the no-break space typography sets there.
_UNIT = r"(?:[%‰€$£]|°C?|km²?|m[²³]?|cm|mm|kg|ha|[kMG]W|[kMGT]Wh)(?![^\W\d_])"
# a number of 1 to 3 digits ('1', '18', '250') before its group: 'in 2026 500 people' stays two numbers
_SHORT = r"(?<=(?<![\d.,])\d)|(?<=(?<![\d.,])\d\d)|(?<=(?<![\d.,])\d\d\d)"
_NUMBER_SPACE = rf"(?<=\d) (?={_UNIT})|(?<=[€$£]) (?=\d)|(?:{_SHORT}) (?=\d{{3}}(?!\d))"
_HELD_SPACE = re.compile(f"{_FRENCH_SPACE.pattern}|{_NUMBER_SPACE}")


class Joined(Text):
    """Text whose no-break spaces hold at a line's end: Rich breaks at any Unicode space, and set
    '15' at the end of a line and '%' at the start of the next, or '2' and '500' apart (French
    typography, which import and edits keep)."""

    def wrap(self, console: Console, width: int, **options: Any) -> Lines:
        plain = self.plain
        held = _HELD_SPACE.search(plain) is not None
        if _HOLD in plain or _HOLD_SPACE in plain or not (held or any(space in plain for space in JOINING)):
            return super().wrap(console, width, **options)
        masked = self.copy()
        # as long as before: the styles stay where they were
        masked.plain = _HELD_SPACE.sub(_HOLD_SPACE, plain).translate(_MASK)
        lines = Text.wrap(masked, console, width, **options)
        for line in lines:
            line.plain = line.plain.replace(_HOLD, "\u00a0").replace(_HOLD_SPACE, " ")
        return lines


class Hanging:
    """A list item: its marker, then its text, wrapped under the text and not under the marker (a
    reader's trial: a wrapped item's next line started at the bullet's column, as a new item would)."""

    def __init__(self, marker: str, renderable: Text, indent: int = 2) -> None:
        self.lead = " " * indent + marker + " "
        self.renderable = renderable  # what a find marks and scrolls to, as in a Padding

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lead = cell_len(self.lead)
        width = max(1, options.max_width - lead)
        lines = console.render_lines(self.renderable, options.update_width(width), pad=False)
        for n, line in enumerate(lines):
            yield Segment(self.lead if n == 0 else " " * lead)
            yield from line
            yield Segment.line()


PROVENANCE_STYLE = {
    "official": "bold green",
    "unofficial": "bold yellow",
    "machine": "bold magenta",
    "post-edited": "bold cyan",
}


def provenance_badge(release: Release, lang: str) -> Text:
    version = release.versions[lang]
    kind = version.provenance.kind
    badge = Text(f" {LANGUAGES[lang]} · {version.provenance.label()} ", style=f"reverse {PROVENANCE_STYLE[kind]}")
    notes = {
        "unofficial": " not published by the issuer",
        "machine": " machine translation, unchecked",
        "post-edited": " machine translation corrected by " + (", ".join(version.provenance.editors) or "a translator"),
    }
    if kind in notes:
        badge.append(notes[kind], style="italic dim")
    return badge


def render_version(
    release: Release,
    lang: str,
    letterhead_open: bool = True,
    mark: Callable[[Text], None] | None = None,
    piped: bool = False,
) -> Group:
    """The version as read; `letterhead_open=False` folds the letterhead to one line (the TUI's
    default: at 80x24 an open one took more than half of the first screen). `mark` may style
    each text in reading order (the TUI's find highlights its matches so). `piped`: for a file or a
    pager, where lines are not wrapped: an indented item is its line whole (padding would cut it
    at the console's width)."""
    version = release.versions[lang]
    parts: list[RenderableType] = []
    letterhead = version.letterhead
    if letterhead and not letterhead_open:
        # the half in the language read, when the letterhead has one: a French reader folds to its French half
        own = [b for b in letterhead if b.lang == lang] or letterhead
        first = next((line.strip() for b in own for line in b.text.split("\n") if line.strip()), "")
        folded = Text("▸ letterhead: ", style="dim bold").append(first, style="dim")
        folded.append(" … (l opens it)", style="dim italic")
        folded.no_wrap, folded.overflow = True, "ellipsis"
        parts.append(folded)
    elif letterhead:
        text = Text()
        for i, block in enumerate(letterhead):
            if i:
                text.append("\n\n")
            text.append(block.text)
        parts.append(Panel(text, title="letterhead", title_align="left", border_style="dim", expand=False, style="dim"))
    parts.append(Joined(version.title, style="bold"))
    issuer = release.issuer_in(lang)
    day = release.date_of(lang).isoformat()
    parts.append(Text(f"{day} · {issuer}" if issuer else day, style="dim"))
    parts.append(provenance_badge(release, lang))
    parts.append(Text(""))
    body = version.body
    for i, block in enumerate(body):
        if block.kind == "heading":
            parts.append(Joined(block.text, style="bold underline"))
        elif block.kind == "list_item":
            # not padded to the width: a copied list keeps no trailing spaces
            marker, indent = block.marker or "•", 2 + 2 * min(block.level, 8)  # a sub-item under its item
            lead = " " * indent
            parts.append(
                Joined(f"{lead}{marker} {block.text}") if piped else Hanging(marker, Joined(block.text), indent)
            )
            if i + 1 < len(body) and body[i + 1].kind == "list_item":
                continue  # a list's items follow each other; a blank line closes the list
        elif block.kind == "quote":
            quote = Joined(block.text, style="italic")
            parts.append(Text("    ").append_text(quote) if piped else Padding(quote, (0, 0, 0, 4)))
        elif block.kind == "table":
            parts.append(render_table(block.text))
        else:
            parts.append(Joined(block.text))
        parts.append(Text(""))
    if mark is not None:
        for part in parts:
            inner = part.renderable if isinstance(part, (Padding, Panel, Hanging)) else part
            if isinstance(inner, Text):
                mark(inner)
            for cell in part.texts if isinstance(part, TablePart) else ():
                mark(cell)
    return Group(*parts)


def body_parts(release: Release, lang: str) -> list[int]:
    """The part of `render_version`'s group each body block starts, in order: the reader keeps its
    place by block when it switches language (trial M: `n` back to the Dutch jumped to the top)."""
    version = release.versions[lang]
    at = 5 if version.letterhead else 4  # letterhead (folded or open), title, date, provenance, blank
    starts = []
    body = version.body
    for i, block in enumerate(body):
        starts.append(at)
        at += 1
        if not (block.kind == "list_item" and i + 1 < len(body) and body[i + 1].kind == "list_item"):
            at += 1  # the blank line after it
    return starts


class TablePart:
    """A body table and the texts of its cells: what a find marks (a reader's '/8.400' found nothing
    in a table the page showed it in), and what holds a match."""

    def __init__(self, renderable: RenderableType, texts: list[Text]) -> None:
        self.renderable, self.texts = renderable, texts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.renderable


def render_table(text: str) -> RenderableType:
    """A body table as a table: the first row its header, numbers right-aligned."""
    from rich.table import Table

    from reader.core.body import table_rows

    rows = table_rows(text)
    if not rows:
        return Text(text)
    width = max(len(row) for row in rows)
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=False)
    numeric = [all(_is_number(row[i]) for row in rows[1:] if i < len(row)) for i in range(width)]
    texts: list[Text] = []
    for i in range(width):
        texts.append(Text(rows[0][i] if i < len(rows[0]) else ""))
        table.add_column(texts[-1], justify="right" if numeric[i] else "left")
    for row in rows[1:]:
        cells = [Text(cell) for cell in row + [""] * (width - len(row))]
        texts += cells
        table.add_row(*cells)
    return TablePart(table, texts)


def _is_number(cell: str) -> bool:
    return bool(cell) and all(ch.isdigit() or ch in " .,%€$-+" for ch in cell) and any(ch.isdigit() for ch in cell)
