"""Which package serves a pair when two are installed for it.

argospm, LibreTranslate and a copied folder can each leave a package for the same pair beside
another (`translate-nl_en-1_0`, `nl_en`); a list that showed both alike left a sysadmin asking
which one translates. The newest version does, whatever the folders are called; the others are
said, with the folder name that removes them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.engine.packages import InstalledPackage


def version_key(version: str) -> tuple[int, ...]:
    """'1.9' < '1.10' < '1.10.1': Argos versions are dotted numbers; a part that is not one counts 0."""
    return tuple(int(part) if part.isdigit() else 0 for part in re.split(r"[.\-_]", version.strip()))


def chosen(packages: list[InstalledPackage]) -> dict[tuple[str, str], InstalledPackage]:
    """Each pair's package in use: the newest version, then the last folder by name (stable)."""
    best: dict[tuple[str, str], InstalledPackage] = {}
    for package in sorted(packages, key=lambda p: (version_key(p.version), p.path.name)):
        best[(package.from_code, package.to_code)] = package
    return best


def unused(packages: list[InstalledPackage]) -> list[InstalledPackage]:
    used = {id(p) for p in chosen(packages).values()}
    return [p for p in packages if id(p) not in used]


def twins(packages: list[InstalledPackage]) -> list[str]:
    """One line per package another of its pair outranks, naming both and how to remove it."""
    best = chosen(packages)
    lines = []
    for package in unused(packages):
        winner = best[(package.from_code, package.to_code)]
        lines.append(
            f"{package.path}: {package.from_code}->{package.to_code} {package.version} is not used, "
            f"{winner.version} in {winner.path.name} is: press-reader models remove {package.path.name}"
        )
    return lines
