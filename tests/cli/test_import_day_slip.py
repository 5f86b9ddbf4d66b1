"""A rendering whose headline slipped a day ('14 oktober' / '15 octobre') but which gives its
original's other figures and names again is that release's version: trial Q's pair was left two
releases, 'they share too few numbers and names', for the very slip checking is for. Two meetings a
day apart, stating other amounts, stay apart, and the warning names the headlines' two days. Texts
in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_import_together import _twice

NL = (
    "Nieuwe tarieven voor de veerdiensten vanaf 14 oktober 2026\n\nGent, 2 juli 2026\n\n"
    "Vanaf 14 oktober 2026 betalen reizigers op de veerboten nieuwe tarieven. Minister Jonas Vermeulen "
    "verlaagt het ticket van 4,20 euro naar 3,10 euro. Jongeren onder 12 jaar varen gratis.\n\n"
    "In 2025 namen 86.400 reizigers de veerboot, 7 procent meer dan in 2024. "
    "De maatregel kost 640.000 euro per jaar.\n"
)
# the rendering's slip: 15 octobre for 14 oktober, in the headline and the lead; all else as said
FR = (
    "Nouveaux tarifs pour les bacs à partir du 15 octobre 2026\n\nGand, le 2 juillet 2026\n\n"
    "À partir du 15 octobre 2026, les passagers des bacs paient de nouveaux tarifs. Le ministre Jonas "
    "Vermeulen ramène le billet de 4,20 euros à 3,10 euros. Les jeunes de moins de 12 ans voyagent gratuitement.\n\n"
    "En 2025, 86 400 passagers ont pris le bac, 7 % de plus qu'en 2024. La mesure coûte 640 000 euros par an.\n"
)
# another meeting's page, one day on, with amounts of its own
OTHER_DAY = (
    "Nouveaux tarifs pour les bacs à partir du 15 octobre 2026\n\nGand, le 2 juillet 2026\n\n"
    "À partir du 15 octobre 2026, les cyclistes paient un supplément de 0,50 euro sur 3 lignes. "
    "Le ministre Jonas Vermeulen attend 91 000 euros de recettes et 5 bacs de plus en 2027.\n"
)


def _pair(tmp_path: Path, fr: str = FR) -> list[str]:
    (tmp_path / "veer-nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "veer-fr.txt").write_text(fr, encoding="utf-8")
    return [str(tmp_path / "veer-nl.txt"), str(tmp_path / "veer-fr.txt")]


def _languages(run, lib: Path) -> list[list[str]]:  # noqa: ANN001 - the `run` fixture
    return sorted(sorted(r["languages"]) for r in run("--library", str(lib), "list", "--json").json())


def test_a_rendering_whose_headline_slipped_a_day_joins_and_check_shows_the_slip(run, tmp_path: Path):
    lib = tmp_path / "lib"
    files = _pair(tmp_path)
    dry = run("--library", str(lib), "import", *files, "--dry-run")
    assert dry.code == 0 and "would be added as the 'fr' version" in dry.err, dry.err
    done = run("--library", str(lib), "import", *files, "--json")
    assert done.code == 0 and "not joined" not in done.err, done.err
    nl, fr = done.json()
    assert fr["id"] == nl["id"]
    checked = run("--library", str(lib), "check", nl["id"])
    assert "«14 oktober 2026» not in the target" in checked.out, checked.out


def test_another_meeting_a_day_on_stays_apart_and_the_warning_names_the_two_days(run, tmp_path: Path):
    lib = tmp_path / "lib"
    done = run("--library", str(lib), "import", *_pair(tmp_path, OTHER_DAY))
    assert done.code == 0, done.err
    assert "their headlines name two days, 2026-10-14 and 2026-10-15" in done.err, done.err
    assert "too few numbers" not in done.err
    assert _languages(run, lib) == [["fr"], ["nl"]]


def test_twin_two_processes_importing_the_slipped_pair_at_once_make_one_release(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    argv = ["--library", str(lib), "import", *_pair(tmp_path)]
    codes = _twice(argv)
    assert _languages(run, lib) == [["fr", "nl"]], codes
    assert set(codes) <= {0, 2}
