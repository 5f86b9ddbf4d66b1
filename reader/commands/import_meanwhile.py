"""What another process did while this import ran (trial I: the same pair imported by two commands at
once, a pair's halves by two): the same file written meanwhile is skipped, as it is when the two run
one after the other, and a release of this date made meanwhile is named, as the serial run names
it. Read by importing.py."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ImportFailed, MadeMeanwhile, ReaderError
from reader.core.importer.plan import already_in_library
from reader.core.library import Library

if TYPE_CHECKING:
    from reader.core.importer.importer import ImportPlan


def holds_file(library: Library, release_id: str, digest: str) -> bool:
    """Whether the release, as it is on disk now, was imported from a file of this content."""
    try:
        release = library.get(release_id)
    except ReaderError:
        return False
    files = release.source.get("files") if isinstance(release.source, dict) else None
    return isinstance(files, dict) and any(isinstance(f, dict) and f.get("sha256") == digest for f in files.values())


def joined_or_skipped(
    joining: Callable[[str], ImportPlan], release_id: str, plan: ImportPlan, library: Library
) -> ImportPlan:
    """The plan of this file as a version of `release_id`; skipped as in the library already when
    another process imported this very file into it meanwhile (it was refused 'already has a 'fr'
    version; use --force to replace it', exit 2, where run one after the other it is skipped)."""
    try:
        return joining(release_id)
    except ImportFailed:
        if holds_file(library, release_id, plan.sha256):
            raise already_in_library(plan.path, release_id) from None
        raise


def made_meanwhile(plan: ImportPlan, library: Library, name: str) -> str:
    """A release of this date another command made while this one ran, without this file's language:
    named with how to join them (two halves imported at once by two commands became two releases
    with no word of it, where the second, run after the first, names the first)."""
    if not plan.new_release or any("to add this file to it" in w for w in plan.warnings):
        return ""
    for folder in sorted(library.root.glob(f"{plan.date.isoformat()}-*")):
        # one this library read or wrote (this command's) is no other command's: said before, if at all
        if folder.name == plan.release_id or folder.name in library or not folder.is_dir():
            continue
        try:
            other = library.get(folder.name)
        except ReaderError:
            continue
        if other.date == plan.date and plan.language not in other.versions:
            return (
                f"meanwhile another command made {other.id}, of this date, without a '{plan.language}' "
                f"version; if this file is its '{plan.language}' version: press-reader remove {plan.release_id}, "
                f"then press-reader import {shlex.quote(name)} --release {other.id}"
            )
    return ""


def original_kept(library: Library, release_id: str, language: str) -> str:
    """This file would have been its release's original (the first file of its command), and joined
    the release another command made meanwhile, whose original is that command's file: said, with the
    command that makes this one the original (trial Z, F3: `import nl.txt fr.txt` beside `import
    fr.txt`, the French the original though the pair gave the Dutch first, in silence). Said, not
    done: the other command's release is read and maybe translated or reviewed from its original by
    then, and its original changed behind it turns their direction round; run one after the other,
    the release made first keeps its original as well (its note says 'as the original')."""
    try:
        original = library.get(release_id).original_language
    except ReaderError:
        return ""
    if original == language:
        return ""
    return (
        f"its original stays the '{original}' version, the other command's file; if this '{language}' "
        f"file is the original: press-reader original {release_id} {language}"
    )


def written(
    plan: ImportPlan, library: Library, reviews: Path, who: str, name: str, joining: Callable[[str], ImportPlan]
) -> ImportPlan:
    """Write the plan, or, for a new release, the file as a version of the release of its date
    another command made meanwhile, which it renders (MadeMeanwhile: trial P's pair beside its
    French half alone made two releases); then name a release of its date made meanwhile that it
    does not render (`made_meanwhile`). The plan written is returned."""
    from reader.core.importer.importer import apply_import

    try:
        apply_import(plan, library, reviews, who)
    except MadeMeanwhile as exc:
        joined = joined_or_skipped(joining, exc.release_id, plan, library)
        joined.warnings = [w for w in joined.warnings if "to add this file to it" not in w]
        joined.warnings.append(
            f"added as the '{joined.language}' version of {exc.release_id}, which another command made "
            "meanwhile, of this date, and this file renders"
        )
        apply_import(joined, library, reviews, who)
        if said := original_kept(library, exc.release_id, joined.language):
            joined.warnings.append(said)
        return joined
    if said := made_meanwhile(plan, library, name):
        plan.warnings.append(said)
    return plan
