"""Review state per segment (todo, ok, flagged, plus a comment), kept apart from the release files.

One JSON file per release and language pair under the data folder, written atomically. States hang
on a segment's key (a hash of both texts), so editing a segment resets its review, as it should.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader import paths
from reader.core import atomic
from reader.core.model import LibraryError

STATES = ("todo", "ok", "flagged")


@dataclass
class SegmentReview:
    status: str = "todo"
    comment: str = ""


class ReviewStore:
    def __init__(self, release_id: str, source: str, target: str, root: Path | None = None):
        self.release_id, self.source, self.target = release_id, source, target
        self.path = (root or paths.data_dir() / "reviews") / release_id / f"{source}-{target}.json"
        self.segments: dict[str, SegmentReview] = {}
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                for key, value in data.get("segments", {}).items():
                    status = value.get("status", "todo")
                    self.segments[key] = SegmentReview(status if status in STATES else "todo",
                                                       str(value.get("comment", "")))
            except (ValueError, AttributeError, OSError) as exc:
                raise LibraryError(f"{self.path}: unreadable review state ({exc})") from None

    def get(self, key: str) -> SegmentReview:
        return self.segments.get(key, SegmentReview())

    def set(self, key: str, status: str | None = None, comment: str | None = None) -> SegmentReview:
        if status is not None and status not in STATES:
            raise LibraryError(f"{self.path}: unknown review state '{status}' (use {', '.join(STATES)})")
        current = self.get(key)
        updated = SegmentReview(status or current.status, current.comment if comment is None else comment)
        self.segments[key] = updated
        self.save()
        return updated

    def save(self) -> None:
        data: dict[str, Any] = {
            "release": self.release_id, "source": self.source, "target": self.target,
            "segments": {k: {"status": v.status, "comment": v.comment} for k, v in sorted(self.segments.items())
                         if v.status != "todo" or v.comment},
        }
        atomic.write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
