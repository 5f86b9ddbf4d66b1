"""A French page of another release, two days from a Dutch one of the same template, sharing its
wording, its small numbers ('12 months', 'by 2030', '3 phases') and a start date but none of its
amounts, is no version of it: trial Y joined an SPF Santé publique page on pensions in Bruges to a
Chancellery release on a cyber exercise in Gent. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.two_writers import twice

NL = (
    "Kanselarij van de Eerste Minister\nPersbericht\nBrussel, maandag 9 juni 2025\n\n"
    "Lies Wouters stelt een oefening voor waterbeheer voor in Kortrijk\n\n"
    "Minister Lies Wouters stelde vandaag in Kortrijk een oefening voor waterbeheer voor. Het project kost "
    "21.640.000 euro en begint op maandag 1 september 2025.\n\n"
    "De federale overheid betaalt 18,4 procent. Ongeveer 5210 inwoners van Kortrijk nemen deel.\n\n"
    "“We willen tegen 2030 resultaten zien”, zegt Lies Wouters. Het werk verloopt in 3 fasen en wordt "
    "na 12 maanden geëvalueerd. Het dossier werd besproken met de besturen van Namen en Gent.\n"
)
FR = (
    "SPF Finances\nCommuniqué de presse\nBruxelles, samedi 7 juin 2025\n\n"
    "Marc Dubois présente une réforme des primes de chauffage à Namur\n\n"
    "Le ministre Marc Dubois a présenté aujourd'hui à Namur une réforme des primes de chauffage. Le projet "
    "coûte 47 320 000 euros et démarre le lundi 1 septembre 2025.\n\n"
    "L'autorité fédérale paie 26,9 pour cent. Environ 7730 habitants de Namur sont concernés.\n\n"
    "« Nous voulons des résultats d'ici 2030 », déclare Marc Dubois. Le travail se fait en 3 phases et "
    "est évalué après 12 mois. Le dossier a été discuté avec les pouvoirs locaux de Courtrai et de Gand.\n"
)


def _folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "k1-nl.txt").write_text(NL, encoding="utf-8")
    (inbox / "k2-fr.txt").write_text(FR, encoding="utf-8")
    return inbox


def _languages(run, lib: Path) -> list[list[str]]:  # noqa: ANN001 - the `run` fixture
    return sorted(sorted(r["languages"]) for r in run("--library", str(lib), "list", "--json").json())


def test_a_page_of_other_amounts_two_days_off_stays_its_own_release(run, tmp_path: Path):
    lib = tmp_path / "lib"
    inbox = _folder(tmp_path)
    dry = run("--library", str(lib), "import", str(inbox), "--dry-run")
    assert dry.code == 0 and "would be added" not in dry.err, dry.err
    done = run("--library", str(lib), "import", str(inbox))
    assert done.code == 0 and "added as the 'fr' version" not in done.err, done.err
    assert _languages(run, lib) == [["fr"], ["nl"]]


def test_twin_two_processes_importing_the_folder_at_once_leave_the_two_apart(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    codes = twice(["--library", str(lib), "import", str(_folder(tmp_path))])
    assert set(codes) <= {0, 2}, codes
    assert _languages(run, lib) == [["fr"], ["nl"]], codes
