"""The library: every release in a virtual list, answered by the full-text index off the UI thread.

The list never holds more than plain rows, and every question (a search as you type, a language,
a year, an issuer) is one query to the index in a worker, the latest winning. The index is brought
up to date when the screen opens and whenever it comes back into view, with progress shown, and
polled every few seconds (folder times only, in a worker) so that releases added or changed by
another program appear without a restart.

The screen is the layout and the keys: `widgets/library_browser.py` owns the question and the
list, `widgets/library_status.py` the index's loading, polling and translating all.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header

from reader.tui import place
from reader.tui.screens.base import BaseScreen, Forwarded
from reader.tui.widgets.library_browser import LibraryBrowser
from reader.tui.widgets.library_status import library_title
from reader.tui.widgets.narrow_footer import NarrowFooter
from reader.tui.widgets.release_list import ReleaseList

POLL_SECONDS = 5.0


class LibraryScreen(BaseScreen):
    HELP_SECTION = "library"
    BINDINGS = [
        Binding("slash", "search", "Search", key_display="/"),
        Binding("l", "cycle_language", "Lang"),
        Binding("y", "pick('year')", "Year"),
        Binding("u", "pick('issuer')", "Issuer"),
        Binding("d", "sort", "Sort"),
        Binding("i", "import_file", "Import"),
        Binding("x,delete", "remove", "Remove", show=False),
        Binding("ctrl+r", "reload", "Reload", show=False),
        Binding("r", "reload", "Reload", show=False),
        Binding("escape", "clear_search", "Clear", show=False),
        Binding("q", "app.quit", "Quit"),
    ]

    total: Forwarded[int] = Forwarded("browser.status")  # releases in the index; 0 until loaded
    language: Forwarded[str | None] = Forwarded("browser.asked")
    newest_first: Forwarded[bool] = Forwarded("browser.asked")

    def __init__(self) -> None:
        super().__init__()
        self.browser = LibraryBrowser()

    def compose(self) -> ComposeResult:
        yield Header()
        yield self.browser
        yield NarrowFooter(show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = library_title(self.app.library.root, self.app.size.width)
        self.query_one(ReleaseList).focus()
        if kept := place.load(place.place_file(self.app.settings, self.app.library.root)):
            self.browser.restore(*kept)  # where the last window on this library was left (trial Y)
        self.browser.status.load()
        self.set_interval(POLL_SECONDS, self.poll)

    def keep_place(self) -> None:
        """The search, filters and release under the cursor, for the next start (the app quitting)."""
        from reader.core.errors import ReaderError

        try:
            place.save(place.place_file(self.app.settings, self.app.library.root), *self.browser.place())
        except ReaderError:
            pass  # a place not kept costs the next start its place, never this quit

    def on_resize(self) -> None:
        shown = self.sub_title or ""
        if shown.startswith("library: ") and " · " not in shown:  # an indexing count stays till the next
            self.sub_title = library_title(self.app.library.root, self.app.size.width)

    def poll(self) -> None:
        self.browser.status.poll()

    def on_screen_resume(self) -> None:
        """Back from another screen: imports, edits and saved translations may have changed the library."""
        self.call_after_refresh(self.browser.refocus)  # after Textual's own focus restoring
        if self.total:
            self.browser.status.load()

    def action_reload(self) -> None:
        """Notice new, changed and removed releases on disk."""
        self.app.library.reload()
        self.browser.status.load()

    def action_translate_all(self) -> None:
        """Every release with no version in the chosen language, translated and saved in a worker."""
        from reader.tui.screens.modals import TranslatePicker

        def chosen(target: str | None) -> None:
            if target:
                self.translate_all(target)

        self.app.push_screen(TranslatePicker(), chosen)

    def translate_all(self, target: str) -> None:
        self.browser.status.translate_all(target)

    def action_stop_translate_all(self) -> None:
        self.browser.status.stop_translate_all()

    def action_search(self) -> None:
        self.browser.open_search()

    def action_clear_search(self) -> None:
        self.browser.clear_search()

    def action_cycle_language(self) -> None:
        self.browser.ask(self.browser.asked.next_language())

    def action_sort(self) -> None:
        self.browser.sort()

    def action_pick(self, facet: str) -> None:
        self.browser.pick(facet)

    def action_import_file(self, path: str = "") -> None:
        """`path`: a file already chosen (the tests); else the dialog opens on its file picker."""
        from pathlib import Path

        from reader.tui.screens.import_dialog import ImportScreen

        def imported(release_id: str | None) -> None:
            if release_id:
                self.browser.show_release(release_id)

        self.app.push_screen(ImportScreen(Path(path) if path else None), imported)

    def action_remove(self) -> None:
        """The highlighted release out of the library, asked first; it is kept under `.removed/`."""
        from reader.tui.screens.modals import ConfirmModal

        listing = self.query_one(ReleaseList)
        if not listing.rows:
            return
        row = listing.rows[listing.cursor]

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_worker(
                    lambda: self._remove(row.id),
                    thread=True,
                    exit_on_error=False,
                    group="remove",
                    description="Removing",
                )

        question = (
            f"Remove {row.id} ({row.title[:80]}) from the library? It is kept in .removed/ with its "
            "review states; press-reader remove --restore brings it back."
        )
        self.app.push_screen(ConfirmModal(question, yes="Remove", no="Keep"), answered)

    def _remove(self, release_id: str) -> None:
        """In a thread: the move may wait on the release's lock while another window writes to it."""
        from reader.core import removal
        from reader.tui.tell import tell

        root = self.app.library.root
        removal.remove(root, release_id, self.app.settings.reviews_of(root))
        tell(self.app, f"Removed {release_id}, kept in .removed/ (press-reader remove --list)")
        self.app.call_from_thread(self._removed, release_id)

    def _removed(self, release_id: str) -> None:
        """The cursor on the release after the one removed (it went back to the first row), then the
        library read again."""
        listing = self.query_one(ReleaseList)
        at = next((i for i, row in enumerate(listing.rows) if row.id == release_id), None)
        if at is not None and len(listing.rows) > 1:
            listing.cursor = at + 1 if at + 1 < len(listing.rows) else at - 1
        self.action_reload()
