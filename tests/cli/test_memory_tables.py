"""A table's cells are in the translation memory (trial X, F4): every release of the trial had a
table of regions and figures, and `concordance "Vlaanderen"` after `memory` gave 0 pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.core.test_translation_memory import write_release
from tests.two_writers import twice

# Written for these tests: a made-up count of repaired benches per region.
TABLE_NL = "| Gewest | Banken | Aandeel |\n|---|---|---|\n| Vlaanderen | {n} | 40 % |\n| Wallonië | 95 | 35 % |"
TABLE_FR = "| Région | Bancs | Part |\n|---|---|---|\n| Flandre | {n} | 40 % |\n| Wallonie | 95 | 35 % |"
LEAD_NL = "De gewesten herstelden dit jaar meer parkbanken dan vorig jaar."
LEAD_FR = "Les régions ont réparé cette année plus de bancs de parc que l'an dernier."


def _library(tmp_path: Path, fr_table: str = TABLE_FR) -> Path:
    root = tmp_path / "lib"
    for day, n in (("10", 120), ("11", 130)):
        write_release(
            root,
            f"2024-03-{day}-parkbanken-{day}",
            f"2024-03-{day}",
            [LEAD_NL, TABLE_NL.format(n=n)],
            [LEAD_FR, fr_table.format(n=n)],
        )
    return root


def _concordance(run: Any, root: Path, words: str) -> list[dict[str, Any]]:
    found = run("--library", str(root), "concordance", words, "--from", "nl", "--to", "fr", "--json")
    assert found.code == 0, found.err
    return list(found.json())


def test_a_tables_headers_and_row_labels_are_pairs_of_the_memory(run, tmp_path: Path):  # noqa: ANN001
    root = _library(tmp_path)
    assert run("--library", str(root), "memory").code == 0
    pairs = _concordance(run, root, "Vlaanderen")
    assert {(p["source"], p["target"]) for p in pairs} == {("Vlaanderen", "Flandre")}
    assert {p["target"] for p in _concordance(run, root, "Aandeel")} == {"Part"}
    # a cell of figures alone is no rendering to reuse
    assert _concordance(run, root, "95") == []


def test_tables_shaped_otherwise_give_no_cells(run, tmp_path: Path):  # noqa: ANN001
    # the French table has a row more: which cell faces which is not known, so none is paired
    root = _library(tmp_path, TABLE_FR + "\n| Bruxelles | 10 | 5 % |")
    assert run("--library", str(root), "memory").code == 0
    assert _concordance(run, root, "Vlaanderen") == []
    assert _concordance(run, root, "parkbanken")  # the sentences are still there


def test_two_memory_builds_at_once_keep_the_cells_once(run, tmp_path: Path):  # noqa: ANN001
    root = _library(tmp_path)
    assert twice(["--library", str(root), "memory"]) == [0, 0]
    pairs = _concordance(run, root, "Vlaanderen")
    assert {(p["source"], p["target"]) for p in pairs} == {("Vlaanderen", "Flandre")}
    assert run("--library", str(root), "memory", "--json").json()["pairs"] == 2 * 7
    # each release: its title, its sentence, and five cells (three headers, two row labels)
