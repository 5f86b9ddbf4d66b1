"""The CLI's preview and import of a Word file with a text box (trial V): the box's lines are in the
text once, and the preview lists as left out only what is left out (a pull-quote box was listed as
left out and shown in the text, its fallback copy the one listed). Own words."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_docx_text_box import BOX, write_boxed


def test_the_preview_lists_no_line_it_shows_and_the_import_has_the_box_once(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    path = write_boxed(tmp_path / "bomen.docx")
    preview = run("import", str(path), "--issuer", "Gemeente Hoeveldonk", "--dry-run", "--json")
    assert preview.code == 0, preview.err
    shown = [" ".join(b["text"].split()) for b in preview.json()["blocks"]]
    assert not set(shown) & set(preview.json()["dropped"])
    said = run("import", str(path), "--issuer", "Gemeente Hoeveldonk", "--json")
    body = (lib / said.json()["id"] / "nl.md").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in body.split("\n\n")]
    assert all(paragraphs.count(line) == 1 for line in BOX)
