"""A press contact closing a page is the site's, as the README's Import section says of contact
lines: under a heading of 'more information for the press', or on one line ('Contactpersoon pers:
name, phone', 'Contact : office – phone', a press office with its phone). Trial C's city, court,
parliament and town pages kept them. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_BODY = [
    "Het stadsbestuur plant dit najaar veertig nieuwe bomen langs de kaaien, vooral linden en esdoorns.",
    "De aanplant kost 310.000 euro en gebeurt tussen oktober en december, buiten het broedseizoen.",
    "Bewoners kunnen tot eind augustus voorstellen doen voor de plaats van de bomen.",
]


def _plan(tmp_path: Path, lines: list[str]) -> tuple[list[str], list[str]]:
    file = tmp_path / "page.txt"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    return [b.text for b in plan.blocks], plan.dropped


def test_a_press_information_heading_and_the_press_office_under_it_are_dropped(tmp_path: Path):
    block = ["Meer info voor de pers", "Persdienst Stad Aalst", "pers@aalst.example", "053 00 00 00"]
    texts, dropped = _plan(tmp_path, ["Veertig nieuwe bomen langs de kaaien", "4 juni 2025", *_BODY, *block])
    assert texts == _BODY and all(line in dropped for line in block)


def test_a_press_contact_on_one_line_is_dropped(tmp_path: Path):
    for line in (
        "Contactpersoon pers: Lotte Peeters, 02 500 00 01",
        "Contact : Cabinet de l'échevine – 081 00 00 00",
        "Service de presse du Parlement – presse@parlement.example – 02 500 00 02",
    ):
        texts, dropped = _plan(tmp_path, ["Veertig nieuwe bomen langs de kaaien", "4 juni 2025", *_BODY, line])
        assert texts == _BODY and line in dropped, line


def test_a_sentence_opening_with_contact_stays(tmp_path: Path):
    line = "Contact: de stad neemt met elke bewoner van de kaaien contact op voor 1 september 2025."
    texts, _ = _plan(tmp_path, ["Veertig nieuwe bomen langs de kaaien", "4 juni 2025", *_BODY, line])
    assert texts[-1] == line
