"""One language version, formatted: letterhead apart, then title, date, issuer, provenance, body.

Find (`/`) lives here, with the text: every match lit, the current one brighter, and the line of
the current one given to the screen so that it scrolls there.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from reader.core.model import Release
from reader.core.text.fold import find_spans
from reader.render import render_version

FOUND = "black on yellow"
CURRENT = "bold black on dark_orange"


class ReleaseView(Static):
    """Static over rich renderables: reading needs no interaction but scrolling."""

    plain: str = ""
    found: int = 0  # matches of the current find
    current_y: int | None = None  # the line of the current match, for the screen to scroll to

    def show(
        self, release: Release, lang: str, letterhead_open: bool = False, find: str = "", current: int = 0
    ) -> None:
        seen: list[tuple[Text, int]] = []  # each match: its text and where it starts

        def mark(text: Text) -> None:
            for start, end in find_spans(text.plain, find):
                text.stylize(CURRENT if len(seen) == current else FOUND, start, end)
                seen.append((text, start))

        renderable = render_version(release, lang, letterhead_open, mark if find.strip() else None)
        version = release.versions[lang]
        self.plain = "\n".join(
            [version.title, release.issuer_in(lang), version.provenance.label(), *(b.text for b in version.blocks)]
        )
        self.found = len(seen)
        self.current_y = self._line_of(renderable, seen[current]) if 0 <= current < len(seen) else None
        self.update(renderable)

    def _line_of(self, group: Group, match: tuple[Text, int]) -> int:
        """The line the match is on, at the width the view has: the parts above it, then its wrap."""
        console = self.app.console
        width = max(20, self.content_region.width or self.size.width or 80)
        options = console.options.update_width(width)
        text, start = match
        above = 0
        for part in group.renderables:
            inner = getattr(part, "renderable", part)
            if inner is text:
                lines = text.wrap(console, width)
                offset = 0
                for n, line in enumerate(lines):
                    offset += len(line.plain) + 1
                    if offset > start:
                        return above + n + (1 if inner is not part else 0)
                return above
            above += len(console.render_lines(part, options, pad=False))
        return above
