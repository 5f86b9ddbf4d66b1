"""A French version dated the same day as its Dutch original, of the same issuer, giving the same
amounts and names, whose body moves one date by a week ('start op 3 maart' / 'démarre le 10 mars')
is that release's version, the slip left for the check to flag: trial Y's 13 such pairs were each
made two releases, the date read as another release's, and kept out of the review that catches it.
Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.two_writers import twice

NL = (
    "FOD Mobiliteit\nPersbericht\nBrussel, dinsdag 4 februari 2025\n\n"
    "Jonas Peeters opent een nieuwe fietsbrug over het kanaal in Leuven\n\n"
    "Minister Jonas Peeters stelde vandaag in Leuven een fietsbrug over het kanaal voor. "
    "De bouw kost 12.480.000 euro en start op maandag 3 maart 2025.\n\n"
    "De federale overheid draagt 31,5 procent van de kosten. Dagelijks steken 6420 fietsers het kanaal over.\n\n"
    "De brug krijgt 2 rijstroken en wordt 184 meter lang. Het dossier heeft nummer 57/2025.\n"
)
FR = (
    "SPF Mobilité\nCommuniqué de presse\nBruxelles, mardi 4 février 2025\n\n"
    "Jonas Peeters ouvre une nouvelle passerelle cyclable sur le canal à Louvain\n\n"
    "Le ministre Jonas Peeters a présenté aujourd'hui à Louvain une passerelle cyclable sur le canal. "
    "Les travaux coûtent 12 480 000 euros et démarrent le lundi 10 mars 2025.\n\n"
    "L'autorité fédérale prend en charge 31,5 pour cent des coûts. Chaque jour, 6420 cyclistes traversent le canal.\n\n"
    "La passerelle aura 2 bandes et mesurera 184 mètres. Le dossier porte le numéro 57/2025.\n"
)
# another release of the template, another day, other amounts: stays its own
OTHER = (
    "FOD Mobiliteit\nPersbericht\nBrussel, vrijdag 14 februari 2025\n\n"
    "Jonas Peeters opent een nieuw station voor deelfietsen in Hasselt\n\n"
    "Minister Jonas Peeters stelde vandaag in Hasselt een station voor deelfietsen voor. "
    "De bouw kost 3.150.000 euro en start op maandag 17 maart 2025.\n\n"
    "De federale overheid draagt 12,5 procent van de kosten. Dagelijks huren 910 reizigers er een fiets.\n"
)


def _folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a1-nl.txt").write_text(NL, encoding="utf-8")
    (inbox / "a2-fr.txt").write_text(FR, encoding="utf-8")
    (inbox / "b1-nl.txt").write_text(OTHER, encoding="utf-8")
    return inbox


def _languages(run, lib: Path) -> list[list[str]]:  # noqa: ANN001 - the `run` fixture
    return sorted(sorted(r["languages"]) for r in run("--library", str(lib), "list", "--json").json())


def test_a_version_whose_body_moves_a_date_joins_its_release_and_check_flags_the_date(run, tmp_path: Path):
    lib = tmp_path / "lib"
    inbox = _folder(tmp_path)
    dry = run("--library", str(lib), "import", str(inbox), "--dry-run")
    assert dry.code == 0 and "would be added as the 'fr' version" in dry.err, dry.err
    done = run("--library", str(lib), "import", str(inbox), "--json")
    assert done.code == 0, done.err
    assert "without a 'fr' version" not in done.err, done.err
    assert _languages(run, lib) == [["fr", "nl"], ["nl"]]
    pair = next(r for r in done.json() if r["language"] == "fr")
    checked = run("--library", str(lib), "check", pair["id"])
    assert "3 maart 2025" in checked.out, checked.out


def test_twin_two_processes_importing_the_folder_at_once_join_the_pair_once(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    codes = twice(["--library", str(lib), "import", str(_folder(tmp_path))])
    assert set(codes) <= {0, 2}, codes
    assert _languages(run, lib) == [["fr", "nl"], ["nl"]], codes
