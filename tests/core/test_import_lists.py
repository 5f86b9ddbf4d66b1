"""Lists in plain text and Markdown: a lead line and the items under it ('- ', '* ', '• ', indented as
copied from a web page) become one list, an item a line, never escaped paragraphs run together; the
enumeration check can then count the items of both versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import apply_import, plan_import
from reader.core.library import Library
from reader.core.review.checks import check_release

# Written for these tests.
NL_HARD = """Stad Voorbeeld
Persbericht

Voorbeeld, 6 mei 2024

De stad kiest drie nieuwe parken

Het stadsbestuur heeft vandaag beslist waar de drie nieuwe parken van de stad komen. De
bewoners konden sinds januari hun voorkeur geven in een online bevraging.

De nieuwe parken komen op deze plaatsen:
  - de oude kazerne aan de Noordlaan;
  • het braakliggende terrein naast het station;
  * de voormalige sporthal in de wijk Zuid.

Schepen Lena Maes is tevreden – de bevraging kreeg meer dan 4.000 antwoorden.
"""

FR_TWO = """Ville de Voorbeeld
Communiqué de presse

Voorbeeld, le 6 mai 2024

La ville choisit trois nouveaux parcs

Le collège a décidé aujourd'hui où seront aménagés les trois nouveaux parcs de la ville. Les
habitants pouvaient donner leur avis depuis janvier dans une consultation en ligne.

Les nouveaux parcs seront aménagés aux endroits suivants :
- l'ancienne caserne de la Noordlaan ;
- le terrain vague à côté de la gare.

L'échevine Lena Maes est satisfaite – la consultation a reçu plus de 4 000 réponses.
"""

# One line per paragraph, as pasted from a web page, the bullets indented.
NL_PER_LINE = """Stad Voorbeeld
Persbericht - 6 mei 2024
De stad kiest drie nieuwe parken
Het stadsbestuur heeft vandaag beslist waar de drie nieuwe parken van de stad komen, na een bevraging van de bewoners.
De nieuwe parken komen op deze plaatsen:
    • de oude kazerne aan de Noordlaan;
    • het braakliggende terrein naast het station;
    • de voormalige sporthal in de wijk Zuid.
Schepen Lena Maes is tevreden met de vele antwoorden die de stad kreeg.
"""

NL_MD = """# De stad kiest drie nieuwe parken

Voorbeeld, 6 mei 2024 – Het stadsbestuur heeft vandaag beslist waar de drie nieuwe parken komen.

De nieuwe parken komen op deze plaatsen:
- de oude kazerne aan de Noordlaan;
- het braakliggende terrein naast het station;
- de voormalige sporthal in de wijk Zuid.
"""

ITEMS = [
    "de oude kazerne aan de Noordlaan;",
    "het braakliggende terrein naast het station;",
    "de voormalige sporthal in de wijk Zuid.",
]


@pytest.fixture
def library(tmp_path: Path) -> Library:
    (tmp_path / "lib").mkdir()
    return Library.load(tmp_path / "lib")


@pytest.mark.parametrize(("name", "text"), [("hard.txt", NL_HARD), ("lines.txt", NL_PER_LINE), ("parken.md", NL_MD)])
def test_a_lead_and_its_items_become_one_list(tmp_path: Path, library: Library, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    plan = plan_import(path, library)
    kinds = [(b.kind, b.text) for b in plan.blocks]
    lead = kinds.index(("paragraph", "De nieuwe parken komen op deze plaatsen:"))
    assert kinds[lead + 1 : lead + 4] == [("list_item", item) for item in ITEMS]
    apply_import(plan, library)
    body = (library.root / plan.release_id / "nl.md").read_text(encoding="utf-8")
    assert "\\-" not in body and "\n".join(f"- {item}" for item in ITEMS) in body


def test_a_dash_inside_running_text_stays_in_its_paragraph(tmp_path: Path, library: Library):
    path = tmp_path / "dash.txt"
    wrapped = "Schepen Lena Maes is tevreden over de uitslag van de bevraging bij alle bewoners van de\n– stad"
    path.write_text(NL_HARD.replace("Schepen Lena Maes is tevreden –", wrapped), encoding="utf-8")
    plan = plan_import(path, library)
    assert [b.kind for b in plan.blocks].count("list_item") == 3
    assert plan.blocks[-1].text.startswith("Schepen Lena Maes") and "van de – stad de bevraging" in plan.blocks[-1].text


def test_the_enumeration_check_counts_the_imported_items(tmp_path: Path, library: Library):
    nl, fr = tmp_path / "nl.txt", tmp_path / "fr.txt"
    nl.write_text(NL_HARD, encoding="utf-8")
    fr.write_text(FR_TWO, encoding="utf-8")
    plan = plan_import(nl, library)
    apply_import(plan, library)
    apply_import(plan_import(fr, library, release_id=plan.release_id), library)
    release = Library.load(library.root).get(plan.release_id)
    report = check_release(release, "nl", "fr")
    flagged = [f.message for p in report.pairs for f in p.flags if f.code == "enumeration"]
    assert flagged and "3" in flagged[0] and "2" in flagged[0]


# Sub-items under their item, marked by the second-level glyphs of word processors and sites.
NL_NESTED = """De stad kiest drie nieuwe parken

Voorbeeld, 6 mei 2024

De nieuwe parken komen op deze plaatsen:

• de oude kazerne aan de Noordlaan;
  {sub} met een speeltuin;
  {sub} met een vijver;
• het braakliggende terrein naast het station.

Schepen Lena Maes is tevreden met de vele antwoorden die de stad kreeg.
"""


@pytest.mark.parametrize("sub", ["◦", "▪", "–", "‣"])
def test_sub_items_are_items_whatever_their_glyph(tmp_path: Path, library: Library, sub: str):
    """'◦' under '•' used to run into its item's line, where '–' made an item: one page's two versions,
    marked with different glyphs, then counted different numbers of items."""
    path = tmp_path / "nested.txt"
    path.write_text(NL_NESTED.format(sub=sub), encoding="utf-8")
    items = [b.text for b in plan_import(path, library).blocks if b.kind == "list_item"]
    assert items == [
        "de oude kazerne aan de Noordlaan;",
        "met een speeltuin;",
        "met een vijver;",
        "het braakliggende terrein naast het station.",
    ]


BARE_NL = """Stad Voorbeeld
Persbericht
Voorbeeld, 6 mei 2024
De stad legt vier nieuwe fietsroutes aan
Het stadsbestuur heeft vandaag beslist waar de nieuwe fietsroutes van de stad komen. De werken beginnen in het najaar.
Het plan bevat vier routes:
Een route langs het kanaal naar het station
Een route door het park in de wijk Zuid
Verlichte fietspaden naar de drie scholen
Een proefproject met deelfietsen aan het ziekenhuis
De kostprijs wordt later bekendgemaakt.
"""


def test_a_list_copied_without_its_bullets_is_read_as_a_list(tmp_path: Path):
    """A browser copies a list's items a line each with no bullet (two new users' pages): under their
    lead-in, short and ending no sentence, they are the list's items, which the enumeration check counts."""
    page = tmp_path / "nl.txt"
    page.write_text(BARE_NL, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    kinds = [(b.kind, b.text.split()[0]) for b in plan.blocks if b.kind != "letterhead"]
    assert kinds[1:7] == [
        ("paragraph", "Het"),
        ("list_item", "Een"),
        ("list_item", "Een"),
        ("list_item", "Verlichte"),
        ("list_item", "Een"),
        ("paragraph", "De"),
    ]


def test_short_sentences_under_a_colon_stay_paragraphs(tmp_path: Path):
    page = tmp_path / "nl.txt"
    text = BARE_NL.replace("aan het ziekenhuis", "aan het ziekenhuis.").replace("naar het station", "naar het station.")
    page.write_text(text.replace("door het park in de wijk Zuid", "door het park. Die komt later"), encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert not [b for b in plan.blocks if b.kind == "list_item"]
