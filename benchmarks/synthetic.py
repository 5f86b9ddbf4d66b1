"""Write a synthetic library of N releases (for start-up and search benchmarks)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

WORDS = (
    "minister akkoord investering regering federale overheid economie werk handel export Luik Antwerpen "
    "Brussel samenwerking hervorming begroting veiligheid gezondheid"
).split(" ")


def write_library(root: Path, count: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    start = dt.date(2000, 1, 1)
    for i in range(count):
        day = start + dt.timedelta(days=i % 9000)
        title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
        rid = f"{day.isoformat()}-synthetic-{i:05d}"
        folder = root / rid
        folder.mkdir()
        (folder / "release.yaml").write_text(
            f"id: {rid}\ndate: {day.isoformat()}\nissuer: Minister {i % 40}\noriginal_language: nl\n"
            f"titles:\n  nl: {title}\n  fr: Titre {i}\nlanguages:\n  nl:\n    provenance: official\n"
            "  fr:\n    provenance: unofficial\n",
            encoding="utf-8",
        )
        body = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(40)) + "." for _ in range(6))
        (folder / "nl.md").write_text(body + "\n", encoding="utf-8")
        (folder / "fr.md").write_text("Texte.\n", encoding="utf-8")
    return root
