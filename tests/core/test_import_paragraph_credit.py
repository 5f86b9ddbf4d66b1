"""A photo's credit run onto the end of a paragraph of the text ('… bij de nieuwe verbinding. Foto:
<name>') takes the credit only: trial W (thirty-third session, extra p09c) lost a minister's statement
whole as a caption. A caption closing on its credit is a short line and still goes. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.importer import plan_import
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

FIRST = "Vanaf de zomer vaart er elk halfuur een veerpont tussen de twee oevers van het kanaal bij de sluis."
STATEMENT = (
    "De schepen van Mobiliteit zei dat vooral fietsers en scholieren die elke dag de brug nemen tijd zullen "
    "winnen met de nieuwe overzet."
)
LAST = "De uurregeling ligt vanaf juni in het onthaal van het gemeentehuis en in de bibliotheek."


def test_a_credit_closing_a_paragraph_goes_and_the_paragraph_stays(tmp_path: Path):
    page = (
        f"Nieuws\nNieuwe veerpont over het kanaal\n12/05/2025\n{FIRST}\n{STATEMENT} Foto: Atelier Zuid\n{LAST}\nDelen\n"
    )
    file = tmp_path / "veerpont.txt"
    file.write_text(page, encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == [FIRST, STATEMENT, LAST]
    assert "Foto: Atelier Zuid" in plan.dropped


def test_a_credit_in_brackets_or_after_a_copyright_sign_is_cut_off_too():
    for credit in ("© Atelier Zuid", "(Beeld: Atelier Zuid)"):
        kept, dropped = drop_furniture([RawBlock(FIRST), RawBlock(f"{STATEMENT} {credit}"), RawBlock(LAST)])
        assert [b.text for b in kept] == [FIRST, STATEMENT, LAST] and dropped == [credit]


def test_a_short_caption_closing_on_its_credit_still_goes_whole():
    caption = "De veerpont aan de kade bij de sluis. Foto: Atelier Zuid"
    kept, dropped = drop_furniture([RawBlock(FIRST), RawBlock(caption), RawBlock(LAST)])
    assert [b.text for b in kept] == [FIRST, LAST] and dropped == [caption]


def test_the_user_keeps_the_credit_with_its_paragraph():
    line = f"{STATEMENT} Foto: Atelier Zuid"
    kept, _ = drop_furniture([RawBlock(FIRST), RawBlock(line), RawBlock(LAST)], keep=["Foto: Atelier Zuid"])
    assert [b.text for b in kept] == [FIRST, line, LAST]


def test_a_long_caption_over_the_text_still_goes_whole():
    # a long caption stands among no text (the Council presidency's of 4af56d09): the photo's
    caption = f"{STATEMENT.rstrip('.')} aan de kade. © Atelier Zuid"
    kept, dropped = drop_furniture([RawBlock(caption), RawBlock(FIRST), RawBlock(LAST)])
    assert [b.text for b in kept] == [FIRST, LAST] and dropped == [caption]
