"""A metadata index in the cache folder, so that a large library opens without parsing its YAML.

Each entry holds one release.yaml's parsed fields, keyed by the file's mtime and size; an entry
whose file changed is parsed again. Validation still runs on every entry (it is cheap); only YAML
parsing, the slow part, is skipped. Deleting the index is always safe.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from reader import paths
from reader.core import atomic

VERSION = 1


def index_path(root: Path) -> Path:
    digest = hashlib.sha256(str(Path(root).resolve()).encode()).hexdigest()[:16]
    return paths.cache_dir() / "library-index" / f"{digest}.json"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


class MetadataIndex:
    def __init__(self, root: Path):
        self.path = index_path(root)
        self.entries: dict[str, Any] = {}
        self.dirty = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == VERSION:
                self.entries = data.get("entries", {})
        except (OSError, ValueError, AttributeError):
            self.entries = {}

    @staticmethod
    def key(stat_result: Any) -> list[int]:
        return [stat_result.st_mtime_ns, stat_result.st_size]

    def get(self, name: str, stamp: list[int]) -> dict[str, Any] | None:
        entry = self.entries.get(name)
        if entry and entry.get("stamp") == stamp:
            return entry.get("data")
        return None

    def put(self, name: str, stamp: list[int], data: dict[str, Any]) -> None:
        self.entries[name] = {"stamp": stamp, "data": _jsonable(data)}
        self.dirty = True

    def save(self, keep: set[str]) -> None:
        stale = set(self.entries) - keep
        for name in stale:
            del self.entries[name]
        if not (self.dirty or stale):
            return
        try:
            atomic.write_text(self.path, json.dumps({"version": VERSION, "entries": self.entries}))
        except OSError:
            pass  # a read-only cache only costs speed
