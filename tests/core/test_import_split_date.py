"""A page's date set over two lines, its day and month over its year ('15 mei' / '2025', as the Data
Protection Authority's pages write it): trial W (thirty-third session, p05) took '15 mei' for the
headline, found no date and kept '2025' as a paragraph. The two lines are one date line. Texts in our
own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.raw import RawBlock
from reader.core.importer.split_dates import join_split_dates
from reader.core.library import Library

HEADLINE = "De toezichthouder beboet een reisbureau voor een onduidelijk toestemmingsvenster"
TEXT = (
    "De controledienst stelde vast dat het reisbureau gegevens van klanten doorgaf aan adverteerders "
    "zonder dat die daarvoor hun toestemming hadden gegeven."
)


@pytest.mark.parametrize(("day", "year"), [("15 mei", "2025"), ("donderdag 15 mei", "2025")])
def test_a_day_and_month_over_the_year_is_the_page_s_date_line(tmp_path: Path, day: str, year: str):
    page = tmp_path / "boete.txt"
    page.write_text(
        f"Toezichthouder\nBurger\nPersberichten\n{day}\n{year}\n{HEADLINE}\n{TEXT}\nDeel\n", encoding="utf-8"
    )
    plan = plan_import(page, Library.load(tmp_path))
    assert (plan.title, plan.date) == (HEADLINE, dt.date(2025, 5, 15))
    assert [b.text for b in plan.blocks] == [TEXT]


def test_the_halves_join_in_one_block_or_across_two_in_every_language():
    assert [b.text for b in join_split_dates([RawBlock("Nieuws\n15 mei\n2025\nTitel")])] == [
        "Nieuws\n15 mei 2025\nTitel"
    ]
    joined = join_split_dates([RawBlock("jeudi 1er mai"), RawBlock("2025\nUn titre")])
    assert [b.text for b in joined] == ["jeudi 1er mai 2025", "Un titre"]


@pytest.mark.parametrize(
    "blocks",
    [
        [RawBlock("15 mei"), RawBlock("2025 was een goed jaar")],  # the year opens a sentence
        [RawBlock("Tussen 15 mei"), RawBlock("2025")],  # more than a day and a month
        [RawBlock("15 meiboom"), RawBlock("2025")],  # no month
        [RawBlock("15 mei"), RawBlock("2025", kind="heading")],  # a heading is no year of a date line
    ],
)
def test_anything_else_stays_as_the_page_sets_it(blocks: list[RawBlock]):
    texts = [b.text for b in blocks]
    assert [b.text for b in join_split_dates(blocks)] == texts
