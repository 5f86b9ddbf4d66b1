"""The search index's schema and the records it hands out (kept apart from the index's logic)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.errors import ReaderError
from reader.core.model import LANGUAGES

# 4: the issuer column holds every language's issuer (--issuer in French); 5: and a page's own when
# the release names none; 6: the Dutch words backwards, for the compounds a head ends (search_compounds);
# 7: the listing holds each language's issuer (the list in French showed the Dutch issuer); 8: ligatures
# spelled out ('œuvre' as 'oeuvre', text/fold.py spell_ligatures), so 'oeuvre' typed finds it; 9: a
# language's issuer in the listing is null when its version names none (it held the original's)
SCHEMA_VERSION = 9
RANGE_DAYS = dt.date(9999, 12, 31).toordinal()
SLOT_BITS = 20  # releases a day
COLUMNS = [f"{part}_{lang}" for lang in LANGUAGES for part in ("title", "body")]
# A word in a headline says what the release is about; the same word in passing in a long body
# ranked a release named after it last (an official's trial: 'pensioenhervorming'). Titles weigh
# TITLE_WEIGHT bodies, as search engines weigh a page's title field.
TITLE_WEIGHT = 5.0
RANK = f"bm25(fts, {', '.join(str(TITLE_WEIGHT if c.startswith('title') else 1.0) for c in COLUMNS)}, 1.0)"
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS releases (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    issuer TEXT NOT NULL,
    languages TEXT NOT NULL,
    listing TEXT NOT NULL,
    folder_mtime INTEGER NOT NULL,
    stamp TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS releases_date ON releases (date);
CREATE TABLE IF NOT EXISTS texts (rowid INTEGER PRIMARY KEY, {", ".join(c + " TEXT" for c in COLUMNS)}, issuer TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    {", ".join(COLUMNS)}, issuer,
    content='texts', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2'
);
CREATE TABLE IF NOT EXISTS heads (rev TEXT PRIMARY KEY, term TEXT NOT NULL) WITHOUT ROWID;
"""
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class IndexUnavailable(ReaderError):
    """The index is busy past the wait or damaged past repair: search the release files instead."""


@dataclass
class Hit:
    listing: dict[str, Any]  # what `list --json` gives for the release
    snippet: str = ""  # the best matching passage, matches in **bold**
    rank: float = 0.0

    def to_json(self) -> dict[str, Any]:
        data = dict(self.listing)
        if self.snippet:
            data["snippet"] = self.snippet
        return data


@dataclass
class UpdateStats:
    added: int = 0
    changed: int = 0
    removed: int = 0
    broken: int = 0
    problems: list[str] = field(default_factory=list)  # the first hundred reasons, for a message
    seconds: float = 0.0
    changed_ids: list[str] = field(default_factory=list)  # the first hundred, for who changed them
    added_ids: list[str] = field(default_factory=list)  # likewise, for who added them


def index_path(root: Path, folder: Path) -> Path:
    digest = hashlib.sha256(os.fsencode(Path(root).resolve())).hexdigest()[:16]
    return folder / f"{digest}.sqlite3"
