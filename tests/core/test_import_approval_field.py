"""A regulator's record of its study under the text, a definition list ('Datum van goedkeuring' over
the day, 'Referentie' over the study's number): trial W (thirty-third session, p11) kept the four
lines as list items and found no date. The record is the site's, its approval date the page's.
Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

TEXT = (
    "De regulator bekeek hoe de tarieven voor het net het gebruik van laadpalen thuis beïnvloeden "
    "en stelt een ander tarief voor de avond voor."
)


@pytest.mark.parametrize(
    ("lang", "date_label", "reference"),
    [("nl", "Datum van goedkeuring", "Referentie"), ("fr", "Date d'approbation", "Référence")],
)
def test_an_approval_date_in_a_definition_list_dates_the_page_and_the_record_goes(
    tmp_path: Path, lang: str, date_label: str, reference: str
):
    page = tmp_path / "studie.html"
    page.write_text(
        f'<html lang="{lang}"><body><main><h1>Studie over laadpalen thuis</h1><p>{TEXT}</p>'
        f"<dl><dt>{date_label}</dt><dd>14/03/2025</dd><dt>{reference}</dt><dd>Studie (Z)1234</dd></dl>"
        "</main></body></html>",
        encoding="utf-8",
    )
    plan = plan_import(page, Library.load(tmp_path), lang=lang)
    assert (plan.title, plan.date) == ("Studie over laadpalen thuis", dt.date(2025, 3, 14))
    assert [b.text for b in plan.blocks] == [TEXT]
    assert [date_label, "14/03/2025", reference, "Studie (Z)1234"] == plan.dropped[-4:]


def test_a_list_of_items_naming_one_label_stays(tmp_path: Path):
    page = tmp_path / "lijst.html"
    page.write_text(
        f"<html lang='nl'><body><main><h1>Studie over laadpalen thuis</h1><p>12/05/2025</p><p>{TEXT}</p>"
        "<ul><li>Referentie</li><li>een tweede punt</li></ul></main></body></html>",
        encoding="utf-8",
    )
    plan = plan_import(page, Library.load(tmp_path))
    assert [b.text for b in plan.blocks if b.kind == "list_item"] == ["Referentie", "een tweede punt"]
