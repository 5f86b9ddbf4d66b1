"""A date line's weekday against the calendar, after import turned the line into a date."""

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library
from reader.core.model import Block, LanguageVersion, Provenance, Release
from reader.core.review.checks import check_release

NL = (
    "Het plan voor de sluizen\n\nDinsdag 3 september 2019\n\n"
    "De minister stelde vandaag in Gent het plan voor de sluizen voor aan de schippers.\n"
)


def _release(fr_line: str, fr_date: dt.date | None) -> Release:
    body = {"nl": "De minister stelde het plan voor.", "fr": "Le ministre a présenté le plan."}
    versions = {
        lang: LanguageVersion(
            lang, Provenance("official"), "Titel", Path(f"{lang}.md"), _blocks=[Block("paragraph", t)]
        )
        for lang, t in body.items()
    }
    versions["fr"].date = fr_date
    files = {
        "nl": {"name": "nl.txt", "date_line": "Dinsdag 3 september 2019"},
        "fr": {"name": "fr.txt", "date_line": fr_line},
    }
    return Release("r", dt.date(2019, 9, 3), "", "nl", Path("."), versions, source={"files": files})


def test_import_keeps_the_date_line_as_written(tmp_path: Path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    plan = plan_import(tmp_path / "nl.txt", Library.load(tmp_path / "lib"))
    assert plan.date == dt.date(2019, 9, 3) and plan.date_line == "Dinsdag 3 september 2019"


def test_a_weekday_the_calendar_denies_is_an_error_in_either_direction():
    release = _release("Mercredi 3 septembre 2019", None)  # 3 September 2019 was a Tuesday
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        (flag,) = check_release(release, src, tgt).pairs[0].flags
        assert flag.code == "date" and flag.severity == "error" and "fr date line" in flag.message


def test_a_day_of_lag_is_a_note_from_either_side_and_more_is_an_error():
    release = _release("Mercredi 4 septembre 2019", dt.date(2019, 9, 4))
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        (flag,) = check_release(release, src, tgt).pairs[0].flags
        assert flag.severity == "info" and "publication lag" in flag.message
    late = _release("Lundi 9 septembre 2019", dt.date(2019, 9, 9))
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        (flag,) = check_release(late, src, tgt).pairs[0].flags
        assert flag.severity == "error" and "dated" in flag.message


def test_a_date_set_apart_from_the_headline_by_a_dash_or_a_bar_is_the_pages():
    from reader.core.importer.datelines import run_in_date

    assert run_in_date("Moins de travaux sur les voies en 2023 - 14/02/2024", "fr") == (
        "Moins de travaux sur les voies en 2023",
        dt.date(2024, 2, 14),
    )
    assert run_in_date("Nieuwe dienstregeling voor de trein | 3 maart 2022", "nl") == (
        "Nieuwe dienstregeling voor de trein",
        dt.date(2022, 3, 3),
    )
    assert run_in_date("Werken aan de sporen tot 3 maart 2022", "nl") is None  # governed: the title's own date


def test_a_date_line_that_says_more_than_a_date_is_listed_and_can_be_kept(tmp_path):
    """'van <member> d.d. <date>' dates a written question and names who asked it: taken as the
    date, and listed with the lines left out, so that --keep keeps it as text (a trial: it vanished)."""
    import datetime as dt

    from reader.core.importer.importer import plan_import
    from reader.core.library import Library

    asked = "van Marie Janssens (Groen) d.d. 3 maart 2021"
    page = tmp_path / "vraag.txt"
    page.write_text(
        "Schriftelijke vraag over de fietspaden in de provincie\n\n"
        f"{asked}\n\n"
        "Hoeveel kilometer fietspad werd vorig jaar aangelegd, en hoeveel daarvan ligt gescheiden van de rijweg?\n\n"
        "Welke budgetten zijn voor volgend jaar voorzien, en volgens welke criteria worden ze verdeeld?\n",
        encoding="utf-8",
    )
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    plan = plan_import(page, library)
    assert plan.date == dt.date(2021, 3, 3) and asked in plan.dropped
    kept = plan_import(page, library, keep=[asked], date=dt.date(2021, 3, 3))
    assert asked in [b.text for b in kept.blocks]


@pytest.mark.parametrize(
    ("line", "lang", "titled"),
    [
        ("Jaarcijfers verkeersboetes - Overzicht 2024 (14 januari 2025)", "nl", True),
        ("Statistiques des amendes - Bilan 2024 (14 janvier 2025)", "fr", True),
        ("14 januari 2025", "nl", False),  # a date line alone
        ("Brussel (14 januari 2025)", "nl", False),  # a place and a date: a dateline
        ("De wet van 3 mei 2024 (14 januari 2025)", "nl", False),  # a date in the words too: not a title's
    ],
)
def test_a_title_closing_on_its_date_in_brackets(line: str, lang: str, titled: bool):
    from reader.core.importer.datelines import bracket_dated_title

    assert bracket_dated_title(line, lang) is titled


def test_a_title_with_its_date_in_brackets_is_the_headline_and_dates_the_page(tmp_path: Path):
    from reader.core.importer.importer import plan_import
    from reader.core.library import Library

    (tmp_path / "lib").mkdir()
    page = tmp_path / "page.txt"
    page.write_text(
        "Jaarcijfers verkeersboetes - Overzicht 2024 (14 januari 2025)\n\nVerkeer\n\n"
        "De dienst heeft de cijfers van vorig jaar bekendgemaakt. Er werden meer boetes uitgeschreven dan in 2023.\n\n"
        "Vooral de snelheidsovertredingen namen toe, zo blijkt uit het overzicht.\n",
        encoding="utf-8",
    )
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title.startswith("Jaarcijfers verkeersboetes") and plan.date == dt.date(2025, 1, 14)


def test_a_date_whose_weekday_is_wrong_is_no_publication_lag():
    """Trial B (thirty-fifth session): a French version moved a day, its weekday kept, said both
    'that date is a Thursday' and '(a usual publication lag?)': the note invited the reviewer to
    dismiss a typo. The weekday shows it: the date difference stands as an error, with no excuse."""
    release = _release("Mardi 4 septembre 2019", dt.date(2019, 9, 4))  # 4 September 2019 was a Wednesday
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        flags = check_release(release, src, tgt).pairs[0].flags
        assert all("publication lag" not in f.message for f in flags)
        assert any("dated" in f.message and f.severity == "error" for f in flags)
