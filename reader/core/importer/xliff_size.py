"""How many units an XLIFF may hold for its release, counted before the file is read whole.

An 8.4 MB XLIFF of one release with 100,000 tiny units of unknown ids took 65 s and 606 MB, and its
--json listed every id (1.4 MB: trial Z, F5). An export holds one unit a segment; a CAT tool may split
a unit in a few, so a file of more than 4 times the release's segments and 100 is no export of it:
refused in one line, naming the file and the counts. The units are counted as the parser meets them,
each cleared once counted, so that the count costs no tree of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.core.errors import ImportFailed, LibraryError
from reader.core.importer.xliff_read import MAX_XLIFF_BYTES
from reader.core.model import Release
from reader.core.review.export import ORIGINAL_PREFIX
from reader.core.text.segment import split_sentences

TIMES, MARGIN = 4, 100
_UNITS = ("trans-unit", "unit")  # XLIFF 1.2's and 2.0's


def unit_count(path: Path) -> tuple[int, str | None]:
    """The file's units and its first <file>'s 'original'; (0, None) for a file read_xliff refuses
    (too big, not a file, not well-formed: it says why, naming the file)."""
    from lxml import etree

    try:
        if not path.is_file() or path.stat().st_size > MAX_XLIFF_BYTES:
            return 0, None
    except OSError:
        return 0, None
    count, original = 0, None
    events = etree.iterparse(
        str(path), events=("start", "end"), resolve_entities=False, no_network=True, remove_comments=True
    )
    try:
        for event, element in events:
            name = str(element.tag).rsplit("}", 1)[-1]
            if event == "start" and name == "file" and original is None:
                original = element.get("original") or ""
            elif event == "end" and name in _UNITS:
                count += 1
                element.clear(keep_tail=False)
                while element.getprevious() is not None:  # the units counted before it, cleared
                    del element.getparent()[0]
    except (etree.XMLSyntaxError, OSError):
        return 0, None
    return count, original


def named_release(original: str | None) -> str | None:
    """The release a press-reader export's 'original' names ('press-reader:<id>@<stamp>')."""
    if original and original.startswith(ORIGINAL_PREFIX):
        return original[len(ORIGINAL_PREFIX) :].partition("@")[0] or None
    return None


def segments(release: Release) -> int:
    """The release's segments as an export makes them, near enough: its title and each block's
    sentences (a line each where a block holds more lines, as a letterhead and a table do)."""
    version = release.versions.get(release.original_language) or next(iter(release.versions.values()), None)
    if version is None:
        return 0
    said = 1
    for block in version.blocks:
        said += max(len(split_sentences(block.text, version.lang)), len(block.text.splitlines()), 1)
    return said


def most(release: Release) -> int:
    return TIMES * segments(release) + MARGIN


def check_count(path: Path, count: int, release: Release) -> None:
    """Refused when the file holds more units than an export of the release could."""
    try:
        limit = most(release)
    except LibraryError:
        return  # a broken release: the import says so, naming it
    if count > limit:
        raise ImportFailed(
            path,
            f"{count:,} units, for the {segments(release):,} segments of release '{release.id}' (at most "
            f"{limit:,}: {TIMES} times its segments and {MARGIN}): not an export of it; nothing was taken",
        )


def check_early(path: Path, count: int, wanted: str | None, get: Callable[[str], Release]) -> None:
    """The count against the release the file or --release names, before the file is read whole."""
    if not wanted or count <= MARGIN:
        return
    try:
        release = get(wanted)
    except LibraryError:
        return  # no such release: said after the file is read, as before
    check_count(path, count, release)
