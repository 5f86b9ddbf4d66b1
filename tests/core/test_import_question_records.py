"""A parliamentary question's page: a record whose fields (descriptors, the procedure's steps and
dates, a link to an earlier question, who asked whom) stand between its title and its text. The
fields are the assembly's filing; the subject line and the question itself are the release. Texts
in our own words, in the shapes of two assemblies' pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

ASKED_NL = (
    "Veel fietspaden langs gewestwegen liggen er slecht bij. Gemeenten klagen dat de middelen voor onderhoud "
    "niet volstaan en dat de verdeling tussen de provincies ongelijk is."
)
ASKED_FR = (
    "De nombreuses pistes cyclables le long des voiries régionales sont en mauvais état et les communes "
    "estiment que les moyens prévus ne suffisent pas."
)

SENATE_NL = f"""Tweetalige printerversie Eentalige printerversie

Schriftelijke vraag nr. 7-123

van Anna Peeters (Partij) d.d. 3 maart 2021

aan de minister van Mobiliteit

Fietspaden - Onderhoud - Budget - Verdeling over de provincies

fietsverkeer
wegenonderhoud
overheidsuitgaven

Chronologie

3/3/2021 Verzending vraag (Einde van de antwoordtermijn: 2/4/2021)
14/4/2021 Antwoord

Herindiening van : schriftelijke vraag 7-45

Vraag nr. 7-123 d.d. 3 maart 2021 : (Vraag gesteld in het Nederlands)

{ASKED_NL}

Kan de minister meedelen hoeveel budget elke provincie de voorbije drie jaar kreeg voor het onderhoud van fietspaden?
"""

ASSEMBLY_FR = f"""Logo du Parlement

Question écrite concernant l'entretien des pistes cyclables régionales et le budget que la Région y consacre.

de
Marc Dubois
à
Claire Martin, Ministre chargée de la Mobilité et des Travaux publics

Date de réception: 02/03/2021 Date de publication: 20/04/2021

Date Intitulé de l'acte Référence page
09/03/2021 Recevable p.m.

Question    {ASKED_FR}

Pouvez-vous indiquer le budget consacré à leur entretien au cours des trois dernières années ?
"""


def _plan(tmp_path: Path, text: str, date: dt.date | None = None):  # noqa: ANN202
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib"), date=date)


def test_a_senate_records_fields_are_dropped_and_listed_its_subject_and_question_kept(tmp_path: Path):
    plan = _plan(tmp_path, SENATE_NL)
    kept = " ".join(b.text for b in plan.blocks)
    assert plan.title == "Schriftelijke vraag nr. 7-123"
    for field in ("fietsverkeer", "Chronologie", "Verzending vraag", "14/4/2021 Antwoord", "Herindiening van"):
        assert field not in kept
        assert any(field in line for line in plan.dropped)  # listed, so that it can be kept
    assert plan.blocks[0].text.startswith("Fietspaden - Onderhoud")  # the subject stays
    assert "Veel fietspaden" in kept and "Kan de minister" in kept


def test_an_assemblys_record_with_its_table_of_steps(tmp_path: Path):
    plan = _plan(tmp_path, ASSEMBLY_FR)
    kept = " ".join(b.text for b in plan.blocks)
    assert plan.title is not None and plan.title.startswith("Question écrite concernant")
    assert "Recevable" not in kept and "Intitulé de l'acte" not in kept
    assert "De nombreuses pistes cyclables" in kept and "Pouvez-vous indiquer" in kept


def test_a_record_whose_text_does_not_open_on_its_label_keeps_every_line(tmp_path: Path):
    """Nothing says where the fields end: no field is taken out (the record's subject words, a block
    of lower-case labels, are the site's as on any page)."""
    text = SENATE_NL.replace("Vraag nr. 7-123 d.d. 3 maart 2021 : (Vraag gesteld in het Nederlands)\n\n", "")
    kept = " ".join(b.text for b in _plan(tmp_path, text).blocks)
    assert "Chronologie" in kept and "Herindiening" in kept


def test_a_release_about_a_question_is_not_a_record(tmp_path: Path):
    """A headline that only mentions a question keeps the lines under it."""
    text = (
        "Minister antwoordt op vraag over fietspaden\n\nfietsverkeer\nwegenonderhoud\n\n"
        "Vraag en antwoord staan vanaf vandaag op de website van de Kamer, samen met de cijfers per provincie "
        "die de minister heeft opgevraagd bij de diensten.\n"
    )
    kept = " ".join(b.text for b in _plan(tmp_path, text, dt.date(2021, 4, 20)).blocks)
    assert "Vraag en antwoord" in kept


def test_a_records_long_title_ending_on_a_full_stop_is_its_headline(tmp_path: Path):
    """A lead sentence ends so too; a title that names the genre is the record's, whatever its mark."""
    title = (
        "Question écrite concernant l'entretien des pistes cyclables régionales et le budget que la Région "
        "y consacre chaque année."
    )
    text = ASSEMBLY_FR.replace(
        "Question écrite concernant l'entretien des pistes cyclables régionales et le budget que la Région y consacre.",
        title,
    )
    plan = _plan(tmp_path, text)
    assert plan.title == title
    assert "Recevable" not in " ".join(b.text for b in plan.blocks)


def test_an_older_record_ruled_off_between_its_fields(tmp_path: Path):
    """Fields separated by rule lines, not blank lines, and the assembly's name before the genre's."""
    text = (
        "SÉNAT\n________\nSession 2020-2021\n________\nSÉNAT Question écrite n° 7-99\n\n"
        "de Marc Dubois (Parti)\n\nà la ministre de la Mobilité\n________\n"
        "Pistes cyclables - Entretien - Budget\n________\ncirculation cycliste\nentretien des routes\n________\n"
        "3/3/2021Envoi question\n14/4/2021Réponse\n________\n"
        f"SÉNAT Question écrite n° 7-99 du 3 mars 2021 : (Question posée en français)\n\n{ASKED_FR}\n"
    )
    plan = _plan(tmp_path, text, dt.date(2021, 3, 3))
    kept = [b.text for b in plan.blocks]
    assert plan.title == "SÉNAT Question écrite n° 7-99"
    assert "Pistes cyclables - Entretien - Budget" in kept  # its subject
    assert not any("circulation cycliste" in k or "Envoi question" in k or "____" in k for k in kept)
    assert ASKED_FR in kept


def test_a_page_imported_already_is_said_so_by_a_dry_run_not_taught_its_own_lines(tmp_path: Path):
    """The lines a page left out are remembered as its site's, for the site's next page; the same
    file again must not lose its date line to them: the dry run says what the import would say."""
    from reader.core.importer.importer import apply_import

    page = tmp_path / "page.txt"
    page.write_text(SENATE_NL, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    first = apply_import(plan_import(page, library), library)
    again = plan_import(page, Library.load(tmp_path / "lib"), preview=True)
    assert again.date == first.date == dt.date(2021, 3, 3)
    assert any("already imported" in warning for warning in again.warnings)


def test_a_date_line_the_user_keeps_still_dates_the_page(tmp_path: Path):
    """Kept in the text, the line 'van … d.d. 3 maart 2021' is still the page's date, not a later
    step of the procedure."""
    line = "van Anna Peeters (Partij) d.d. 3 maart 2021"
    plan = _plan_kept(tmp_path, SENATE_NL, [line])
    assert plan.date == dt.date(2021, 3, 3)
    assert line in [b.text for b in plan.blocks]


def _plan_kept(tmp_path: Path, text: str, keep: list[str]):  # noqa: ANN202
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib"), keep=keep)


def test_the_date_line_of_an_author_with_a_long_name_and_party_dates_the_page(tmp_path: Path):
    """Nine words and more ('van Anna-Lisa Van den Berghe (Groen Links) d.d. 3 maart 2021'):
    still the question's date line, and its author the issuer; not a step of the procedure."""
    text = SENATE_NL.replace("van Anna Peeters (Partij)", "van Anna-Lisa Van den Berghe (Groen Links)")
    plan = _plan(tmp_path, text)
    assert plan.date == dt.date(2021, 3, 3) and plan.date_line.startswith("van Anna-Lisa")
    assert "Berghe" in plan.issuer
