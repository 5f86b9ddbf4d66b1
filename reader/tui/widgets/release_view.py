"""One language version, formatted: letterhead apart, then title, date, issuer, provenance, body.

The text is drawn line by line (Textual's line API), each part of it wrapped once at the view's
width and kept: a Static measured and drew the whole release on every layout, seconds for a long
report and twenty for the 56,000 paragraphs an import lets through, the screen blank and the keys
queued (a new user's trial). The first screenful is drawn at once and the rest a slice at a time
between events, so the reader reads and scrolls while a long text is still being laid out.

Find (`/`) lives here, with the text: every match lit, the current one brighter, and the line of
the current one given to the screen so that it scrolls there. The view keeps the reader's place
when the terminal is resized: the text reflows, and the share of it above the top stays.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.console import Group, RenderableType
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.model import Release
from reader.core.text.fold import find_spans
from reader.render import body_parts, render_version

FOUND = "black on yellow"
CURRENT = "bold black on dark_orange"
FOUND_AGAIN = "not bold black on yellow"  # over a match that was the current one
MAX_WIDTH = 100  # a line of text longer than this is hard to read
SLICE = 150  # parts wrapped per step once the first screen is drawn: a few milliseconds each


class ReleaseView(ScrollView, can_focus=True):
    """The version's text as lines, wrapped once per width."""

    DEFAULT_CSS = """
    ReleaseView { overflow-x: hidden; scrollbar-gutter: stable; }
    """

    plain: str = ""
    found: int = 0  # matches of the current find
    current_y: int | None = None  # the line of the current match, for the screen to scroll to

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - textual's own keyword
        super().__init__(id=id)
        self._parts: list[RenderableType] = []
        self._lines: list[Strip] = []
        self._starts: list[int] = []  # the first line of each part wrapped so far
        self._width = 0  # the width the lines were wrapped at
        self._match: tuple[Text, int] | None = None  # the current find's match: its text and offset
        self._place = 0.0  # the share of the text above the top, as the reader left it
        self._pending = False  # a slice is asked for
        # The find as shown: what it was drawn for, and its matches (text, start, end). Going to
        # the next match of the same find restyles two matches and redraws their parts' lines;
        # wrapping the text again took a second per key on a 3,000-paragraph release.
        self._shown: tuple[object, ...] = ()
        self._seen: list[tuple[Text, int, int]] = []
        self._current = 0
        self._blocks: list[int] = []  # the part each body block starts (`place`)

    @property
    def content(self) -> Group:
        """The text's parts as one renderable (what the tests print)."""
        return Group(*self._parts)

    @property
    def laid_out(self) -> bool:
        """Every part of the text is wrapped (the benchmarks and the tests wait on it)."""
        return len(self._starts) == len(self._parts)

    def show(
        self, release: Release, lang: str, letterhead_open: bool = False, find: str = "", current: int = 0
    ) -> None:
        shown = (id(release), lang, letterhead_open, find, self._text_width())
        if find.strip() and shown == self._shown and 0 <= current < len(self._seen) and self._parts:
            self._move_to(current)
            return
        seen: list[tuple[Text, int, int]] = []  # each match: its text and where it starts and ends

        def mark(text: Text) -> None:
            for start, end in find_spans(text.plain, find):
                text.stylize(CURRENT if len(seen) == current else FOUND, start, end)
                seen.append((text, start, end))

        group = render_version(release, lang, letterhead_open, mark if find.strip() else None)
        version = release.versions[lang]
        self.plain = "\n".join(
            [version.title, release.issuer_in(lang), version.provenance.label(), *(b.text for b in version.blocks)]
        )
        self.found = len(seen)
        self._match = seen[current][:2] if 0 <= current < len(seen) else None
        self._parts = list(group.renderables)
        self._blocks = body_parts(release, lang)
        self._shown, self._seen, self._current = shown, seen, current
        self._wrap_again()

    def _move_to(self, current: int) -> None:
        """The same find's match `current` made the current one: two matches restyled, the lines of
        their parts drawn again (a style changes no wrap), the text around them kept."""
        for index, style in ((self._current, FOUND_AGAIN), (current, CURRENT)):
            text, start, end = self._seen[index]
            text.stylize(style, start, end)
            self._redraw(text)
        self._current = current
        self._match = self._seen[current][:2]
        holder = self._holder()
        if holder is not None and holder >= len(self._starts):
            self._wrap_until(holder + 1)
        self.current_y = self._line_of_match(holder) if holder is not None else None
        if self.current_y is not None:
            self._wrap_until(0, lines=self.current_y + self.size.height + 1)
        self.refresh()

    def _redraw(self, text: Text) -> None:
        """The lines of the part holding `text`, drawn again in place (if it is wrapped yet)."""
        k = self._part_of(text)
        if k is None or k >= len(self._starts):
            return
        lines = self._strips(self._parts[k])
        self._lines[self._starts[k] : self._starts[k] + len(lines)] = lines

    def _strips(self, part: RenderableType) -> list[Strip]:
        """A part's lines at the view's width."""
        console = self.app.console
        return [
            Strip(line) for line in console.render_lines(part, console.options.update_width(self._width), pad=False)
        ]

    # -- layout -----------------------------------------------------------------------------------

    def _text_width(self) -> int:
        return max(20, min(MAX_WIDTH, self.scrollable_content_region.width or self.size.width or 80))

    def _wrap_again(self) -> None:
        """The lines thrown away and the text wrapped anew: the first screen and the find's match
        now, the rest in slices."""
        self._lines, self._starts, self._width = [], [], self._text_width()
        holder = self._holder()
        # down to where the reader is: a text shown again in place (a find closed, the letterhead
        # folded) keeps its lines under the view (a trial's Esc after a find far down showed the top)
        below = int(self.scroll_y) + self.size.height + 1
        self._wrap_until(max(holder + 1 if holder is not None else 0, 1), lines=below)
        self.current_y = self._line_of_match(holder) if holder is not None else None
        if self.current_y is not None:  # a screen below the match, to scroll it near the top
            self._wrap_until(0, lines=self.current_y + self.size.height + 1)
        self._more()

    def scroll_to_line(self, y: int) -> None:
        """At line `y`, now: the scrollbars of a text just wrapped are not laid out yet (`force`)."""
        self.scroll_to(y=y, animate=False, force=True)

    def scroll_to_share(self, share: float) -> None:
        """At the same share of the text (the other language's version, a reflow): all of it wrapped."""
        self.wrap_all()
        self.scroll_to(y=round(share * self.max_scroll_y), animate=False, force=True)

    def place(self) -> tuple[int, int, int] | None:
        """Where the reader is: the body block at the top line, of how many, and the lines into it;
        None above the body (the other version opens at its top too)."""
        top = int(self.scroll_y)
        if not self._blocks or not self._starts or top < self._line_of_part(self._blocks[0]):
            return None
        part = bisect_right(self._starts, top) - 1
        block = max(0, bisect_right(self._blocks, part) - 1)
        return block, len(self._blocks), top - self._starts[self._blocks[block]]

    def go_to(self, place: tuple[int, int, int]) -> None:
        """The same block in this version (another language's), as many lines into it as fit; a
        version of another shape, the block at the same share of its body. Trial M: `n` back to the
        Dutch after `f` jumped to the top (to the library search's first match), a share of lines
        landed paragraphs away in a text whose languages wrap differently."""
        block, count, into = place
        if not self._blocks:
            return
        if count != len(self._blocks):
            block, into = round(block * len(self._blocks) / count), 0
        part = self._blocks[min(block, len(self._blocks) - 1)]
        self._wrap_until(part + 2)
        self._wrap_until(0, lines=self._starts[part] + self.size.height + 1)  # a screen under it
        end = self._starts[part + 1] if part + 1 < len(self._starts) else len(self._lines)
        self.scroll_to_line(self._starts[part] + max(0, min(into, end - self._starts[part] - 1)))

    def _line_of_part(self, part: int) -> int:
        return self._starts[part] if part < len(self._starts) else len(self._lines)

    def _holder(self) -> int | None:
        """The part the find's current match is in."""
        return self._part_of(self._match[0]) if self._match is not None else None

    def _part_of(self, text: Text) -> int | None:
        return next(
            (
                k
                for k, part in enumerate(self._parts)
                if getattr(part, "renderable", part) is text or any(cell is text for cell in getattr(part, "texts", ()))
            ),
            None,
        )

    def _wrap_until(self, parts: int, lines: int = 0) -> None:
        """Wrap parts until `parts` are done and at least `lines` lines exist (or all are done)."""
        while len(self._starts) < len(self._parts) and (len(self._starts) < parts or len(self._lines) < lines):
            part = self._parts[len(self._starts)]
            self._starts.append(len(self._lines))
            self._lines += self._strips(part)
        self.virtual_size = Size(self._width, len(self._lines))
        self.refresh()

    def _more(self) -> None:
        if not self.laid_out and not self._pending:
            self._pending = True
            self.set_timer(0.001, self._slice)  # after the events waiting: keys stay quick

    def _slice(self) -> None:
        self._pending = False
        self._wrap_until(len(self._starts) + SLICE)
        self._more()

    def wrap_all(self) -> None:
        """Every part wrapped now (End, a jump to the bottom, needs the whole height)."""
        self._wrap_until(len(self._parts))

    def _line_of_match(self, holder: int) -> int | None:
        """The line the match is on: its part's first line, then its place in that part's wrap."""
        if self._match is None or holder >= len(self._starts):
            return None
        text, start = self._match
        part = self._parts[holder]
        console = self.app.console
        lines = text.wrap(console, self._width)
        offset = 0
        for n, line in enumerate(lines):
            offset += len(line.plain) + 1
            if offset > start:
                return self._starts[holder] + n + (1 if part is not text else 0)  # a padded part's top line
        return self._starts[holder]

    def on_resize(self, event: events.Resize) -> None:
        if self._parts and self._text_width() != self._width:
            place = self._place
            self._wrap_again()
            if place:
                self.call_after_refresh(self.scroll_to_share, place)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.max_scroll_y and self.laid_out:
            self._place = new_value / self.max_scroll_y

    def scroll_end(self, *args: object, **kwargs: object) -> None:
        self.wrap_all()
        super().scroll_end(animate=False)

    # -- drawing ----------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width or self.size.width
        style = self.rich_style
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(width, style)
        line = self._lines[index]
        line = line.apply_style(style)
        return line.crop_extend(scroll_x, scroll_x + width, style).apply_offsets(scroll_x, index)
