"""The press centre's footer under a Council of Ministers' page (trial B): the tags under 'Termen:',
the source block under 'Bron' and the press contacts under 'Contacten'. With two contacts the
contact block passed 160 characters and the whole footer stayed, a line of it even a heading.
Texts in our own words; names, addresses and numbers invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

NL = """Beslissingen van de regering

De regering keurt een ontwerp goed dat de verhuurders van deelfietsen een vergunning oplegt vanaf volgend jaar.

De minister van Mobiliteit licht het ontwerp volgende week toe in de commissie van de Kamer.

Steun voor kleine bibliotheken

De regering trekt twee miljoen euro uit om de openingsuren van kleine bibliotheken te verlengen tot in de avond.

Gemeenten met minder dan tienduizend inwoners kunnen tot het einde van de maand een aanvraag indienen.

Benoeming bij de havendienst

De regering benoemt een nieuwe directeur van de havendienst voor een termijn van zes jaar, te verlengen.

Termen:
Mobiliteit
Cultuur
Havens

Bron
Dienst Communicatie van de Regering
Dorpsstraat 12
1000 Brussel
België
+32 2 000 11 22

Contacten
Anke Verhulst
Dorpsstraat 12, 1000 Brussel, Belgium
+32 2 000 11 23
vCard downloaden
Joris Mertens
Dorpsstraat 12, 1000 Brussel, Belgium
+32 2 000 11 24
vCard downloaden
"""

FR = """Décisions du gouvernement

Le gouvernement approuve un projet qui impose une licence aux loueurs de vélos partagés dès l'an prochain.

Le ministre de la Mobilité présentera le projet la semaine prochaine en commission de la Chambre.

Soutien aux petites bibliothèques

Le gouvernement dégage deux millions d'euros pour prolonger les heures d'ouverture des petites bibliothèques.

Les communes de moins de dix mille habitants peuvent introduire une demande jusqu'à la fin du mois.

Nomination au service des ports

Le gouvernement nomme un nouveau directeur du service des ports pour un terme de six ans, renouvelable.

Termes :
Mobilité
Culture
Ports

Source
Service Communication du Gouvernement
Rue du Village 12
1000 Bruxelles
Belgique
+32 2 000 11 22

Contacts
Anke Verhulst
Rue du Village 12, 1000 Bruxelles, Belgium
+32 2 000 11 23
Télécharger la vCard
Joris Mertens
Rue du Village 12, 1000 Bruxelles, Belgium
+32 2 000 11 24
Télécharger la vCard
"""


@pytest.mark.parametrize("text", [NL, FR], ids=["nl", "fr"])
def test_the_tags_the_source_and_two_press_contacts_are_the_site_s(tmp_path: Path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"), date=dt.date(2025, 3, 4))
    texts = [b.text for b in plan.blocks]
    assert len(texts) == 7 and texts[-1].endswith(("verlengen.", "renouvelable.")), texts  # none of the footer
    assert "Joris Mertens" in plan.dropped and "Anke Verhulst" in plan.dropped
    assert {"Mobiliteit", "Mobilité"} & set(plan.dropped)  # a tag
