"""A date run into the lead: a dateline (a place or a weekday before it) dates the page; a bare
date opening the lead is offered, never taken, since it is as often an event's or a count's day."""

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import MissingFields, plan_import
from reader.core.importer.page_dates import opening_date
from reader.core.library import Library


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Namen, 3 maart 2021, De minister opende vandaag de nieuwe brug over de Maas.", "nl", dt.date(2021, 3, 3)),
        ("Op dinsdag 9 mei 2023 stelde het agentschap zijn jaarcijfers voor.", "nl", dt.date(2023, 5, 9)),
        ("Mons, le 12 juin 2019 – La ministre a signé la convention avec les communes.", "fr", dt.date(2019, 6, 12)),
        ("Le jeudi 7 octobre 2021, le service a publié son rapport annuel.", "fr", dt.date(2021, 10, 7)),
    ],
)
def test_a_dateline_run_into_the_lead_dates_the_page(text: str, lang: str, date: dt.date):
    assert opening_date(text, lang) == date


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le 2 mars 2015, le tribunal a rendu son millième jugement.", "fr"),  # told days later
        ("Op 1 januari 2022 telde de stad 120.000 inwoners.", "nl"),  # a count's day
        ("Gisteren, op 4 april 2020, ontving het parket een klacht.", "nl"),  # written the day after
        ("Namen, van 3 tot 5 maart 2021 loopt de beurs in de hallen.", "nl"),  # an event's days
        ("De minister opende op 3 maart 2021 de nieuwe brug.", "nl"),  # a date further on
    ],
)
def test_a_bare_date_or_an_event_in_the_lead_does_not(text: str, lang: str):
    assert opening_date(text, lang) is None


def test_a_page_dated_by_its_lead_imports_and_one_with_a_bare_date_offers_it(tmp_path: Path):
    (tmp_path / "lib").mkdir()
    lib = Library.load(tmp_path / "lib")
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "De nieuwe brug is open\n\nNamen, 3 maart 2021, De minister opende vandaag de brug over de Maas.\n",
        encoding="utf-8",
    )
    assert plan_import(dated, lib).date == dt.date(2021, 3, 3)
    bare = tmp_path / "bare.txt"
    bare.write_text(
        "Het tribunaal telt duizend vonnissen\n\nOp 2 maart 2015 sprak het tribunaal zijn duizendste vonnis uit.\n",
        encoding="utf-8",
    )
    with pytest.raises(MissingFields) as refused:
        plan_import(bare, lib)
    assert refused.value.missing == ("date",) and "2015-03-02" in str(refused.value)
    assert refused.value.plan.named_date == dt.date(2015, 3, 2)


@pytest.mark.parametrize(
    ("page", "date"),
    [
        (
            "Nieuwe regels voor het personeel\n\nDe regels voor het gewestelijk personeel veranderen. Ze gelden"
            " vanaf 1 juni 2026 en maken het verlof eenvoudiger.\n\nNieuws\n\n14 april 2026\n\n"
            "Meer verlof voor jonge ouders\n\nWie een kind krijgt, heeft voortaan recht op twee extra weken.\n",
            dt.date(2026, 4, 14),
        ),
        (
            "Un nouveau statut pour le personnel\n\nLe statut du personnel régional change. Il entre en vigueur"
            " le 1er juin 2026 et simplifie les congés.\n\n14 avril 2026\n\n"
            "Plus de congé pour les jeunes parents\n\nQui a un enfant a désormais droit à deux semaines de plus.\n",
            dt.date(2026, 4, 14),
        ),
    ],
)
def test_a_date_alone_under_the_teaser_dates_the_page_not_the_teasers_event(tmp_path: Path, page: str, date):
    """The teaser's '1 juni' is when the rules apply; the line that holds only a date is the page's."""
    (tmp_path / "lib").mkdir()
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    plan = plan_import(source, Library.load(tmp_path / "lib"))
    assert plan.date == date
    assert not any("2026" in block.text and len(block.text.split()) <= 3 for block in plan.blocks)


def test_a_deadline_in_the_lead_is_never_offered_as_the_date(tmp_path: Path):
    """Trial G: the import dialog offered a court's deadline ('uiterlijk tot 31 december 2027') as the
    release's date; a date a time limit announces is after the day of writing."""
    (tmp_path / "lib").mkdir()
    lib = Library.load(tmp_path / "lib")
    for name, text, offered in [
        ("limit.txt", "De regeling blijft gelden tot 30 juni 2028, zegt de rechter in zijn vonnis.", None),
        ("avant.txt", "Les communes répondent au plus tard le 15 janvier 2029 à la demande du service.", None),
        ("then.txt", "Tot 1 mei 2027 loopt de proef; op 4 februari 2026 begon ze in drie steden.", dt.date(2026, 2, 4)),
    ]:
        page = tmp_path / name
        page.write_text(f"De proef met de nieuwe regeling\n\n{text}\n", encoding="utf-8")
        with pytest.raises(MissingFields) as refused:
            plan_import(page, lib)
        assert refused.value.plan.named_date == offered, name
