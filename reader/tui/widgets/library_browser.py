"""The library's body: the search box, the status line and the list, and what the user asks of them.

It owns the question (`LibraryQuery`: words, language, year, issuer, order), asks it of the index
in a worker whenever it changes (typing is debounced, the latest question wins) and opens the
release chosen, at the passage a search matched. The screen binds the keys to its methods.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from reader.tui.controllers import library_feed
from reader.tui.controllers.library_feed import SEARCH_MAX, LibraryQuery
from reader.tui.messages import LibraryChanged, LibraryLoaded, SearchDone
from reader.tui.tell import tell_error, tell_failure
from reader.tui.widgets.library_rows import matching_language
from reader.tui.widgets.library_status import LibraryStatus
from reader.tui.widgets.list_typing import ListTyping
from reader.tui.widgets.reader_input import ReaderInput
from reader.tui.widgets.release_list import ReleaseList

if TYPE_CHECKING:
    from textual import getters

    from reader.tui.app import PressReaderApp


NONE = "\x00none"  # the choice of the releases that name no issuer (no issuer is ever this)


class LibraryBrowser(Vertical):
    if TYPE_CHECKING:
        app = getters.app(PressReaderApp)

    def __init__(self) -> None:
        super().__init__(id="library")
        self.asked = LibraryQuery()
        self.status = LibraryStatus()
        self._debounce: Timer | None = None
        self.search_pending = False  # a typed search waits for typing to pause (read by tests, to settle)
        self._open_when_found = False  # Enter in the search box before its rows came back
        # the typed words or the date order changed: the list shows its top (their best hit, the first
        # in the new order), not the old cursor's release (kept after 'd', the newest rows stood under
        # 'oldest first', that release now last: trial H)
        self._from_top = False
        self._show_next: str | None = None  # a release just imported: the cursor goes to it when listed
        # where the focus was when a release opened (Enter in the search box, or in the list): where it
        # goes back to from the reader, every time (trial M found it on the box one time, the list the next)
        self._from_search = False
        self._best: str | None = None  # the most relevant hit of the words searched (`SearchDone`)
        self._to_best = False  # new words asked: the cursor goes to their best hit
        self._return_to: str | None = None
        self._typing = ListTyping(self)

    def compose(self) -> ComposeResult:
        yield ReaderInput(
            placeholder='Search: words, "a phrase", prefix* (Esc clears)', id="search", max_length=SEARCH_MAX
        )
        yield self.status
        yield ReleaseList(id="releases")
        yield Static("", id="release-whole")  # the cursor's headline, when its row cuts it (trial C)

    def ask(self, query: LibraryQuery | None = None) -> None:
        """Ask the index (again, or a new question); the rows come back as `SearchDone`."""
        self.asked = query or self.asked
        work = partial(library_feed.search, self.app, self.asked, self.post_message)
        self.run_worker(
            work,
            thread=True,
            exclusive=True,
            exit_on_error=False,
            name="run_search",
            group="search",
            description="Searching",
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "search" and event.state == WorkerState.ERROR:
            self._open_when_found = False  # an Enter waiting on a search that failed opens nothing later
        tell_failure(self.app, event)

    def on_search_done(self, message: SearchDone) -> None:
        message.stop()
        view = self.query_one(ReleaseList)
        current = view.rows[view.cursor].id if view.rows and not self._from_top else None
        if message.best and self._to_best:
            # the cursor on the best hit of new words, the row Enter in the search box opens: nothing
            # said which it was, and '94/2020' opened the bottom row, the cursor on the top one (trial Y)
            current = message.best
        self._from_top = self._to_best = False
        if self._show_next and any(row.id == self._show_next for row in message.rows):
            current, self._show_next = self._show_next, None
        view.set_rows(message.rows, keep=current)
        self._best = message.best
        self.status.counts(len(message.rows), self.asked)
        if self._open_when_found:
            self._open_when_found = False
            self._open_best()

    def on_library_loaded(self, message: LibraryLoaded) -> None:
        message.stop()
        self.ask()

    def on_library_changed(self, message: LibraryChanged) -> None:
        message.stop()
        self.ask()

    def show_release(self, release_id: str) -> None:
        """The cursor on this release once the list holds it (an import sorts its release anywhere:
        a new user's Enter opened the release the cursor had been on, and thought the import lost)."""
        self._show_next = release_id
        self.ask()

    def place(self) -> tuple[LibraryQuery, str | None]:
        """The question asked and the release under the cursor, kept when the app quits (`place.py`)."""
        view = self.query_one(ReleaseList)
        return self.asked, view.rows[view.cursor].id if view.rows else None

    def restore(self, asked: LibraryQuery, release_id: str | None) -> None:
        """The place the app was left at, before the first question: the cursor goes to the release
        once listed; one gone since leaves it at the top."""
        self.asked, self._show_next = asked, release_id
        if asked.text:
            search = self.query_one("#search", Input)
            search.add_class("-visible")
            with search.prevent(Input.Changed):
                search.value = asked.text

    # -- search and filters ---------------------------------------------------------------------

    def open_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("-visible")
        search.focus()

    def clear_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        self._open_when_found = False
        self._typing.word_open = False
        search.remove_class("-visible")
        self.query_one(ReleaseList).focus()
        if self.asked.text or self.asked.year or self.asked.issuer is not None:
            self.ask(replace(self.asked, text="", year=None, issuer=None))

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Debounced: the search runs once typing pauses; the latest query wins (exclusive worker)."""
        if event.value != event.input.value:
            return  # a change overtaken (the empty box's, at mount, under the search a start restored)
        if self._debounce is not None:
            self._debounce.stop()
        value = event.value

        self.search_pending = True
        self._debounce = self.set_timer(0.12, partial(self._search_typed, value))

    def _search_typed(self, value: str) -> None:
        self.search_pending = False
        self._from_top = self._to_best = value.strip() != self.asked.text
        self.ask(replace(self.asked, text=value.strip()))

    def on_key(self, event: events.Key) -> None:
        """Down in the search box goes to the list, its cursor where it was, the search kept: a new
        user pressed it to reach the hits and nothing happened (Tab did it, unsaid).

        A letter typed into the list is the start of a search (`_typing`): the words typed there
        reach the search box whole."""
        search = self.query_one("#search", Input)
        if event.key == "down" and search.has_focus:
            event.stop()
            self.query_one(ReleaseList).focus()
            return
        self._typing.key(event)

    @property
    def key_held(self) -> bool:
        """A key's letter waits to see whether a word follows (`ListTyping`): read by tests, to settle."""
        return bool(self._typing.held)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, ReleaseList):
            self._typing.word_open = False  # letters typed into the list from now on are keys again

    def refocus(self) -> None:
        """Back from a release opened here: the focus where it was when it opened (`_open`)."""
        back, self._return_to = self._return_to, None
        if back is None:
            return
        search = self.query_one("#search", Input)
        if back == "search" and search.has_class("-visible"):
            search.focus()
        else:
            self.query_one(ReleaseList).focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        """Enter opens the best hit of the words typed, as a search box does: at once when their
        rows are shown, else when they come back (a new user's trial: Enter had only moved to the list)."""
        if self.search_pending and self._debounce is not None:
            self._debounce.stop()  # the words typed are searched now, not after the pause
            self._open_when_found = True
            self._search_typed(self.query_one("#search", Input).value)
            return
        if any(worker.group == "search" and not worker.is_finished for worker in self.workers):
            self._open_when_found = True
            return
        self._open_best()

    def _open_best(self) -> None:
        """The best hit of the words searched (its row made the cursor's), else the cursor's row:
        Enter opened the newest hit where the README promised the best one (trial M)."""
        self._from_search = True
        view = self.query_one(ReleaseList)
        at = next((i for i, row in enumerate(view.rows) if row.id == self._best), None)
        if at is not None and self.query_one("#search", Input).value.strip():
            view.cursor = at
        view.focus()
        view.action_select()

    def sort(self) -> None:
        """The other date order, from its top."""
        self._from_top = True
        self.ask(replace(self.asked, newest_first=not self.asked.newest_first))

    def pick(self, facet: str) -> None:
        """A year or an issuer, with how many releases each has; 'all' lifts the filter."""
        from reader.tui.screens.modals import ChoiceModal

        index = library_feed.open_index(self.app)
        try:
            asked = self.asked  # the other filter holds: its counts are the list's
            values = index.facets(
                year=asked.year if facet == "issuer" else None, issuer=asked.issuer if facet == "year" else None
            )[facet]
        finally:
            index.close()
        # a release that names no issuer is listed as such (it was a blank line that meant 'all')
        # 'all' of this facet under the other filter: the sum of its counts ('all (197)' over issuers
        # whose counts made 26 in the year chosen, a new user's trial)
        other_set = asked.year if facet == "issuer" else asked.issuer
        total = sum(n for _value, n in values) if other_set is not None else self.status.total
        options = [("", f"all ({total:,})")] + [
            (value or NONE, f"{value or '(no issuer named)'} ({n:,})") for value, n in values
        ]

        def chosen(value: str | None) -> None:
            if value is not None:
                chosen_one = "" if value == NONE else value or None
                asked = self.asked
                self.ask(replace(asked, year=chosen_one) if facet == "year" else replace(asked, issuer=chosen_one))

        # the question whole at 80 columns, its keys first: 'Only releases of the issuer…' read as cut (trial M)
        self.app.push_screen(ChoiceModal(f"List one {facet}'s releases: Enter picks, Esc closes", options), chosen)

    @on(ReleaseList.Selected, "#releases")
    def _open(self, event: ReleaseList.Selected) -> None:
        """A release in its reader; a search hit opens where it matched: that language, that passage, lit."""
        from reader.core.errors import ReaderError
        from reader.tui.screens.reader import ReaderScreen

        view = self.query_one(ReleaseList)
        self._return_to, self._from_search = ("search" if self._from_search else "list"), False
        if not 0 <= event.index < len(view.rows):
            return
        try:
            release = self.app.library.get(view.rows[event.index].id)
        except ReaderError as exc:
            tell_error(self, exc, title="Cannot open")
            return
        wanted = self.asked.language or self.app.settings.read_in  # the filter's language, else the reader's own
        lang = wanted if wanted in release.versions else release.original_language
        word = max(re.findall(r"\w+", self.asked.text), key=len, default="")
        if word:
            lang = matching_language(release, word, [lang, *release.languages]) or lang
        self.app.push_screen(ReaderScreen(release, lang, find=word))
