"""Ways input went wrong that this session met (2026-12-02, twelfth): a report's chapter page on a
development pair. Texts in our own words, in the shapes the pages had; every write of these tests is
a dry run (nothing written)."""

from __future__ import annotations

from pathlib import Path

from tests.faults.conftest import planned

# An annual report's chapter page: its numbered heading, then the sections numbered under it.
CHAPTER = """2. De werking van de dienst in cijfers

De dienst behandelde vorig jaar meer dossiers dan ooit.

2.1 Vragen en klachten

De meeste vragen kwamen binnen via het webformulier.

2.1.1 Termijnen

Een klacht wordt gemiddeld binnen zes weken afgehandeld.
"""

# A numbered list of steps, nothing numbered under it: a list, as before.
STEPS = """Zo vraagt u uw attest aan

1. Meld u aan op het portaal.

De aanvraag duurt een paar minuten.
"""


def test_a_numbered_chapter_heading_over_its_numbered_sections_is_the_headline(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", CHAPTER, "--date", "2024-03-01")
    assert plan["title"] == "2. De werking van de dienst in cijfers", plan


def test_a_lone_numbered_step_without_sections_under_it_stays_an_item(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", STEPS, "--date", "2024-03-01")
    assert plan["title"] == "Zo vraagt u uw attest aan", plan


# A council's old report, each sentence a line, one sentence broken by a wrap after an article, over
# a capital (the name of a room): one sentence, as a wrap over lowercase already was.
WRAPPED = """Verslag van de vergadering van de gemeenteraad van 3 maart 2001

De gemeenteraad vergaderde op maandag 3 maart 2001 in het stadhuis, van 19 uur tot 22 uur.
De burgemeester gaf na afloop een korte toelichting aan de pers in de
Gotische Zaal van het stadhuis.
De raad keurde de begroting goed.
"""


def test_a_line_broken_after_an_article_goes_on_over_a_capital(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", WRAPPED, "--date", "2001-03-04")
    assert plan["title"].startswith("Verslag van de vergadering"), plan
    texts = [block["text"] for block in plan["blocks"]]
    assert any(text.endswith("in de Gotische Zaal van het stadhuis.") for text in texts), texts
    assert "Gotische Zaal van het stadhuis." not in texts


# A federal service's page: a banner about its offices over the headline, then the text.
BANNER = """Let op: onze loketten ontvangen u voortaan enkel op afspraak.

Uw attesten voortaan digitaal in uw persoonlijke map

Vanaf deze maand vindt u al uw attesten in uw persoonlijke map op het portaal.

U hoeft er niets voor te doen.
"""

# A town's news item whose headline announces the closing itself: the headline, not a banner.
CLOSING = """Onze loketten zijn gesloten op maandag 11 november

Op de wapenstilstand blijven alle loketten van het gemeentehuis dicht.

Dringende aangiften kunnen via het e-loket.
"""


def test_a_banner_about_the_offices_over_the_headline_is_the_sites(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", BANNER, "--date", "2024-03-01")
    assert plan["title"] == "Uw attesten voortaan digitaal in uw persoonlijke map", plan
    assert any(line.startswith("Let op: onze loketten") for line in plan["dropped"]), plan


def test_a_headline_announcing_the_offices_closing_stays_the_headline(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = planned(run, tmp_path, "nl.txt", CLOSING, "--date", "2024-11-05")
    assert plan["title"] == "Onze loketten zijn gesloten op maandag 11 november", plan
