"""Teasers of other releases under the text (a date line, a short title, a link to read on) are the
news list's, never the release's: trial W (thirty-third session) kept them as paragraphs on a federal
ombudsman's page (p06) and a city's (p08). Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.importer import plan_import
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

TEXT = [
    "De dienst ontving vorig jaar 480 klachten over de terugbetaling van de energiepremie voor huurders.",
    "Hij vraagt de administratie om binnen een maand te antwoorden op elke aanvraag die volledig is.",
]


@pytest.mark.parametrize(
    ("day", "link"),
    [("02/04/2025", "lees meer"), ("March 2nd, 2025", "Lees verder"), ("2 avril 2025", "Lire la suite")],
)
def test_a_date_a_title_and_a_link_under_the_text_are_a_teaser(tmp_path: Path, day: str, link: str):
    page = tmp_path / "premie.txt"
    body = "\n".join(["Home", "09/04/2025", "De dienst vraagt snellere antwoorden", *TEXT])
    page.write_text(f"{body}\n{day}\nHet jaarverslag 2024 in tien cijfers\n{link}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert (plan.title, plan.date) == ("De dienst vraagt snellere antwoorden", dt.date(2025, 4, 9))
    assert [b.text for b in plan.blocks] == TEXT
    assert {day, "Het jaarverslag 2024 in tien cijfers", link} <= set(plan.dropped)


def test_a_dated_paragraph_of_the_text_with_no_link_stays():
    blocks = [
        RawBlock(TEXT[0]),
        RawBlock("02/04/2025"),
        RawBlock("Het jaarverslag 2024 in tien cijfers"),
        RawBlock(TEXT[1]),
    ]
    kept, _ = drop_furniture(blocks)
    assert [b.text for b in kept] == [b.text for b in blocks]


def test_a_sentence_over_the_link_is_the_text_s():
    sentence = "Het volledige verslag staat online. Het telt 120 bladzijden."
    kept, _ = drop_furniture([RawBlock(TEXT[0]), RawBlock("02/04/2025"), RawBlock(sentence), RawBlock("lees meer")])
    assert [b.text for b in kept][:3] == [TEXT[0], "02/04/2025", sentence]
