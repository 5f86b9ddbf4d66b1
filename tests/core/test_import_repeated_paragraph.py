"""A sentence a page gives twice in a row is the author's (a refrain, a call to action said again, a
rendering whose two sentences came out alike) and stays twice; a run of paragraphs given again (a
teaser over the text) is said once, and the copy dropped is said in a warning. Trial D: a rendering
of 20 paragraphs, two of them alike in a row, was imported as 19, the copy listed as dropped and no
word said. Texts invented for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

HEAD = "SPF Bibliothèques\n\nLes bibliothèques de quartier prolongent leurs horaires\n\nBruxelles, le 4 juin 2025\n\n"
REFRAIN = "Le projet coûte au total 3,2 millions d'euros, financés pour moitié par les communes."


def _plan(tmp_path: Path, body: str):
    page = tmp_path / "page.txt"
    page.write_text(HEAD + body, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2025, 6, 4))


def test_a_sentence_given_twice_in_a_row_stays_twice(tmp_path: Path):
    body = (
        "Douze bibliothèques ouvriront aussi le dimanche matin à partir du mois de septembre.\n\n"
        f"{REFRAIN}\n\n{REFRAIN}\n\n"
        "Les lecteurs pourront rendre leurs livres dans n'importe quelle bibliothèque du réseau.\n"
    )
    plan = _plan(tmp_path, body)
    assert [b.text for b in plan.blocks].count(REFRAIN) == 2, [b.text for b in plan.blocks]
    assert REFRAIN not in plan.dropped
    assert not [w for w in plan.warnings if "again" in w], plan.warnings


def test_a_run_of_paragraphs_given_again_is_said_once_and_said_in_a_warning(tmp_path: Path):
    lead = "Douze bibliothèques ouvriront aussi le dimanche matin à partir du mois de septembre."
    body = f"{lead}\n\n{REFRAIN}\n\n{lead}\n\n{REFRAIN}\n\nLes lecteurs pourront rendre leurs livres partout.\n"
    plan = _plan(tmp_path, body)
    texts = [b.text for b in plan.blocks]
    assert texts.count(lead) == 1 and texts.count(REFRAIN) == 1, texts
    said = [w for w in plan.warnings if "again" in w]
    assert said and "2 paragraph(s)" in said[0] and "Douze bibliothèques" in said[0], plan.warnings
    assert "--keep LINE" in said[0]
