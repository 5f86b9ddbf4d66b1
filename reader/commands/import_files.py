"""What an import command is given: folders that stand for their pages, and the --keep lines that
match nothing the plan holds, and what a skipped page leaves undone. Read by importing.py."""

from __future__ import annotations

import argparse
import os
import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.commands.import_xliff import XLIFF_SUFFIXES
from reader.commands.output import CommandError, warn
from reader.core.errors import AlreadyImported
from reader.core.library import Library

if TYPE_CHECKING:
    from reader.core.importer.importer import ImportPlan


def kept_nowhere(plan: ImportPlan, keep: Sequence[str]) -> list[str]:
    """--keep lines that are in none of what the plan holds (a typo, or a line of another page)."""
    from reader.core.importer.furniture import line_key

    held = {
        line_key(line)
        for text in [plan.title, plan.issuer, *(b.text for b in plan.blocks)]
        for line in text.split("\n")
    }
    held |= {line_key(" ".join(b.text.split())) for b in plan.blocks}
    # a kept heading may bring its block back with it ('Perscontact' over a name and a phone)
    flat = [f" {line_key(' '.join(b.text.split()))} " for b in plan.blocks]
    return [line for line in keep if line_key(line) not in held and not any(f" {line_key(line)} " in f for f in flat)]


MAX_FOLDER_FILES = 10_000  # a folder of pages is an archive, bounded as every input is


def within(folder: Path, page: Path) -> bool:
    """Whether a page of a folder is in it: a symbolic link leading out of it is skipped, said by name.
    A folder stands for the pages in it, and `import FOLDER/ --title T --date D` made a release of
    /etc/passwd through a link there (a hostile-input trial); a file named on the command line is the
    user's own choice, and stays allowed, link or not."""
    if not page.is_symlink():
        return True
    try:
        inside = page.resolve(strict=True).is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):
        inside = False  # gone or a loop since `is_file` looked: no page of the folder
    if not inside:
        warn(f"{page}: a symbolic link leading out of the folder (to {os.readlink(page)}); skipped")
    return inside


def expanded(names: Sequence[str], ordered: bool = False) -> list[str]:
    """Each folder named stands for the pages in it (not its subfolders), in name order; a folder
    without one is refused by name. `ordered`: each release's original first among its files, as
    the data says it (import_order: a shell's name order made English the original, trial S, 8a)."""
    from reader.core.importer.readers import SUPPORTED

    files: list[str] = []
    for name in names:
        folder = Path(name)
        if not folder.is_dir():
            files.append(name)
            continue
        if (folder / "release.yaml").is_file():
            # a release of a library (the bundled one, a colleague's): its .md files are no pages, and
            # each was refused for want of a headline and a date line (a new user's trial)
            raise CommandError(
                f"{name}: a release folder of a library (it holds release.yaml), not pages: copy it into "
                "your library as it is (cp -r FOLDER LIBRARY/), or import its pages"
            )
        pages = sorted(
            str(p)
            for p in folder.iterdir()
            if p.is_file()
            and not p.name.startswith(".")
            and p.suffix.lower() in (*SUPPORTED, *XLIFF_SUFFIXES)
            and within(folder, p)
        )
        if not pages:
            raise CommandError(f"{name}: a folder without a page to import ({', '.join(SUPPORTED)}, .xlf)")
        if len(pages) > MAX_FOLDER_FILES:
            raise CommandError(f"{name}: {len(pages)} files, over {MAX_FOLDER_FILES:,}; import it in parts")
        files += pages
    if not ordered or len(files) < 2:
        return files
    from reader.commands.import_order import original_first

    return original_first(files, lambda said: warn(said, kind="note"))


_FIELDS = (("title", "--title"), ("issuer", "--issuer"), ("date", "--date"), ("force", "--force"), ("keep", "--keep"))


def not_applied(args: argparse.Namespace, release_id: str, name: str, skip: Exception | None = None) -> str:
    """What a skip leaves undone: the fields given to correct the release (a trial gave --title and
    --force to mend a wrong headline and was told only 'skipped'), and the command that applies them:
    the version read again in place, its earlier text in its history (removing the release first, as
    this said before, also dropped its other versions and review)."""
    given = [flag for field, flag in _FIELDS if getattr(args, field, None)]
    if not given or isinstance(skip, ImportedAndRemoved):  # its reason says what --force does
        return ""
    again = [shlex.quote(name), "--release", release_id, "--force"]
    for field, flag in _FIELDS:
        value = getattr(args, field, None)
        for one in (value if isinstance(value, list) else [value]) if field != "force" else []:
            if one:
                again += [flag, shlex.quote(str(one))]
    return f"; {', '.join(given)} not applied: to read it again with them, press-reader import {' '.join(again)}"


class ImportedAndRemoved(AlreadyImported):
    """A page imported before into a release since removed: skipped, as a page in the library is. A
    nightly job importing its inbox made the release again the night after the user removed it (a
    new user's trial); what removal took out stays out until the user says otherwise."""


def removed_before(library: Library, plan: ImportPlan, force: bool) -> None:
    """Skip a page whose release was removed, saying how to bring that copy back, or with `force`
    import it again, saying that the copy is there all the same."""
    from reader.core.removal import removed_copy

    removed = removed_copy(library.root, plan.sha256)
    if removed is None:
        return
    restore = f"`press-reader remove --restore {removed.name}` brings that copy back with its reviews"
    said = f"imported before, into {removed.release_id}, removed on {removed.when:%Y-%m-%d}"
    if not force:
        raise ImportedAndRemoved(
            plan.path,
            f"{said}: not made again; {restore}, and --force imports the page again all the same",
            removed.release_id,
        )
    plan.warnings.append(f"this page was {said}; {restore}, once this new one is removed")
