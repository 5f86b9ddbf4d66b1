"""Which export an XLIFF file's stamp names, read without a review store: the stamp's shape and the
languages it was made for. Apart from store.py, which keeps the exports' states."""

from __future__ import annotations

import re
from pathlib import Path


def safe_name(name: str) -> bool:
    """A name that stays one folder's: no separator, no dot folder, no NUL."""
    return bool(name) and "/" not in name and "\\" not in name and name not in (".", "..") and "\x00" not in name


STAMP = r"\d{8}T\d{6}[0-9a-f]{6}"


def exported_pair(root: Path, release_id: str, stamp: str) -> tuple[str, str] | None:
    """The languages an XLIFF export of this stamp was made for (None: no such export kept): a CAT
    tool's project may rewrite the file's languages, and its French targets then read as stale
    against another version (a trial)."""
    if not safe_name(release_id) or not re.fullmatch(STAMP, stamp):
        return None
    for kept in sorted((Path(root) / release_id / "exports").glob(f"*-*-{stamp}.json")):
        source, _, target = kept.name[: -len(f"-{stamp}.json")].partition("-")
        if source and target:
            return source, target
    return None
