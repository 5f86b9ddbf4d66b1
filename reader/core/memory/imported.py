"""CAT tools' memories brought into the library: each TMX copied whole to `<library>/.memories/NAME.tmx`.

The memory is a cache of what the library holds, never the source of truth (store.py): a TMX read
straight into it would be lost at the next `memory --rebuild`, and a library copied to another machine
would lose it. So an imported TMX is a file of the library as a release is, the store reads it as it
reads a release (a stamp each), and its units are stored as release 'tmx:NAME' (trial D).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from reader.core import atomic
from reader.core.errors import ImportFailed, ReaderError
from reader.core.memory.pairs import Row
from reader.core.memory.stored import IMPORTED_PREFIX as PREFIX
from reader.core.memory.tmx_read import TmxRead, read_tmx

MEMORIES = ".memories"  # a dot folder: the library's scan passes it by, as it does `.removed`
_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def memories_folder(root: Path) -> Path:
    return root / MEMORIES


def clean_name(text: str) -> str:
    """A name safe as a file name and as a word on the command line: lower case, letters, digits,
    '.', '_' and '-', no leading dot (no hidden file), at most 60 characters."""
    return _UNSAFE.sub("-", text.strip().lower()).strip(".-_")[:60].strip(".-_")


def imported_files(root: Path) -> dict[str, Path]:
    """'tmx:NAME' of each memory imported, and its file (the writes' temporary files left out)."""
    folder = memories_folder(root)
    try:
        files = sorted(folder.glob("*.tmx")) if folder.is_dir() else []
    except OSError as exc:
        raise ReaderError(folder, f"cannot read the imported memories ({atomic.describe(exc)})") from None
    return {PREFIX + f.stem: f for f in files if not f.name.startswith(".") and clean_name(f.stem) == f.stem}


def file_stamp(path: Path) -> str:
    """As a release's stamp starts: its time first (what `latest_change` reads), then its size."""
    there = path.stat()
    return f"{there.st_mtime_ns}:{there.st_size}"


def dated_rows(path: Path) -> Iterator[tuple[dt.date, Row]]:
    """The units of an imported file, each dated by its own date, else the file's creationdate,
    else the day it was imported (the copy's time)."""
    _data, read = read_tmx(path)
    fallback = read.created or dt.date.fromtimestamp(path.stat().st_mtime)
    for unit in read.units:
        yield unit.date or fallback, unit.row


def bring_in(root: Path, source: Path, name: str | None = None, replace: bool = False) -> tuple[str, Path, TmxRead]:
    """Validate `source` and copy it into the library as NAME (its file's name, cleaned, unless given):
    refused when a memory of that name is there already unless `replace`. The check and the write
    are one step under the folder's lock: of two imports of one name at once, the second is refused."""
    data, read = read_tmx(source)
    if not read.units:
        why = ", ".join(f"{n} {reason}" for reason, n in read.skipped.items()) or "no units"
        raise ImportFailed(source, f"no unit of two of nl, fr and en to keep ({why}); nothing imported")
    cleaned = clean_name(name if name is not None else source.stem)
    if not cleaned:
        raise ImportFailed(source, f"no name to keep it under in {name or source.stem!r}; give one with --name")
    folder = memories_folder(root)
    target = folder / f"{cleaned}.tmx"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ImportFailed(folder, f"cannot create ({atomic.describe(exc)})") from None
    with atomic.locked(folder):
        if target.exists() and not replace:
            raise ImportFailed(
                source,
                f"a memory named '{cleaned}' was imported already ({target}); --replace puts this one in its"
                f" place, --name NAME keeps both, `memory --forget {cleaned}` removes it",
            )
        atomic.write_bytes(target, data)
    return cleaned, target, read


def forget(root: Path, name: str) -> Path:
    """Remove an imported memory's file (the store drops its units at its next update). Looked for
    under the folder's lock: of two forgets at once both said 'forgot' (fix batch 19), the second
    removing nothing; it is refused now, as the second of two imports of one name is."""
    folder = memories_folder(root)
    target = folder / f"{clean_name(name)}.tmx"
    if clean_name(name) and folder.is_dir():
        with atomic.locked(folder):
            if target.is_file():
                target.unlink()
                return target
    known = ", ".join(key[len(PREFIX) :] for key in imported_files(root)) or "none"
    raise ImportFailed(None, f"no imported memory named '{name}' (imported: {known})")
