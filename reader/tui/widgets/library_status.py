"""The line under the library's search box, and the background work it reports on.

It loads the search index (rows first, then the index brought up to date with progress), polls it
for releases another program added or changed, and translates every release missing a language.
The work runs in thread workers (`controllers/library_feed.py`); `LibraryLoaded` and
`LibraryChanged` bubble on to the browser, which asks the list again.
"""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from reader.tui.controllers import library_feed
from reader.tui.controllers.library_feed import LibraryQuery
from reader.tui.messages import LibraryChanged, LibraryLoaded, LibraryProgress, TranslateAllProgress
from reader.tui.tell import describe_error, safe, tell, tell_failure

if TYPE_CHECKING:
    from textual import getters

    from reader.tui.app import PressReaderApp


# The header's title is centred between Textual's icon and clock space (8 and 10 cells) and cut at its end.
HEADER_SIDES = 20
HEADER_START = "press-reader — library: "
NEWS_SECONDS = 10.0  # how long releases changed on disk are named under the search box after the last


def library_title(root: object, width: int, tail: str = "") -> str:
    """The header's 'library: PATH', the path shortened from the left to fit `width`: its end names the
    library, and Textual cut the end ('…/press-reader/rele…' at 80 columns, trial M)."""
    path = str(root)
    room = max(12, width - HEADER_SIDES - len(HEADER_START) - len(tail))
    if len(path) > room:
        end = path[-(room - 1) :]
        cut = end.find("/", 1)  # from a separator when one is near: '…/releases', not '…eleases'
        path = "…" + (end[cut:] if 0 < cut < len(end) - 4 else end)
    return f"library: {path}{tail}"


# What a new user sees in a library of their own before the first import.
EMPTY = "The library is empty: i imports a release (a saved page: .txt .md .html .pdf .docx); ? lists the keys."


class LibraryStatus(Static):
    if TYPE_CHECKING:
        app = getters.app(PressReaderApp)

    def __init__(self) -> None:
        super().__init__("Loading the library…", id="library-status")
        self.last_run = ""  # how the last 'translate all' ended, until the next
        self.total = 0  # releases in the index; 0 until the first load ends
        self.loaded = False  # the first load has ended (an empty library is loaded too)
        self.broken = 0  # release folders the last load could not read
        self.told: set[str] = set()  # each broken folder said once: every reload said them all again
        # releases another program added, changed, removed, said in the counts' line, added up, until
        # NEWS_SECONDS pass with no more: a toast each poll, during another program's import, covered
        # the reader's headline at 80x24 again and again (trial Y)
        self.news: dict[str, int] = {}
        self.news_at = 0.0
        self._shown: tuple[int, LibraryQuery] | None = None  # the last counts said, for the news gone

    def load(self) -> None:
        """Bring the index up to date; on a first open, rows come first."""
        work = partial(library_feed.load, self.app, not self.total, self.post_message)
        self.run_worker(
            work,
            thread=True,
            exclusive=True,
            exit_on_error=False,
            name="load_library",
            group="library",
            description="Loading the library",
        )

    def _busy_with(self, group: str) -> bool:
        return any(w.group == group and not w.is_finished for w in self.workers)

    def poll(self) -> None:
        """Look for releases changed on disk, unless the library is being loaded already, or this
        app is saving translations itself (its own saves are no news; the list reloads at the end)."""
        busy = self._busy_with("library") or self._busy_with("translate-all")
        if self.loaded and not busy and self.screen.is_current:  # an empty library gets files too
            work = partial(library_feed.changes, self.app, self.post_message)
            self.run_worker(
                work,
                thread=True,
                exit_on_error=False,
                name="check_for_changes",
                group="library",
                description="Looking for changes",
            )

    def translate_all(self, target: str) -> None:
        work = partial(library_feed.translate_missing, self.app, target, self.post_message)
        self.run_worker(
            work,
            thread=True,
            exclusive=True,
            exit_on_error=False,
            name="translate_all",
            group="translate-all",
            description="Translating all",
        )

    def stop_translate_all(self) -> None:
        self.workers.cancel_group(self, "translate-all")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        tell_failure(self.app, event)
        if event.worker.group == "library" and event.state == WorkerState.ERROR:
            error = describe_error(event.worker.error) if event.worker.error else "unknown error"
            self.update(Text(f"Cannot load the library: {error}", style="red"))

    def on_library_progress(self, message: LibraryProgress) -> None:
        if message.total > 0 and message.done < message.total:
            indexing = f"indexing {message.done:,}/{message.total:,}"
            self.screen.sub_title = library_title(self.app.library.root, self.app.size.width, f" · {indexing}")
            self.update(
                f"Indexing the library: {message.done:,} of {message.total:,} releases; the list is here "
                "already, search answers from the newest indexed so far."
            )

    def on_library_loaded(self, message: LibraryLoaded) -> None:
        self.total, self.loaded, self.broken = message.total, True, message.broken
        if not self.total:
            self.update(self._empty())
        self.screen.sub_title = library_title(self.app.library.root, self.app.size.width)
        new = [problem for problem in message.problems if problem not in self.told]
        self.told.update(message.problems)
        for problem in new[:5]:
            tell(self, problem, title="Skipped a broken release", severity="warning", timeout=8)
        if len(new) > 5:
            tell(self, f"{len(new) - 5} more broken releases: run press-reader validate", severity="warning")

    def _empty(self) -> str:
        """Empty, or nothing readable: a library of broken folders was said 'empty' (a sysadmin's trial)."""
        if self.broken:
            return f"No release could be read: {self.broken} broken folder(s); press-reader validate names each."
        return EMPTY

    def on_library_changed(self, message: LibraryChanged) -> None:
        self.total = message.total
        self.app.library.reload()
        parts = [
            f"{n} {what}"
            for n, what in ((message.added, "new"), (message.changed, "changed"), (message.removed, "removed"))
            if n
        ]
        if parts:  # said under the search box, the counts added up, the list asked again next (`counts`)
            for n, what in ((message.added, "new"), (message.changed, "changed"), (message.removed, "removed")):
                self.news[what] = self.news.get(what, 0) + n
            self.news_at = time.monotonic()
            self.set_timer(NEWS_SECONDS, self._news_over)

    def _news_over(self) -> None:
        if self.news and time.monotonic() - self.news_at >= NEWS_SECONDS - 0.05:
            self.news = {}
            if self._shown is not None:
                self.counts(*self._shown)

    def on_translate_all_progress(self, message: TranslateAllProgress) -> None:
        if not message.finished:
            self.update(
                f"Translating all: {message.done:,}/{message.total:,} releases"
                + (f" ({message.failed} failed)" if message.failed else "")
                + " · ctrl+p, Stop translating all"
            )
            return
        state = "stopped" if message.cancelled else "ended" if message.failed else "done"
        failed = f"; {message.failed} not translated" if message.failed else ""
        because = f" ({message.why})" if message.why else ""
        said = f"Translating all {state}: {max(0, message.done - message.failed):,} of {message.total:,} "
        said += f"releases translated{failed}{because}."
        if message.elsewhere:
            said += f" {message.elsewhere:,} left to another run translating at the same time."
        if human := message.human:  # said as translate --all says it (status human_meanwhile)
            named = ", ".join(human[:3]) + (f" and {len(human) - 3} more" if len(human) > 3 else "")
            have = "now has" if len(human) == 1 else "now have"
            said += (
                f" {len(human)} {have} a human {message.lang} version (imported meanwhile): not translated ({named})."
            )
        if message.local:  # a server was asked, and the local models did some: said, not only logged
            said += f" {message.local:,} by the local models: {message.local_why}."
        # said as a note that stays, and kept under the list until the next run (a toast alone was
        # missed: a team's trial could not tell done, stopped and failed apart)
        warned = message.failed or message.local
        tell(self, said, severity="warning" if warned else "information", timeout=15 if warned else 6)
        # under the list, short: the counts' line wrapped to two at 80 columns (a new user's trial)
        self.last_run = f"translate all {state}: {max(0, message.done - message.failed):,}/{message.total:,}" + (
            f", {message.failed} not translated" if message.failed else ""
        )
        self.load()

    def counts(self, shown: int, query: LibraryQuery) -> None:
        """How many rows the list shows, of how many, under which filters (and what changed on disk)."""
        self._shown = (shown, query)
        if not self.loaded or self._busy_with("translate-all"):
            return  # still loading, or translating all: the progress line stays
        if not self.total:
            self.update(self._empty())
            return
        filters = query.described()
        order = "newest first" if query.newest_first else "oldest first"
        if shown == 0 and filters:
            undo = "Esc clears the search; l, y, u change the filters" if query.text else "l, y, u change the filters"
            text = f"No release matches {', '.join(filters)}. {undo}."
        else:
            text = f"{shown:,} of {self.total:,} releases · {order}" + (f" · {', '.join(filters)}" if filters else "")
        if self.news:
            text += " · on disk: " + ", ".join(f"{n:,} {what}" for what, n in self.news.items() if n)
        self.update(safe(text + (f" · {self.last_run}" if self.last_run else "")))
