"""Every earlier text of a language version, kept beside the release: nothing a write replaces is lost.

``<release>/history/<lang>/<stamp>.md`` is the body exactly as it was, byte for byte, and
``<stamp>.yaml`` says who replaced it, why, and what its title and provenance were, so a restore
brings back the version whole. Stamps are UTC times to the microsecond, so they sort and never clash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core import atomic, yamlio
from reader.core.errors import LibraryError
from reader.core.text.clean import clean_line

FOLDER = "history"
_STAMP = re.compile(r"^\d{8}T\d{12}Z$")


@dataclass(frozen=True)
class Revision:
    lang: str
    stamp: str
    path: Path  # the earlier body
    who: str
    why: str
    title: str
    provenance: dict[str, Any]

    @property
    def when(self) -> str:
        moment = dt.datetime.strptime(self.stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
        return moment.isoformat(timespec="seconds")

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "stamp": self.stamp,
            "when": self.when,
            "who": self.who,
            "why": self.why,
            "title": self.title,
            "provenance": self.provenance,
            "path": str(self.path),
        }


def folder_of(release_folder: Path, lang: str) -> Path:
    return release_folder / FOLDER / lang


def new_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def keep(
    release_folder: Path, lang: str, body: bytes, *, who: str, why: str, title: str, provenance: dict[str, Any]
) -> Revision:
    """Store an earlier body and what it was; called by the library before it replaces one."""
    folder = folder_of(release_folder, lang)
    stamp = new_stamp()
    while (folder / f"{stamp}.md").exists():  # two saves in one microsecond
        stamp = new_stamp()
    who, why = clean_line(who) or "unknown", clean_line(why)
    meta = {"who": who, "why": why, "title": title, "provenance": provenance}
    atomic.write_bytes(folder / f"{stamp}.md", body)
    atomic.write_text(folder / f"{stamp}.yaml", yamlio.dump(meta))
    return Revision(lang, stamp, folder / f"{stamp}.md", who, why, title, provenance)


def revisions(release_folder: Path, lang: str) -> list[Revision]:
    """The kept revisions of one language, oldest first; a damaged sidecar still lists its body."""
    folder = folder_of(release_folder, lang)
    try:
        bodies = sorted(p for p in folder.glob("*.md") if _STAMP.match(p.stem))
    except OSError as exc:
        raise LibraryError(folder, f"cannot read the history ({atomic.describe(exc)})") from None
    out: list[Revision] = []
    for body in bodies:
        meta: Any = {}
        try:
            meta = yamlio.read(body.with_suffix(".yaml")) or {}
        except (OSError, UnicodeDecodeError, yamlio.YamlProblem):
            meta = {}
        if not isinstance(meta, dict):
            meta = {}
        provenance = meta.get("provenance") if isinstance(meta.get("provenance"), dict) else {}
        out.append(
            Revision(
                lang,
                body.stem,
                body,
                clean_line(str(meta.get("who") or "unknown")),
                clean_line(str(meta.get("why") or "")),
                clean_line(str(meta.get("title") or "")),
                provenance,
            )
        )
    return out


def find(release_folder: Path, lang: str, stamp: str) -> Revision:
    for revision in revisions(release_folder, lang):
        if revision.stamp == stamp or revision.when == stamp:
            return revision
    raise LibraryError(folder_of(release_folder, lang), f"no revision '{clean_line(stamp)[:40]}' of '{lang}'")
