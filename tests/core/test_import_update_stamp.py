"""A page's 'last updated' day is the day its site last touched it, not the day it was published
(trial C: a food agency's recall dated by its update stamp over the date its title carried in
brackets; a health insurer's page dated by it without a word). A publication date elsewhere wins;
the stamp alone still dates the page, and the import says it is a guess. Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.detect import Detected
from reader.core.importer.importer import plan_import
from reader.core.importer.page_dates import published_field
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

BODY = (
    "De dienst haalt een partij appelsap uit de winkels omdat er te veel patuline in werd gemeten. "
    "Wie het sap kocht, kan het terugbrengen."
)
MORE = "Het gaat om flessen van een liter met de vervaldatum 14/09/2025, verkocht in het hele land."
TITLE = "Appelsap van een streekmerk uit de handel genomen (08/05/2025)"


def test_a_title_dated_in_brackets_at_the_top_of_the_text_outranks_the_update_stamp():
    found = Detected("nl", [])
    body = [RawBlock(TITLE), RawBlock(BODY), RawBlock(MORE)]
    published_field(["Afdrukversie | Laatst bijgewerkt op 12.05.2025"], found, "nl", body=body)
    assert found.date == dt.date(2025, 5, 8) and found.date_source == "date line"
    # a sentence closing on a date in brackets is no title: the stamp it is, said as one
    alone = Detected("nl", [])
    sentence = [RawBlock("De dienst meldt dat de partij werd teruggeroepen op de dag van de controle (08/05/2025).")]
    published_field(["Laatst bijgewerkt op 12.05.2025"], alone, "nl", body=sentence)
    assert alone.date == dt.date(2025, 5, 12) and alone.date_source == "update stamp"


def test_a_recall_whose_headline_was_missed_is_dated_by_its_title_not_its_update_stamp(tmp_path: Path):
    page = tmp_path / "terugroeping.txt"
    lines = ["Zoeken", "Meldpunt", "0800 11 222", TITLE, BODY, MORE, "Afdrukversie | Laatst bijgewerkt op 12.05.2025"]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.date == dt.date(2025, 5, 8)
    assert not any("update stamp" in w for w in plan.warnings)


def test_a_page_dated_only_by_its_update_stamp_says_so(tmp_path: Path):
    for stamp, lang in (
        ("Laatst bijgewerkt op 12.05.2025", "nl"),
        ("Pagina laatst gewijzigd op 12 mei 2025.", "nl"),
        ("Dernière mise à jour le 12/05/2025", "fr"),
    ):
        text = BODY if lang == "nl" else "Le service retire des rayons un lot de jus de pommes trop riche en patuline."
        page = tmp_path / f"{lang}-{len(stamp)}.txt"
        page.write_text(f"Appelsap uit de handel\n\n{text}\n\n{stamp}\n", encoding="utf-8")
        plan = plan_import(page, Library.load(tmp_path))
        assert plan.date == dt.date(2025, 5, 12), stamp
        said = [w for w in plan.warnings if "update stamp" in w]
        assert len(said) == 1 and "--date YYYY-MM-DD" in said[0] and stamp.split()[-1].rstrip(".") in said[0], said
        # given a date, nothing is guessed, nothing said
        given = plan_import(page, Library.load(tmp_path), date=dt.date(2025, 5, 9))
        assert given.date == dt.date(2025, 5, 9) and not any("update stamp" in w for w in given.warnings)


def test_a_publication_date_on_the_page_wins_over_its_update_stamp_and_nothing_is_said(tmp_path: Path):
    page = tmp_path / "gedateerd.txt"
    page.write_text(
        f"Appelsap uit de handel\n\nGepubliceerd op 6 mei 2025\n\n{BODY}\n\n{MORE}\n\n"
        "Laatst bijgewerkt op 12.05.2025\n",
        encoding="utf-8",
    )
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.date == dt.date(2025, 5, 6) and not any("update stamp" in w for w in plan.warnings)


def test_an_html_page_s_metadata_date_that_is_its_update_stamp_is_said_as_one(tmp_path: Path):
    """The HTML extractor reads the stamp's day off the text: the 'page metadata' date it gives is
    the update stamp's, a guess like it."""
    page = tmp_path / "pagina.html"
    page.write_text(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Appelsap uit de handel</title></head>'
        "<body><main><h1>Appelsap uit de handel</h1>"
        f"<p>{BODY}</p><p>{MORE}</p><p>Meer uitleg volgt in een tweede bericht van de dienst.</p>"
        '<p class="updated">Laatst bijgewerkt op 12/05/2025</p></main></body></html>',
        encoding="utf-8",
    )
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.date == dt.date(2025, 5, 12)
    assert [w for w in plan.warnings if "update stamp" in w and "Laatst bijgewerkt op 12/05/2025" in w]
