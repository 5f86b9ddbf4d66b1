"""Full-text search over a library: SQLite FTS5 in the cache folder, never the source of truth.

One index per library (named by a hash of its path). Each release is one row: its metadata as the
listing shows it, and per language its title and body, in an FTS5 table with ``unicode61
remove_diacritics 2`` (so "Liege" finds "Liège") and prefix indexes. The text lives once, in an
ordinary table the FTS5 table points to (external content), which ``snippet()`` reads.

Keeping it fresh: every release row remembers a stamp (mtimes and sizes of the folder, its
``release.yaml`` and its bodies). ``update()`` compares them all and re-reads what changed; a quick
check (``update(quick=True)``) compares only the folders' own mtimes, which every press-reader write
changes (atomic renames), and their ``release.yaml``'s (rewritten in place by another tool), so a search
of a large library stays fast; a body rewritten in place waits for ``index``. Deleting the index is always
safe; a damaged one is moved aside and rebuilt. An interrupted build keeps what it committed."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from reader.core.errors import ReaderError, UsageError
from reader.core.library import valid_id
from reader.core.model import LANGUAGES
from reader.core.search_compounds import remember
from reader.core.search_files import Read, folder_count, is_dir, mtimes, read_releases
from reader.core.search_ids import id_listings, with_ids
from reader.core.search_numbers import limit_clause, numbers_alone
from reader.core.search_places import widened
from reader.core.search_schema import (
    _SCHEMA,
    COLUMNS,
    RANGE_DAYS,
    RANK,
    SCHEMA_VERSION,
    SLOT_BITS,
    Cancel,
    Hit,
    IndexUnavailable,
    Progress,
    UpdateStats,
    index_path,
)
from reader.core.search_snippets import body_snippets, fts_snippets, is_title
from reader.core.sqlite_cache import SqliteCache, busy, environmental, said
from reader.core.text.fts import fts_query, indexed

log = logging.getLogger("reader")


# More releases to read than this is a build: no fsync per batch, and batches of this size.
BULK = 2000


class SearchIndex(SqliteCache):
    WHAT = "the search index"
    SCHEMA = _SCHEMA
    SCHEMA_VERSION = SCHEMA_VERSION
    PROBE = "SELECT id, listing, stamp FROM releases LIMIT 1"
    ERROR = IndexUnavailable

    def __init__(self, root: Path, folder: Path | None, *, kept: bool = False):
        super().__init__(root, index_path(root, folder) if folder is not None else None, kept=kept)

    # -- keeping it fresh -------------------------------------------------------------------------

    def update(
        self,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        quick: bool = False,
        every: int = 500,
        processes: int = 1,
    ) -> UpdateStats:
        """Bring the index up to date with the folder; see the module docstring for `quick`.

        With `processes` > 1 and much to read, folders are read and parsed in a pool of processes
        while this one writes: reading (YAML, Markdown) and indexing (FTS5) then overlap. Only a
        command-line process should ask for it (forking a process that runs UI threads is unsafe).
        """
        for attempt in range(3):
            try:
                return self._update(progress, cancel, quick, every, processes)
            except sqlite3.DatabaseError as exc:
                self._unusable(exc, attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _unusable(self, exc: sqlite3.DatabaseError, attempt: int) -> None:
        """A busy index is waited for (busy_timeout); a damaged one (overwritten, truncated) is set
        aside and built again, twice at most; then the caller searches the files instead."""
        self.close()
        if busy(exc) or attempt == 2 or environmental(exc):  # a read-only cache, a full disk: no damage (trial Z)
            raise IndexUnavailable(self.path, f"the search index cannot be used now ({said(exc)})") from None
        self._discard(f"damaged ({exc})")

    def _update(
        self, progress: Progress | None, cancel: Cancel | None, quick: bool, every: int, processes: int
    ) -> UpdateStats:
        started = time.perf_counter()
        stats = UpdateStats()
        conn = self.conn
        # A build: the index is a cache (a damaged one is rebuilt), so no fsync per batch. SQLite
        # takes this only outside a transaction, so it is decided before one, from the folder count.
        bulk = folder_count(self.root) - conn.execute("SELECT count(*) FROM releases").fetchone()[0] > BULK
        if bulk:
            conn.execute("PRAGMA synchronous=OFF")
        try:
            # One writer at a time: the others wait here, then find the work done (a deferred
            # transaction would fail with 'database is locked' the moment it tried to write).
            conn.execute("BEGIN IMMEDIATE")
            try:
                return self._update_locked(conn, stats, started, progress, cancel, quick, every, processes)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            if bulk:
                conn.execute("PRAGMA synchronous=NORMAL")

    def _update_locked(
        self,
        conn: sqlite3.Connection,
        stats: UpdateStats,
        started: float,
        progress: Progress | None,
        cancel: Cancel | None,
        quick: bool,
        every: int,
        processes: int,
    ) -> UpdateStats:
        known: dict[str, int] = dict(conn.execute("SELECT id, folder_mtime FROM releases").fetchall())
        seen: set[str] = set()
        todo: list[tuple[str, Path]] = []
        try:
            entries = list(os.scandir(self.root))
        except OSError as exc:
            raise ReaderError(self.root, f"cannot read the library folder ({exc.strerror})") from None
        folders = [e for e in entries if not e.name.startswith((".", "_")) and is_dir(e)]
        for entry, mtime in zip(folders, mtimes(folders), strict=True):
            name = entry.name
            if mtime is None or (name not in known and not valid_id(name)):
                continue
            seen.add(name)
            if quick and known.get(name) == mtime:
                continue
            todo.append((name, Path(entry.path)))
        gone = [name for name in known if name not in seen]
        todo.sort(reverse=True)  # ids start with their date: the newest are searchable first
        total = len(todo)
        batch = 0
        if total > BULK:  # a build: fewer, bigger transactions
            every = max(every, BULK)
        for name in gone:
            self._delete(name)
            stats.removed += 1
        stamps = self._stamps([name for name, _ in todo if name in known])
        jobs = [(name, str(folder), stamps.get(name)) for name, folder in todo]
        reads = read_releases(jobs, processes)
        for n, (job, read) in enumerate(zip(jobs, reads, strict=False), 1):
            if cancel is not None and n % 50 == 0 and cancel():
                break
            outcome = self._write(job[0], read, job[2])
            if outcome == "added":
                stats.added += 1
                stats.added_ids += [job[0]] if len(stats.added_ids) < 100 else []
            elif outcome == "changed":
                stats.changed += 1
                if len(stats.changed_ids) < 100:
                    stats.changed_ids.append(job[0])
            elif outcome == "broken":
                stats.broken += 1
                if len(stats.problems) < 100:
                    stats.problems.append(read.problem)
            batch += 1
            if batch >= every:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
                batch = 0
                if progress is not None:
                    progress(n, total)
        reads.close()  # stops the pool at once when interrupted
        conn.execute("COMMIT")
        if progress is not None:
            progress(total, total)
        stats.seconds = time.perf_counter() - started
        return stats

    def _write(self, name: str, read: Read, old_stamp: str | None) -> str:
        """Store what `read_release` found: 'added', 'changed', 'same' or 'broken'."""
        if read.state == "same":
            self.conn.execute("UPDATE releases SET folder_mtime=? WHERE id=?", (read.mtime, name))
            return "same"
        if read.state == "broken":
            if old_stamp is not None:
                self._delete(name)
            return "broken"
        self._delete(name)
        rowid = self._rowid_for(dt.date.fromisoformat(read.date))
        self.conn.execute(
            "INSERT INTO releases (rowid, id, date, issuer, languages, listing, folder_mtime, stamp) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (rowid, name, read.date, read.issuer, read.languages, read.listing, read.mtime, read.stamp),
        )
        values = [read.texts.get(c, "") for c in COLUMNS] + [read.issuers or read.issuer]
        into = f"(rowid, {', '.join(COLUMNS)}, issuer) VALUES ({', '.join('?' * (len(COLUMNS) + 2))})"
        for table, row in (("texts", values), ("fts", indexed(values))):  # the index's: ligatures spelled out
            self.conn.execute(f"INSERT INTO {table} {into}", [rowid, *row])
        remember(self.conn, read.texts)
        return "changed" if old_stamp is not None else "added"

    def _stamps(self, names: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.conn.execute(f"SELECT id, stamp FROM releases WHERE id IN ({marks})", chunk).fetchall())
        return out

    def _rowid_for(self, date: dt.date) -> int:
        """Rowids in reverse date order: FTS5 returns matches by rowid, so the newest come first and
        "the first 50 by date" stops after 50 matches instead of sorting all of them."""
        base = (RANGE_DAYS - date.toordinal()) << SLOT_BITS
        row = self.conn.execute(
            "SELECT MAX(rowid) FROM releases WHERE rowid >= ? AND rowid < ?", (base, base + (1 << SLOT_BITS))
        ).fetchone()
        return base if row[0] is None else int(row[0]) + 1

    def _delete_texts(self, rowid: int) -> None:
        old = self.conn.execute(f"SELECT {', '.join(COLUMNS)}, issuer FROM texts WHERE rowid=?", (rowid,)).fetchone()
        if old is not None:
            marks = ", ".join("?" * (len(COLUMNS) + 2))
            self.conn.execute(
                f"INSERT INTO fts (fts, rowid, {', '.join(COLUMNS)}, issuer) VALUES ('delete', {marks})",
                [rowid, *indexed(old)],
            )
            self.conn.execute("DELETE FROM texts WHERE rowid=?", (rowid,))

    def _delete(self, name: str) -> None:
        row = self.conn.execute("SELECT rowid FROM releases WHERE id=?", (name,)).fetchone()
        if row is not None:
            self._delete_texts(row[0])
            self.conn.execute("DELETE FROM releases WHERE rowid=?", (row[0],))

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM releases").fetchone()[0])

    # -- queries -----------------------------------------------------------------------------------

    def search(
        self,
        text: str = "",
        *,
        lang: str | None = None,
        words_anywhere: bool = False,
        issuer: str | None = None,
        issuer_is: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        sort: str = "date",
        limit: int | None = None,
    ) -> list[Hit]:
        """Releases matching the words (all of them), in `lang`'s text if given, with the other filters;
        `words_anywhere`: in any text of a release with `lang` (list --lang, as the files' search: F2)."""
        in_lang = None if words_anywhere else lang
        if sort not in ("date", "relevance"):
            raise UsageError("--sort", f"must be date or relevance, got {sort!r}")
        if lang is not None and lang not in LANGUAGES:
            raise UsageError("--lang", f"unknown language '{lang}'")
        where: list[str] = []
        params: list[Any] = []
        if query := widened(self.conn, text, in_lang):  # a name's other languages, a head's compounds
            where.append("fts MATCH ?")
            params.append(query)
        if issuer and (issuer_query := fts_query(issuer, issuer_only=True)):
            where.append("r.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
            params.append(issuer_query)
        if issuer_is is not None:  # '' asks for the releases that name no issuer
            where.append("r.issuer = ?")
            params.append(issuer_is)
        if lang:
            where.append("r.languages LIKE ?")
            params.append(f'%"{lang}"%')
        if since:
            where.append("r.date >= ?")
            params.append(since.isoformat())
        if until:
            where.append("r.date <= ?")
            params.append(until.isoformat())
        by_id = self._by_id(text, where[1 if query else 0 :], params[1 if query else 0 :])
        source = "fts JOIN releases r ON r.rowid = fts.rowid" if query else "releases r"
        order = f"{RANK}, r.rowid" if query and sort == "relevance" else ("fts.rowid" if query else "r.rowid")
        sql = f"SELECT r.rowid, r.listing, {RANK if query else '0'} FROM {source}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order}" + limit_clause(text, limit)
        try:
            rows = numbers_alone(self.conn, text, in_lang, self.conn.execute(sql, params).fetchall())[: limit or None]
            snippets = fts_snippets(self.conn, query, [row[0] for row in rows]) if query else {}
            listings = {rowid: json.loads(listing) for rowid, listing, _ in rows}
            again = [rowid for rowid, snippet in snippets.items() if is_title(listings[rowid], snippet)]
            snippets |= body_snippets(self.conn, query, again, in_lang) if again else {}  # trial R, R-3
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and ("fts5" in str(exc) or "syntax" in str(exc)):
                raise UsageError("--search", f"cannot search for {text!r} ({exc})") from None
            self._unusable(exc, 2)  # busy or damaged under a search: the files answer this time
            raise
        hits = [Hit(listings[rowid], snippets.get(rowid, ""), float(rank)) for rowid, _, rank in rows]
        return with_ids(text, hits, by_id, limit)  # a release's id, or part of one (trial E, F6)

    def _by_id(self, text: str, where: list[str], params: list[Any]) -> list[Hit]:
        return [Hit(json.loads(listing)) for listing in id_listings(self.conn, text, where, params)]

    def facets(self, year: str | None = None, issuer: str | None = None) -> dict[str, list[tuple[str, int]]]:
        """Issuers, years and languages with their counts: what the list can be narrowed by. The
        issuers of the `year` chosen, the years of the `issuer` chosen: a count offered is one the
        list then shows."""
        issuers = self.conn.execute(
            "SELECT issuer, COUNT(*) FROM releases WHERE ? IS NULL OR substr(date, 1, 4) = ? "
            "GROUP BY issuer ORDER BY COUNT(*) DESC, issuer",
            (year, year),
        ).fetchall()
        years = self.conn.execute(
            "SELECT substr(date, 1, 4), COUNT(*) FROM releases WHERE ? IS NULL OR issuer = ? "
            "GROUP BY 1 ORDER BY 1 DESC",
            (issuer, issuer),
        ).fetchall()
        languages = [
            (
                code,
                int(
                    self.conn.execute(
                        "SELECT COUNT(*) FROM releases WHERE languages LIKE ?", (f'%"{code}"%',)
                    ).fetchone()[0]
                ),
            )
            for code in LANGUAGES
        ]
        return {
            "issuer": [(str(a), int(b)) for a, b in issuers],
            "year": [(str(a), int(b)) for a, b in years],
            "language": languages,
        }
