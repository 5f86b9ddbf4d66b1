"""Site lines trial C found kept as the text: a CMS's unfilled message key, the print and top-of-page
links on one line, a share label left with its preposition, the page's QR code link. Our own words."""

from __future__ import annotations

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.raw import RawBlock

TEXT = "De gemeente plant dit najaar tweehonderd nieuwe bomen langs de invalswegen, zo meldt de schepen."


def test_link_and_template_lines_are_the_site_s_and_listed():
    lines = [
        "???module.article.label.tags???",
        "Imprimer cette page · Haut de page",
        "Pagina afdrukken | Terug naar boven",
        "Partager sur",
        "Deel op",
        "QR code for this page",
    ]
    for line in lines:
        kept, dropped = drop_furniture([RawBlock("Bomen langs de invalswegen"), RawBlock(TEXT), RawBlock(line)])
        assert [b.text for b in kept] == ["Bomen langs de invalswegen", TEXT] and dropped == [line], line


def test_sentences_about_such_links_stay():
    for line in ("Deel op de website van de gemeente uw mening over de plannen.", "Haut de page et bas de page."):
        kept, _ = drop_furniture([RawBlock("Bomen"), RawBlock(TEXT), RawBlock(line)])
        assert kept[-1].text == line
