"""English as a third language: what it writes otherwise than Dutch and French, read as facts of the
language (a French-original service's trial had each of these flagged as a difference). Texts in our
own words."""

from __future__ import annotations

import pytest

from reader.core.align import AlignedPair
from reader.core.review.checks import Checker
from reader.core.text import numbers


def _flags(source: str, target: str, src: str = "fr", tgt: str = "en") -> list[tuple[str, str]]:
    pair = AlignedPair("paragraph", [source], [target])
    missing, extra = numbers.unmatched(numbers.extract(source, src), numbers.extract(target, tgt))
    return [(f.code, f.message) for f in Checker(src, tgt).check_pair(pair, target, missing, extra)]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Open from 8.30 am to 5 pm.", ["08:30", "17:00"]),
        ("The desk closes at 12 p.m., the doors at 12 am.", ["12:00", "00:00"]),
        ("From 9 AM until 6 PM.", ["09:00", "18:00"]),
    ],
)
def test_the_twelve_hour_clock_is_read_as_the_hour_it_names(text: str, times: list[str]):
    assert [q.value for q in numbers.extract(text, "en") if q.kind == "time"] == times


def test_a_twelve_hour_time_faces_the_same_hour_on_the_twenty_four_hour_clock():
    assert _flags("Le guichet est ouvert de 8 h 30 à 17 h.", "The desk is open from 8.30 am to 5 pm.") == []
    assert [c for c, _ in _flags("Le guichet ferme à 17 h.", "The desk closes at 6 pm.")] == ["date"]


def test_noon_and_midnight_in_words_cover_the_hour_and_are_never_reported():
    assert _flags("De inschrijvingen sluiten om 12 uur.", "Les inscriptions se clôturent à midi.", "nl", "fr") == []
    assert _flags("Les inscriptions se clôturent à minuit.", "Registration closes at midnight.") == []
    assert _flags("Le Midi de la France a chaud.", "The south of France is hot.") == []  # the south, no hour


def test_an_english_weekday_or_month_is_no_name():
    assert _flags("Les guichets sont ouverts du lundi au vendredi.", "The desks are open Monday to Friday.") == []
    assert _flags("Les travaux commencent en mars.", "Work starts in March.") == []


def test_a_word_written_like_an_acronym_of_the_glossary_is_no_name():
    assert _flags("Qui peut demander l'allocation ?", "Who can apply for the allowance?") == []


def test_a_long_name_s_rendering_in_fewer_words_is_its_equivalent():
    """'Chancellerie du Premier Ministre' has four words, the Dutch five: the English rendering was not
    among its equivalents, and the name was said missing."""
    said = _flags(
        "La Chancellerie du Premier Ministre coordonne.", "The Chancellery of the Prime Minister coordinates."
    )
    assert said == []


def test_a_number_held_in_an_english_compound_or_a_million_after_a_currency_is_read():
    assert _flags("Le mandat a une durée de six ans.", "The mandate is a six-year term.") == []
    assert _flags("Un budget de 2,4 millions d'euros.", "A budget of €2.4m.") == []
    assert [c for c, _ in _flags("Un budget de 2,4 millions d'euros.", "A budget of €4.2m.")] == ["number"]
    assert [q.value for q in numbers.extract("The wall is 3m high.", "en")] == ["3"]  # metres, not millions


def test_what_an_english_editor_writes_otherwise_is_no_difference():
    """An English editor's trial: 'once', '12 noon', a title-case 'Mid-March', the service's and the
    ministry's official English names were each flagged."""
    pairs = [
        (
            "Bestuurders kijken minstens één keer per rit naar hun gsm.",
            "Drivers check their phone at least once per trip.",
        ),
        ("Het loket is open tot 12 uur.", "The desk is open until 12 noon."),
        (
            "Vaccinatiecentra: nieuwe openingsuren vanaf half maart",
            "Vaccination Centres: New Opening Hours from Mid-March",
        ),
        (
            "De FOD Economie, K.M.O., Middenstand en Energie controleert.",
            "The FPS Economy, S.M.E.s, Self-employed and Energy checks.",
        ),
        ("De minister van Economie en Werk sprak.", "The Minister of Economy and Labour spoke."),
    ]
    for nl, en in pairs:
        assert _flags(nl, en, "nl", "en") == [], (nl, en)
    assert [q.text for q in numbers.extract("The desk closes at 6 pm.", "en")] == [
        "6 pm"
    ]  # the full stop is the sentence's


def test_an_english_page_s_title_line_is_its_issuer(tmp_path):  # noqa: ANN001
    """'State Secretary for Asylum and Migration' over an English page was dropped as a site line."""
    from reader.core.importer.importer import plan_import
    from reader.core.library import Library

    page = tmp_path / "en.txt"
    page.write_text(
        "State Secretary for Digitalisation\n\nA single login for every public service\n\nBrussels, 2 June 2025\n\n"
        "From September, citizens sign in to every federal online service with one account and one app.\n",
        encoding="utf-8",
    )
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.issuer == "State Secretary for Digitalisation" and plan.title.startswith("A single login")
