"""Figures said so that a check once misread them (a new user's trial): a range stating its unit
once, 'een derde' as a rank, halves and decimals in words, and hours as a time or a duration."""

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from reader.core.text.numbers import extract, unmatched
from tests.core.test_checks import make_release


def _messages(root: Path, nl: str, fr: str) -> list[tuple[str, str, str]]:
    rid = "2024-05-06-cijfers"
    make_release(root, rid, nl + "\n", fr + "\n")
    report = check_release(Library.load(root).get(rid), "nl", "fr")
    return [(f.code, f.severity, f.message) for pair in report.flagged for f in pair.flags]


def _same(nl: str, fr: str) -> bool:
    return unmatched(extract(nl, "nl"), extract(fr, "fr")) == ([], [])


@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De inflatie zakt van 6,2 % naar 5,8 %.", "L'inflation recule de 6,2 à 5,8 %."),
        ("Het tekort ligt tussen 2 en 3 %.", "Le déficit se situe entre 2 et 3 %."),
        ("Het tekort ligt tussen 2 % en 3 %.", "Le déficit se situe entre 2 et 3 %."),
        ("Het project kost 7 miljoen tot 9 miljoen euro.", "Le projet coûte de 7 à 9 millions d'euros."),
        ("Het project kost 7 tot 9 miljoen euro.", "Le projet coûte de 7 à 9 millions d'euros."),
        ("De rente stijgt van 2 tot 3 %.", "Le taux monte de 2 % à 3 %."),
    ],
)
def test_a_range_that_states_its_unit_once_gives_it_to_both_ends(tmp_path: Path, nl: str, fr: str) -> None:
    assert _messages(tmp_path, nl, fr) == []


def test_a_list_of_figures_that_states_its_percentage_once_gives_it_to_each() -> None:
    """'de 12, de 17 et de 45 %' against '12%, 17% en 45%' was a number error (a checks trial, in a
    Brussels pair's shape); a changed figure in it is still one, and two figures alone say nothing."""
    assert _same("daalde met respectievelijk 12%, 17% en 45%", "ont respectivement baissé de 12, de 17 et de 45 %")
    assert _same("stegen met 3% en 8%", "ont augmenté respectivement de 3 et de 8 %")
    assert not _same("daalde met 12%, 17% en 45%", "ont baissé de 12, de 71 et de 45 %")
    assert extract("er kwamen 4 en 5 % bij", "nl")[0].kind == "number"  # a count and a share, maybe


def test_a_range_keeps_a_figure_written_in_full_and_a_changed_end_is_still_flagged() -> None:
    # '250.000 tot 4 miljoen': the first end stands alone, no 250 000 million
    assert _same("van 250.000 tot 4 miljoen", "de 250 000 à 4 millions")
    assert not _same("van 6,2 % naar 5,8 %", "de 6,3 à 5,8 %")
    assert not _same("tussen 2 en 3 %", "entre 2 et 4 %")


def test_een_derde_before_a_noun_is_a_rank_and_elsewhere_a_fraction(tmp_path: Path) -> None:
    assert (
        _messages(
            tmp_path / "a", "Een derde proefproject start in juni.", "Un troisième projet pilote démarre en juin."
        )
        == []
    )
    assert _messages(tmp_path / "b", "Er komt een vijfde editie.", "Il y aura une cinquième édition.") == []
    assert _same("Een derde van de scholen doet mee.", "Un tiers des écoles participe.")
    assert _same("De uitstoot is met een derde gedaald.", "Les émissions ont baissé d'un tiers.")
    assert _same("Dat is een derde minder dan vorig jaar.", "C'est un tiers de moins que l'an dernier.")
    assert not _same("Een derde van de scholen doet mee.", "Un quart des écoles participe.")


@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De gemeente trekt een half miljoen euro uit.", "La commune dégage 500 000 euros."),
        ("Het aantal klachten daalde met een vijfde.", "Le nombre de plaintes a baissé de 20 %."),
        ("De renovatie duurt anderhalf jaar.", "La rénovation dure un an et demi."),
        ("De renovatie duurt anderhalf jaar.", "La rénovation dure 18 mois."),
        ("De steun bedraagt drie komma twee miljoen euro.", "L'aide s'élève à 3,2 millions d'euros."),
        ("De pendelbus vertrekt om het halfuur.", "La navette part toutes les 30 minutes."),
    ],
)
def test_numbers_said_in_words_are_read(tmp_path: Path, nl: str, fr: str) -> None:
    assert _messages(tmp_path, nl, fr) == []


def test_one_and_a_half_against_another_figure_is_a_real_number_flag(tmp_path: Path) -> None:
    found = _messages(tmp_path, "De renovatie duurt anderhalf jaar.", "La rénovation dure deux ans.")
    assert found == [("number", "error", "numbers differ: «anderhalf» not in the target; «deux» not in the source")]
    # a year and a half in months leaves an unrelated 18 to its own counterpart
    assert _same("anderhalf jaar voor 18 mensen", "18 mois pour 18 personnes")
    assert not _same("anderhalf jaar", "16 mois")


def test_hours_in_words_are_a_duration_or_a_time_and_one_flag_names_both_sides(tmp_path: Path) -> None:
    nl, fr = "De wachttijd lag boven de drie uur.", "Le temps d'attente dépassait 3 heures."
    assert _messages(tmp_path / "a", nl, fr) == []
    found = _messages(tmp_path / "b", "Het loket is vier uur open.", "Le guichet est ouvert 24 heures.")
    assert found == [("number", "error", "numbers differ: «vier» not in the target; «24 heures» not in the source")]
    found = _messages(tmp_path / "c", "De wachttijd lag boven de drie uur.", "Le temps d'attente dépassait 4 heures.")
    assert found == [("number", "error", "numbers differ: «drie» not in the target; «4 heures» not in the source")]
    # a time of day against another is still a time
    assert [f[0] for f in _messages(tmp_path / "d", "Het loket opent om 9 uur.", "Le guichet ouvre à 10 heures.")] == [
        "date"
    ]


@pytest.mark.parametrize(
    "nl, fr",
    [
        # a quarter or a half of an hour, in one word on one side and two on the other
        ("De poort gaat een kwartier voor de lessen open.", "La grille ouvre un quart d'heure avant les cours."),
        ("Op zaterdag rijdt er een halfuurdienst.", "Le samedi, une desserte à la demi-heure est assurée."),
        # the infinitive's 'te' after the fraction: 'een derde' is no rank there
        ("Het plan wil de wachttijd met een derde te verkorten.", "Le plan veut réduire d'un tiers l'attente."),
        # a place named after noon beside opening hours: the hours are matched to the hours
        ("Het loket in de Zuidertoren is open van 9 tot 12 uur.", "Le guichet de la tour du Midi ouvre de 9 h à 12 h."),
    ],
)
def test_spans_of_an_hour_a_fraction_before_te_and_a_place_named_midi_are_no_flags(nl: str, fr: str):
    """Three false number or date flags of a checks trial, each a plain fact of the languages."""
    assert _same(nl, fr)
    assert unmatched(extract(fr, "fr"), extract(nl, "nl")) == ([], [])


def test_a_quarter_of_the_communes_is_still_a_figure():
    assert not _same("Een kwart van de gemeenten doet mee.", "Un tiers des communes participe.")


@pytest.mark.parametrize(
    ("nl", "wrong", "right"),
    [
        ("De bouw stijgt in de eerste jaarhelft van 2026.", "au second semestre 2026", "au premier semestre 2026"),
        ("De export daalt in het eerste kwartaal.", "au second trimestre", "au premier trimestre"),
        ("Het tekort krimpt in het derde kwartaal.", "au premier trimestre", "au troisième trimestre"),
    ],
)
def test_the_rank_of_a_period_of_the_calendar_is_a_fact(nl: str, wrong: str, right: str) -> None:
    """'second' and 'premier' are soft ranks ('en second lieu', 'dans un premier temps'), but not
    before a half-year or a quarter: 'eerste jaarhelft' / 'second semestre' went unflagged (a trial)."""
    missing, extra = unmatched(extract(nl, "nl"), extract(f"Cela change {wrong}.", "fr"))
    assert [q.kind for q in missing] == ["ordinal"] and [q.kind for q in extra] == ["ordinal"]
    assert unmatched(extract(nl, "nl"), extract(f"Cela change {right}.", "fr")) == ([], [])


def test_a_fraction_with_its_figure_in_brackets_is_the_fraction() -> None:
    """'een derde (35,4 %)' was read as the rank 'third' (a noun was expected after it), and
    'un tiers (35,4 %)' was said missing: an error on a correct sentence (a trial)."""
    nl = "Iets meer dan een derde (35,4 %) van de leerkrachten volgde de opleiding."
    fr = "Un peu plus d'un tiers (35,4 %) des enseignants a suivi la formation."
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) == ([], [])
    wrong = "Un peu plus d'un quart (35,4 %) des enseignants a suivi la formation."
    assert unmatched(extract(nl, "nl"), extract(wrong, "fr")) != ([], [])


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De prijs steeg met +0,4 % tegenover december.", "Le prix a évolué de -0,4 % par rapport à décembre."),
        ("| Kleding | -16,2 % |", "| Vêtements | +16,2 % |"),
        ("Het saldo bedraagt (−1.208) banen.", "Le solde s'établit à (+1 208) emplois."),
    ],
)
def test_a_figure_written_with_the_opposite_sign_is_flagged(nl: str, fr: str) -> None:
    """'+0,4 %' against '-0,4 %', a table's change column flipped: a rise said as a fall went by, the
    signs being read as nothing (a trial on statistics releases). The sign is said with the figure."""
    missing, extra = unmatched(extract(nl, "nl"), extract(fr, "fr"))
    assert len(missing) == 1 and len(extra) == 1 and {missing[0].sign, extra[0].sign} == {"+", "-"}
    assert missing[0].text[:1] in "+-−" and extra[0].text[:1] in "+-−"


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De index daalde met 0,4 % in maart.", "L'indice a reculé de -0,4 % en mars."),  # the sign said in words
        ("Over de periode 2020-2021 bleef het gelijk.", "Sur la période 2020-2021, il est resté stable."),
        ("Het vriest tot -5 graden.", "Il gèlera jusqu'à -5 degrés."),
        ("De bus rijdt naar zone B-2.", "Le bus roule vers la zone B-2."),
    ],
)
def test_a_sign_on_one_side_or_a_dash_that_joins_is_no_flag(nl: str, fr: str) -> None:
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) == ([], [])


@pytest.mark.parametrize(
    ("one", "lang", "other", "other_lang"),
    [
        ("De rondleidingen starten om 10, 11 en 14 uur.", "nl", "Les visites partent à 10h, 11h et 14h.", "fr"),
        ("Afvaart om 9, 12 en 15 uur.", "nl", "Departures at 9 a.m., 12 noon and 3 p.m.", "en"),
        ("De markt is open tussen 19 uur en 22 uur.", "nl", "The market opens between 7 and 10 p.m.", "en"),
        ("Le bar ouvre de 18h à 23h.", "fr", "The bar opens from 6 to 11 p.m.", "en"),
        ("De balie is open van 10 tot 13 uur.", "nl", "The desk is open from 10 to 1 p.m.", "en"),
    ],
)
def test_a_list_or_range_of_hours_says_its_unit_once_for_each(one: str, lang: str, other: str, other_lang: str):
    """Trials T and S: 'à 15h, 16h et 17h' against 'om 15, 16 en 17 uur' flagged the first hour (a
    date and a number error), 'tussen 20 uur en 23 uur' against 'between 8 and 11 p.m.' the first
    end: the unit, or 'p.m.', after a list's or a range's last item is each one's (plain facts of
    Dutch and English); 'from 10 to 1 p.m.' starts in the morning."""
    assert unmatched(extract(one, lang), extract(other, other_lang)) == ([], [])


def test_a_changed_hour_in_a_list_or_a_range_is_still_said():
    missing, extra = unmatched(extract("om 10, 11 en 14 uur", "nl"), extract("à 10h, 12h et 14h", "fr"))
    assert [q.value for q in missing] == ["11:00"] and [q.value for q in extra] == ["12:00"]
    missing, extra = unmatched(extract("tussen 19 uur en 22 uur", "nl"), extract("between 7 a.m. and 10 p.m.", "en"))
    assert [q.value for q in missing] == ["19:00"] and [q.value for q in extra] == ["07:00"]
    assert [q.kind for q in extract("In 2019, 2020 en 17 uur", "nl")] == ["number", "number", "time"]


@pytest.mark.parametrize(
    ("one", "lang", "other", "other_lang"),
    [
        ("Le musée fête ses trois cents ans.", "fr", "Het museum viert zijn driehonderdste verjaardag.", "nl"),
        ("De club viert haar vijftigste verjaardag.", "nl", "Le club célèbre son cinquantième anniversaire.", "fr"),
        ("Het koor bestaat veertig jaar.", "nl", "The choir marks its fortieth anniversary.", "en"),
    ],
)
def test_an_anniversary_counted_in_years_or_ranked_is_one_number(one: str, lang: str, other: str, other_lang: str):
    """Trial U: 'ses deux cents ans' against 'zijn tweehonderdste verjaardag' was a number flag, a
    number word against a rank word; the Nth anniversary comes N years on. Another count is still said."""
    assert unmatched(extract(one, lang), extract(other, other_lang)) == ([], [])
    assert unmatched(
        extract("Le musée fête ses trois cents ans.", "fr"), extract("zijn tweehonderdste verjaardag", "nl")
    )[0]
