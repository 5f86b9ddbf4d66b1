"""A press contact set as a box beside the text, between its paragraphs: a question or a label over
it, a name (with a scientist's title), a role on a line of its own, a button showing the e-mail
address. The site's, wherever it stands; a list of people the text names stays. Our own words, in
the shapes three unrelated sites' pages had."""

from __future__ import annotations

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.raw import RawBlock

HEAD = "Nieuwe metingen aan de oude brug"
LEAD = (
    "Het instituut heeft de oude spoorbrug over de rivier een maand lang opgemeten, van de pijlers tot de "
    "leuning. De resultaten zijn goed, zo blijkt uit het verslag dat vandaag verschijnt."
)
MORE = (
    "De ingenieurs vonden geen scheuren in de pijlers en geen roest onder het wegdek. Enkel de leuning moet "
    "volgend jaar worden hersteld, wat de gemeente op zich neemt."
)


def _texts(blocks: list[RawBlock]) -> list[str]:
    return [b.text for b in blocks]


def test_a_question_a_name_and_a_role_between_paragraphs_are_the_sites() -> None:
    blocks = [
        RawBlock(HEAD),
        RawBlock(LEAD),
        RawBlock("Des questions ou envie d'en savoir plus ?"),
        RawBlock("Marie Dubois"),
        RawBlock("Attachée de presse"),
        RawBlock(MORE),
    ]
    kept, dropped = drop_furniture(blocks)
    assert _texts(kept) == [HEAD, LEAD, MORE]
    assert "Marie Dubois" in dropped and "Attachée de presse" in dropped


def test_a_scientists_name_beside_a_button_showing_the_address_is_a_card() -> None:
    blocks = [RawBlock(HEAD), RawBlock(LEAD), RawBlock("ir. Pieter Claes\nToon e-mail"), RawBlock(MORE)]
    kept, dropped = drop_furniture(blocks)
    assert _texts(kept) == [HEAD, LEAD, MORE]
    assert "ir. Pieter Claes" in dropped


def test_a_press_contact_label_takes_the_name_under_it() -> None:
    blocks = [RawBlock(HEAD), RawBlock("Perscontact:\nSofie Janssens"), RawBlock(LEAD), RawBlock(MORE)]
    kept, dropped = drop_furniture(blocks)
    assert _texts(kept) == [HEAD, LEAD, MORE]
    assert "Sofie Janssens" in dropped


def test_people_the_text_names_on_lines_of_their_own_stay() -> None:
    """No role of the press, no label, no button: a board the release announces, a name a line."""
    board = RawBlock("Anna Peeters\nLuc Martens\nEls Wouters")
    blocks = [RawBlock(HEAD), RawBlock("De raad van bestuur telt drie nieuwe leden:"), board, RawBlock(MORE)]
    kept, _ = drop_furniture(blocks)
    assert "Anna Peeters\nLuc Martens\nEls Wouters" in _texts(kept)


def test_a_question_the_text_asks_stays_without_a_card_under_it() -> None:
    question = "Wat verandert er voor de reizigers?"
    blocks = [RawBlock(HEAD), RawBlock(LEAD), RawBlock(question), RawBlock(MORE)]
    kept, _ = drop_furniture(blocks)
    assert question in _texts(kept)


def test_the_phone_number_of_a_card_beside_the_text_goes_with_the_card() -> None:
    # trial V: a rail manager's sidebar (label, name, role, number, address) lost all but its number,
    # which stayed as the release's first paragraph
    card = "Perscontact\nAnnelies Voet\nwoordvoerster\n02 555 01 23\npers@brug.example\nwww.brug.example"
    kept, dropped = drop_furniture([RawBlock(HEAD), RawBlock(card), RawBlock(LEAD), RawBlock(MORE)])
    assert _texts(kept) == [HEAD, LEAD, MORE]
    assert "02 555 01 23" in dropped and "Annelies Voet" in dropped
    # a number alone with no card above it is no card's: this rule leaves it
    kept, _ = drop_furniture([RawBlock(HEAD), RawBlock(LEAD), RawBlock("02 555 01 23"), RawBlock(MORE)])
    assert "02 555 01 23" in _texts(kept)
