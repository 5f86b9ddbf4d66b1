"""Where the library was left: its search, its filters and the release under the cursor, taken up
again at the next start. `q` in the library quits at once, where everywhere else it goes back, and
a restart showed the list from its top with the search gone (trial Y lost 150 keys to it).

One small file per library under the data folder, named as its review states are: two libraries
never share a place, and two windows on one library that quit at once each replace the file whole
(a temporary file renamed), the last one's place kept, never a mix of the two.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from reader.core import atomic
from reader.core.model import LANGUAGES
from reader.core.settings import Settings
from reader.tui.controllers.library_feed import LibraryQuery


def place_file(settings: Settings, library: Path) -> Path:
    where = Path(library).resolve()
    digest = hashlib.sha1(str(where).encode("utf-8", "surrogateescape")).hexdigest()[:10]
    name = re.sub(r"[^\w.-]+", "_", where.name)[:40] or "library"
    return settings.data / "places" / f"{name}-{digest}.json"


def save(path: Path, asked: LibraryQuery, release_id: str | None) -> None:
    place = {
        "text": asked.text,
        "language": asked.language,
        "year": asked.year,
        "issuer": asked.issuer,
        "newest_first": asked.newest_first,
        "release": release_id,
    }
    atomic.write_text(path, json.dumps(place, ensure_ascii=False) + "\n")


def load(path: Path) -> tuple[LibraryQuery, str | None] | None:
    """The place saved, else None: a missing, unreadable or foreign file starts at the top, as before."""
    try:
        place = json.loads(path.read_text(encoding="utf-8"))
        text, newest = place.get("text", ""), place.get("newest_first", True)
        optional = [place.get(key) for key in ("language", "year", "issuer", "release")]
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(text, str) or not isinstance(newest, bool):
        return None
    if not all(value is None or isinstance(value, str) for value in optional):
        return None
    language, year, issuer, release = optional
    if language is not None and language not in LANGUAGES:
        language = None
    return LibraryQuery(text=text, language=language, year=year, issuer=issuer, newest_first=newest), release
