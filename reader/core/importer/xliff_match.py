"""Which segment of the release an XLIFF unit was exported from, and whether it says anything new.

A unit's id is ``s<N>-<key>``: its number in the export and a key hashing the two texts as they were
then. Apart from xliff.py, which decides what to take from a unit that matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core import history
from reader.core.errors import LibraryError
from reader.core.importer.xliff_guide import unit_key
from reader.core.importer.xliff_read import Unit, XliffFile
from reader.core.model import Release
from reader.core.review.checks import CheckedPair, CheckReport
from reader.core.review.store import SegmentReview, pair_key, with_proposals
from reader.core.text.clean import squash

ID = re.compile(r"^s(?P<n>\d+)-(?P<key>[0-9a-f]{16}(?:#\d+)?)$")


def match(xliff: XliffFile, unit: Unit, report: CheckReport) -> CheckedPair | None:
    """The segment the unit was exported from; None when the release's segments changed there since
    (another file's fix re-aligned them): that unit alone is stale, never the whole file."""
    by_key = {p.key: p for p in report.pairs}
    named = ID.match(unit.id)
    pair = by_key.get(named.group("key")) if named else None
    number = int(named.group("n")) if named else 0
    if pair is None:  # the target changed since the export: the same source, nearest its old place
        same = [p for p in report.pairs if " ".join(p.source.split()) == unit.source]
        if named is None and len(same) > 1:
            # ids a CAT tool renumbered: no old place to be near; a sentence said twice is the k-th
            # segment of that source as the unit is the k-th unit (the second one's edit was written
            # over the first: a CAT-tool trial)
            twins = [u for u in xliff.units if u.source == unit.source]
            at = next((i for i, u in enumerate(twins) if u is unit), 0)
            pair = same[at] if at < len(same) else None
        else:
            pair = min(same, key=lambda p: abs(p.index + 1 - number)) if same else None
    if pair is None and 1 <= number <= len(report.pairs):
        pair = report.pairs[number - 1]
    if pair is None or " ".join(pair.source.split()) != unit.source:
        return None
    return pair


def untouched(unit: Unit, exported: dict[str, tuple[str, str]] | None, source: str | None = None) -> bool:
    """The unit says what was exported: its target (its id's key hashes the two texts) and, where the
    export's states are known, its state and comment. Nothing in it to take, wherever it stood.
    `source`: the segment's source as the library has it, its lines (a letterhead's) unjoined."""
    named = ID.match(unit.id)
    if named is None or unit.target is None:
        return False
    key = named.group("key").split("#")[0]
    sources = {unit.source, source or unit.source}
    if key not in {pair_key(s, t) for s in sources for t in (unit.target, " ".join(unit.target.split()))}:
        return False
    base = exported.get(named.group("key")) if exported is not None else None
    if base is None:  # the export's review unknown: only a unit that sets none says nothing new
        return unit.status in (None, SegmentReview().status) and unit.comment in (None, SegmentReview().comment)
    return (
        base is not None
        and unit.status in (None, base[0])
        and (unit.comment is None or with_proposals(base[1], unit.comment) == base[1])
    )


def found(xliff: XliffFile, report: CheckReport) -> int:
    """How many units name a segment of this report by their id's key and source."""
    keys = {(p.key.split("#")[0], " ".join(p.source.split())) for p in report.pairs}
    return sum(1 for u in xliff.units if (unit_key(u.id), u.source) in keys)


def source_edited(unit: Unit, report: CheckReport) -> int | None:
    """The segment (1-based) a unit that matched none was exported from, when the release still has
    it as exported (its key) and only the unit's source differs: the file's source was edited, in the
    CAT tool or by hand, while the library did not change. Said as such, not as a stale library."""
    named = ID.match(unit.id)
    if named is None:
        return None
    pair = next((p for p in report.pairs if p.key == named.group("key")), None)
    if pair is None or " ".join(pair.source.split()) == unit.source:
        return None
    return pair.index + 1


def renamed_said(ids: list[str]) -> str:
    """Units whose ids a CAT tool rewrote ('u4' for press-reader's 's4-…') and that match no segment
    by their texts: no number to name them by, and no key to tell whether they carry an edit."""
    # a few named and the rest counted: 100,000 of them were all listed (trial Z, F5)
    shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3:,} more" if len(ids) > 3 else "")
    return (
        f"{len(ids):,} unit(s) carry ids press-reader did not write ({shown}) and match no segment as it stands: "
        "not applied (keep the ids the file was exported with, or export again)"
    )


def held_when_exported(release: Release, lang: str, stamp: str) -> Callable[[str], bool]:
    """Whether a target as the library holds it now was in `lang`'s version when the file was made,
    for a file whose export this data folder holds no record of (a teammate's, another machine's: its
    units renumbered by a CAT tool carry no key of their texts). The file's stamp is the export's time
    (UTC, to the second); the history keeps the body every write replaced, so the first revision
    replaced since is the version as exported. No write since: every segment is as exported. A text
    not found there changed since, and its unit is stale: said so, it is true (renumbered edits were
    all refused as 'changed in the library' though nothing had changed: trial Z, F2)."""
    try:
        revision = history.replaced_after(release.folder, lang, stamp) if stamp else None
        body = squash(history.read_revision(revision)) if revision is not None else None
    except (LibraryError, OSError):
        return lambda _text: False  # the history unreadable: nothing tells, as without a stamp's record
    if body is None:
        return lambda _text: True
    return lambda text: bool(text.strip()) and squash(text) in body
