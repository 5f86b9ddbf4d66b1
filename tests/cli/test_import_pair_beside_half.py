"""`import nl.txt fr.txt` beside `import fr.txt` in another terminal, on an empty library (trial Z,
F3): one release every time, but the pair's French, in the library by the other command's hand, was
refused 'another process imported this release meanwhile … (not imported)', exit 2, where run one
after the other it is skipped; and the release's original was the French though the pair gave the
Dutch first. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import apply_import as _APPLY  # the real one, the tests patch it
from tests.two_writers import in_order

NL = (
    "Nieuwe voetgangersbrug in Mechelen\n\nFOD Mobiliteit\n\nMechelen, 9 maart 2026\n\n"
    "De stad bouwt voor 4,2 miljoen euro een voetgangersbrug van 85 meter over de Dijle bij station "
    "Nekkerspoel. Schepen Ann Peeters opent de werf op 16 maart; de brug is klaar in 2027.\n"
)
FR = (
    "Nouvelle passerelle piétonne à Malines\n\nSPF Mobilité\n\nMalines, le 9 mars 2026\n\n"
    "La ville construit pour 4,2 millions d'euros une passerelle piétonne de 85 mètres sur la Dyle près "
    "de la gare de Nekkerspoel. L'échevine Ann Peeters ouvre le chantier le 16 mars ; la passerelle sera "
    "prête en 2027.\n"
)


def _library(tmp_path: Path) -> tuple[Path, str, str]:
    lib = tmp_path / "lib"
    lib.mkdir(parents=True)
    (lib / ".press-reader").touch()
    (tmp_path / "brug.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "passerelle.txt").write_text(FR, encoding="utf-8")
    return lib, str(tmp_path / "brug.txt"), str(tmp_path / "passerelle.txt")


def _elsewhere(lib: Path, name: str) -> None:
    """The other command's `import passerelle.txt`, with a library of its own."""
    from reader.core.importer.importer import plan_import
    from reader.core.library import Library

    other = Library.load(lib)
    _APPLY(plan_import(Path(name), other), other)


def test_the_pairs_french_the_other_command_imported_meanwhile_is_skipped(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import reader.core.importer.importer as importer

    lib, nl, fr = _library(tmp_path)
    apply = importer.apply_import

    def other_first(plan, library, *args):  # noqa: ANN001, ANN202 - the French alone lands first
        if plan.language == "nl" and plan.new_release:
            _elsewhere(lib, fr)
        return apply(plan, library, *args)

    monkeypatch.setattr(importer, "apply_import", other_first)
    done = run("--library", str(lib), "import", nl, fr)
    assert done.code == 0, done.err
    assert "not imported" not in done.err, done.err
    assert "passerelle.txt: already imported as release" in done.err and "(skipped)" in done.err, done.err
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert sorted(release["languages"]) == ["fr", "nl"]
    assert f"original {release['id']} nl" in done.err, done.err  # the pair gave the Dutch first


def test_twin_a_pair_and_its_french_half_imported_at_once_both_succeed(run, tmp_path: Path):
    """The same in two processes: neither command fails, whichever writes first."""
    for round_ in range(3):  # the interleavings differ from run to run
        lib, nl, fr = _library(tmp_path / str(round_))
        codes = in_order(["--library", str(lib), "import", nl, fr], ["--library", str(lib), "import", fr])
        listed = run("--library", str(lib), "list", "--json").json()
        assert [sorted(r["languages"]) for r in listed] == [["fr", "nl"]], (round_, codes, listed)
        assert codes == [0, 0], (round_, codes)
