"""The earlier texts of one language version, the highlighted one shown below the list (whole, or
with `d` only what changed since, word by word); Enter restores one (the current text is kept too)."""

from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.errors import ReaderError
from reader.core.history import Revision, read_revision, read_text
from reader.core.text.changes import changes, visible
from reader.core.text.clean import clean_line, clean_piece
from reader.tui.screens.base import BaseModal
from reader.tui.tell import safe

PREVIEW_CHARS = 4_000  # of the highlighted text, below the list


class HistoryModal(BaseModal[str | None]):
    """Returns the stamp of the revision to restore, or None."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close"), Binding("d", "changes", "Changes / whole text")]

    def __init__(self, title: str, revisions: list[Revision], current: Path | None = None, headline: str = "") -> None:
        super().__init__()
        self.title_text, self.revisions, self.current = title, revisions, current
        self.headline = headline  # the version's title now: an edit of it is a change too
        self.showing_changes = False
        self._shown: Revision | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="history"):
            yield Label(safe(self.title_text))
            if not self.revisions:
                yield Label("No earlier text: this version was never replaced.", classes="dialog-text")
            options = [
                Option(
                    safe(
                        # the text as it stood until that time, then what replaced it and who
                        f"until {r.local_time}  ·  {clean_line(str(r.provenance.get('provenance', '?')))}  ·  "
                        f"then {clean_line(r.why) or 'replaced'} ({clean_line(r.who)})"
                    ),
                    id=r.stamp,
                )
                for r in reversed(self.revisions)
            ]
            yield OptionList(*options, id="revisions")
            with VerticalScroll(id="revision-scroll") as scroll:
                scroll.display = bool(self.revisions)
                yield Static("", id="revision-text", markup=False)
            yield Label(
                "Enter restores (current text kept) · d: changes / whole text",
                classes="dialog-text",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The text before deciding: a restore should never be a guess (a body is a few kB, read here)."""
        self._shown = next((r for r in self.revisions if r.stamp == event.option.id), None)
        self._preview()

    def action_changes(self) -> None:
        self.showing_changes = not self.showing_changes
        self._preview()

    def _preview(self) -> None:
        revision = self._shown
        if revision is None:
            return
        shown: str | Text
        try:
            text = read_revision(revision)
            shown = self._changes(text, revision.title) if self.showing_changes else self._whole(text, revision.title)
        except ReaderError as exc:
            shown = str(exc)
        self.query_one("#revision-text", Static).update(shown)

    def _whole(self, earlier: str, was_title: str) -> Text:
        """The earlier text with its headline on top (and the headline now, when it differs): the body
        alone made a change of the title alone look like no change (trial G, F5)."""
        out = Text()
        if was_title:
            out.append(clean_line(was_title), style="bold")
            if self.headline and was_title != self.headline:
                out.append(f"  (the title now: {clean_line(self.headline)})", style="dim")
            out.append("\n\n")
        return out.append(readable(earlier)[:PREVIEW_CHARS])

    def _changes(self, earlier: str, was_title: str = "") -> Text:
        """The paragraphs that differ from the current text, each with its words marked; the title first."""
        now = read_text(self.current) if self.current is not None else ""
        found = changes(earlier, now)
        retitled = was_title and self.headline and was_title != self.headline
        titled = changes(was_title, self.headline) if retitled else []
        out = Text("Changed since: " if found or titled else "The same text as now.", style="dim")
        for change in [*titled, *found][:50]:
            # the paragraph as the reader counts them, not a line of the file (a new user's trial)
            where = paragraph_at(earlier, change.old_line) if change.old_line else paragraph_at(now, change.new_line)
            out.append("\n\ntitle: " if titled and change is titled[0] else f"\n\nparagraph {where}: ", style="dim")
            for n, piece in enumerate(change.pieces):
                if n and piece.kind == "new" and change.pieces[n - 1].kind == "old" and len(change.pieces) == 2:
                    out.append("\n")  # a paragraph rewritten: the new one under the old
                if piece.kind == "same":
                    out.append(piece.text)
                    continue
                # wdiff's markers as the CLI prints them: 'mercredi' struck beside 'lundi' read as one
                # word 'mercredilundi' in colour alone (a new user's trial)
                marks = ("[-", "-]") if piece.kind == "old" else ("{+", "+}")
                style = "strike red" if piece.kind == "old" else "bold green"
                # its edges kept: ' Elle est …' added after 'neutre.' read 'neutre.{+Elle'
                out.append(f"{marks[0]}{visible(clean_piece(piece.text))}{marks[1]}", style=style)
        return out

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


_FENCE = re.compile(r"^:::(?:\s*letterhead\b.*)?\s*$")


def readable(text: str) -> str:
    """A version's file as the reader shows its text: the letterhead's fences left out."""
    return "\n".join(line for line in text.split("\n") if not _FENCE.match(line))


def paragraph_at(text: str, line: int | None) -> int:
    """The paragraph (blocks between blank lines, fences not counted) holding 1-based `line`."""
    count, inside = 0, False
    for number, row in enumerate(text.split("\n"), 1):
        blank = not row.strip() or bool(_FENCE.match(row))
        if not blank and not inside:
            count += 1
        inside = not blank
        if line is not None and number >= line:
            break
    return max(count, 1)
