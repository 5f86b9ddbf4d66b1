"""A list copied without its bullets, its items short lines right under a lead-in ending on ':' in the
text, keeps every item: a parliament's page of trial C (thirty-second session) lost two of its three
practical items, one-word lower-case lines, as an image's alt text. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.importer import plan_import
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

TEXT = "Het stadspark krijgt deze zomer elke vrijdagavond een openluchtcinema bij de grote vijver."
PAGE = f"""Stad Voorbeeld
Nieuws
Wonen
Cultuur
Openluchtcinema in het stadspark
12/05/2025
{TEXT}
De eerste film begint op 4 juli om half tien, zodra het donker wordt boven het water.
Goed om te weten:
gratis
stoelen zelf meebrengen
rolstoelvriendelijk
Deel
Nieuwsbrief
"""


def _texts(blocks: list[RawBlock]) -> list[str]:
    return [b.text for b in blocks]


def test_short_lines_under_a_lead_in_the_text_are_its_list_items_never_site_lines(tmp_path: Path):
    file = tmp_path / "cinema.txt"
    file.write_text(PAGE, encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    items = [b.text for b in plan.blocks if b.kind == "list_item"]
    assert items == ["gratis", "stoelen zelf meebrengen", "rolstoelvriendelijk"]
    assert "Goed om te weten:" in [b.text for b in plan.blocks]
    # the site's lines under the items still go
    assert {"Deel", "Nieuwsbrief"} <= set(plan.dropped)


def test_capitalised_items_end_where_the_site_s_lines_begin():
    page = [RawBlock(TEXT), RawBlock("Meebrengen:"), RawBlock("Dekentje"), RawBlock("Regenjas")]
    page += [RawBlock("Nieuwsbrief"), RawBlock("Volg ons")]
    kept, dropped = drop_furniture(page)
    assert _texts(kept) == [TEXT, "Meebrengen:", "Dekentje", "Regenjas"] and dropped == ["Nieuwsbrief", "Volg ons"]


def test_only_a_lead_in_inside_the_text_makes_a_list():
    # no text above it: a page's head ('Menu:' over its links) is no list of the release's
    head = [RawBlock("Ontdek ook:"), RawBlock("kalender"), RawBlock("parking"), RawBlock(TEXT)]
    assert _texts(drop_furniture(head)[0]) == ["Ontdek ook:", TEXT]
    # a site's lead (a share line) leads nothing of the release's
    share = [RawBlock(TEXT), RawBlock("Deel dit bericht:"), RawBlock("mail"), RawBlock("link")]
    assert _texts(drop_furniture(share)[0]) == [TEXT]
    # one short line under a colon is a value, no list
    one = [RawBlock(TEXT), RawBlock("Tot slot:"), RawBlock("archief")]
    assert _texts(drop_furniture(one)[0]) == [TEXT, "Tot slot:"]


def test_addresses_under_a_lead_in_the_text_are_its_items_never_site_lines():
    # trial W (thirty-third session), p02: a regulator's warning listed the two e-mail addresses a
    # fraud used under a lead ending on ':', and both went as site lines
    warning = "Een bedrijf dat zich voordoet als de toezichthouder vraagt geld aan mensen die al werden opgelicht."
    page = [RawBlock(warning), RawBlock("De oplichters gebruikten deze adressen:")]
    page += [RawBlock("terugbetaling@nep-toezicht.example"), RawBlock("www.nep-toezicht.example")]
    page += [RawBlock("0470 12 34 56"), RawBlock("Nieuwsbrief")]
    kept, dropped = drop_furniture(page)
    assert _texts(kept)[2:] == ["terugbetaling@nep-toezicht.example", "www.nep-toezicht.example", "0470 12 34 56"]
    assert dropped == ["Nieuwsbrief"]  # a site's own word still ends the items


def test_a_press_contact_s_addresses_stay_the_site_s():
    page = [RawBlock(TEXT), RawBlock("Perscontact:"), RawBlock("pers@stad-voorbeeld.example")]
    page += [RawBlock("www.stad-voorbeeld.example")]
    assert _texts(drop_furniture(page)[0]) == [TEXT]
