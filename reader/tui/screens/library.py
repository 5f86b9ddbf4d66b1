"""The library: every release in a table, searched as you type off the UI thread."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.model import LANGUAGES, Release
from reader.tui.messages import LibraryLoaded, LibraryProgress, SearchDone
from reader.tui.screens.base import BaseScreen, describe_error
from reader.tui.widgets.reader_input import ReaderInput

LANG_CYCLE: list[str | None] = [None, *LANGUAGES]


class LibraryScreen(BaseScreen):
    BINDINGS = [
        Binding("slash", "search", "Search", key_display="/"),
        Binding("l", "cycle_language", "Language"),
        Binding("d", "sort", "Sort by date"),
        Binding("i", "import_file", "Import"),
        Binding("escape", "clear_search", "Clear", show=False),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.releases: list[Release] = []
        self.shown: list[Release] = []
        self.language: str | None = None
        self.newest_first = True
        self.query_text = ""
        self._debounce: Timer | None = None
        self._index_stale = True  # the search index is brought up to date on the first search
        self._row_ids: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="library"):
            yield ReaderInput(placeholder="Search titles and bodies (Esc clears)", id="search")
            yield Static("Loading the library…", id="library-status")
            yield DataTable(id="releases", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"library: {self.app.library.root}"
        table = self.query_one(DataTable)
        table.add_column("Date", key="date", width=10)
        table.add_column("Title", key="title")
        table.add_column("Languages", key="languages", width=12)
        table.add_column("Issuer", key="issuer")
        table.focus()
        self.load_library()

    @work(thread=True, exclusive=True, exit_on_error=False, group="library", description="Loading the library")
    def load_library(self) -> None:
        library = self.app.library
        if not library.scanned:

            def progress(done: int, total: int) -> None:
                self.post_message(LibraryProgress(done, total))

            library.scan(progress=progress)
        if not get_current_worker().is_cancelled:
            self.post_message(LibraryLoaded(list(library.releases), list(library.problems)))

    @on(Worker.StateChanged)
    def _load_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "library" and event.state == WorkerState.ERROR:
            error = describe_error(event.worker.error) if event.worker.error else "unknown error"
            self.query_one("#library-status", Static).update(Text(f"Cannot load the library: {error}", style="red"))

    def on_library_progress(self, message: LibraryProgress) -> None:
        self.query_one("#library-status", Static).update(f"Loading the library… {message.done}/{message.total}")

    def on_library_loaded(self, message: LibraryLoaded) -> None:
        self.releases = message.releases
        self.shown = list(message.releases)
        self._populate()
        for problem in message.problems[:5]:
            self.notify(str(problem), title="Skipped a broken release", severity="warning", timeout=8)
        if len(message.problems) > 5:
            self.notify(
                f"{len(message.problems) - 5} more broken releases: run press-reader validate", severity="warning"
            )

    def _populate(self) -> None:
        table = self.query_one(DataTable)
        releases = sorted(self.shown, key=lambda r: (r.date, r.id), reverse=self.newest_first)
        # The title gets the room first; the issuer takes what is left (cell padding: 2 per column).
        room = max(30, self.size.width - 2 - 10 - 12 - 8)
        longest = max((len(r.title(self.language)) for r in releases[:2000]), default=20)
        width = max(20, min(longest, room - 8))
        issuer_width = max(8, room - width)
        table.clear()
        for key, size in (("title", width), ("issuer", issuer_width)):
            table.columns[key].width = size  # type: ignore[index]
            table.columns[key].auto_width = False  # type: ignore[index]
        table.add_rows(
            (
                r.date.isoformat(),
                _clip(r.title(self.language), width),
                r.language_marks(),
                _clip(r.issuer, issuer_width),
            )
            for r in releases
        )
        self._row_ids = [r.id for r in releases]
        filters = []
        if self.language:
            filters.append(f"language {self.language}")
        if self.query_text:
            filters.append(f"search “{self.query_text}”")
        order = "newest first" if self.newest_first else "oldest first"
        detail = f" · {', '.join(filters)}" if filters else ""
        self.query_one("#library-status", Static).update(
            f"{len(releases)} of {len(self.releases)} releases · {order}{detail} · ● official ○ unofficial ⚙ machine"
        )

    # -- search and filters ------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("-visible")
        search.focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.remove_class("-visible")
        self.query_one(DataTable).focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Debounced: the search runs once typing pauses; the latest query wins (exclusive worker)."""
        if self._debounce is not None:
            self._debounce.stop()
        value = event.value
        self._debounce = self.set_timer(0.12, lambda: self.run_search(value))

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.query_one(DataTable).focus()

    def action_cycle_language(self) -> None:
        self.language = LANG_CYCLE[(LANG_CYCLE.index(self.language) + 1) % len(LANG_CYCLE)]
        self.run_search(self.query_one("#search", Input).value)

    def action_sort(self) -> None:
        self.newest_first = not self.newest_first
        self._populate()

    @work(thread=True, exclusive=True, exit_on_error=False, group="search", description="Searching")
    def run_search(self, query: str) -> None:
        """Words go to the full-text index (brought up to date once per visit); no words: a filter."""
        worker = get_current_worker()
        found: list[Release] = []
        if query.strip():
            from reader.core.search import SearchIndex

            index = SearchIndex(self.app.library.root, self.app.settings.search_index)
            try:
                if self._index_stale:
                    index.update(quick=True, cancel=lambda: worker.is_cancelled)
                    self._index_stale = worker.is_cancelled
                by_id = {r.id: r for r in self.releases}
                for hit in index.search(query, lang=self.language):
                    release = by_id.get(hit.listing["id"])
                    if release is not None:
                        found.append(release)
            finally:
                index.close()
        else:
            found = [r for r in self.releases if not self.language or self.language in r.versions]
        if not worker.is_cancelled:
            self.post_message(SearchDone(query, found))

    def on_search_done(self, message: SearchDone) -> None:
        self.query_text = message.query.strip()
        self.shown = message.releases
        self._populate()

    # -- opening ------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#releases")
    def _open(self, event: DataTable.RowSelected) -> None:
        index = event.cursor_row
        if 0 <= index < len(self._row_ids):
            from reader.tui.screens.reader import ReaderScreen

            release = self.app.library.get(self._row_ids[index])
            lang = self.language if self.language in release.versions else release.original_language
            self.app.push_screen(ReaderScreen(release, lang))

    def action_import_file(self) -> None:
        from reader.tui.screens.import_dialog import ImportScreen

        self.app.push_screen(ImportScreen())

    def on_screen_resume(self) -> None:
        """Back from another screen: imports and saved translations may have changed the library."""
        self._index_stale = True
        if self.app.library.scanned and self.releases:
            self.releases = list(self.app.library.releases)
            self.run_search(self.query_one("#search", Input).value)

    def on_resize(self) -> None:
        if self.releases:
            self._populate()


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"
