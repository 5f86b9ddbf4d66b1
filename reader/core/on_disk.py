"""A save meets what is on disk now: the writer's change merged into it, under the release lock.

A writer (the TUI's `w`, `review --edit`, an XLIFF import, a saved translation, a restore) read a
version earlier; another process may have written it since. Here the writer's change, computed
against what it read, is applied to the version on disk: segments another writer changed are
refused by name, the provenance is merged key by key (editors of both kept). Called by
``Library.save_version`` while it holds the lock, so nothing can change between the read and the write.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from reader.core.body import read_body
from reader.core.errors import LibraryError, WriteConflict
from reader.core.metadata import load_release, parse_provenance
from reader.core.model import Block, LanguageVersion, Provenance
from reader.core.text.merge import merge_entry, merge_version

Stamp = tuple[tuple[str, int, int, int], ...]
Change = tuple[str, list[Block], Provenance, "dt.date | None"]


def stamp(folder: Path) -> Stamp:
    """What the release's files are now (name, time, size, inode): a save by anyone changes it."""
    out = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return ()
    for name in names:
        if name == "release.yaml" or name.endswith(".md"):
            try:
                info = os.lstat(folder / name)
            except OSError:
                continue
            out.append((name, info.st_mtime_ns, info.st_size, info.st_ino))
    return tuple(out)


def conflict(path: Path, refused: list[str], *, written: bool, whole: bool = False) -> WriteConflict:
    """One line naming every refused part, and whether the rest was written (`whole`: the part is the
    version itself, which an edit names as such, never as its segment changed: trial Z, F5)."""
    shown = ", ".join(refused[:3]) + (f" and {len(refused) - 3} more" if len(refused) > 3 else "")
    rest = "the rest of the change is written" if written else "nothing written"
    reason = f"changed by someone else since it was read, not overwritten: {shown}; {rest}"
    return WriteConflict(path, reason, refused, written, whole)


def _disk_version(folder: Path, lang: str) -> LanguageVersion | None:
    try:
        release = load_release(folder)
    except LibraryError:
        return None  # a damaged release.yaml: the body alone is still merged below
    return release.versions.get(lang)


def merge(
    folder: Path, lang: str, base: LanguageVersion | None, mine: Change, whole: bool
) -> tuple[str, list[Block], Provenance, dt.date | None, list[str]]:
    """The writer's change applied to the version on disk; raises when nothing of it can be written.

    `base` None with `whole`: the writer saw no such version (a new translation); one written
    meanwhile by a person is refused, a machine one is replaced (its text goes to the history).
    """
    title, blocks, provenance, date = mine
    path = folder / f"{lang}.md"
    disk = _disk_version(folder, lang)
    if base is None:
        if disk is not None and disk.provenance.kind != "machine":
            raise conflict(
                path, [f"the {disk.provenance.kind} '{lang}' version saved meanwhile"], written=False, whole=True
            )
        return title, blocks, provenance, date, []
    if not path.exists() and not path.is_symlink():
        # the version this writer read was taken out meanwhile (remove --lang): writing would bring
        # back a version its owner removed, with only this writer's change in it
        raise conflict(path, [f"the '{lang}' version, removed since it was read"], written=False, whole=True)
    try:
        disk_blocks = read_body(path)
    except LibraryError:
        disk_blocks = None
    if disk is None or disk_blocks is None:
        return title, blocks, provenance, date, []
    if disk.provenance.kind == "official" != base.provenance.kind and provenance.kind != "official":
        # made official by another writer since it was read (a writer who read it official and
        # replaces it, with import's --force, knows what it replaces)
        raise conflict(path, [f"the '{lang}' version, official since it was read"], written=False, whole=True)
    base_blocks = base._blocks if base._blocks is not None else disk_blocks
    if whole:
        same = disk.provenance == base.provenance and disk.title == base.title and disk_blocks == base_blocks
        if not same:
            raise conflict(path, [f"the '{lang}' version"], written=False, whole=True)
        return title, blocks, provenance, date, []
    merged = merge_version((base.title, base_blocks), (title, blocks), (disk.title, disk_blocks))
    entry = merge_entry(base.provenance.to_yaml(), provenance.to_yaml(), disk.provenance.to_yaml())
    merged_provenance = parse_provenance(lang, entry, folder / "release.yaml")
    refused = [r.name() for r in merged.refused]
    if refused and (merged.title, merged.blocks) == (disk.title, disk_blocks):
        raise conflict(path, refused, written=False)  # nothing of the change is left to write
    new_date = date if date != base.date else disk.date
    return merged.title, merged.blocks, merged_provenance, new_date, refused


def source_digest(path: Path, title: str) -> str:
    """What a translation records of the text it read (Provenance.source after the language): the
    body's digest, then '+' and the headline's, since the headline is translated too and changes
    alone (a corrected original's headline left its translations counted current: a new user's
    trial). A record without the headline's part (saved before) is compared by the body only."""
    body = read_digest(path)
    headline = hashlib.sha256(" ".join(title.split()).encode("utf-8")).hexdigest()[:8]
    return f"{body}+{headline}" if body else ""


def read_digest(path: Path) -> str:
    """The first 16 hex digits of a body file's sha256 ('' when it cannot be read): what a machine
    translation records of the text it read (Provenance.source)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


STAGING = ".importing-"
STALE_STAGING = 3600  # seconds: a release is staged for milliseconds; an hour-old one was left by a killed import


def sweep_staging(root: Path) -> None:
    """Take away the staging folders an import killed midway left (`kill -9`, a power cut): hidden,
    ignored by the scan, but never cleaned, and said by nothing (a careful user's trial). Only old
    ones: a younger one may be another process's import under way."""
    import shutil
    import time

    try:
        left = [p for p in root.glob(STAGING + "*") if p.is_dir() and not p.is_symlink()]
    except OSError:
        return
    now = time.time()
    for folder in left:
        try:
            if now - folder.stat().st_mtime > STALE_STAGING:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def missing_folder(root: Path, by: str) -> str:
    """Why a library folder that does not exist is missing, and what to do: created by an import,
    unless what holds it is read-only (a read-only home: the advice to create it failed next, a
    sysadmin's trial)."""
    above = next((p for p in root.parents if p.exists()), None)
    if above is not None and not os.access(above, os.W_OK | os.X_OK):
        return (
            f"library folder does not exist{by} and cannot be created ({above} is read-only); "
            "name a writable one with --library or PRESS_READER_LIBRARY (or PRESS_READER_DATA_DIR)"
        )
    return f"library folder does not exist{by}; `press-reader import FILE` creates it, or mkdir it"
