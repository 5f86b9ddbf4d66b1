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
import unicodedata
from pathlib import Path

from reader.core import atomic
from reader.core.metadata import valid_id
from reader.core.model import LANGUAGES
from reader.core.settings import Settings
from reader.tui.controllers.library_feed import SEARCH_MAX, LibraryQuery


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
    """The place saved, else None: a missing, unreadable or foreign file starts at the top, as before.
    Each field not sane is left out, in silence (`_sane`)."""
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
    text = text if _sane(text, SEARCH_MAX) else ""
    year = year if year is not None and _YEAR.fullmatch(year) and YEARS[0] <= int(year) <= YEARS[1] else None
    issuer = issuer if issuer is not None and _sane(issuer, ISSUER_MAX) else None
    release = release if release is not None and valid_id(release) and len(release) <= ISSUER_MAX else None
    return LibraryQuery(text=text, language=language, year=year, issuer=issuer, newest_first=newest), release


# A hand-edited place file (trial Z, F4): 'zzzz' or a 20-digit year was a raw 'invalid literal for
# int()' toast and a search that never came back, a 20,000-word text filled the screen, escapes went to
# the terminal. A year is four digits of a press release's time (a library's own years are all the
# year filter offers); a text no longer than the search box takes; an issuer a headline's length.
_YEAR = re.compile(r"[0-9]{4}")
YEARS = (1800, 2199)
ISSUER_MAX = 200


def _sane(value: str, longest: int) -> bool:
    """No longer than `longest`, and no control character: none can be typed into the box."""
    return len(value) <= longest and not any(unicodedata.category(c) == "Cc" for c in value)
