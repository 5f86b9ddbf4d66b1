"""What a model is, by content: a digest of an installed package's files, kept beside them.

The translation cache is keyed by it, so a package reinstalled with other weights under the same
code and version never serves the old model's sentences. Hashing a model of a few hundred MB takes
seconds, so the digest is computed once per install and stored in the package folder with the name,
size and time of every file it covers; a listing only compares those, and hashes again when another
tool (argospm, a hand copy) changed a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from reader.core import atomic
from reader.core.errors import WriteFailed

SIDECAR = ".press-reader-digest.json"
_CHUNK = 1 << 20


def _files(folder: Path) -> list[Path]:
    out = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [Path(top) / n for n in sorted(names) if not n.startswith(".")]
    return out


def _signature(folder: Path, files: list[Path]) -> list[list[Any]]:
    signature: list[list[Any]] = []
    for path in files:
        info = path.lstat()
        signature.append([path.relative_to(folder).as_posix(), info.st_size, info.st_mtime_ns])
    return signature


def model_digest(folder: Path) -> str:
    """The digest of the package's files: read from its sidecar when the files are unchanged."""
    try:
        files = _files(folder)
        signature = _signature(folder, files)
    except OSError:
        return ""
    with contextlib.suppress(OSError, ValueError, TypeError):
        stored = json.loads((folder / SIDECAR).read_text(encoding="utf-8"))
        if isinstance(stored, dict) and stored.get("signature") == signature and isinstance(stored.get("digest"), str):
            return str(stored["digest"])
    digest = hashlib.sha256()
    try:
        for path in files:
            digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            if path.is_symlink():
                digest.update(os.readlink(path).encode("utf-8", "surrogateescape"))
                continue
            with open(path, "rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
    except OSError:
        return ""
    value = digest.hexdigest()[:32]
    with contextlib.suppress(WriteFailed):  # a read-only packages folder: hashed again next time
        atomic.write_text(folder / SIDECAR, json.dumps({"digest": value, "signature": signature}) + "\n")
    return value
