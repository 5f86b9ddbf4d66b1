"""A press contact block closing the page is the site's whole: its label, the names, the roles, the
phone numbers (a checks trial: 'Contact pers' stayed, glued to the phone number under it, when the
name and the role went). Texts in our own words."""

from __future__ import annotations

import pytest

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.raw import RawBlock

TITLE = "Minder wachttijd aan de loketten"
TEXT = "De wachttijd aan de loketten van de dienst daalde vorig jaar met een derde, zo blijkt uit de cijfers."


def _texts(blocks: list[RawBlock]) -> list[str]:
    return [b.text for b in blocks]


@pytest.mark.parametrize("label", ["Contact pers", "Perscontacten", "Persverantwoordelijken", "Contacts médias"])
def test_a_contact_block_under_its_label_goes_whole(label: str):
    card = f"{label}\nLien Maes\nWoordvoerder\n0486 55 44 33\npers@dienst.example.be"
    kept, dropped = drop_furniture([RawBlock(TITLE), RawBlock(TEXT), RawBlock(card)])
    assert _texts(kept) == [TITLE, TEXT]
    assert sorted(dropped) == sorted(card.split("\n"))  # the e-mail address alone is a site line first
    # a line a block apart each, as a page copied without blank lines sets them
    kept, dropped = drop_furniture([RawBlock(TITLE), RawBlock(TEXT), *(RawBlock(x) for x in card.split("\n"))])
    assert _texts(kept) == [TITLE, TEXT] and sorted(dropped) == sorted(card.split("\n"))


def test_the_contact_label_the_user_keeps_stays_alone():
    card = "Contact pers\nLien Maes\n0486 55 44 33"
    kept, _ = drop_furniture([RawBlock(TITLE), RawBlock(TEXT), RawBlock(card)], keep=["Contact pers"])
    assert _texts(kept) == [TITLE, TEXT, "Contact pers"]
