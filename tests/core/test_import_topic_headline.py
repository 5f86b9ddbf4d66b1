"""Page shapes of federal sites. The federal portal's Council of Ministers pages: a topic of a few
words is the headline, and the longer title under it, said twice in a row (a teaser, then the text's
first line), is its subtitle, kept once. Texts in our own words, in the shape of those pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

SUBTITLE = "Goedkeuring van een nieuw reglement voor de verhuur van sporthallen"
BODY = (
    "De ministerraad keurde op voorstel van de minister van Sport een ontwerp van besluit goed dat "
    "de huurprijzen van de federale sporthallen gelijk trekt en een korting geeft aan jeugdclubs."
)


def _plan(tmp_path: Path, text: str):  # noqa: ANN202
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2008, 3, 14))


@pytest.mark.parametrize(
    "topic",
    [
        "Sporthallen",
        "Sportplan 2008-2010",
        "Lening 71",
        "Beheerscontracten Sportpaleis, Topsporthal en Zwembad van de stad",
    ],
)
def test_a_topic_over_a_title_said_twice_is_the_headline(tmp_path: Path, topic: str):
    plan = _plan(tmp_path, f"14 mrt 2008 12:00\n\n{topic}\n\n{SUBTITLE}\n\n{SUBTITLE}\n\n{BODY}\n")
    assert plan.title == topic
    texts = [b.text for b in plan.blocks]
    assert texts.count(SUBTITLE) == 1 and texts.index(SUBTITLE) < texts.index(BODY)
    assert SUBTITLE in plan.dropped  # the second saying of it, listed so it can be kept


def test_an_institution_named_as_the_topic_under_the_date_line_is_the_headline(tmp_path: Path):
    """The topic is often the body the decision concerns: its name, right under the page's date
    line, is the headline; without the date line above, such a name is taken for the site's."""
    subtitle = "Goedkeuring van drie dossiers van de Nationale Sportdienst"
    page = f"14 mrt 2008 12:00\n\nNationale Sportdienst\n\n{subtitle}\n\n{subtitle}\n\n{BODY}\n"
    assert _plan(tmp_path, page).title == "Nationale Sportdienst"
    without = page.replace("14 mrt 2008 12:00\n\n", "")
    assert _plan(tmp_path, without).title == subtitle


def test_a_section_line_over_a_headline_said_again_later_stays_a_site_line(tmp_path: Path):
    """Said twice but not in a row (a page title, then the headline over the text): the section
    line above is no topic, and the headline is the line said twice."""
    headline = "Sporthallen worden goedkoper voor jeugdclubs"
    plan = _plan(tmp_path, f"Sport en vrije tijd\n\n{headline}\n\nSport\n{headline}\n\n{BODY}\n")
    assert plan.title == headline


def test_a_date_field_run_into_the_text_is_a_site_line(tmp_path: Path):
    """A site's 'date YYYY-MM' field glued to the first sentence (a Defence page's shape)."""
    text = f"Sporthallen worden goedkoper\n\n date 2008-03 {BODY}\n\nDe korting geldt vanaf april.\n"
    plan = _plan(tmp_path, text)
    assert plan.blocks[0].text == BODY and "date 2008-03" in plan.dropped
    kept = plan_import(
        tmp_path / "page.txt", Library.load(tmp_path / "lib"), keep=["date 2008-03"], date=dt.date(2008, 3, 14)
    )
    assert kept.blocks[0].text.startswith("date 2008-03 De ministerraad")
