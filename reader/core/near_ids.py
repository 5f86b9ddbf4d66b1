"""What a user asking for an id the library lacks may have meant.

An id is made from the date and the headline, so a typed one is often its beginning or a near
miss; and a release taken out with `remove` is kept, not gone. Said after 'no release with id …'
by `Library.get`, below which this sits (removal.py, above the library, names the folder here).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

REMOVED = ".removed"  # the library's folder of removed releases (removal.py moves them there)


def meant(root: Path, release_id: str, ids: Iterable[str]) -> str:
    """'; it was removed …', '; did you mean …?', or empty when nothing is near."""
    gone = root / REMOVED
    if gone.is_dir() and any(p.name.split("@", 1)[0] == release_id for p in gone.iterdir()):
        return "; it was removed ('remove --list' names it, 'remove --restore' brings it back)"
    known = list(ids)
    like = [i for i in known if release_id and release_id in i][:3]
    like = like or difflib.get_close_matches(release_id, known, n=3, cutoff=0.6)
    return f"; did you mean {', '.join(like)}?" if like else ""
