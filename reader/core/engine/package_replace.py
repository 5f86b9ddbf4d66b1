"""What an install replaces: the pair's packages already in the folder, never a newer one unasked.

Trial E (F1): `models install translate-nl_en-1_0.argosmodel` over nl→en 2.0 replaced 2.0 by 1.0
and said only 'installed translate-nl_en 1.0'; 2.0 over 1.0 never said 1.0 went. An older version
over a newer is refused by name (`--force` does it all the same); what goes is said.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.engine.package_choice import version_key
from reader.core.errors import PackageError

if TYPE_CHECKING:
    from reader.core.engine.packages import InstalledPackage


class OlderPackage(PackageError):
    """The file's version is older than the one installed for its pair: refused unless forced."""


def same_pair(found: list[InstalledPackage], folder: Path, pair: tuple[str, str]) -> list[InstalledPackage]:
    """The pair's packages in the folder itself (a symbolic link to elsewhere is not ours to remove)."""
    return [
        p
        for p in found
        if (p.from_code, p.to_code) == pair and p.path.resolve().parent == folder.resolve() and not p.path.is_symlink()
    ]


def refuse_older(path: Path, version: str, existing: list[InstalledPackage], force: bool) -> None:
    newer = [p for p in existing if version_key(p.version) > version_key(version)]
    if newer and not force:
        best = max(newer, key=lambda p: version_key(p.version))
        raise OlderPackage(
            path,
            f"{version} is older than the installed {best.code} {best.version} ({best.path.name}); "
            "not installed: press-reader models install --force replaces it all the same",
        )


def clear_pair(
    path: Path, package: InstalledPackage, found: list[InstalledPackage], folder: Path, force: bool
) -> list[str]:
    """Remove the pair's installed packages for `package` (the lock on the folder held: another
    process's install may have put a newer one in since the first look); their versions, said."""
    existing = same_pair(found, folder, (package.from_code, package.to_code))
    refuse_older(path, package.version, existing, force)
    for old in existing:
        shutil.rmtree(old.path)
    return [old.version for old in existing]
