"""Edit one target segment under its source, with the segment's flags and the memory's suggestions in view.

The suggestions are fuzzy matches (75% or more, numbers carried over) of the source in the archive's
translation memory, each with the earlier sentence it rendered (its differing words marked), looked
up in a thread worker once the dialog is up, so a slow disk never delays typing; F2, F3 and F4 insert
the first, second and third at the cursor (replacing the selection). Function keys, because the text
area takes the ctrl keys an editor has, a terminal cannot send ctrl+digit, and Textual reads the
Esc+digit a terminal sends for alt+digit as a character ('¡' for alt+1: a macOS keyboard's); alt+1..3
stay bound for terminals that report them as keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from inspect import isawaitable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.actions import parse
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.widgets import Button, Label, Static, TextArea
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.review.checks import CheckedPair
from reader.tui.messages import SuggestionsReady
from reader.tui.screens.base import BaseModal
from reader.tui.widgets.edit_fit import STEPS, Parts, flag_lines, steps_needed, wrapped
from reader.tui.widgets.suggestion_lines import suggestion_lines
from reader.tui.widgets.typing_area import TypingArea

if TYPE_CHECKING:
    from reader.core.memory.lookup import Suggestion

SUGGESTIONS = 3


class EditSegmentModal(BaseModal[str | None]):
    """Returns the new target text (ctrl+s), or None (escape)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save segment", priority=True),
        # A translator's editor selects the whole text with ctrl+a, as every CAT tool does (home goes
        # to the line's start; Textual's own f7 selects all too)
        Binding("ctrl+a", "select_all_text", "Select all", show=False, priority=True),
        Binding("escape", "dismiss(None)", "Cancel"),
        *(
            Binding(f"f{n + 1},alt+{n}", f"insert_suggestion({n})", f"Suggestion {n}", show=False, priority=True)
            for n in range(1, SUGGESTIONS + 1)
        ),
    ]

    def __init__(
        self,
        pair: CheckedPair,
        source_lang: str,
        target_lang: str,
        release_id: str = "",
        start: str | None = None,
        official: bool = False,
    ) -> None:
        super().__init__()
        self.official = official  # saving keeps the text as a proposal: said before, not after
        self.pair, self.source_lang, self.target_lang = pair, source_lang, target_lang
        self.start = start  # the text to edit when not the target as it stands (a proposal made before)
        self.release_id = release_id  # its own pairs are in the memory too: never suggested back
        self.suggestions: list[Suggestion] = []
        # Keys that reach the dialog before its first refresh (typed at once after `e`, as a fast
        # typist or a terminal's paste sends them): kept and replayed in order, never lost.
        self.ready = False
        self.early: list[events.Key] = []
        what = "official: saving proposes your text, the version stays as published" if official else ""
        self.label = f"{target_lang}:  ({what + '; ' if what else ''}ctrl+a selects all)"
        self.taken = 0  # how many of edit_fit.STEPS the dialog's height takes (trial C)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-dialog"):
            yield Label(f"Segment {self.pair.index + 1} · {self.pair.kind} ({self.pair.shape})", classes="title")
            with VerticalScroll(id="edit-context"):  # a long source scrolls; the buttons stay in view
                source = Text(f"{self.source_lang}: ", style="bold").append(self.pair.source or "—")
                yield Static(source, id="edit-source")
            flags = flag_lines(self.pair.flags)
            # outside the scroll, under the source: a table's source at 80x24 pushed the flag's reason
            # out of sight, the reason for the edit (trial N)
            # none: no line said so (at 80x24 it cost the editor the line of its buttons)
            yield Static(flags, id="edit-flags", classes="" if flags else "-none")
            yield Static(id="edit-suggestions")  # outside the scroll: one line each, always in view
            yield Label(self.label, id="edit-label", classes="pane-label")
            yield TypingArea(
                self.pair.target if self.start is None else self.start,
                id="edit-target",
                soft_wrap=True,
                show_line_numbers=False,
            )
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="cancel", compact=True)

    def on_mount(self) -> None:
        from reader.tui.memory import memory_built

        area = self.query_one(TextArea)
        area.cursor_blink = getattr(self.app, "cursor_blink", True)  # the app's setting (off in snapshots)
        area.focus()
        area.move_cursor(area.document.end)  # after the text, as the comment dialog: what is typed adds to it
        self.call_after_refresh(self._replay)
        self.call_after_refresh(self._fit)
        if not self.pair.source.strip():
            self.query_one("#edit-suggestions").display = False
        elif memory_built(self.app):
            self._suggestions(Text("memory: looking for earlier renderings…", style="dim"))
            self.look_up(self.pair.source)
        else:
            self._suggestions(Text("memory: none yet (`press-reader memory` builds it)", style="dim"))

    def _replay(self) -> None:
        """The early keys, in order, as the text area would have read them: a character replaces the
        selection at the cursor, a key bound here (ctrl+a, ctrl+s) or there (backspace, arrows) acts.
        All at once, with nothing awaited, so that no key handed over meanwhile comes between them."""
        self.ready = True
        early, self.early = self.early, []
        area = self.query_one(TextArea)
        for key in early:
            name, character = key.key, key.character
            if name in self._actions:
                _run(self, self._actions[name])
            elif name in (bound := _keys(area.BINDINGS)):
                _run(area, bound[name])
            elif name == "enter" or (character and character.isprintable()):
                area.replace(
                    "\n" if name == "enter" else str(character), *area.selection, maintain_selection_offset=False
                )

    def keep_early(self, key: events.Key) -> bool:
        """Called by the app for a key typed with `e` (see PressReaderApp._on_key): kept for the
        replay while the dialog is not ready, in the order the app read it. A key left to the dialog's
        queue or its focused widget would be read after the replay, or not by the area at all."""
        if self.ready:
            return False
        self.early.append(key)
        return True

    @property
    def _actions(self) -> dict[str, str]:
        return _keys(self.BINDINGS)

    def _suggestions(self, text: Text) -> None:
        self.query_one("#edit-suggestions", Static).update(text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="suggestions", description="Memory suggestions")
    def look_up(self, source: str) -> None:
        from reader.core.memory.lookup import fuzzy
        from reader.core.text.segment import split_sentences
        from reader.tui.memory import memory_store

        store = memory_store(self.app)
        src, tgt = self.source_lang, self.target_lang
        try:
            found = fuzzy(store, source, src, tgt, limit=2 * SUGGESTIONS)
            sentences = split_sentences(source, src)
            if len(sentences) > 1:  # a segment of several sentences: each may have been rendered before
                for sentence in sentences:
                    found += fuzzy(store, sentence, src, tgt, limit=2)
        finally:
            store.close()
        seen: set[str] = set()
        chosen = []
        for suggestion in found:
            if suggestion.pair.release != self.release_id and suggestion.target not in seen:
                seen.add(suggestion.target)
                chosen.append(suggestion)
        if not get_current_worker().is_cancelled:
            self.post_message(SuggestionsReady(chosen[:SUGGESTIONS]))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.group == "suggestions":  # told by BaseModal
            self._suggestions(Text("memory: the lookup failed (see the message); editing goes on", style="dim"))

    def on_suggestions_ready(self, message: SuggestionsReady) -> None:
        self.suggestions = message.suggestions
        if not self.suggestions:
            self._suggestions(Text("memory: no earlier rendering of 75% or more", style="dim"))
        self._fit()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """The parts over the text box shrunk as far as the dialog's height needs (see edit_fit), and
        the suggestions shown as they fit: at 60x20 the text box was one line, the buttons cut (trial C)."""
        dialog = self.query_one(".edit-dialog")
        rows, width = dialog.content_region.height, dialog.content_region.width or 66  # 66: 80x24's
        if rows:
            count = len(self.suggestions)
            rows_now = 2 * count or int(self.query_one("#edit-suggestions").display)
            parts = Parts(rows_now, count, wrapped(self.label, width - 2), wrapped(flag_lines(self.pair.flags), width))
            self.taken = steps_needed(parts, rows)
        for n, name in enumerate(STEPS, 1):
            dialog.set_class(self.taken >= n, name)
        dialog.set_class(self.taken > 0, "-fit")
        self.query_one("#edit-flags", Static).update(flag_lines(self.pair.flags, short=self.taken >= 4))
        if self.suggestions:
            shown = 1 if self.taken >= 2 else SUGGESTIONS
            lines = suggestion_lines(self.suggestions, self.pair.source, self.source_lang, width, self.taken < 1, shown)
            self._suggestions(lines)

    def action_insert_suggestion(self, n: int) -> None:
        """At the cursor, in place of the selection: a whole rendering, or a sentence of a longer segment."""
        if not 1 <= n <= len(self.suggestions):
            return
        area = self.query_one(TextArea)
        chosen = self.suggestions[n - 1].target
        start, end = area.selection
        if start == end and area.text.strip() == (self.pair.target if self.start is None else self.start).strip():
            area.text = chosen  # the text as it came: a whole rendering takes its place (it was glued on)
        else:  # the translator's own text: at the cursor, apart from the words around it
            before = area.document.get_text_range((0, 0), min(start, end))
            spaced = (" " if before and not before[-1].isspace() else "") + chosen
            area.replace(spaced, start, end)
        area.focus()

    def action_select_all_text(self) -> None:
        if not self.ready:
            self.early.append(events.Key("ctrl+a", None))
            return
        area = self.query_one(TextArea)
        area.select_all()
        area.focus()

    def action_save(self) -> None:
        if not self.ready:  # after the keys typed before it, which are replayed first
            self.early.append(events.Key("ctrl+s", None))
            return
        area = self.query_one(TextArea)  # read after the keys queued ahead of ctrl+s (a priority key)

        def save() -> None:  # returns nothing: awaiting the dismissal from the area would wait on itself
            self.dismiss(area.text)

        area.call_later(save)

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


def _run(target: DOMNode, action: str) -> None:
    """An action by its binding's string, now (`run_action` would await, letting typed keys in)."""
    _, name, args = parse(action)
    result = getattr(target, f"action_{name}")(*args)
    if isawaitable(result):  # ctrl+k's, the one async action of a text area: right after
        target.call_later(lambda: result)


def _keys(bindings: Iterable[Binding | tuple[str, ...]]) -> dict[str, str]:
    """Key -> action of a list of bindings ('f2,alt+1' is two keys)."""
    return {key: b.action for b in bindings if isinstance(b, Binding) for key in b.key.split(",")}
