"""Reading release folders for the search index: what changed, and the texts to index.

Pure functions of the files, so that a pool of processes can read a large library while the index
is written by one; apart from the index itself so that each module reads on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.body import read_body
from reader.core.errors import ReaderError
from reader.core.library import METADATA, Library, read_metadata, release_from_data, valid_id
from reader.core.model import LANGUAGES, Release
from reader.core.search_places import other_names
from reader.core.search_schema import Hit
from reader.core.text.english_spelling import other_spellings
from reader.core.text.fold import fold, search_fold


def stamp_of(folder: Path) -> str:
    """Mtimes and sizes of the metadata and every possible body: no file is parsed to tell a change."""
    parts = []
    for name in [METADATA, *(f"{code}.md" for code in LANGUAGES)]:
        try:
            st = os.stat(folder / name)
            parts.append(f"{st.st_mtime_ns}:{st.st_size}")
        except OSError:
            parts.append("-")
    return ",".join(parts)


@dataclass
class Read:
    """One release folder as read for the index, in a form that crosses process boundaries."""

    state: str  # "new" (read), "same" (stamp unchanged) or "broken"
    mtime: int = 0
    problem: str = ""  # why a broken one could not be read
    stamp: str = ""
    date: str = ""
    issuer: str = ""
    issuers: str = ""  # the issuer as each language's page names it, for --issuer in any language
    languages: str = ""
    listing: str = ""
    texts: dict[str, str] = field(default_factory=dict)


def read_release(job: tuple[str, str, str | None]) -> Read:
    """Read one folder if its stamp changed. Pure, so a pool of processes can run it."""
    _name, folder_text, old_stamp = job
    folder = Path(folder_text)
    try:
        stamp = stamp_of(folder)
        mtime = quick_mtime(str(folder))
        if stamp == old_stamp:
            return Read("same", mtime)
        release = release_from_data(folder, read_metadata(folder))
    except ReaderError as exc:
        return Read("broken", problem=str(exc))
    except OSError as exc:
        return Read("broken", problem=f"{folder}: cannot read ({exc.strerror})")
    texts: dict[str, str] = {}
    for code, version in release.versions.items():
        texts[f"title_{code}"] = version.title
        try:
            texts[f"body_{code}"] = "\n".join(b.text for b in read_body(version.path))
        except ReaderError:
            texts[f"body_{code}"] = ""
    return Read(
        "new",
        mtime,
        stamp=stamp,
        date=release.date.isoformat(),
        issuer=release.issuer,
        issuers=issuers_of(release),
        languages=json.dumps(release.languages),
        listing=json.dumps({**release.to_json(), "issuers": _issuer_by_language(release)}, ensure_ascii=False),
        texts=texts,
    )


def issuers_of(release: Release) -> str:
    """The issuer in every language the release has ('FOD Mobiliteit' · 'SPF Mobilité'): a French
    reader filters by the French name."""
    try:
        names = [release.issuer, *(release.issuer_in(code) for code in release.versions)]
    except ReaderError:
        names = [release.issuer]
    return " · ".join(dict.fromkeys(name for name in names if name))


def _issuer_by_language(release: Release) -> dict[str, str | None]:
    """The issuer a reader of each language sees: the list filtered on French showed French titles
    beside the Dutch issuer (a new user's trial); null for a version that names none of its own, never
    another language's (issuers.en held the Dutch issuer for an English version: fix batch 12, F3c)."""
    try:
        return {code: release.own_issuer(code) or None for code in release.versions}
    except ReaderError:
        return {}


DATED = re.compile(r"\d{4}-\d{2}-\d{2}")


def release_names(root: Path) -> list[str]:
    """The release folders, newest first, from their names alone (an id starts with its date):
    what a library can show at once, before any file is read or indexed."""
    try:
        entries = list(os.scandir(root))
    except OSError as exc:
        raise ReaderError(root, f"cannot read the library folder ({exc.strerror})") from None
    names = [e.name for e in entries if not e.name.startswith((".", "_")) and valid_id(e.name) and is_dir(e)]
    return sorted(names, key=lambda name: (bool(DATED.match(name)), name), reverse=True)


def listings(root: Path, names: list[str]) -> dict[str, dict[str, object]]:
    """The listing (`Release.to_json()`) of a few releases read directly; unreadable ones left out."""
    found: dict[str, dict[str, object]] = {}
    for name in names:
        try:
            found[name] = release_from_data(root / name, read_metadata(root / name)).to_json()
        except (ReaderError, OSError):
            continue
    return found


def is_dir(entry: os.DirEntry[str]) -> bool:
    """A release folder: a link to a folder is not followed (the library refuses it too)."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def quick_mtime(folder: str) -> int:
    """What a quick check compares: the later of the folder's mtime (every press-reader write renames
    a file into it) and its release.yaml's (a file another tool rewrote in place, which a search
    went on finding after `list` called it broken; a new user's trial)."""
    return max(os.stat(folder).st_mtime_ns, _mtime(os.path.join(folder, "release.yaml")))


def _mtime(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return 0


def mtimes(entries: list[os.DirEntry[str]]) -> list[int | None]:
    """The folders' quick mtimes. Serially: two threads made it nine times slower here (1.1 s
    against 0.12 s for 50,000 folders), the GIL handed back and forth on every short stat."""

    def one(entry: os.DirEntry[str]) -> int | None:
        try:
            return max(entry.stat().st_mtime_ns, _mtime(os.path.join(entry.path, "release.yaml")))
        except OSError:
            return None

    return [one(e) for e in entries]


def search_library(
    library: Library,
    text: str,
    *,
    lang: str | None = None,
    issuer: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = None,
) -> list[Hit]:
    """What the index answers, read from the files (slower): for when the index cannot be used,
    busy past the wait or damaged, so a search never fails for want of its cache. Newest first."""
    # each word with its other spellings and, a name, its other languages' names (search_places)
    words = [[search_fold(w) for w in (word, *other_names(word))] for word in text.split()]
    wanted_issuer = fold(issuer) if issuer else ""
    hits: list[Hit] = []
    for release in library.filter(lang=lang):
        if wanted_issuer and wanted_issuer not in fold(issuers_of(release)):
            continue
        if (since and release.date < since) or (until and release.date > until):
            continue
        if words and not all(
            any(Library.matches(release, w) for word in forms for w in (word, *other_spellings(word)))
            for forms in words
        ):
            continue
        hits.append(Hit(release.to_json()))
        if limit and len(hits) >= limit:
            break
    return hits


def read_releases(jobs: list[tuple[str, str, str | None]], processes: int) -> Generator[Read, None, None]:
    """`read_release` of every job, in order; a large build reads in a pool of processes while the
    caller writes (reading YAML and Markdown and writing FTS5 then overlap)."""
    if processes <= 1 or len(jobs) < 2000:
        yield from map(read_release, jobs)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(processes, initializer=_leave_interrupts) as pool:
        yield from pool.imap(read_release, jobs, chunksize=64)


def _leave_interrupts() -> None:
    """A worker leaves Ctrl-C to the command, which stops the pool and says so in one line: each
    worker printed its own KeyboardInterrupt traceback otherwise. SIGTERM, which the pool sends its
    workers when it closes, ends a worker at once: the command's own handler (an interrupt, cli.py),
    inherited by the fork, left a worker half-stopped and the closing command waiting for ever."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def folder_count(root: Path) -> int:
    """Entries in the library folder: a cheap first guess of how much a build has to read."""
    try:
        with os.scandir(root) as entries:
            return sum(1 for _ in entries)
    except OSError:
        return 0  # said by the scan that follows, with its reason
