"""An HTML page's h1 naming the meeting it reports on ('Communiqué Collège du 13/06/2025') is its
headline, not the action links above it (a town's page of trial C, thirty-second session, took
'Imprimer Envoyer'). Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Ville</title></head><body>
<main><div class="actions"><a href="#">Imprimer</a> <a href="#">Envoyer</a></div>
<h1>{h1}</h1>
<p>Le Conseil communal s'est réuni ce lundi 3 mars 2025 sous la présidence de la bourgmestre, en séance publique.</p>
<h2>Un nouveau parc à conteneurs au nord de la ville</h2>
<p>Le Conseil a approuvé l'achat d'un terrain de deux hectares pour y construire un parc à conteneurs moderne.</p>
<p>Les travaux commenceront au printemps prochain et dureront environ un an.</p>
</main></body></html>"""


def test_an_h1_naming_its_meeting_heads_the_page_over_its_action_links(tmp_path: Path):
    for h1 in ("Communiqué Conseil communal du 03/03/2025", "Communiqué Collège du 3 mars 2025"):
        page = tmp_path / "conseil.html"
        page.write_text(PAGE.format(h1=h1), encoding="utf-8")
        plan = plan_import(page, Library.load(tmp_path))
        assert plan.title == h1 and plan.date == dt.date(2025, 3, 3), h1
        assert "Imprimer Envoyer" not in [b.text for b in plan.blocks]


def test_an_h1_that_is_only_a_kicker_is_still_no_headline(tmp_path: Path):
    page = tmp_path / "conseil.html"
    page.write_text(PAGE.format(h1="Communiqué de presse du 03/03/2025"), encoding="utf-8")
    assert plan_import(page, Library.load(tmp_path)).title != "Communiqué de presse du 03/03/2025"
