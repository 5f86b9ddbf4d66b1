"""`c` in the reader and side by side: how the archive rendered these words before.

The panel asks the translation memory (`core/memory`) in a thread worker, one lookup per change of
the query (exclusive: a newer one cancels the older, whose late answer is ignored by its run number),
and lists the pairs newest first with the searched words lit in the source and their rendering lit
in the target. Enter gives the pair back; the screen that opened the panel opens that release at
that sentence with the reader's find. Its first lookup aligns again the releases changed since the
memory was built, as the CLI's concordance does. Without a memory the panel says how to build one and builds
it here on request (ctrl+b), a worker that stops at the next release when Esc cancels it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Label, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.errors import LibraryError, ReaderError
from reader.core.memory.stored import IMPORTED_PREFIX
from reader.core.model import LANGUAGES
from reader.core.text.clean import clean_line
from reader.tui.memory import memory_built, memory_outdated, memory_store
from reader.tui.messages import ConcordanceReady, MemoryBuildFailed, MemoryBuilt
from reader.tui.screens.base import BaseModal, Forwarded
from reader.tui.tell import safe, tell, tell_error
from reader.tui.widgets.memory_build import MemoryBuild
from reader.tui.widgets.reader_input import ReaderInput

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.core.memory.lookup import ConcordanceHit
    from reader.core.memory.store import MemoryStore

LIMIT = 50  # pairs listed: newest first, enough to see how a rendering changed over the years
FOUND = "black on yellow"  # as the reader's find
RENDERING = "bold reverse"  # as the CLI's concordance
HOW_TO_BUILD = (
    "No translation memory yet. It is built once from the library's human versions (about a minute "
    "per 1,000 releases; kept up to date afterwards): `press-reader memory` in a shell, or ctrl+b here."
)


OUTDATED = (
    "The translation memory was built by an older press-reader: ctrl+b (or `press-reader memory`) "
    "rebuilds it, about a minute per 1,000 releases."
)


@dataclass(frozen=True)
class Chosen:
    """The pair Enter chose: its release, and the sentence to find there in the `lang` version."""

    release: str
    lang: str
    sentence: str


def open_concordance(screen: Any, text: str, src: str, tgt: str) -> None:
    """The panel for `text`; Enter on a pair opens its release in the reader at that sentence."""

    def chosen(choice: Chosen | None) -> None:
        if choice is None:
            return
        if choice.release.startswith(IMPORTED_PREFIX):  # no release behind it: said (fix batch 19)
            tell(screen, f"{choice.release} is an imported memory's pair: no release to open", title="Concordance")
            return
        try:
            release = screen.app.library.get(choice.release)
        except LibraryError as exc:
            tell_error(screen, exc, title="Cannot open that release")
            return
        lang = choice.lang if choice.lang in release.versions else release.original_language
        screen.app.open_release(release, lang, find=choice.sentence)  # the app: no cycle through the reader

    screen.app.push_screen(ConcordanceModal(" ".join(text.split())[:200], src, tgt), chosen)


def hit_prompt(hit: ConcordanceHit, query: str) -> Group:
    """When, which release, who; under it, indented, the source with the words lit and the rendering lit."""
    from reader.core.memory.lookup import query_spans

    pair = hit.pair
    head = Text()
    head.append(pair.date, style="bold").append(f"  {pair.release}")
    head.append(f"  {clean_line(pair.issuer)} · {pair.provenance}", style="dim")
    source = _lit(pair.source, query_spans(pair.source, query), FOUND)
    target = _lit(pair.target, hit.spans, RENDERING)
    return Group(head, Padding(source, (0, 0, 0, 2)), Padding(target, (0, 0, 0, 2)))


def _lit(text: str, spans: list[tuple[int, int]], style: str) -> Text:
    clean = clean_line(text)
    out = Text(clean)
    if clean == text:  # spans count characters of the stored text: only valid if cleaning kept them
        for start, end in spans:
            out.stylize(style, start, end)
    return out


def _refreshed(store: MemoryStore, cancel: Callable[[], bool]) -> tuple[bool, str]:
    """The releases changed since the memory was built aligned again, once per opening of the
    panel, as the CLI's concordance does each run: the panel showed renderings an edit in the
    CLI or an XLIFF taken back in the TUI had replaced, until ctrl+b (trial X, F5). Only the
    releases whose files changed are aligned; stopped by a newer lookup, the next goes on.
    Whether it is done, and what to say when the disk refused the write."""
    try:
        with store.said_if_the_disk_fails():
            return not store.update(cancel=cancel).cancelled, ""
    except ReaderError as exc:  # a full disk, a file-size limit: the memory as it is, said so
        return True, f"{exc}; the memory may be older than the library"


class ConcordanceModal(BaseModal[Chosen | None]):
    BINDINGS = [
        Binding("escape", "stop_or_close", "Close"),
        Binding("ctrl+b", "build", "Build or update the memory"),
        Binding("ctrl+t", "other_target", "Other target language"),
        Binding("ctrl+r", "reverse", "Reverse the languages"),
        Binding("down", "to_list", "Pairs", show=False),
    ]

    building: Forwarded[bool] = Forwarded("builder")  # a build of the memory runs

    def __init__(self, text: str, src: str, tgt: str) -> None:
        super().__init__()
        self.text, self.src, self.tgt = text, src, tgt
        self.run = 0  # the current lookup; an older one's answer arrives late and is dropped
        self.asked: tuple[str, str, str] | None = None  # the input's first Changed repeats the opening lookup
        self.hits: list[ConcordanceHit] = []
        self.refreshed = False  # the memory brought up to date with the library since the panel opened
        self.builder = MemoryBuild(id="concordance-build")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog concordance-dialog"):
            yield Label(id="concordance-title", classes="title")
            yield ReaderInput(self.text, placeholder='words, "a phrase" or a prefix*', id="concordance-query")
            yield Static("", id="concordance-status")
            yield OptionList(id="concordance-hits")
            yield self.builder

    def on_mount(self) -> None:
        self._title()
        if memory_built(self.app):
            self.query_one("#concordance-build").display = False
            self.query_one("#concordance-query").focus()
            self.look_up()
        else:
            self._status(OUTDATED if memory_outdated(self.app) else HOW_TO_BUILD)
            self.query_one(OptionList).display = False  # the button right under what it does
            self.query_one("#build").focus()

    def _title(self) -> None:
        title = f"Concordance · {LANGUAGES[self.src]} → {LANGUAGES[self.tgt]} · past renderings, newest first"
        self.query_one("#concordance-title", Label).update(safe(title))

    def _status(self, text: str) -> None:
        self.query_one("#concordance-status", Static).update(safe(text))

    # -- looking up -------------------------------------------------------------------------------

    def look_up(self) -> None:
        query = self.query_one("#concordance-query", ReaderInput).value
        if (query, self.src, self.tgt) == self.asked:
            return
        self.run += 1
        if not query.strip():
            self.asked = None
            self.hits = []
            self.query_one(OptionList).clear_options()
            self._status('Type words, a "phrase" or a prefix*; Enter on a pair opens its release.')
            return
        if self.builder.building or not memory_built(self.app):
            return
        self.asked = (query, self.src, self.tgt)
        self._status(f"Looking up “{query}”…")
        self.lookup(query, self.src, self.tgt, self.run)

    @work(thread=True, exclusive=True, exit_on_error=False, group="concordance", description="Concordance")
    def lookup(self, query: str, src: str, tgt: str, run: int) -> None:
        from reader.core.memory.lookup import concordance

        worker, stale = get_current_worker(), ""
        store = memory_store(self.app)
        try:
            if not self.refreshed:
                self.refreshed, stale = _refreshed(store, lambda: worker.is_cancelled)
            hits = concordance(store, query, src, tgt, LIMIT)
        finally:
            store.close()
        if not worker.is_cancelled:
            self.post_message(ConcordanceReady(run, query, hits, stale))

    def on_concordance_ready(self, message: ConcordanceReady) -> None:
        if message.run != self.run:
            return
        self.hits = message.hits
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(hit_prompt(hit, message.query), id=str(n)) for n, hit in enumerate(self.hits)])
        if message.stale:
            self._status(f"{message.stale} (ctrl+b tries again) · {len(self.hits)} pair(s)")
        elif self.hits:
            more = " (the newest shown)" if len(self.hits) >= LIMIT else ""
            self._status(f"{len(self.hits)} pair(s){more} · ↓ then Enter opens the release at that sentence")
        else:
            self._status(
                f"Nothing in the archive for “{message.query}” ({self.src} → {self.tgt}); "
                "ctrl+b brings the memory up to date."
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.group == "concordance":
            self.asked = None  # the same words again try again
            self._status("The lookup failed: see the message.")

    @on(ReaderInput.Changed, "#concordance-query")
    def _typed(self) -> None:
        self.look_up()

    @on(ReaderInput.Submitted, "#concordance-query")
    def _submitted(self) -> None:
        self.action_to_list()

    def action_to_list(self) -> None:
        options = self.query_one(OptionList)
        if self.hits and not options.has_focus:
            options.focus()
            options.highlighted = options.highlighted or 0

    @on(OptionList.OptionSelected, "#concordance-hits")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        hit = self.hits[int(event.option.id or 0)]
        self.dismiss(Chosen(hit.pair.release, self.src, hit.pair.source))

    def action_other_target(self) -> None:
        others = [code for code in LANGUAGES if code != self.src]
        self.tgt = others[(others.index(self.tgt) + 1) % len(others)] if self.tgt in others else others[0]
        self._title()
        self.look_up()

    def action_reverse(self) -> None:
        self.src, self.tgt = self.tgt, self.src
        self._title()
        self.look_up()

    # -- building the memory (the MemoryBuild widget runs it) ------------------------------------

    def action_build(self) -> None:
        if self.builder.start():
            self._status("Aligning the archive… Esc stops (what is aligned is kept; ctrl+b goes on later).")

    @on(Button.Pressed, "#build")
    def _build_pressed(self) -> None:
        self.action_build()

    def on_memory_built(self, message: MemoryBuilt) -> None:
        if message.cancelled:
            self._status(f"Stopped: {message.pairs} sentence pairs kept; ctrl+b goes on from there.")
            return
        said = f"{message.aligned} releases aligned now"
        if not message.aligned and message.latest:  # '0 aligned now' after an edit read as if it was not
            said = f"up to date with the latest change, {message.latest}"  # taken: another command had (trial D)
        tell(self, f"Translation memory: {message.pairs} sentence pairs ({said}).")
        self.builder.display = False
        self.query_one(OptionList).display = True
        self.query_one("#concordance-query").focus()
        self.asked = None
        self.look_up()

    def on_memory_build_failed(self, _message: MemoryBuildFailed) -> None:
        self._status("Building the memory failed: see the message; what was aligned is kept.")

    def action_stop_or_close(self) -> None:
        """Esc: stop a build at the next release (within a second), else close the panel."""
        if self.builder.stop():
            self._status("Stopping… (what is aligned is kept)")
            return
        self.dismiss(None)
