"""A caption set under its photo's credit ('Foto <name>' with no colon, then 'Een sirene op een dak'),
with only the site's lines after it: trial W (thirty-third session, p03) kept the caption as the
release's last paragraph. Texts in our own words."""

from __future__ import annotations

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.raw import RawBlock

TEXT = "De nieuwe sirenes in de haven werden dinsdag voor het eerst getest en bleken allemaal te werken."
MORE = "Volgend jaar komen er nog twaalf sirenes bij in de dorpen rond de centrale en langs de snelweg."


def _texts(blocks: list[RawBlock]) -> list[str]:
    return [b.text for b in blocks]


def test_a_caption_under_its_credit_over_the_site_s_lines_goes():
    for credit in ("Foto Jan Voorbeeld", "Foto: Jan Voorbeeld"):
        page = [
            RawBlock(TEXT),
            RawBlock(credit),
            RawBlock("Een sirene op het dak van de loods"),
            RawBlock("Deel dit artikel"),
        ]
        kept, dropped = drop_furniture(page)
        assert _texts(kept) == [TEXT] and "Een sirene op het dak van de loods" in dropped


def test_a_caption_under_its_credit_closing_the_page_goes():
    kept, _ = drop_furniture([RawBlock(TEXT), RawBlock("Foto Jan Voorbeeld"), RawBlock("Een sirene op het dak")])
    assert _texts(kept) == [TEXT]


def test_a_subheading_under_a_credit_with_the_text_after_it_stays():
    page = [RawBlock(TEXT), RawBlock("Foto Jan Voorbeeld"), RawBlock("Twaalf sirenes erbij"), RawBlock(MORE)]
    assert _texts(drop_furniture(page)[0]) == [TEXT, "Twaalf sirenes erbij", MORE]


def test_a_sentence_under_a_credit_stays():
    last = "De test wordt elk kwartaal herhaald."
    page = [RawBlock(TEXT), RawBlock("Foto Jan Voorbeeld"), RawBlock(last), RawBlock("Deel dit artikel")]
    assert _texts(drop_furniture(page)[0]) == [TEXT, last]
