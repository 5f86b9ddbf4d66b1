"""The fourth week of a series keeps the headline the first three had, whether another process
imported those three (a reader's trial: the issuer line became the fourth page's title)."""

from pathlib import Path

import pytest

from tests.conftest import second_process

HEAD = "Lokale Politie Noordkust\n\nStand van de sluizen deze week\n\nOostende, {day} maart 2025\n\n"
TEXT = (
    "Deze week passeerden {ships} schepen de grote sluis, zo meldt de havenkapitein.\n\n"
    "De kleine sluis blijft dicht voor onderhoud aan deur {day}.\n"
)


@pytest.mark.parametrize("twin", [False, True], ids=["one process", "a second process first"])
def test_the_fourth_week_keeps_its_headline(run, library_dir: Path, tmp_path: Path, twin: bool) -> None:
    lib = ("--library", str(library_dir))
    weeks = []
    for day in (3, 10, 17, 24):
        week = tmp_path / f"week{day}.txt"
        week.write_text(HEAD.format(day=day) + TEXT.format(ships=day * 7, day=day), encoding="utf-8")
        weeks.append(week)
    for week in weeks[:3]:
        if twin:
            second_process(*lib, "import", str(week))
        else:
            assert run(*lib, "import", str(week)).code == 0
    result = run(*lib, "import", str(weeks[3]), "--json")
    assert result.code == 0, result.err
    assert (result.json()["title"], result.json()["issuer"]) == (
        "Stand van de sluizen deze week",
        "Lokale Politie Noordkust",
    )
