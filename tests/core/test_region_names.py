"""Trial Z, F7: 'de Kempen' rendered 'la Campine' was flagged as a name in the target only; each of
Belgium's regions and natural regions now has its Dutch and French names in the bundled glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from tests.core.test_checks import make_release

REGIONS = [
    ("Kempen", "Campine"),
    ("Haspengouw", "Hesbaye"),
    ("Ardennen", "Ardenne"),
    ("Vlaamse Ardennen", "Ardennes flamandes"),
    ("Waasland", "Pays de Waes"),
    ("Henegouwen", "Hainaut"),
    ("Luxemburg", "Luxembourg"),
]


@pytest.mark.parametrize(("nl_name", "fr_name"), REGIONS)
@pytest.mark.parametrize(("source", "target"), [("nl", "fr"), ("fr", "nl")])
def test_a_region_by_its_two_names_is_no_name_flag(
    tmp_path: Path, nl_name: str, fr_name: str, source: str, target: str
):
    nl = f"Vanaf maandag rijden er meer bussen tussen de dorpen in de {nl_name}.\n"
    fr = f"À partir de lundi, davantage de bus circulent entre les villages de la {fr_name}.\n"
    make_release(  # a title: where the name check read 'en Campine' as a name the source lacked
        tmp_path,
        "2026-03-03-bussen",
        nl,
        fr,
        title_nl=f"Nieuwe busdienst voor scholen in de {nl_name}",
        title_fr=f"Nouveau service de bus pour les écoles en {fr_name}",
    )
    report = check_release(Library.load(tmp_path).get("2026-03-03-bussen"), source, target)
    names = [f.message for p in report.pairs for f in p.flags if f.code == "name"]
    assert names == [], names
