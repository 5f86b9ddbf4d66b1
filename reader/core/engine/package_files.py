"""What an installed package's folder says of itself: its size on disk and its licence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.core.engine.model_digest import SIDECAR


def human_size(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def folder_size(folder: Path) -> int:
    """What the package holds on disk, without the digest press-reader keeps beside it (its size moved
    from one listing to the next as the digest was written: a sysadmin's trial)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.name != SIDECAR)


def license_of(metadata: dict[str, Any], folder: Path) -> str | None:
    for key in ("license", "licence", "license_name"):
        if metadata.get(key):
            return str(metadata[key])
    readme = folder / "README.md"
    if readme.is_file():
        for line in readme.read_text(encoding="utf-8", errors="replace").splitlines():
            if "license" in line.lower() or "licence" in line.lower():
                return line.strip("#*- ").strip()[:80]
    return None
