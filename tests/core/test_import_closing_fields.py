"""The values under a label that closes a page are the site's as the label is (a checks trial: tags
under 'Mots-clés' stayed the release's last paragraphs, the date under 'Laatst bijgewerkt' too).
Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.importer import plan_import
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

TEXT = "De stad legt dit voorjaar twaalf nieuwe moestuinen aan in de wijken rond het station, zo meldt de schepen."


def _texts(blocks: list[RawBlock]) -> list[str]:
    return [b.text for b in blocks]


def test_tags_under_their_label_at_the_end_of_the_page_are_the_site_s():
    for label in ("Tags", "Mots-clés", "Trefwoorden:"):
        page = [RawBlock("Moestuinen in de wijken"), RawBlock(TEXT), RawBlock(label)]
        page += [RawBlock("Groen"), RawBlock("Stedelijke landbouw"), RawBlock("Delen op Facebook")]
        kept, dropped = drop_furniture(page)
        assert _texts(kept) == ["Moestuinen in de wijken", TEXT], label
        assert dropped == [label, "Groen", "Stedelijke landbouw", "Delen op Facebook"]
    glued = [RawBlock("Moestuinen in de wijken"), RawBlock(TEXT), RawBlock("Tags\nGroen\nWijken")]
    assert _texts(drop_furniture(glued)[0]) == ["Moestuinen in de wijken", TEXT]


def test_words_under_a_tags_label_with_the_text_going_on_after_them_stay():
    page = [RawBlock("Moestuinen"), RawBlock("Tags"), RawBlock("Groen"), RawBlock(TEXT)]
    assert _texts(drop_furniture(page)[0]) == ["Moestuinen", "Groen", TEXT]
    # a line of three words or a sentence is no tag; a tag the user keeps stays
    longer = [RawBlock("Moestuinen"), RawBlock(TEXT), RawBlock("Tags"), RawBlock("Groen in de stad")]
    assert _texts(drop_furniture(longer)[0])[-1] == "Groen in de stad"
    page = [RawBlock("Moestuinen"), RawBlock(TEXT), RawBlock("Tags"), RawBlock("Groen"), RawBlock("Wijken")]
    assert _texts(drop_furniture(page, keep=["Groen"])[0]) == ["Moestuinen", TEXT, "Groen"]


def test_the_date_under_a_last_updated_label_closing_the_page_is_the_site_s(tmp_path: Path):
    for label in ("Laatst bijgewerkt", "Dernière mise à jour :"):
        page = [RawBlock("Moestuinen in de wijken"), RawBlock(TEXT), RawBlock(f"{label}\n12 mei 2025")]
        kept, dropped = drop_furniture(page)
        assert _texts(kept) == ["Moestuinen in de wijken", TEXT] and dropped == [label, "12 mei 2025"]
    # a date the text goes on after is no stamp of the page's
    page = [RawBlock("Moestuinen"), RawBlock("Laatst bijgewerkt"), RawBlock("12 mei 2025"), RawBlock(TEXT)]
    assert "12 mei 2025" in _texts(drop_furniture(page)[0])
    # dropped, it still dates a page with no other date, as it did as the page's last line
    file = tmp_path / "moestuinen.txt"
    file.write_text(f"Moestuinen in de wijken\n\n{TEXT}\n\nLaatst bijgewerkt\n12 mei 2025\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    assert plan.date == dt.date(2025, 5, 12) and [b.text for b in plan.blocks] == [TEXT]
