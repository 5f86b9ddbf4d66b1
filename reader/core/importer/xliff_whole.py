"""What refuses an XLIFF whole, naming the file, once it is read: as the dry run says it, so the real
run does. Apart from xliff_read.py, which reads the units."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ImportFailed
from reader.core.review.edit import MAX_EDIT
from reader.core.text.mojibake import garbled_xml

if TYPE_CHECKING:
    from reader.core.importer.xliff_read import XliffFile


def checked(path: Path, xliff: XliffFile, data: bytes) -> XliffFile:
    """Refused: two units of one id (the last target was taken, the first lost in silence), a target
    longer than any segment's edit (the dry run passed it and printed it; the real run failed on it
    without naming the file: a trial), and texts read garbled (UTF-8 bytes under a declaration of
    Latin-1 were written into the version as 'fÃ©dÃ©ral', exit 0: trial Z, F1)."""
    seen: set[str] = set()
    for unit in xliff.units:
        if unit.id and unit.id in seen:
            raise ImportFailed(path, f"two units have the id {unit.id[:40]!r}; a unit's id is its own")
        seen.add(unit.id)
        if unit.target is not None and len(unit.target) > MAX_EDIT:
            raise ImportFailed(path, f"unit {unit.id[:40]!r}: a target over {MAX_EDIT:,} characters")
    texts = [text for unit in xliff.units for text in (unit.source, unit.target, unit.comment) if text]
    problem = garbled_xml(data, texts)
    if problem is not None:
        raise ImportFailed(path, problem)
    return xliff
