"""Which release an XLIFF belongs to when it does not say so itself: told by its sources.

A CAT tool rewrites the file's 'original' (Trados puts a Windows path there) and its unit ids (GUIDs):
such a file, all of whose sources were one release's, was refused 'use --release ID' naming no
release, and a wrong --release was taken on one closing sentence two releases share, that sentence
rewritten from the other release's file (trial X, F1). The release whose source version holds the
file's sources is the file's: taken when it is the only one holding them all, named when it holds
nearly all; a --release holding under half of them is refused, with the counts.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from reader.core.errors import ImportFailed, LibraryError
from reader.core.importer.xliff_read import XliffFile
from reader.core.importer.xliff_size import MARGIN, TIMES, most
from reader.core.library import Library
from reader.core.model import Release

# 'nearly all': a few units whose source was edited in the file, or changed in the library since the
# export, still name the release; a share this high is no closing sentence two releases share
NEARLY_ALL = 0.8


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _sources(xliff: XliffFile) -> list[str]:
    return [s for s in (_flat(u.source) for u in xliff.units) if s]


def held(release: Release, lang: str, sources: list[str]) -> int:
    """How many of the sources are in the release's `lang` version (a sentence of a block each)."""
    version = release.versions.get(lang)
    if version is None:
        return 0
    try:
        # the title is a segment too, kept out of the blocks
        text = "\n".join(_flat(t) for t in [version.title, *(block.text for block in version.blocks)])
    except LibraryError:  # a broken release is none of the file's; `check` names it
        return 0
    return sum(1 for source in sources if source in text)


def _most(release: Release) -> int:
    try:
        return most(release)
    except LibraryError:  # a broken release is none of the file's; `check` names it
        return -1


def _scores(library: Library, xliff: XliffFile, sources: list[str], but: str = "") -> list[tuple[int, str]]:
    """(sources held, id) of each release with both of the file's languages, most first."""
    src, tgt = xliff.pair
    found = [r for r in library.filter(src) if tgt in r.versions and r.id != but]
    plausible = [release for release in found if len(xliff.units) <= _most(release)]
    if found and not plausible and not but:
        raise ImportFailed(  # no export of any release holds so many: not read against each (trial Z, F5)
            xliff.path,
            f"{len(xliff.units):,} units, more than an export of any release of the library holds "
            f"({TIMES} times its segments and {MARGIN}); nothing was taken",
        )
    scores = [(held(release, src, sources), release.id) for release in plausible]
    return sorted((s for s in scores if s[0]), key=lambda s: (-s[0], s[1]))


def release_by_sources(path: Path, xliff: XliffFile, library: Library) -> str:
    """The release of a file that names none: the only one holding all its sources; else refused,
    naming the release that holds nearly all of them (or the several holding all)."""
    sources = _sources(xliff)
    count = len(sources)
    scores = _scores(library, xliff, sources) if sources else []
    whole = [rid for score, rid in scores if score == count]
    if len(whole) == 1:
        return whole[0]
    if whole:
        raise ImportFailed(
            path,
            f"the file names no release, and its {count} sources are each of releases {', '.join(whole[:5])}: "
            "use --release ID",
        )
    if scores and scores[0][0] >= NEARLY_ALL * count:
        score, rid = scores[0]
        raise ImportFailed(
            path, f"the file's sources are release {rid}'s ({score} of {count} units): use --release {rid}"
        )
    raise ImportFailed(
        path,
        "the file does not say which release it belongs to, nor does any release hold its sources; use --release ID",
    )


def check_named(path: Path, xliff: XliffFile, library: Library, release: Release) -> None:
    """A --release given for a file that names none holds at least half of the file's sources, or
    is refused by name with the counts (and the release that holds them, when one does)."""
    sources = _sources(xliff)
    score = held(release, xliff.source_lang, sources)
    if not sources or 2 * score >= len(sources):
        return
    said = f"release '{release.id}' holds {score} of the file's {len(sources)} unit sources: not the file's release"
    best = _scores(library, xliff, sources, but=release.id)
    if best and best[0][0] > score and 2 * best[0][0] >= len(sources):
        said += f"; they are release {best[0][1]}'s ({best[0][0]} of {len(sources)}): use --release {best[0][1]}"
    raise ImportFailed(path, f"{said}; nothing was taken")
