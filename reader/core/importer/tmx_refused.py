"""A TMX given to `import`: said as what it is. `import project_save.tmx` (OmegaT's memory) said
"unsupported file type '.tmx'" and a TMX named .xml "unsupported file type '.xml'", while an XLIFF
named .xml is taken (trial X, F3). A TMX is a memory, not a release: `memory --import` takes it into
the translation memory (trial D, whose 'TMX is export-only here' named no way in); a translator's work
on a release comes back as XLIFF."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.errors import ImportFailed

# the first element's name, past the XML declaration, comments and a DOCTYPE
_FIRST_TAG = re.compile(rb"<(?![?!])([\w.:-]+)")
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _root_is_tmx(path: Path) -> bool:
    try:
        if not path.is_file():
            return False  # a pipe would wait for a writer: the import says what it is
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # the import says why, naming the file
    for bom, codec in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(codec, errors="ignore").encode("utf-8")
            break
    head = re.sub(rb"<!--.*?-->", b"", head, flags=re.S)
    first = _FIRST_TAG.search(head)
    return first is not None and first.group(1).rsplit(b":", 1)[-1].lower() == b"tmx"


def tmx_refused(path: Path) -> ImportFailed | None:
    """The error for a .tmx, or an .xml whose root is <tmx>; None for any other file."""
    suffix = path.suffix.lower()
    if suffix != ".tmx" and not (suffix == ".xml" and _root_is_tmx(path)):
        return None
    return ImportFailed(
        path,
        "a TMX is no release: `press-reader memory --import FILE.tmx` brings it into the translation memory;"
        " translations of a release come back as XLIFF (press-reader export ID --format xliff, "
        "translated in the CAT tool, then press-reader import FILE.xlf)",
    )
