"""Every row of a --json listing carries the same keys, filled or empty, so that a script reads one
shape (a new user's trial, fix batch 12, F3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import SEED_ID

ARGS = (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")


def test_check_and_review_rows_carry_dismissed_even_when_empty(run: Any, library_dir: Path) -> None:
    """Only the rows with a dismissal had `dismissed`: row["dismissed"] failed on every other."""
    lib = ("--library", str(library_dir))
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "23 hectares"), encoding="utf-8")
    checked = run(*lib, "check", *ARGS, "--json").json()
    (flagged,) = [p for p in checked if any(f["code"] == "number" for f in p["flags"])]
    assert all(p["dismissed"] == [] for p in checked)
    done = run(*lib, "review", *ARGS, "--segment", str(flagged["segment"]), "--accept-flag", "number")
    assert done.code == 0, done.err
    for rows in (run(*lib, "check", *ARGS, "--json").json(), run(*lib, "review", *ARGS, "--json").json()["segments"]):
        assert len({tuple(sorted(row)) for row in rows}) == 1, rows  # one shape
        assert [row["segment"] for row in rows if row["dismissed"]] == [flagged["segment"]]


def test_a_languages_issuer_in_a_search_is_of_that_language_or_null(run: Any, tmp_path: Path) -> None:
    """issuers.en held the Dutch issuer for an English version that names none of its own: a key
    holds that language's text, or null (the original's issuer stays in `issuer`)."""
    lib = ("--library", str(tmp_path / "lib"))
    pages = {
        "nl": "Stad Lier\n\nEen nieuwe bibliotheek\n\nLier, 2 juni 2025\n\nDe bibliotheek opent in september.\n",
        "fr": "Ville de Lierre\n\nUne nouvelle bibliothèque\n\nLierre, le 2 juin 2025\n\nElle ouvre en septembre.\n",
        "en": "A new library\n\n2 June 2025\n\nThe library opens its doors in September.\n",
    }
    for code, text in pages.items():
        (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
    made = run(*lib, "import", str(tmp_path / "nl.txt"), "--json").json()
    for code in ("fr", "en"):
        added = run(*lib, "import", str(tmp_path / f"{code}.txt"), "--release", made["id"], "--lang", code)
        assert added.code == 0, added.err
    (hit,) = run(*lib, "list", "--search", "bibliotheek", "--json").json()
    assert hit["issuers"] == {"nl": "Stad Lier", "fr": "Ville de Lierre", "en": None}, hit["issuers"]
    assert hit["issuer"] == "Stad Lier"
