"""A metadata index in the cache folder, so that a large library opens without parsing its YAML.

Each entry holds one release.yaml's parsed fields, keyed by the file's mtime and size; an entry
whose file changed is parsed again. Validation still runs on every entry (it is cheap); only YAML
parsing, the slow part, is skipped. Deleting the index is always safe, and a damaged one (wrong
shape, wrong types) is ignored entry by entry and rewritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from reader.core import atomic
from reader.core.errors import WriteFailed

VERSION = 2


def index_path(root: Path, folder: Path) -> Path:
    digest = hashlib.sha256(os.fsencode(Path(root).resolve())).hexdigest()[:16]
    return folder / f"{digest}.json"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _valid(entry: Any) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("stamp"), list)
        and len(entry["stamp"]) == 2
        and all(isinstance(n, int) for n in entry["stamp"])
        and isinstance(entry.get("data"), dict)
    )


class MetadataIndex:
    def __init__(self, root: Path, folder: Path | None = None):
        self.path = index_path(root, folder) if folder is not None else None
        self.entries: dict[str, Any] = {}
        self.dirty = False
        if self.path is None:
            return
        try:
            with open(self.path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError, RecursionError):
            return
        entries = data.get("entries") if isinstance(data, dict) and data.get("version") == VERSION else None
        if isinstance(entries, dict):
            self.entries = {name: entry for name, entry in entries.items() if _valid(entry)}
            self.dirty = len(self.entries) != len(entries)

    @staticmethod
    def key(stat_result: Any) -> list[int]:
        return [stat_result.st_mtime_ns, stat_result.st_size]

    def get(self, name: str, stamp: list[int]) -> dict[str, Any] | None:
        entry = self.entries.get(name)
        if entry and entry.get("stamp") == stamp:
            data: dict[str, Any] = entry["data"]
            return data
        return None

    def put(self, name: str, stamp: list[int], data: dict[str, Any]) -> None:
        self.entries[name] = {"stamp": stamp, "data": _jsonable(data)}
        self.dirty = True

    def save(self, keep: set[str]) -> None:
        stale = set(self.entries) - keep
        for name in stale:
            del self.entries[name]
        if self.path is None or not (self.dirty or stale):
            return
        try:
            atomic.write_text(self.path, json.dumps({"version": VERSION, "entries": self.entries}))
        except WriteFailed:
            pass  # a read-only or full cache only costs speed
