"""The library's questions to the search index, each the body of a thread worker.

A function here reads the index (or the folders, or translates), never a widget: it reports by
`post`, the thread-safe `post_message` of the widget that started it, and stops when its worker is
cancelled. `widgets/library_status.py` runs the loading, polling and translating-all ones,
`widgets/library_browser.py` the search; what the user asked for is one `LibraryQuery`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from textual.message import Message
from textual.worker import get_current_worker

from reader.core.engine.fallback_said import listening
from reader.core.model import LANGUAGES
from reader.core.text.fts import ends_in_number
from reader.tui.messages import (
    EngineFellBack,
    LibraryChanged,
    LibraryLoaded,
    LibraryProgress,
    ListRow,
    SearchDone,
    TranslateAllProgress,
)
from reader.tui.widgets.library_rows import listing_row, placeholder_row

if TYPE_CHECKING:
    from reader.core.search import SearchIndex
    from reader.core.search_schema import Hit
    from reader.tui.app import PressReaderApp

LANG_CYCLE: list[str | None] = [None, *LANGUAGES]
FIRST_PAGE = 200  # rows shown before the rest of a long list arrives

Post = Callable[[Message], object]


# The search box takes this many characters at most: a search reads its first 32 words (fts.MAX_TERMS),
# a headline's ten or so; a place file's longer text is none it ever held (trial Z, F4)
SEARCH_MAX = 500


@dataclass(frozen=True)
class LibraryQuery:
    """What the list is asked for: frozen, so a worker gets the question as it was when asked."""

    text: str = ""
    language: str | None = None
    year: str | None = None
    issuer: str | None = None
    newest_first: bool = True

    def next_language(self) -> LibraryQuery:
        return replace(self, language=LANG_CYCLE[(LANG_CYCLE.index(self.language) + 1) % len(LANG_CYCLE)])

    def described(self) -> list[str]:
        """The filters in force, as the status line names them."""
        named = (
            f"search “{self.text}”" if self.text else "",
            f"language {self.language}" if self.language else "",
            f"year {self.year}" if self.year else "",
            f"issuer {self.issuer}" if self.issuer else "no issuer named" if self.issuer == "" else "",
        )
        return [f for f in named if f]


def open_index(app: PressReaderApp) -> SearchIndex:
    """The library's search index in the cache folder; one that cannot be created there (a
    read-only cache or home: the TUI loaded nothing where the CLI listed everything, a sysadmin's
    trial) is kept in memory for the run, built once, said once."""
    from reader.core.search import SearchIndex
    from reader.core.search_schema import IndexUnavailable

    kept: SearchIndex | None = getattr(app, "kept_index", None)
    if kept is not None:
        return kept
    index = SearchIndex(app.library.root, app.settings.search_index)
    try:
        _ = index.conn
    except IndexUnavailable as exc:
        if "locked" in str(exc):  # another process holds it: the caller says so, as before
            raise
        from reader.tui.tell import tell

        app.kept_index = kept = SearchIndex(app.library.root, None, kept=True)  # type: ignore[attr-defined]
        said = f"{exc}: the search index is kept in memory for this run (PRESS_READER_CACHE_DIR names a writable one)"
        tell(app, said, severity="warning", timeout=12)
    return kept or index


def load(app: PressReaderApp, first_open: bool, post: Post) -> None:
    """Rows at once (what the index holds, else the folder names), then the index brought up to date."""
    worker = get_current_worker()
    index = open_index(app)
    try:
        if first_open:  # what the index already holds, at once; the check for changes follows
            first = [listing_row(hit.listing, None) for hit in index.search(limit=FIRST_PAGE)]
            if not first:
                first = _from_folders(app, post)
            if first and not worker.is_cancelled:
                post(SearchDone("", first))

        def progress(done: int, total: int) -> None:
            post(LibraryProgress(done, total))

        stats = index.update(progress=progress, cancel=lambda: worker.is_cancelled, quick=True, every=200)
        total = index.count()
    finally:
        index.close()
    if not worker.is_cancelled:
        post(LibraryLoaded(total, stats.broken, stats.problems))


def _from_folders(app: PressReaderApp, post: Post) -> list[ListRow]:
    """A first open: every release from its folder name, the newest screenful read for real."""
    from reader.core.search_files import listings, release_names

    root = app.library.root
    names = release_names(root)
    post(SearchDone("", [placeholder_row(name) for name in names]))
    read = listings(root, names[:FIRST_PAGE])
    return [listing_row(read[name], None) if name in read else placeholder_row(name) for name in names]


def changes(app: PressReaderApp, post: Post) -> None:
    """Folder times only: releases added, changed or removed by another program since the last look."""
    index = open_index(app)
    try:
        stats = index.update(quick=True)
        total = index.count() if stats.added or stats.changed or stats.removed else 0
    finally:
        index.close()
    # a release this app wrote itself (a saved edit or translation, an import) is no news: it holds
    # that state ('The library changed on disk: 1 new.' after the user's own import, a trial)
    ours = sum(1 for rid in stats.changed_ids if app.library.knows_current(rid))
    changed = stats.changed - ours
    added = stats.added - sum(1 for rid in stats.added_ids if app.library.knows_current(rid))
    if total and (added or changed or stats.removed):
        post(LibraryChanged(total, added, changed, stats.removed))
    elif total:  # only this app's own writes: nothing to tell, but the count moves (an empty library
        post(LibraryChanged(total, 0, 0, 0))  # still said 'empty' under its first import: a trial)


def search(app: PressReaderApp, query: LibraryQuery, post: Post) -> None:
    """Newest first: a screenful, then the whole list; the latest question wins (exclusive worker)."""
    worker = get_current_worker()
    year, lang = query.year, query.language
    since = dt.date(int(year), 1, 1) if year else None
    until = dt.date(int(year), 12, 31) if year else None
    index = open_index(app)

    text = typing(query.text)

    def ask(limit: int | None = None, sort: str = "date") -> list[Hit]:
        # the language narrows the releases, the words are searched in every text, as `list --search
        # --lang` does (thirty-third session: the TUI searched the chosen language's text alone)
        return index.search(
            text,
            lang=lang,
            words_anywhere=True,
            issuer_is=query.issuer,
            since=since,
            until=until,
            limit=limit,
            sort=sort,
        )

    try:
        # the best hit of words searched, whatever the list's date order: Enter opens it, as the
        # README says (trial M: Enter opened the newest hit, and the TUI had no relevance order)
        best = next((str(hit.listing["id"]) for hit in ask(1, "relevance")), None) if text.strip() else None
        if query.newest_first:  # a screenful first, then the whole list
            first = ask(FIRST_PAGE)
            if worker.is_cancelled:
                return
            post(SearchDone(query.text, [listing_row(hit.listing, lang, hit.snippet) for hit in first], best))
            if len(first) < FIRST_PAGE:
                return
        hits = ask()
    finally:
        index.close()
    if worker.is_cancelled:
        return
    rows = [listing_row(hit.listing, lang, hit.snippet) for hit in hits]
    if not query.newest_first:
        rows.reverse()
    post(SearchDone(query.text, rows, best))


def translate_missing(app: PressReaderApp, target: str, post: Post) -> None:
    """Every release with no version in `target`, translated and saved; a failed one is counted."""
    from reader.core.engine.save import claimed, left_status, missing_translations, save_translation
    from reader.core.errors import ReaderError
    from reader.core.library import Library

    worker = get_current_worker()
    # Read the folder afresh, here in the worker: a release another process imported since the list
    # was read is translated too (the app's own library is the UI's, never reset from this thread).
    library = Library.load(app.library.root, index_dir=app.library.index_dir)
    from reader.core.engine.remote import RemoteError

    releases = missing_translations(library.releases, target, None, None)
    # counted as saved, not as reached: the release a stop cut short is not saved, and 'stopped: 2
    # of 4 translated' over one saved misled a team (a trial)
    failed, saved, why = 0, 0, ""
    local, local_why, elsewhere, human = 0, "", 0, list[str]()
    # the local models taking over is said at once (once a run), not only in the end-of-run summary
    with listening(app.translator, lambda reason: post(EngineFellBack(reason))):
        for done, release in enumerate(releases):
            if worker.is_cancelled:
                post(
                    TranslateAllProgress(saved + failed, len(releases), failed, finished=True, cancelled=True, why=why)
                )
                return
            post(TranslateAllProgress(done, len(releases), failed, why=why))
            version = release.versions[release.original_language]
            # a release another run saving the same language holds, or saved meanwhile, is left to it
            with claimed(app.settings.cache, library, release, target) as other_run:
                if other_run and left_status(other_run) == "human_meanwhile":
                    human.append(release.id)  # a person's version came: no other run's (batch 9's status)
                    continue
                if other_run:
                    elsewhere += 1
                    continue
                try:
                    result = app.translator.translate_blocks(
                        version.blocks,
                        release.original_language,
                        target,
                        title=version.title,
                        cancel=lambda: worker.is_cancelled,
                        apart=release.id,
                    )
                    if result.complete:
                        save_translation(library, release, result)
                        saved += 1
                        local, local_why = local + bool(result.fell_back), local_why or result.fell_back
                except RemoteError as exc:
                    # no server left and no local model: every release after it would fail alike (the CLI
                    # says the rest once); a team's trial saw the run end with no word of why
                    failed += len(releases) - done
                    post(TranslateAllProgress(len(releases), len(releases), failed, finished=True, why=str(exc)))
                    return
                except ReaderError as exc:
                    failed, why = failed + 1, why or str(exc)
    stopped = worker.is_cancelled  # during the last release: it is not saved either
    ended = TranslateAllProgress(saved + failed, len(releases), failed, True, stopped, why=why)
    post(replace(ended, local=local, local_why=local_why, elsewhere=elsewhere, human=tuple(human), lang=target))


def typing(text: str) -> str:
    """The word being typed is a prefix however short ('d', 'da' for 'datum'): a search as you type
    is always mid-word; a word the user closed with a space keeps the usual rule (short words exact),
    and so does a number with a decimal comma or point ('2,8' is that number, not '2,85')."""
    if not text or text[-1].isspace() or text.count('"') % 2 or text.endswith(("*", '"')) or ends_in_number(text):
        return text
    return text + "*"
