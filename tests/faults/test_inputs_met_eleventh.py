"""Ways input came in this session (2026-12-01, fifth session), each met on real pages: a page
copied from the middle of its text (its first line goes on a sentence, in lowercase), a written
question whose addressee line names a minister, a report page under the report's name, and a
garbled character left by a site's own encoding slip. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.faults.conftest import one_line_error

BODY = (
    "De gemeente legt dit voorjaar twaalf kilometer fietspad aan langs het kanaal, met vier nieuwe "
    "bruggen en verlichting op het hele traject."
)


def test_a_page_copied_from_the_middle_of_its_text_asks_for_its_headline_in_one_line(run, tmp_path: Path):
    page = tmp_path / "midden.txt"
    page.write_text(f"en de bewoners van de wijk krijgen voorrang:\n- op het fietspad;\n- op de brug.\n{BODY}\n")
    line = one_line_error(run("--library", str(tmp_path / "lib"), "import", str(page)), str(page), "--title")
    assert "en de bewoners" not in line


def test_a_question_put_to_a_minister_is_not_issued_by_the_minister(run, tmp_path: Path):
    page = tmp_path / "vraag.txt"
    page.write_text(
        "Schriftelijke vraag nr. 7-42\n\nvan Piet Voorbeeld (Partij) d.d. 3 maart 2025\n\n"
        f"aan de minister van Mobiliteit\n\nFietspaden - Kanaal\n\n{BODY}\n",
        encoding="utf-8",
    )
    plan = run("--library", str(tmp_path / "lib"), "import", str(page), "--dry-run", "--json").json()
    assert plan["issuer"] == "Piet Voorbeeld" and "aan de minister van Mobiliteit" in plan["dropped"]


def test_a_report_page_under_the_reports_name_takes_its_own_headline(run, tmp_path: Path):
    page = tmp_path / "verslag.txt"
    page.write_text(f"JAARVERSLAG 2024\n\nEen jaar van bouwen\n\n{BODY}\n", encoding="utf-8")
    plan = run("--library", str(tmp_path / "lib"), "import", str(page), "--dry-run", "--json", "--date", "2025-03-03")
    assert plan.json()["title"] == "Een jaar van bouwen", plan.err


def test_a_garbled_character_from_the_sites_encoding_imports_as_it_is(run, tmp_path: Path):
    """'BelgiŽ' is how one site prints 'België': kept as written (the page says so), never a crash."""
    page = tmp_path / "gebroken.txt"
    page.write_text(f"Nieuws uit BelgiŽ\n\n3 maart 2025\n\n{BODY} Zo meldt BelgiŽ vandaag.\n", encoding="utf-8")
    result = run("--library", str(tmp_path / "lib"), "import", str(page), "--json")
    assert result.code == 0, result.err
    assert result.json()["title"] == "Nieuws uit BelgiŽ"
