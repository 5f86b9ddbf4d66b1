"""The command that brings back a release another window removed, as it runs pasted: the name it
was kept under, and the library when it is not the one a bare `press-reader` opens (a trial's
notice said 'press-reader remove --restore ID', a literal ID and no --library)."""

from __future__ import annotations

import shlex
from pathlib import Path

from reader import paths
from reader.core import removal


def restore_command(root: Path, release_id: str) -> str:
    """'press-reader [--library DIR] remove --restore NAME': the newest removal of the release, or its
    id (which `remove --restore` takes when it was removed once) when none is found."""
    try:
        kept = [entry.name for entry in removal.removed(root) if entry.release_id == release_id]
    except OSError:
        kept = []
    library = "" if paths.opened_by_default(root) else f"--library {shlex.quote(str(root))} "
    return f"press-reader {library}remove --restore {shlex.quote(kept[0] if kept else release_id)}"
