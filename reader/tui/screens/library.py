"""The library: every release in a virtual list, answered by the full-text index off the UI thread.

The list never holds more than plain rows, and every question (a search as you type, a language,
a year, an issuer) is one query to the index in a worker, the latest winning. The index is brought
up to date when the screen opens and whenever it comes back into view, with progress shown, and
polled every few seconds (folder times only, in a worker) so that releases added or changed by
another program appear without a restart.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.model import LANGUAGES
from reader.tui.messages import (
    LibraryChanged,
    LibraryLoaded,
    LibraryProgress,
    ListRow,
    SearchDone,
    TranslateAllProgress,
)
from reader.tui.screens.base import BaseScreen
from reader.tui.tell import describe_error, safe, tell, tell_error
from reader.tui.widgets.library_rows import listing_row as _row
from reader.tui.widgets.library_rows import matching_language, placeholder_row
from reader.tui.widgets.reader_input import ReaderInput
from reader.tui.widgets.release_list import ReleaseList

LANG_CYCLE: list[str | None] = [None, *LANGUAGES]
FIRST_PAGE = 200  # rows shown before the rest of a long list arrives
POLL_SECONDS = 5.0


class LibraryScreen(BaseScreen):
    HELP_SECTION = "library"
    BINDINGS = [
        Binding("slash", "search", "Search", key_display="/"),
        Binding("l", "cycle_language", "Lang"),
        Binding("y", "pick('year')", "Year"),
        Binding("u", "pick('issuer')", "Issuer", show=False),
        Binding("d", "sort", "Sort", show=False),
        Binding("i", "import_file", "Import"),
        Binding("ctrl+r", "reload", "Reload", show=False),
        Binding("r", "reload", "Reload", show=False),
        Binding("escape", "clear_search", "Clear", show=False),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.language: str | None = None
        self.year: str | None = None
        self.issuer: str | None = None
        self.newest_first = True
        self.query_text = ""
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="library"):
            yield ReaderInput(placeholder='Search: words, "a phrase", prefix* (Esc clears)', id="search")
            yield Static("Loading the library…", id="library-status")
            yield ReleaseList(id="releases")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"library: {self.app.library.root}"
        self.query_one(ReleaseList).focus()
        self.load_library()
        self.set_interval(POLL_SECONDS, self.poll)

    def _index(self) -> Any:
        from reader.core.search import SearchIndex

        return SearchIndex(self.app.library.root, self.app.settings.search_index)

    # -- loading ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="library", description="Loading the library")
    def load_library(self) -> None:
        worker = get_current_worker()
        index = self._index()
        try:
            if not self.total:  # what the index already holds, at once; the check for changes follows
                first = [_row(hit.listing, None) for hit in index.search(limit=FIRST_PAGE)]
                if not first:
                    first = self._from_folders()
                if first and not worker.is_cancelled:
                    self.post_message(SearchDone("", first))

            def progress(done: int, total: int) -> None:
                self.post_message(LibraryProgress(done, total))

            stats = index.update(progress=progress, cancel=lambda: worker.is_cancelled, quick=True, every=200)
            total = index.count()
        finally:
            index.close()
        if not worker.is_cancelled:
            self.post_message(LibraryLoaded(total, stats.broken, stats.problems))

    def _from_folders(self) -> list[ListRow]:
        """A first open: every release from its folder name, the newest screenful read for real."""
        from reader.core.search_files import listings, release_names

        root = self.app.library.root
        names = release_names(root)
        self.post_message(SearchDone("", [placeholder_row(name) for name in names]))
        read = listings(root, names[:FIRST_PAGE])
        return [_row(read[name], None) if name in read else placeholder_row(name) for name in names]

    @on(Worker.StateChanged)
    def _load_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "library" and event.state == WorkerState.ERROR:
            error = describe_error(event.worker.error) if event.worker.error else "unknown error"
            self.query_one("#library-status", Static).update(Text(f"Cannot load the library: {error}", style="red"))

    def on_library_progress(self, message: LibraryProgress) -> None:
        if message.total > 0 and message.done < message.total:
            indexing = f"indexing {message.done:,}/{message.total:,}"
            self.sub_title = f"library: {self.app.library.root} · {indexing}"
            self.query_one("#library-status", Static).update(
                f"Indexing the library: {message.done:,} of {message.total:,} releases; the list is here "
                "already, search answers from the newest indexed so far."
            )

    def on_library_loaded(self, message: LibraryLoaded) -> None:
        self.total = message.total
        self.sub_title = f"library: {self.app.library.root}"
        for problem in message.problems[:5]:
            tell(self, problem, title="Skipped a broken release", severity="warning", timeout=8)
        if message.broken > 5:
            tell(self, f"{message.broken - 5} more broken releases: run press-reader validate", severity="warning")
        self.refresh_list()

    def poll(self) -> None:
        """Look for releases changed on disk, unless the library is being loaded already."""
        busy = any(w.group == "library" and not w.is_finished for w in self.workers)
        if self.total and not busy and self.is_current:
            self.check_for_changes()

    @work(thread=True, exit_on_error=False, group="library", description="Looking for changes")
    def check_for_changes(self) -> None:
        index = self._index()
        try:
            stats = index.update(quick=True)
            total = index.count() if stats.added or stats.changed or stats.removed else 0
        finally:
            index.close()
        if total:
            self.post_message(LibraryChanged(total, stats.added, stats.changed, stats.removed))

    def on_library_changed(self, message: LibraryChanged) -> None:
        self.total = message.total
        self.app.library.reload()
        self.refresh_list()
        parts = [
            f"{n} {what}"
            for n, what in ((message.added, "new"), (message.changed, "changed"), (message.removed, "removed"))
            if n
        ]
        tell(self, f"The library changed on disk: {', '.join(parts)}.", timeout=4)

    def action_translate_all(self) -> None:
        """Every release with no version in the chosen language, translated and saved in a worker."""
        from reader.tui.screens.modals import TranslatePicker

        def chosen(target: str | None) -> None:
            if target:
                self.translate_all(target)

        self.app.push_screen(TranslatePicker(), chosen)

    def action_stop_translate_all(self) -> None:
        self.workers.cancel_group(self, "translate-all")

    @work(thread=True, exclusive=True, exit_on_error=False, group="translate-all", description="Translating all")
    def translate_all(self, target: str) -> None:
        from reader.core.engine.save import missing_translations, save_translation
        from reader.core.errors import ReaderError

        worker = get_current_worker()
        library = self.app.library
        releases = missing_translations(library.releases, target, None, None)
        failed = 0
        for done, release in enumerate(releases):
            if worker.is_cancelled:
                self.post_message(TranslateAllProgress(done, len(releases), failed, finished=True, cancelled=True))
                return
            self.post_message(TranslateAllProgress(done, len(releases), failed))
            version = release.versions[release.original_language]
            try:
                result = self.app.translator.translate_blocks(
                    version.blocks,
                    release.original_language,
                    target,
                    title=version.title,
                    cancel=lambda: worker.is_cancelled,
                )
                if result.complete:
                    save_translation(library, release, result)
            except ReaderError:
                failed += 1
        self.post_message(TranslateAllProgress(len(releases), len(releases), failed, finished=True))

    def on_translate_all_progress(self, message: TranslateAllProgress) -> None:
        if not message.finished:
            self.query_one("#library-status", Static).update(
                f"Translating all: {message.done:,}/{message.total:,} releases"
                + (f" ({message.failed} failed)" if message.failed else "")
                + " · ctrl+p, Stop translating all"
            )
            return
        state = "stopped" if message.cancelled else "done"
        failed = f"; {message.failed} failed" if message.failed else ""
        tell(self, f"Translating all {state}: {message.done:,} of {message.total:,} releases{failed}.")
        self.load_library()

    def action_reload(self) -> None:
        """Notice new, changed and removed releases on disk."""
        self.app.library.reload()
        self.load_library()

    def on_screen_resume(self) -> None:
        """Back from another screen: imports, edits and saved translations may have changed the library."""
        if self.total:
            self.load_library()

    # -- the list -----------------------------------------------------------------------------

    def refresh_list(self) -> None:
        self.run_search(self.query_text, self.language, self.year, self.issuer, self.newest_first)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search", description="Searching")
    def run_search(self, query: str, lang: str | None, year: str | None, issuer: str | None, newest: bool) -> None:
        worker = get_current_worker()
        since = dt.date(int(year), 1, 1) if year else None
        until = dt.date(int(year), 12, 31) if year else None
        index = self._index()
        try:
            if newest:  # a screenful first, then the whole list
                first = index.search(query, lang=lang, issuer_is=issuer, since=since, until=until, limit=FIRST_PAGE)
                if worker.is_cancelled:
                    return
                self.post_message(SearchDone(query, [_row(hit.listing, lang, hit.snippet) for hit in first]))
                if len(first) < FIRST_PAGE:
                    return
            hits = index.search(query, lang=lang, issuer_is=issuer, since=since, until=until)
        finally:
            index.close()
        if worker.is_cancelled:
            return
        rows = [_row(hit.listing, lang, hit.snippet) for hit in hits]
        if not newest:
            rows.reverse()
        self.post_message(SearchDone(query, rows))

    def on_search_done(self, message: SearchDone) -> None:
        view = self.query_one(ReleaseList)
        current = view.rows[view.cursor].id if view.rows else None
        view.set_rows(message.rows, keep=current)
        self._status(len(message.rows))

    def _status(self, shown: int) -> None:
        if not self.total:
            return  # still loading: the progress line stays
        filters = [
            f
            for f in (
                f"search “{self.query_text}”" if self.query_text else "",
                f"language {self.language}" if self.language else "",
                f"year {self.year}" if self.year else "",
                f"issuer {self.issuer}" if self.issuer else "",
            )
            if f
        ]
        order = "newest first" if self.newest_first else "oldest first"
        if shown == 0 and filters:
            text = f"No release matches {', '.join(filters)}. Esc clears the search; l, y, u change the filters."
        else:
            text = f"{shown:,} of {self.total:,} releases · {order}" + (f" · {', '.join(filters)}" if filters else "")
        self.query_one("#library-status", Static).update(safe(text))

    # -- search and filters ---------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("-visible")
        search.focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.remove_class("-visible")
        self.query_one(ReleaseList).focus()
        if self.query_text or self.year or self.issuer:
            self.query_text, self.year, self.issuer = "", None, None
            self.refresh_list()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Debounced: the search runs once typing pauses; the latest query wins (exclusive worker)."""
        if self._debounce is not None:
            self._debounce.stop()
        value = event.value

        def search() -> None:
            self.query_text = value.strip()
            self.refresh_list()

        self._debounce = self.set_timer(0.12, search)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.query_one(ReleaseList).focus()

    def action_cycle_language(self) -> None:
        self.language = LANG_CYCLE[(LANG_CYCLE.index(self.language) + 1) % len(LANG_CYCLE)]
        self.refresh_list()

    def action_sort(self) -> None:
        self.newest_first = not self.newest_first
        self.refresh_list()

    def action_pick(self, facet: str) -> None:
        """A year or an issuer, with how many releases each has; 'all' lifts the filter."""
        from reader.tui.screens.modals import ChoiceModal

        index = self._index()
        try:
            values = index.facets()[facet]
        finally:
            index.close()
        options = [("", f"all ({self.total:,})")] + [(value, f"{value} ({count:,})") for value, count in values]

        def chosen(value: str | None) -> None:
            if value is None:
                return
            setattr(self, facet, value or None)
            self.refresh_list()

        self.app.push_screen(ChoiceModal(f"Only releases of the {facet}…", options), chosen)

    # -- opening ------------------------------------------------------------------------------

    @on(ReleaseList.Selected, "#releases")
    def _open(self, event: ReleaseList.Selected) -> None:
        from reader.core.errors import ReaderError
        from reader.tui.screens.reader import ReaderScreen

        view = self.query_one(ReleaseList)
        if not 0 <= event.index < len(view.rows):
            return
        try:
            release = self.app.library.get(view.rows[event.index].id)
        except ReaderError as exc:
            tell_error(self, exc, title="Cannot open")
            return
        lang = self.language if self.language in release.versions else release.original_language
        word = max(re.findall(r"\w+", self.query_text), key=len, default="")
        if word:  # a search hit opens where it matched: that language, that passage, lit
            lang = matching_language(release, word, [lang, *release.languages]) or lang
        self.app.push_screen(ReaderScreen(release, lang, find=word))

    def action_import_file(self) -> None:
        from reader.tui.screens.import_dialog import ImportScreen

        self.app.push_screen(ImportScreen())
