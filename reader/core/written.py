"""Files the user names (an export, a TBX): written so that different earlier work is never lost
unseen, by the CLI and the TUI alike."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from reader.core import atomic


def write_keeping_earlier(path: Path, data: bytes, cache: Path) -> Path | None:
    """Write a file the user named, keeping a different earlier one as FILE~ (returned). An export
    written again under the same name replaced an XLIFF that held a CAT tool's work not imported yet
    (a hostile-input trial wrote over a system file the same way); the TUI asks first, a script
    cannot be asked. What this tool wrote and nobody changed since is replaced without a copy: each
    write leaves its digest in the cache (an empty file, so two writers never merge a list), before
    the write, so a second writer at once never takes the first one's file for the user's work."""
    written = cache / "written"
    try:
        written.mkdir(parents=True, exist_ok=True)
        (written / hashlib.sha256(data).hexdigest()).touch()
        year_ago = time.time() - 365 * 86400  # bounded: a mark a year old goes (its file at worst kept)
        for entry in os.scandir(written):
            if entry.stat().st_mtime < year_ago:
                os.unlink(entry.path)
    except OSError:
        pass  # no cache: every different earlier file is kept
    try:
        earlier = path.read_bytes() if path.is_file() else None
    except OSError:
        earlier = None  # unreadable: the write below says why, in one line
    backup: Path | None = None
    if earlier is not None and earlier != data and not (written / hashlib.sha256(earlier).hexdigest()).exists():
        backup = path.with_name(path.name + "~")
        atomic.write_bytes(backup, earlier)
    atomic.write_bytes(path, data)
    return backup
