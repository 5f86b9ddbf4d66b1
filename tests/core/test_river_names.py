"""Trial C, F7: 'Meuse-Rhin' in a French version against 'Maas-Rijn' was noted as a name in the target
only. The rivers Rijn / Rhin, Schelde / Escaut and the Euregio named after two of them are
official names in both languages, now in the bundled glossary both ways. Own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from tests.core.test_checks import make_release

RIVERS = [
    ("de Euregio Maas-Rijn", "l'Euregio Meuse-Rhin"),
    ("de Rijn", "le Rhin"),
    ("de Schelde", "l'Escaut"),
]


@pytest.mark.parametrize(("nl_name", "fr_name"), RIVERS)
@pytest.mark.parametrize(("source", "target"), [("nl", "fr"), ("fr", "nl")])
def test_a_river_by_its_two_names_is_no_name_flag(
    tmp_path: Path, nl_name: str, fr_name: str, source: str, target: str
) -> None:
    nl = f"Vanaf maandag varen er meer rondvaartboten op en langs {nl_name}.\n"
    fr = f"À partir de lundi, davantage de bateaux circulent sur et le long de {fr_name}.\n"
    bare = fr_name.split("'")[-1]  # the release's YAML writes a title with no apostrophe
    make_release(
        tmp_path,
        "2026-03-03-boten",
        nl,
        fr,
        title_nl=f"Nieuwe boten voor toeristen langs {nl_name}",
        title_fr=f"De nouveaux bateaux pour les touristes : {bare}",
    )
    report = check_release(Library.load(tmp_path).get("2026-03-03-boten"), source, target)
    names = [f.message for p in report.pairs for f in p.flags if f.code == "name"]
    assert names == [], names


def test_another_river_is_still_a_name_flag(tmp_path: Path) -> None:
    make_release(
        tmp_path,
        "2026-03-03-boten",
        "Vanaf maandag varen er meer rondvaartboten op de Schelde.\n",
        "À partir de lundi, davantage de bateaux circulent sur la Meuse.\n",
    )
    report = check_release(Library.load(tmp_path).get("2026-03-03-boten"), "nl", "fr")
    assert [f for p in report.pairs for f in p.flags if f.code == "name"]
