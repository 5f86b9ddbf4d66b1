"""The values under a label that closes a page are the site's as the label is (a checks trial: tags
under 'Mots-clés' stayed the release's last paragraphs). Texts in our own words."""

from __future__ import annotations

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.raw import RawBlock

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
