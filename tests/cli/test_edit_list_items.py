"""A segment whose rendering runs over two list items is edited as those items, a line each: it was
refused everywhere ('spans two paragraphs'), after a reviser's own edit had made it so (a trial).
An XLIFF unit over such items holds them on one line, so it is still refused there. Own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import second_process

NL = """Nieuwe diensten voor de burger in 2027

12 maart 2026

De regering keurde vandaag een plan goed om de dienstverlening aan de burger te verbeteren.

Het plan heeft twee delen:

- een nieuw loket voor aanvragen op papier, met opleidingen voor 340 bedienden van de gemeenten;
- een telefoonlijn die elke dag bereikbaar is.

De eerste loketten openen in het najaar.
"""
FR = """De nouveaux services au citoyen en 2027

12 mars 2026

Le gouvernement a approuvé aujourd'hui un plan pour améliorer le service au citoyen.

Le plan comporte deux volets :

- un nouveau guichet pour les demandes sur papier ;
- des formations pour 430 employés des communes ;
- une ligne téléphonique joignable chaque jour.

Les premiers guichets ouvriront à l'automne.
"""
ID = "2026-03-12-nieuwe-diensten-voor-de-burger"
BASE = [ID, "--source", "nl", "--target", "fr", "--no-mt"]
FIXED = "un nouveau guichet pour les demandes sur papier ;\ndes formations pour 340 employés des communes ;\n"


@pytest.fixture
def pair(run, lib: Path, tmp_path: Path) -> int:  # noqa: ANN001
    """The release imported, the French unofficial; the segment that runs over two items (1-based)."""
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    assert run("import", str(tmp_path / "nl.txt")).code == 0
    assert run("import", str(tmp_path / "fr.txt"), "--release", ID, "--provenance", "unofficial").code == 0
    segments = run("review", *BASE, "--json").json()["segments"]
    return next(n for n, s in enumerate(segments, 1) if "guichet" in s["target"] and "formations" in s["target"])


def _items(lib: Path) -> list[str]:
    return [line[2:] for line in (lib / ID / "fr.md").read_text(encoding="utf-8").splitlines() if line.startswith("- ")]


def _edit_both_items(run, tmp_path: Path, pair: int) -> None:  # noqa: ANN001
    edit = tmp_path / "edit.txt"
    edit.write_text(FIXED, encoding="utf-8")
    done = run("review", *BASE, "--segment", str(pair), "--edit-file", str(edit))
    assert done.code in (0, 1), done.err


def test_a_segment_over_two_items_is_edited_as_those_items(run, lib: Path, tmp_path: Path, pair: int):  # noqa: ANN001
    _edit_both_items(run, tmp_path, pair)
    assert _items(lib) == [*FIXED.splitlines(), "une ligne téléphonique joignable chaque jour."]
    flags = [f["code"] for s in run("review", *BASE, "--json").json()["segments"] for f in s["flags"]]
    assert "number" not in flags  # the 340 mended


def test_twin_an_edit_over_two_items_while_another_process_edits_the_last_item(
    run,  # noqa: ANN001
    lib: Path,
    tmp_path: Path,
    pair: int,
):
    """Each process writes its own segment of the same file: both edits stay."""
    last = "une ligne joignable tous les jours."
    assert second_process("review", *BASE, "--segment", str(pair + 1), "--edit", last) == ""
    _edit_both_items(run, tmp_path, pair)
    assert _items(lib) == [*FIXED.splitlines(), last]
