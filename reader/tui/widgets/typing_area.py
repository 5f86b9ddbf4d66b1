"""A text area that takes a no-break space typed at the keyboard, and a paste cleaned.

Textual's TextArea inserts a key's character only when `str.isprintable()` says so, and for Python a
no-break space (U+00A0, U+202F) is not printable: a French translator's AltGr+Space, or the
character sent as it is, was dropped without a word (a reviser's trial), while French sets '15 %'
and 'mesures :' with it.
"""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from reader.core.text.clean import JOINING, clean_text


class TypingArea(TextArea):
    async def _on_key(self, event: events.Key) -> None:
        if not self.read_only and event.character is not None and event.character in JOINING:
            event.stop()
            event.prevent_default()
            start, end = self.selection
            self.replace(event.character, start, end, maintain_selection_offset=False)
            return
        await super()._on_key(event)

    async def _on_paste(self, event: events.Paste) -> None:
        """A paste from a terminal brings its colour codes and bells along ('\\x1b[31m'): they were
        kept in the edit and stored with it (a hostile-input trial). Lines and tabs stay."""
        event.stop()
        event.prevent_default()
        await super()._on_paste(events.Paste(clean_text(event.text)))
