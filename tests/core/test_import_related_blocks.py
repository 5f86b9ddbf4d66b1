"""A block of links to related pages closing a page is the site's: its heading ('Actualités
connexes', as French says it) and the titles under it, and a label naming the topics the page is
filed under ('Sujets de santé associés : …'). Trial C's pages kept them as paragraphs. Texts in our
own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_BODY = [
    "Le ministre de la Mobilité a inauguré ce lundi une passerelle cyclable au-dessus du canal, longue de 120 mètres.",
    "L'ouvrage a coûté 4,2 millions d'euros et relie désormais deux quartiers que seul un pont routier reliait.",
    "Les travaux ont duré quatorze mois, soit deux de moins que prévu.",
]


def _plan(tmp_path: Path, lines: list[str]) -> tuple[list[str], list[str]]:
    file = tmp_path / "page.txt"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    return [b.text for b in plan.blocks], plan.dropped


def test_a_related_news_block_in_french_closing_the_page_is_dropped_with_its_titles(tmp_path: Path):
    head = ["Accueil", "Actualités", "Bruxelles, le 3 février 2025", "Une passerelle cyclable enjambe le canal"]
    related = ["Actualités connexes", "Le ministre visite un chantier à Gand", "Vélo : un plan pour les écoles"]
    texts, dropped = _plan(tmp_path, [*head, *_BODY, "Partager sur", "Facebook", *related])
    assert texts == _BODY  # the body's last paragraph kept, the titles gone
    assert all(line in dropped for line in related)


def test_a_related_topics_label_with_its_topic_is_dropped_and_a_sentence_with_associes_stays(tmp_path: Path):
    head = ["Une passerelle cyclable enjambe le canal", "Publié le : 3-2-2025"]
    texts, dropped = _plan(tmp_path, [*head, "Thèmes associés : Mobilité douce", *_BODY])
    assert texts == _BODY and "Thèmes associés : Mobilité douce" in dropped
    sentence = "Les frais associés : ils sont pris en charge par la Région, qui paie aussi l'entretien."
    texts, _ = _plan(tmp_path, [*head, *_BODY, sentence])
    assert texts[-1] == sentence
