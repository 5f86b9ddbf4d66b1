"""Taking a release out of the library, and bringing it back.

A page imported by mistake, or twice, has to be able to leave the library; yet no command here
deletes a text. The release folder moves whole to the library's `.removed/` folder, where the scan
never looks (it skips dot folders) and from where the search index drops it on its next update; its
review states move the same way under the reviews folder. Bringing it back is the same rename the
other way, refused when a release of that id has come in meanwhile.

A writer waiting on the release's lock while it moves finds the folder gone when it gets the lock
(`atomic.locked` compares the folder it locked with the path) and is refused by name, so no write
lands in a folder nobody lists, and none re-creates a release of one file.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core import atomic
from reader.core.errors import LibraryError
from reader.core.metadata import METADATA, check_id
from reader.core.near_ids import REMOVED as REMOVED  # the folder's name, one place
from reader.core.text.clean import clean_line

# '<id>@<UTC time>': '@' is no character of a release id, so the id is read back from the name
_NAME = re.compile(r"(?P<id>[A-Za-z0-9][A-Za-z0-9._-]{0,199})@(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d{1,4}))?")


@dataclass(frozen=True)
class Removed:
    name: str
    release_id: str
    when: dt.datetime
    path: Path
    title: str

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id": self.release_id,
            "removed": self.when.isoformat(),
            "path": str(self.path),
            "title": self.title,
        }


def _title(folder: Path) -> str:
    """The original's title, for a listing; a damaged metadata file leaves it empty (the release is
    still listed: removing a broken release is what removal is often for)."""
    from reader.core.metadata import read_metadata

    try:
        data = read_metadata(folder)
    except (LibraryError, OSError):
        return ""
    titles = data.get("titles") or {}
    original = data.get("original_language")
    if not isinstance(titles, dict):
        return ""
    return clean_line(str(titles.get(original) or next(iter(titles.values()), "")))


def _free(folder: Path, base: str) -> Path:
    target = folder / base
    n = 1
    while target.exists() or target.is_symlink():
        n += 1
        target = folder / f"{base}-{n}"
    return target


def removable(root: Path, release_id: str) -> Path:
    """The release's folder, or the reason it cannot be removed (asked for every id of a command
    before any is moved: a typo among several ids removes none)."""
    check_id(root, release_id)
    folder = Path(root) / release_id
    if folder.is_symlink():
        raise LibraryError(folder, "a symbolic link in the library; not followed")
    if not folder.is_dir():
        raise LibraryError(root, f"no release with id '{release_id}'")
    return folder


def remove(root: Path, release_id: str, reviews: Path | None = None, now: dt.datetime | None = None) -> Removed:
    """Move the release folder (and its review states) under `.removed/`, under the root's lock that
    imports and new releases take, and the release's own lock that every version write takes."""
    root = Path(root)
    folder = removable(root, release_id)
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    with atomic.locked(root), atomic.locked(folder):
        store = root / REMOVED
        if store.is_symlink():  # a link would take the release out of the library (a hostile-input trial)
            raise LibraryError(store, "a symbolic link, not followed; make it a folder; nothing removed")
        try:
            store.mkdir(exist_ok=True)
            target = _free(store, f"{release_id}@{stamp}")
            os.rename(folder, target)
        except OSError as exc:
            reason = atomic.describe(exc)
            raise LibraryError(folder, f"cannot move into {REMOVED}/ ({reason}); nothing removed") from None
    if reviews is not None:
        _move_reviews(Path(reviews) / release_id, Path(reviews) / REMOVED / target.name)
    return _entry(target)


def _move_reviews(source: Path, target: Path) -> None:
    if not source.is_dir() or source.is_symlink():
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic.locked(source):
            os.rename(source, target)
    except OSError as exc:
        # the release is out, which is what was asked: said, and exit 0 (exit 2 read as 'nothing
        # removed': trial Z); the states stay under its id, where `remove --restore` finds them again
        reason = atomic.describe(exc)
        _warn(f"{source}: the release was removed, its review states stayed here ({reason})")


def _merge_reviews(kept: Path, home: Path) -> None:
    """States written under the release's id while it was away (an older window went on marking it)
    never take the place of those it had: each file it had comes back, the other set aside beside it
    ('nl-fr.after-removal.json'), where no review reads it and the user still finds it."""
    if not kept.is_dir() or kept.is_symlink():
        return
    try:
        with atomic.locked(home):
            for file in sorted(kept.glob("*.json")):
                there = home / file.name
                if there.exists():
                    os.replace(there, there.with_name(f"{there.stem}.after-removal{there.suffix}"))
                os.rename(file, there)
    except OSError as exc:
        reason = atomic.describe(exc)  # the release is back, as asked: said, and exit 0, as for `remove`
        _warn(f"{kept}: the release is back, its review states stayed here ({reason})")


def _warn(said: str) -> None:
    logging.getLogger("reader").warning("%s", said)


def _entry(folder: Path) -> Removed:
    match = _NAME.fullmatch(folder.name)
    if match is None:
        raise LibraryError(folder, f"not a removed release's folder (expected ID@YYYYMMDDTHHMMSSZ in {REMOVED}/)")
    when = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    return Removed(folder.name, match["id"], when, folder, _title(folder))


def removed(root: Path) -> list[Removed]:
    """What was removed from this library, newest first; stray entries (not of our naming) are left out."""
    store = Path(root) / REMOVED
    try:
        folders = [f for f in store.iterdir() if f.is_dir() and not f.is_symlink() and _NAME.fullmatch(f.name)]
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise LibraryError(store, f"cannot read ({atomic.describe(exc)})") from None
    return sorted((_entry(f) for f in folders), key=lambda r: (r.when, r.name), reverse=True)


def find(root: Path, name: str) -> Removed:
    """A removed release by its folder name, or by its id alone when that names one removal only."""
    entries = removed(root)
    exact = [r for r in entries if r.name == name]
    if exact:
        return exact[0]
    same_id = [r for r in entries if r.release_id == name]
    if len(same_id) == 1:
        return same_id[0]
    store = Path(root) / REMOVED
    if same_id:
        names = ", ".join(r.name for r in same_id[:5])
        raise LibraryError(store, f"'{name}' was removed {len(same_id)} times; name one: {names}")
    raise LibraryError(store, f"no removed release '{name[:80]}' (see: press-reader remove --list)")


def bring_back(root: Path, name: str, reviews: Path | None = None) -> Removed:
    """Move a removed release back to its place; refused while a release of its id is there."""
    root = Path(root)
    entry = find(root, name)
    with atomic.locked(root):
        home = root / entry.release_id
        if home.exists() or home.is_symlink():
            raise LibraryError(home, "a release of this id is in the library now; remove it first, or move one aside")
        if not (entry.path / METADATA).is_file():
            raise LibraryError(entry.path, f"no {METADATA} here; not a release to bring back")
        if (twin := _holding(root, _sources(entry.path))) is not None:
            # the page imported again since (a trial mended a headline so): both back would be the
            # same page twice in the library, which import itself never makes
            raise LibraryError(
                root / twin,
                f"release '{twin}' holds the same page now (imported from the same file); "
                f"remove it first (press-reader remove {twin}) to bring this copy back",
            )
        try:
            os.rename(entry.path, home)
        except OSError as exc:
            raise LibraryError(entry.path, f"cannot move back ({atomic.describe(exc)})") from None
    if reviews is not None:
        kept = Path(reviews) / REMOVED / entry.name
        if not (Path(reviews) / entry.release_id).exists():
            _move_reviews(kept, Path(reviews) / entry.release_id)
        else:
            _merge_reviews(kept, Path(reviews) / entry.release_id)
    return Removed(entry.name, entry.release_id, entry.when, home, entry.title)


def _sources(folder: Path) -> set[str]:
    """The sha256 of each file a release was imported from (its import record)."""
    from reader.core.metadata import read_metadata

    try:
        source = read_metadata(folder).get("source") or {}
    except (LibraryError, OSError):
        return set()
    files = source.get("files") if isinstance(source, dict) else None
    records = files.values() if isinstance(files, dict) else ()
    return {r["sha256"] for r in records if isinstance(r, dict) and isinstance(r.get("sha256"), str)}


def _holding(root: Path, digests: set[str]) -> str | None:
    """The release of the library imported from one of these files, if any."""
    if not digests:
        return None
    for folder in sorted(root.iterdir()) if root.is_dir() else ():
        if folder.name.startswith(".") or not (folder / METADATA).is_file():
            continue
        if _sources(folder) & digests:
            return folder.name
    return None


def removed_copy(root: Path, digest: str) -> Removed | None:
    """The removed release a file of this content was imported into (its import record's sha256),
    so that importing the page again says the reviewed copy is there to bring back. Asked for every
    file of a folder imported: the records are read once per state of `.removed/` (a move in or out
    changes its time)."""
    store = Path(root) / REMOVED
    try:
        moved = store.stat().st_mtime_ns
    except OSError:
        return None
    name = _removed_sources(store, moved).get(digest)
    return _entry(store / name) if name is not None and (store / name).is_dir() else None


@functools.lru_cache(maxsize=4)
def _removed_sources(store: Path, _moved: int, newest: int = 200) -> dict[str, str]:
    """sha256 of each imported file -> the removed release's folder name, of the newest removals."""
    found: dict[str, str] = {}
    for entry in removed(store.parent)[:newest]:
        for digest in _sources(entry.path):
            found.setdefault(digest, entry.name)  # the newest removal of that file
    return found
