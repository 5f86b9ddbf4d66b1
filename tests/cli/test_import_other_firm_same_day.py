"""Two warnings of one regulator on one day, about two firms, share its standing sentences: the
second is a release of its own, never 'a corrected page of' the first with a --force that would put
it over the first (trial F, F10: two FSMA warnings of one day). A corrected page keeps its names and
is still said. Own words, invented firms and domains."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import second_process

STANDING = (
    "Het Toezichtsbureau raadt iedereen aan om op geen enkel voorstel van deze onderneming in te gaan en haar "
    "geen geld over te maken. Ga voor elke belegging na of de onderneming een vergunning heeft. Wie twijfelt of "
    "denkt slachtoffer te zijn, neemt contact op met het Toezichtsbureau en dient klacht in bij de politie."
)


def _warning(firm: str, sites: list[str]) -> str:
    listed = "\n".join(f"- {site}" for site in sites)
    return (
        f"Toezichtsbureau\n\nHet Toezichtsbureau waarschuwt voor {firm}\n\nBrussel, 9 april 2026\n\n"
        f"Het Toezichtsbureau waarschuwt het publiek voor {firm}, dat zonder vergunning beleggingen aanbiedt.\n\n"
        f"De onderneming is actief via de volgende websites:\n\n{listed}\n\n{STANDING}\n"
    )


FIRST = _warning("Dravenholt Capital", ["www.dravenholt-capital.example", "www.dhc-beleggen.example"])
OTHER = _warning("Kestrimo Partners", ["https://www.kestrimo.example", "https://klant.kestrimo-fx.example"])
# its headline reworded and one website corrected
CORRECTED = FIRST.replace("www.dhc-beleggen.example", "www.dhc-belegging.example").replace(
    "waarschuwt voor Dravenholt Capital\n", "waarschuwt opnieuw voor Dravenholt Capital\n"
)


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Tester")
    for name, text in (("first", FIRST), ("other", OTHER), ("corrected", CORRECTED)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_warning_about_another_firm_that_day_is_no_corrected_page(run, pages: Path):  # noqa: ANN001
    assert run("import", str(pages / "first.txt")).code == 0
    made = run("import", str(pages / "other.txt"), "--json")
    assert made.code == 0, made.err
    assert made.json()["new_release"] and "corrected page" not in made.err and "--force" not in made.err


def test_a_corrected_page_of_the_warning_is_still_said(run, pages: Path):  # noqa: ANN001
    first = run("import", str(pages / "first.txt"), "--json").json()["id"]
    made = run("import", str(pages / "corrected.txt"), "--json")
    assert f"a corrected page of '{first}'" in made.err and "--force" in made.err


def test_twin_another_process_imports_the_other_firm_s_warning(run, pages: Path):  # noqa: ANN001
    assert run("import", str(pages / "first.txt")).code == 0
    said = second_process("import", str(pages / "other.txt"))
    assert "corrected page" not in said and len(run("list", "--json").json()) == 2
