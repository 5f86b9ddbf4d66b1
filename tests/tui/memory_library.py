"""A small library of releases with two official versions each, for the memory's TUI tests.

Sentences written for these tests in the shape of short federal communiqués, not copied from any.
"""

from __future__ import annotations

from pathlib import Path

import yaml

NL = [
    "De Regie der Gebouwen renoveert {n} gebouwen in het centrum van de stad.",
    "Volgens staatssecretaris Anna Proef kost het project {n} miljoen euro.",
    "De werken duren twee jaar.",
]
FR = [
    "La Régie des Bâtiments rénove {n} bâtiments dans le centre de la ville.",
    "Selon la secrétaire d'État Anna Proef, le projet coûte {n} millions d'euros.",
    "Les travaux durent deux ans.",
]


def write_release(root: Path, rid: str, date: str, nl: list[str], fr: list[str]) -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    meta = {
        "id": rid,
        "date": date,
        "issuer": "Regie der Gebouwen",
        "original_language": "nl",
        "titles": {"nl": f"Renovatie {rid[-2:]}", "fr": f"Rénovation {rid[-2:]}"},
        "languages": {"nl": {"provenance": "official"}, "fr": {"provenance": "official"}},
    }
    (folder / "release.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    (folder / "nl.md").write_text("\n\n".join(nl) + "\n", encoding="utf-8")
    (folder / "fr.md").write_text("\n\n".join(fr) + "\n", encoding="utf-8")


def memory_library(root: Path, count: int = 4) -> Path:
    """`count` releases, one a month of 2024, their numbers 20, 21, ...: the newest is the last."""
    for i in range(count):
        n = 20 + i
        rid = f"2024-{i + 2:02d}-0{i + 1}-renovatie-{i:02d}"
        write_release(root, rid, rid[:10], [s.format(n=n) for s in NL], [s.format(n=n) for s in FR])
    return root
