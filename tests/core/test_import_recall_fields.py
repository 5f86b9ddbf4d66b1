"""A recall page's product details set as `Label: value` lines under their lead-in ('Productgegevens:'),
without bullets: one list of fields, the last one too, whatever figures its value holds (trial B, F6: the
best-before date, two numbers in '11/2028', became a heading under four list items). Texts in our own
words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library


def _blocks(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    tmp_path.mkdir(exist_ok=True)
    file = tmp_path / "page.txt"
    file.write_text(text, encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    return [(b.kind, b.text) for b in plan.blocks]


_NL = """Terugroeping van appelmoes van het merk Boomgaard

3 maart 2027

De firma Boomgaard haalt in overleg met het FAVV een appelmoes uit de rekken wegens glasscherven.

Productgegevens:
Naam: Appelmoes met stukjes
Merk: Boomgaard
Inhoud: 720 g
Lot: BG 1107 C
Te gebruiken tot: 08/2028

Het product werd verkocht in supermarkten in Vlaanderen en Brussel.
"""

_FR = """Rappel de compote de pommes de la marque Verger

3 mars 2027

La société Verger retire de la vente, en accord avec l'AFSCA, une compote de pommes contenant des éclats de verre.

Informations sur le produit :
Nom : Compote de pommes en morceaux
Marque : Verger
Contenu : 720 g
Lot : VG 1107 C
À consommer de préférence avant : 08/2028

Le produit a été vendu dans des supermarchés en Wallonie et à Bruxelles.
"""


def test_label_value_lines_under_a_lead_in_are_one_list_the_last_no_heading(tmp_path: Path):
    for text, last in ((_NL, "Te gebruiken tot: 08/2028"), (_FR, "À consommer de préférence avant : 08/2028")):
        blocks = _blocks(tmp_path / text[:3], text)
        assert ("list_item", last) in blocks, blocks
        items = [t for k, t in blocks if k == "list_item"]
        assert len(items) == 5 and not any(k == "heading" for k, _ in blocks), blocks


def test_a_short_line_over_a_paragraph_after_plain_items_is_still_a_subheading(tmp_path: Path):
    # items that are no fields ('Kortrijk', …) and a line of another shape after them: the subheading stays
    text = """Nieuwe fietsroutes in de provincie

3 maart 2027

De provincie opent dit voorjaar drie nieuwe fietsroutes langs rustige wegen en jaagpaden.

De routes vertrekken in:

Kortrijk

Ieper

Roeselare

Praktische info 2026-2027

Wie een route wil fietsen, vindt de kaarten vanaf april in elk toeristisch kantoor van de provincie.
"""
    blocks = _blocks(tmp_path, text)
    assert ("heading", "Praktische info 2026-2027") in blocks, blocks
