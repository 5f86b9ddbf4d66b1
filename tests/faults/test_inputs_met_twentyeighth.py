"""Ways input went wrong met in the twenty-second session (2026-12-04), by three new users: a page a
browser saved as Markdown, a list copied without its bullets, a footer of the site's address on one
line, a row of share buttons copied as one line. Own words. One line each, or the work done; never
exit 70."""

from __future__ import annotations

from pathlib import Path

SAVED = """Home | Dienst | Nieuws | Contact

Home > Nieuws > 2026

# Nieuwe laadpalen aan vier stations

Brussel, 2 november 2026

De dienst plaatst dit jaar laadpalen voor elektrische fietsen aan vier stations. Het plan bevat:

Laadpalen in Gent en Brugge
Overdekte stallingen in Leuven
Een proef met deelfietsen in Namen

De werken beginnen in het voorjaar en duren tot de zomer van volgend jaar.

Delen op Facebook   Delen op LinkedIn   Deze pagina afdrukken

Dienst Mobiliteit - Stationsstraat 12 - 1000 Brussel
"""


def test_a_page_saved_as_markdown_comes_in_as_its_release(run, lib: Path, tmp_path: Path):
    page = tmp_path / "laadpalen.md"
    page.write_text(SAVED, encoding="utf-8")
    done = run("import", str(page), "--dry-run", "--json")
    assert done.code == 0, done.err
    said = done.json()
    assert said["title"] == "Nieuwe laadpalen aan vier stations"
    kinds = [b["kind"] for b in said["blocks"]]
    assert kinds == ["paragraph", "list_item", "list_item", "list_item", "paragraph"], said["blocks"]
    texts = " ".join(b["text"] for b in said["blocks"])
    assert "Delen" not in texts and "Stationsstraat" not in texts and "Home" not in texts


def test_the_same_page_as_text_reads_the_same(run, lib: Path, tmp_path: Path):
    page = tmp_path / "laadpalen.txt"
    page.write_text(SAVED.replace("# ", ""), encoding="utf-8")
    said = run("import", str(page), "--dry-run", "--json").json()
    assert said["title"] == "Nieuwe laadpalen aan vier stations"
    assert [b["kind"] for b in said["blocks"]].count("list_item") == 3
