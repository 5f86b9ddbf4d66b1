"""The CLI's import of a hard-wrapped text that sets its paragraphs apart with blank lines: each
paragraph is one, though a sentence ends a full line inside it (trial V). Own words."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_marked_paragraphs import FIRST, PAGE, SECOND


def test_the_import_keeps_a_paragraph_whole_where_a_sentence_ends_a_full_line(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    page = tmp_path / "leidingen.txt"
    page.write_text("\n".join(PAGE), encoding="utf-8")
    said = run("import", str(page), "--issuer", "Waterbedrijf Hoeveldonk", "--json")
    assert said.code == 0, said.err
    body = (lib / said.json()["id"] / "nl.md").read_text(encoding="utf-8")
    assert [p.strip() for p in body.split("\n\n") if p.strip()][-2:] == [" ".join(FIRST), " ".join(SECOND)]
