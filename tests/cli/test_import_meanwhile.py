"""What another process imports while an import runs (trial I): the same pair imported by two
commands at once failed the loser's French 'already has a 'fr' version; use --force', exit 2, where
run one after the other it is skipped; a pair's halves imported at once by two commands became two
releases with no word, where the second run after the first names the first. Texts in our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import apply_import as _APPLY  # the real one, the tests patch it
from tests.two_writers import twice

NL = (
    "Nieuwe speeltuin aan de Maas\n\nFOD Binnenlandse Zaken\n\nMaaseik, 7 april 2026\n\n"
    "De gemeente opent op 2 mei een speeltuin van 1.800 vierkante meter aan de Maas, voor 260.000 euro.\n"
)
FR = (
    "Nouvelle plaine de jeux au bord de la Meuse\n\nSPF Intérieur\n\nMaaseik, le 7 avril 2026\n\n"
    "La commune ouvre le 2 mai une plaine de jeux de 1 800 mètres carrés au bord de la Meuse, pour 260 000 euros.\n"
)


def _files(tmp_path: Path) -> list[str]:
    (tmp_path / "speeltuin.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "plaine.txt").write_text(FR, encoding="utf-8")
    return [str(tmp_path / "speeltuin.txt"), str(tmp_path / "plaine.txt")]


def _elsewhere(lib: Path, name: str, release: str | None = None) -> None:
    """Another process's import of one file, done with a library of its own."""
    from reader.core.importer.importer import plan_import
    from reader.core.library import Library

    other = Library.load(lib)
    _APPLY(plan_import(Path(name), other, release_id=release), other)


@pytest.mark.parametrize("when", ["before its plan", "before its write"])
def test_a_version_another_process_imported_meanwhile_is_skipped_as_when_run_after_it(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
):
    import reader.commands.import_partners as partners
    import reader.core.importer.importer as importer

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    nl, fr = _files(tmp_path)
    found, apply = partners.partner, importer.apply_import

    def partner_then(plan, library, made):  # noqa: ANN001, ANN202
        rid = found(plan, library, made)
        if rid and when == "before its plan":
            _elsewhere(lib, fr, rid)
        return rid

    def write_then(plan, library, *args):  # noqa: ANN001, ANN202
        if when == "before its write" and plan.language == "fr":
            _elsewhere(lib, fr, plan.release_id)
        return apply(plan, library, *args)

    monkeypatch.setattr(partners, "partner", partner_then)
    monkeypatch.setattr(importer, "apply_import", write_then)
    done = run("--library", str(lib), "import", nl, fr)
    assert done.code == 0, done.err
    assert "plaine.txt: already imported as release" in done.err and "(skipped)" in done.err, done.err
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert sorted(release["languages"]) == ["fr", "nl"]


def test_halves_imported_at_once_by_two_commands_name_each_other(run, tmp_path: Path, monkeypatch):  # noqa: ANN001
    import reader.core.importer.importer as importer

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    nl, fr = _files(tmp_path)
    apply = importer.apply_import

    def other_first(plan, library, *args):  # noqa: ANN001, ANN202 - the other command writes first
        _elsewhere(lib, fr)
        return apply(plan, library, *args)

    monkeypatch.setattr(importer, "apply_import", other_first)
    done = run("--library", str(lib), "import", nl)
    assert done.code == 0, done.err
    ids = sorted(r["id"] for r in run("--library", str(lib), "list", "--json").json())
    french = next(i for i in ids if "plaine" in i)
    assert "meanwhile another command made" in done.err, done.err
    assert f"import {nl} --release {french}" in done.err, done.err


def test_twin_two_processes_importing_the_same_pair_at_once_both_succeed(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    argv = ["--library", str(lib), "import", *_files(tmp_path)]
    assert twice(argv) == [0, 0]
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert sorted(release["languages"]) == ["fr", "nl"]
