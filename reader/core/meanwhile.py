"""Under the root's lock, before an import writes: what another process wrote since this library was
read, the same file imported (AlreadyImported) or the same release made (SameRelease). Out of
metadata.py, whose reading and writing of release.yaml these only use."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from reader.core.errors import AlreadyImported, LibraryError, SameRelease
from reader.core.metadata import METADATA, read_metadata
from reader.core.model import Release


def imported_meanwhile(
    root: Path,
    known: Iterable[str],
    source: dict[str, Any],
    since: float | None = None,
    apart: str = "",
    stamps: Mapping[str, Any] | None = None,
) -> str | None:
    """A release another process wrote since this library was read (`since`, a time), from a file of
    the same content: two imports of one page at once made two releases ('…-2'), or one page became
    a release here and a language version there. Releases this library read and nobody wrote since
    are not read again, nor those as this process last wrote or read them (`stamps`: Library's, see
    `_written_since`); `apart` (the release being written to) is never the twin. Called under the
    root's lock."""
    digests = {f.get("sha256") for f in (source.get("files") or {}).values() if isinstance(f, dict)} - {None}
    seen = set(known)
    for folder in sorted(root.iterdir()) if digests else []:
        if folder.name.startswith(".") or folder.name == apart or not folder.is_dir():
            continue
        if folder.name in seen and not _written_since(folder, since, stamps):
            # as this process last read it, maybe after another wrote this file into it: two runs of
            # one import at once, the second reading the first's release with this very file in it
            # while looking for its partner, made a release of it alone (a batch of this session)
            # (written after this library was first read: a release of the file from before is no twin)
            copy = getattr(known.get(folder.name), "source", None) if isinstance(known, Mapping) else None
            if _holds(copy, digests) and _written_since(folder, since):
                return folder.name
            continue
        try:
            files = read_metadata(folder).get("source", {}).get("files", {})
        except (LibraryError, AttributeError):
            continue
        if _holds({"files": files}, digests):
            return folder.name
    return None


def _holds(source: object, digests: set[Any]) -> bool:
    files = source.get("files") if isinstance(source, dict) else None
    return isinstance(files, dict) and any(isinstance(f, dict) and f.get("sha256") in digests for f in files.values())


def refuse_meanwhile(
    root: Path,
    known: Iterable[str],
    release: Release,
    title: str,
    since: float | None,
    own: Iterable[str] = (),
    joins: Callable[[list[Path]], None] | None = None,
    stamps: Mapping[str, Any] | None = None,
) -> None:
    """Under the root's lock, before a new release goes into place: another process made it meanwhile,
    from a file of the same content (AlreadyImported) or as a release of the same date and headline
    (two pages of one release imported at once made '…' and '…-2', where one after the other the
    second is refused: a two-writer trial, 6 rounds of 8). Not another process's: one `own` made (a
    folder's pages imported in one run), nor another issuer's release under the same generic headline
    (importer.earlier.namesake, a trial). `joins` is given the releases of its date another process
    made meanwhile, to raise if this one renders one of them (importer.known.joins_meanwhile)."""
    twin = imported_meanwhile(root, known, release.source, since, stamps=stamps)
    if twin is not None:
        raise AlreadyImported(root, f"already imported as release '{twin}' (same content)", twin)
    wanted, seen, mine = " ".join(title.split()).casefold(), set(known), set(own)
    for other in sorted(root.iterdir()) if since is not None and wanted else []:
        if (
            other.name.startswith(".")
            or not other.is_dir()
            or other.name in mine
            or (other.name in seen and not _written_since(other, since))
        ):
            continue
        try:
            data = read_metadata(other)
        except LibraryError:
            continue
        issuers = {
            " ".join(str(data.get("issuer") or "").split()).casefold(),
            " ".join(release.issuer.split()).casefold(),
        }
        if len(issuers) == 2 and "" not in issuers:
            continue
        titles = data.get("titles")
        titles = titles if isinstance(titles, dict) else {}
        if str(data.get("date")) == release.date.isoformat() and any(
            " ".join(str(t).split()).casefold() == wanted for t in titles.values()
        ):
            raise SameRelease(
                root / release.id,
                f"another process imported this release meanwhile as '{other.name}' (same date and title); "
                f"nothing written (to add a language version: --release {other.name})",
                other.name,
                release.original_language,
            )
    if joins is not None and since is not None:
        made = [f for f in sorted(root.glob(f"{release.date.isoformat()}-*")) if f.name not in seen | mine]
        joins([f for f in made if f.is_dir() and not f.is_symlink()])


def _written_since(folder: Path, since: float | None, stamps: Mapping[str, Any] | None = None) -> bool:
    """release.yaml written after `since`, and not as this process last wrote or read it (`stamps`, the
    files' (name, time, size, inode) per release: on_disk.stamp): a folder's import re-read, for each
    file, every release it had made, and slowed to a third of a release a second at 1,400 (trial Y)."""
    if since is None:
        return False
    try:
        info = (folder / METADATA).lstat()
    except OSError:
        return False
    if (METADATA, info.st_mtime_ns, info.st_size, info.st_ino) in (stamps or {}).get(folder.name, ()):
        return False
    return info.st_mtime >= since - 2  # coarse file-system clocks
