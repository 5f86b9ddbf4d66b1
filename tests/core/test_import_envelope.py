"""A release pasted or saved with the e-mail that carried it: header fields and covering note go."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

BODY_FR = (
    "Namur, le 4 février 2026 – Le service ouvre trois guichets dans la province pour les demandeurs d'emploi.",
    "Les rendez-vous pourront être pris en ligne dès le premier jour.",
)


def _page(tmp_path: Path, text: str) -> Path:
    page = tmp_path / "mail.txt"
    page.write_text(text, encoding="utf-8")
    return page


def test_the_header_fields_and_the_covering_note_above_a_rule_go(tmp_path: Path):
    head = "From: Cellule presse <presse@example.be>\nSent: mercredi 4 février 2026 10:02\nTo: liste\n"
    head += "Subject: TR: Communiqué de presse - Trois guichets\n\nBonjour,\n\nVoici notre communiqué.\n\n"
    page = _page(tmp_path, f"{head}-----\n\nTrois nouveaux guichets à Namur\n\n{BODY_FR[0]}\n\n{BODY_FR[1]}\n")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == "Trois nouveaux guichets à Namur"
    assert [b.text for b in plan.blocks] == list(BODY_FR)
    assert "Bonjour," in plan.dropped and any(d.startswith("From:") for d in plan.dropped)


def test_without_a_rule_the_subject_stands_for_the_headline(tmp_path: Path):
    head = "Van: Persdienst <pers@example.be>\nVerzonden: woensdag 4 februari 2026 10:02\n"
    head += "Onderwerp: Persbericht - Drie nieuwe loketten\n\nBeste collega,\n\n"
    body = "Gent, 4 februari 2026 – De dienst opent drie nieuwe loketten in de provincie voor werkzoekenden."
    plan = plan_import(_page(tmp_path, f"{head}{body}\n\nAfspraken kunnen online.\n"), Library.load(tmp_path))
    assert plan.title == "Drie nieuwe loketten"
    assert [b.text for b in plan.blocks] == [body, "Afspraken kunnen online."]


def test_a_release_that_opens_on_a_from_line_of_its_own_is_left_as_it_is(tmp_path: Path):
    """One 'Van:' line is no message header: two fields, a sender and a subject, make one."""
    text = f"Trois nouveaux guichets\n\nDe : la ministre de l'Emploi\n\n{BODY_FR[0]}\n\n{BODY_FR[1]}\n"
    plan = plan_import(_page(tmp_path, text), Library.load(tmp_path))
    assert plan.title == "Trois nouveaux guichets"
