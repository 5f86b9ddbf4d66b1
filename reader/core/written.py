"""Files the user names (an export, a TBX): written so that different earlier work is never lost
unseen, by the CLI and the TUI alike."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from reader.core import atomic
from reader.core.errors import WriteFailed

T = TypeVar("T")


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


def stream_keeping_earlier(path: Path, write: Callable[[BinaryIO], T], cache: Path) -> tuple[T, Path | None]:
    """As `write_keeping_earlier`, for a file too large to hold as one string (the whole memory as
    TMX, trial D): `write` streams it into a temporary file beside `path`, then it is compared by
    digest with what was there and put in its place. `write`'s result, and the earlier file kept."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteFailed(path, f"cannot write ({atomic.describe(exc)})") from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        digest = _digest(tmp)
        written = cache / "written"
        with contextlib.suppress(OSError):  # no cache: every different earlier file is kept
            written.mkdir(parents=True, exist_ok=True)
            (written / digest).touch()
        earlier = _digest(path) if path.is_file() else None
        backup: Path | None = None
        if earlier is not None and earlier != digest and not (written / earlier).exists():
            backup = path.with_name(path.name + "~")
            shutil.copyfile(path, backup)
        os.chmod(tmp, 0o666 & ~atomic.umask())
        os.replace(tmp, path)
    except OSError as exc:
        raise WriteFailed(path, f"cannot write ({atomic.describe(exc)})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return result, backup


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()
