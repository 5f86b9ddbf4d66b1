"""The archive as a translation memory: every pair of human versions aligned once, kept in SQLite.

A library of releases published in two or three official languages already holds every way an
institution's name, a formula or a sentence was rendered before. This store aligns each pair of human
versions of a release (official, unofficial or post-edited; never machine output, which would feed
the memory its own guesses) sentence by sentence, once, and keeps the pairs beside the search index:
a cache, never the source of truth, rebuilt incrementally when a release's files change (the same
stamps as the search index) and resumable (each release is committed on its own).

Pairs are stored once per language pair in a fixed order (``l1 < l2``), with an FTS5 table over both
sides for concordance and fuzzy candidates, and an exact key per side for memory hits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.library import read_metadata, release_from_data, valid_id
from reader.core.memory.imported import dated_rows, file_stamp, imported_files
from reader.core.memory.pairs import HUMAN as HUMAN
from reader.core.memory.pairs import MAX_SEGMENT as MAX_SEGMENT
from reader.core.memory.pairs import Checked, Row, release_pairs, reviews_stamp, weaker
from reader.core.memory.stored import IMPORTED_PREFIX as IMPORTED_PREFIX
from reader.core.memory.stored import BuildStats as BuildStats
from reader.core.memory.stored import StoredPair as StoredPair
from reader.core.search_files import stamp_of
from reader.core.search_schema import index_path
from reader.core.settings import Settings
from reader.core.sqlite_cache import SqliteCache, environmental, said

log = logging.getLogger("reader")

SCHEMA_VERSION = 7  # 2: rowids ordered by date, a prefix index of four letters; 3: pairs whose figures agree;
# 4: what reviewers decided (a flagged pair left out, a pair marked ok kept and preferred); 5: a number
# word before 'of them' counts ('Elf d'entre eux' left in the French: its pair no longer agrees); 6: tables' cells;
# 7: a reviewed release's segment a check flags and no reviewer passed as ok left out (trial D, F1)
VOCAB_DRIFT = 0.05  # the copy of the word counts is made again once the pairs changed by this share
DAY_BITS = 24  # rowid = day number << DAY_BITS | n: room for 16 million pairs a day
_SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (id TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pairs (
    rowid INTEGER PRIMARY KEY,
    release TEXT NOT NULL,
    date TEXT NOT NULL,
    issuer TEXT NOT NULL,
    l1 TEXT NOT NULL, t1 TEXT NOT NULL, p1 TEXT NOT NULL, k1 TEXT NOT NULL,
    l2 TEXT NOT NULL, t2 TEXT NOT NULL, p2 TEXT NOT NULL, k2 TEXT NOT NULL,
    position INTEGER NOT NULL,
    reviewed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS pairs_release ON pairs (release);
CREATE INDEX IF NOT EXISTS pairs_k1 ON pairs (l1, l2, k1);
CREATE INDEX IF NOT EXISTS pairs_k2 ON pairs (l1, l2, k2);
CREATE VIRTUAL TABLE IF NOT EXISTS pairs_fts USING fts5(
    t1, t2, content='pairs', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
);
CREATE VIRTUAL TABLE IF NOT EXISTS pairs_vocab USING fts5vocab(pairs_fts, 'col');
CREATE TABLE IF NOT EXISTS counts (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS vocab (col TEXT, term TEXT, doc INTEGER NOT NULL, PRIMARY KEY (col, term)) WITHOUT ROWID;
"""
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def exact_key(text: str) -> str:
    """Whitespace folded, nothing else: an exact match must be the same sentence, capitals and all."""
    return " ".join(text.split())


def memory_path(root: Path, folder: Path) -> Path:
    """Beside the library's search index, named after it."""
    index = index_path(root, folder)
    return index.with_name(f"memory-{index.name}")


class MemoryStore(SqliteCache):
    """The aligned archive of one library, in the cache folder (or in memory without one)."""

    WHAT = "the translation memory"
    SCHEMA = _SCHEMA
    SCHEMA_VERSION = SCHEMA_VERSION
    PROBE = "SELECT id, stamp FROM releases LIMIT 1"
    SHARED = True

    def __init__(
        self, root: Path, folder: Path | None, reviews: Path | None = None, checked: Checked | None = None
    ) -> None:
        """`reviews`: the library's review folder (`Settings.reviews_of`), whose decisions the memory
        keeps to (without it, every human pair whose figures agree is kept); `checked`: the checks'
        flags of a reviewed release (`review.trust`): a segment flagged and not passed is left out."""
        super().__init__(root, memory_path(root, folder) if folder is not None else None)
        self.reviews = reviews
        self.checked = checked
        self.unreadable: str | None = None  # why `built()` could not read the file, when the disk failed

    @classmethod
    def of(cls, root: Path, settings: Settings, checked: Checked | None = None) -> MemoryStore:
        """The library's memory where the CLI and the TUI keep it (beside the search index), reading
        the library's review decisions."""
        return cls(root, settings.search_index.parent, settings.reviews_of(root), checked)

    def built(self) -> bool:
        """Whether a memory of this version is on disk. Asked before opening one: opening creates an
        empty file, and one of another version is set aside to be rebuilt, minutes on a large archive
        that a translation or a check must never start unasked."""
        self.unreadable = None
        if self.path is None or not self.path.exists():
            return False
        try:
            probe = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
            try:
                return bool(probe.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION)
            finally:
                probe.close()
        except sqlite3.Error as exc:
            # a WAL file's reader writes its -shm: under `ulimit -f` that failed, and a healthy memory
            # was called one of an older press-reader (trial Z, F4); the cause is kept for the caller
            if environmental(exc):
                self.unreadable = said(exc)
            return False

    # -- keeping it fresh -------------------------------------------------------------------------

    def update(self, progress: Progress | None = None, cancel: Cancel | None = None, every: int = 200) -> BuildStats:
        """Align the releases that changed since the last update; drop the ones that are gone.

        Each release is written in its own transaction, so an interrupted build keeps what it did and
        the next update goes on from there.
        """
        stats = BuildStats()
        conn = self.conn
        known = dict(conn.execute("SELECT id, stamp FROM releases").fetchall())
        try:
            names = sorted(p.name for p in self.root.iterdir() if valid_id(p.name) and p.is_dir())
        except OSError as exc:
            raise ReaderError(self.root, f"cannot read the library folder ({exc.strerror})") from None
        imported = imported_files(self.root)  # CAT tools' memories the library holds (trial D)
        for gone in set(known) - set(names) - set(imported):
            with _transaction(conn):
                self._delete(gone)
            stats.removed += 1
        for n, name in enumerate(names, 1):
            if cancel is not None and cancel():
                stats.cancelled = True
                break
            if progress is not None and (n % every == 0 or n == len(names)):
                progress(n, len(names))
            stats.releases += 1
            folder = self.root / name
            stamp = stamp_of(folder) + reviews_stamp(self.reviews, name)
            if known.get(name) == stamp:
                continue
            try:
                release = release_from_data(folder, read_metadata(folder))
                rows = list(release_pairs(release, self.reviews, self.checked))
            except (ReaderError, OSError):
                stats.broken += 1
                continue
            self._replace(name, stamp, release.issuer, ((release.date, row) for row in rows))
            stats.aligned += 1
            stats.pairs += len(rows)
        for name, path in imported.items():
            if stats.cancelled or (cancel is not None and cancel()):
                stats.cancelled = True
                break
            try:
                stamp = file_stamp(path)
                if known.get(name) == stamp:
                    continue
                dated = list(dated_rows(path))
            except (ReaderError, OSError):
                if path.exists():
                    stats.broken += 1  # damaged by hand: its units stay until readable
                    continue
                with _transaction(conn):  # forgotten meanwhile: gone, not 'unreadable' (fix batch 19)
                    self._delete(name)
                stats.removed += name in known
                continue
            self._replace(name, stamp, "", dated)
            stats.imported += 1
            stats.pairs += len(dated)
        if (stats.aligned or stats.removed or stats.imported) and not stats.cancelled:
            self._copy_vocabulary()
        return stats

    def latest_change(self) -> tuple[str, dt.datetime] | None:
        """The release whose files (or review states) changed last among those aligned, and when: what
        says an update that aligned nothing is up to date with an edit (trial D: `memory` after a hand
        edit said '0 aligned now', as `concordance` had aligned it first). Read from the stamps kept."""
        latest: tuple[int, str] | None = None
        for name, stamp in self.conn.execute("SELECT id, stamp FROM releases"):
            files, _, reviews = str(stamp).partition(";")
            times = [part.split(":")[0] for part in files.split(",")]
            times += [part.split(":")[-2] for part in reviews.split(",") if part.count(":") >= 2]
            at = max((int(t) for t in times if t.isdigit()), default=0)
            if latest is None or at > latest[0]:
                latest = (at, str(name))
        if latest is None:
            return None
        return latest[1], dt.datetime.fromtimestamp(latest[0] / 1e9)

    def _copy_vocabulary(self) -> None:
        """A plain copy of FTS5's word counts, made again when the pairs changed by VOCAB_DRIFT.

        fts5vocab counts a word's pairs by reading its whole list: 10 ms for a word in most of 380,000
        pairs, and spotting a rendering asks for a dozen such words. Rarity tolerates a few percent of
        drift, so the copy (under a second at 20,000 releases) is redone only after a large change.
        """
        conn = self.conn
        total = self.count()
        row = conn.execute("SELECT value FROM counts WHERE key = 'vocab_base'").fetchone()
        if row is not None and abs(total - row[0]) <= VOCAB_DRIFT * max(row[0], 1):
            return
        with _transaction(conn):
            conn.execute("DELETE FROM vocab")
            conn.execute("INSERT INTO vocab (col, term, doc) SELECT col, term, doc FROM pairs_vocab")
            conn.execute("INSERT OR REPLACE INTO counts (key, value) VALUES ('vocab_base', ?)", (total,))

    def _delete(self, name: str) -> None:
        conn = self.conn
        rows = conn.execute("SELECT rowid, t1, t2 FROM pairs WHERE release = ?", (name,)).fetchall()
        for rowid, t1, t2 in rows:
            conn.execute("INSERT INTO pairs_fts (pairs_fts, rowid, t1, t2) VALUES ('delete', ?, ?, ?)", (rowid, t1, t2))
        conn.execute("DELETE FROM pairs WHERE release = ?", (name,))
        conn.execute("DELETE FROM releases WHERE id = ?", (name,))
        self._counted(-len(rows))

    def _replace(self, name: str, stamp: str, issuer: str, rows: Iterable[tuple[dt.date, Row]]) -> None:
        """A release's (or an imported memory's) pairs in place of those it had, in one transaction.

        Rowids follow each pair's date (its day number in the high bits, then the order written),
        so "newest first" is the full-text index's own descending rowid order: a concordance of a
        word in every other sentence reads its newest 20 pairs, not all of them to sort them."""
        conn = self.conn
        with _transaction(conn):
            self._delete(name)
            following: dict[dt.date, int] = {}
            written = 0
            for date, (l1, t1, p1, l2, t2, p2, position, reviewed) in rows:
                if date not in following:
                    first = date.toordinal() << DAY_BITS
                    top = conn.execute(
                        "SELECT max(rowid) FROM pairs WHERE rowid BETWEEN ? AND ?", (first, first + (1 << DAY_BITS) - 1)
                    ).fetchone()[0]
                    following[date] = first if top is None else int(top) + 1
                rowid = following[date]
                following[date] += 1
                conn.execute(
                    "INSERT INTO pairs (rowid, release, date, issuer, l1, t1, p1, k1, l2, t2, p2, k2, position,"
                    " reviewed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (rowid, name, date.isoformat(), issuer, l1, t1, p1, exact_key(t1))
                    + (l2, t2, p2, exact_key(t2), position, int(reviewed)),
                )
                conn.execute("INSERT INTO pairs_fts (rowid, t1, t2) VALUES (?, ?, ?)", (rowid, t1, t2))
                written += 1
            self._counted(written)
            conn.execute("INSERT OR REPLACE INTO releases (id, stamp) VALUES (?, ?)", (name, stamp))

    def _counted(self, delta: int) -> None:
        """The number of pairs kept beside them, in the same transaction: count(*) reads the whole table."""
        self.conn.execute(
            "INSERT INTO counts (key, value) VALUES ('pairs', (SELECT count(*) FROM pairs))"
            " ON CONFLICT (key) DO UPDATE SET value = value + ?",
            (delta,),
        )

    def count(self) -> int:
        row = self.conn.execute("SELECT value FROM counts WHERE key = 'pairs'").fetchone()
        return int(row[0]) if row is not None else int(self.conn.execute("SELECT count(*) FROM pairs").fetchone()[0])

    def paired_releases(self) -> int:
        """The releases that gave pairs: `memory` counted every release read (trial O, F8); imported
        memories are no releases."""
        query = "SELECT count(DISTINCT release) FROM pairs WHERE release NOT LIKE ?"
        return int(self.conn.execute(query, (IMPORTED_PREFIX + "%",)).fetchone()[0])

    def imported_counts(self) -> dict[str, int]:
        """The pairs each imported memory gave, by its name ('tmx:NAME')."""
        query = "SELECT release, count(*) FROM pairs WHERE release LIKE ? GROUP BY release"
        return {str(r): int(n) for r, n in self.conn.execute(query, (IMPORTED_PREFIX + "%",))}

    # -- reading ----------------------------------------------------------------------------------

    @staticmethod
    def orient(src: str, tgt: str) -> tuple[str, str, bool]:
        """The stored order of a language pair, and whether the caller's source is the second column."""
        return (src, tgt, False) if src < tgt else (tgt, src, True)

    def _pair(self, row: sqlite3.Row | tuple[object, ...], src: str, tgt: str, flipped: bool) -> StoredPair:
        release, date, issuer, t1, p1, t2, p2 = (str(v) for v in row[:7])
        source, target = (t2, t1) if flipped else (t1, t2)
        return StoredPair(release, date, issuer, src, tgt, source, target, weaker(p1, p2), bool(row[7]))

    def exact(
        self, sentences: list[str], src: str, tgt: str, since: dt.date | None = None, apart: str = ""
    ) -> dict[str, StoredPair]:
        """The newest reviewed, else official, else human rendering of each sentence seen before, by its text;
        none of release `apart` (the one being translated: its own official text is no translation).

        Of several renderings the newest wins over the most frequent (trial D: five releases said A,
        the newest B): an institution's translators revise a standing sentence when a name or the
        house style changes (Meldpunt became ConsumerConnect, 'rapport annuel' 'rapport d'activités'),
        and how often the old rendering occurs only says how long it was in use; CAT tools too list
        the most recent of equal matches first. Unless a reviewer decided (a pair marked ok), the
        others are counted into the pair (`renderings`, `otherwise`), for the output to say so."""
        l1, l2, flipped = self.orient(src, tgt)
        column, rendering = ("k2", "k1") if flipped else ("k1", "k2")
        found: dict[str, StoredPair] = {}
        for sentence in dict.fromkeys(sentences):
            where = (l1, l2, exact_key(sentence), apart)
            rows = self.conn.execute(
                f"SELECT release, date, issuer, t1, p1, t2, p2, reviewed, {rendering} FROM pairs"
                f" WHERE l1 = ? AND l2 = ? AND {column} = ? AND release != ?"
                # the library's own before an imported memory's (trial D): the institution's renderings
                f" ORDER BY reviewed DESC, release LIKE '{IMPORTED_PREFIX}%',"
                " (p1 = 'official' AND p2 = 'official') DESC, date DESC LIMIT 1",
                where,
            ).fetchall()
            if not rows:
                continue
            pair = self._pair(rows[0], src, tgt, flipped)
            if not pair.reviewed:
                renderings, otherwise = self.conn.execute(
                    f"SELECT count(DISTINCT {rendering}), coalesce(sum({rendering} != ?), 0) FROM pairs"
                    f" WHERE l1 = ? AND l2 = ? AND {column} = ? AND release != ?",
                    (rows[0][8], *where),
                ).fetchone()
                pair = dataclasses.replace(pair, renderings=int(renderings), otherwise=int(otherwise))
            found[sentence] = pair
        return found

    def matching(self, fts: str, src: str, tgt: str, limit: int, order: str = "date") -> list[StoredPair]:
        """Pairs whose `src` side matches an FTS5 query, newest first (or best first)."""
        if not fts:
            return []
        l1, l2, flipped = self.orient(src, tgt)
        column = "t2" if flipped else "t1"
        by = "pairs_fts.rowid DESC" if order == "date" else "bm25(pairs_fts)"  # rowids follow dates
        try:
            rows = self.conn.execute(
                "SELECT p.release, p.date, p.issuer, p.t1, p.p1, p.t2, p.p2, p.reviewed FROM pairs_fts"
                " JOIN pairs p ON p.rowid = pairs_fts.rowid"
                f" WHERE pairs_fts MATCH ? AND p.l1 = ? AND p.l2 = ? ORDER BY {by} LIMIT ?",
                (f"{{{column}}} : ({fts})", l1, l2, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise ReaderError(self.path, f"cannot search the translation memory ({exc})") from None
        return [self._pair(row, src, tgt, flipped) for row in rows]

    def releases_of(self, source: str, target: str, src: str, tgt: str) -> list[str]:
        """The releases holding this very pair (whitespace aside), newest first: a standing sentence
        repeated across releases is one row of a concordance, with its count (trial O)."""
        l1, l2, flipped = self.orient(src, tgt)
        k1, k2 = (exact_key(target), exact_key(source)) if flipped else (exact_key(source), exact_key(target))
        rows = self.conn.execute(
            "SELECT DISTINCT release FROM pairs WHERE l1 = ? AND l2 = ? AND k1 = ? AND k2 = ? ORDER BY date DESC",
            (l1, l2, k1, k2),
        ).fetchall()
        return [str(row[0]) for row in rows]

    def document_frequency(self, words: list[str], lang_column: str) -> dict[str, int]:
        """In how many stored pairs each (folded) word occurs on one side: rarity for spotting terms."""
        out: dict[str, int] = {}
        for word in dict.fromkeys(words):
            row = self.conn.execute("SELECT doc FROM vocab WHERE col = ? AND term = ?", (lang_column, word)).fetchone()
            if row is None:  # a word new since the copy (so, rare: its count is quick to read)
                row = self.conn.execute(
                    "SELECT doc FROM pairs_vocab WHERE term = ? AND col = ?", (word, lang_column)
                ).fetchone()
            out[word] = int(row[0]) if row else 0
        return out

    def all_pairs(self, src: str, tgt: str) -> Iterator[StoredPair]:
        l1, l2, flipped = self.orient(src, tgt)
        cursor = self.conn.execute(
            "SELECT release, date, issuer, t1, p1, t2, p2, reviewed FROM pairs WHERE l1 = ? AND l2 = ? ORDER BY rowid",
            (l1, l2),
        )
        for row in cursor:
            yield self._pair(row, src, tgt, flipped)


class _transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
