"""An institution's name alone at a page's top, the site's name line every copied page opens with, is
the issuer when the page names no other, though it is dropped as a site line (trial W: a police zone's,
the crisis centre's and the federal ombudsman's pages imported with none). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.importer.official_names import official_name
from reader.core.library import Library

NL = (
    "Deze maand worden de fietsenstallingen aan het station van Heidedorp vernieuwd en komen er veertig plaatsen bij. "
    "Tijdens de werken staat er een tijdelijke stalling op het pleintje naast de bibliotheek."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Politiezone Heidedorp", "Politiezone Heidedorp"),
        ("POLITIEZONE HEIDEDORP", "Politiezone Heidedorp"),
        ("Zone de police Vallée-Sud", "Zone de police Vallée-Sud"),
        ("Nationaal Crisiscentrum", "Nationaal Crisiscentrum"),
        ("Nationaal Voedselcentrum", "Nationaal Voedselcentrum"),
        ("De federale Ombudsman", "De federale Ombudsman"),
        ("Le Médiateur fédéral", "Le Médiateur fédéral"),
        # a sentence about them, a common noun or the plural of the law's title names no issuer
        ("Politiezone Heidedorp controleert de fietslichten aan vier scholen in het dorp", ""),
        ("de politiezone", ""),
        ("Federale Ombudsman vraagt snellere antwoorden van de administratie", ""),
        ("federale ombudsmannen", ""),
    ],
)
def test_an_institution_s_shape_on_a_line(line: str, name: str):
    assert official_name(line) == name


@pytest.mark.parametrize(
    ("top", "issuer"),
    [
        ("Politiezone Heidedorp", "Politiezone Heidedorp"),
        ("Nationaal Crisiscentrum", "Nationaal Crisiscentrum"),
        ("De federale Ombudsman", "De federale Ombudsman"),
    ],
)
def test_the_site_s_name_line_at_the_top_is_the_issuer(tmp_path: Path, top: str, issuer: str):
    page = tmp_path / "stalling.txt"
    page.write_text(
        f"Naar de inhoud\n{top}\nNieuws\nContact\nNieuwe fietsenstalling aan het station\n03.06.2025\n{NL}\n",
        encoding="utf-8",
    )
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.issuer == issuer
    assert not any("no issuer" in w for w in plan.warnings)
