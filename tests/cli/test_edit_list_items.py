"""A segment whose rendering runs over two list items is edited as those items, a line each: it was
refused everywhere ('spans two paragraphs'), after a reviser's own edit had made it so (a trial).
An XLIFF unit over such items carries them a line an item, so a CAT tool's correction goes back into
them (it was refused: the items were one line in the file). Own words."""

from __future__ import annotations

import re
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


def _exported(run, tmp_path: Path, fmt: str) -> Path:  # noqa: ANN001
    out = tmp_path / f"job.{fmt}.xlf"
    assert run("export", *BASE[:5], "--format", fmt, "-o", str(out)).code == 0
    return out


def _target_of(path: Path, pair: int) -> str:
    found = re.search(rf'id="s{pair}-[^"]*".*?<target[^>]*>(.*?)</target>', path.read_text(encoding="utf-8"), re.S)
    assert found, path.read_text(encoding="utf-8")
    return found.group(1)


@pytest.mark.parametrize("fmt", ["xliff12", "xliff"])
def test_an_xliff_unit_over_two_items_holds_them_a_line_each_and_its_correction_goes_back(
    run,  # noqa: ANN001
    lib: Path,
    tmp_path: Path,
    pair: int,
    fmt: str,
):
    job = _exported(run, tmp_path, fmt)
    assert _target_of(job, pair).splitlines() == [
        "un nouveau guichet pour les demandes sur papier ;",
        "des formations pour 430 employés des communes ;",
    ]
    assert run("import", str(job)).code == 0  # untouched: nothing changes
    assert "pour 430" in _items(lib)[1]
    job.write_text(job.read_text(encoding="utf-8").replace("pour 430 employés", "pour 340 employés"), encoding="utf-8")
    done = run("import", str(job))
    assert done.code == 0, done.err
    assert "changed 1 segment" in done.out and " ¶ des formations" in done.out
    assert _items(lib) == [*FIXED.splitlines(), "une ligne téléphonique joignable chaque jour."]


def test_a_cat_tool_that_joined_the_items_lines_is_refused_by_segment(run, lib: Path, tmp_path: Path, pair: int):  # noqa: ANN001
    job = _exported(run, tmp_path, "xliff12")
    text = job.read_text(encoding="utf-8")
    joined = "un nouveau guichet pour les demandes sur papier ; des formations pour 340 employés des communes ;"
    job.write_text(text.replace(_target_of(job, pair), joined), encoding="utf-8")
    done = run("import", str(job))
    assert done.code == 2 and f"segment(s) {pair}" in done.err
    assert len(_items(lib)) == 3 and "pour 430" in _items(lib)[1]  # nothing merged


def test_twin_an_xliff_correction_over_two_items_while_another_process_edits_the_last_item(
    run,  # noqa: ANN001
    lib: Path,
    tmp_path: Path,
    pair: int,
):
    """The file's unit and the other process's segment are two places of one file: both stay."""
    job = _exported(run, tmp_path, "xliff12")
    job.write_text(job.read_text(encoding="utf-8").replace("pour 430 employés", "pour 340 employés"), encoding="utf-8")
    last = "une ligne joignable tous les jours."
    assert second_process("review", *BASE, "--segment", str(pair + 1), "--edit", last) == ""
    done = run("import", str(job))
    assert done.code == 0, done.err
    assert _items(lib) == [*FIXED.splitlines(), last]
