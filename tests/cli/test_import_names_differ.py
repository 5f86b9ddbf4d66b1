"""Two releases of one template given together, a few days apart and sharing their figures, but no
name: two releases, not one release's two versions (a new user's trial: 2 of 200 folder imports
were merged so, and 21 hints named releases years away)."""

from __future__ import annotations

from pathlib import Path

import pytest

NL = """FOD Binnenlandse Zaken

Kortrijk, 11 april 2018

Nieuw plan voor de belastingaangifte in Kortrijk

Minister Els Verhaeghe heeft vandaag in Kortrijk een plan voorgesteld. Het plan loopt tot 2020.

In fase 1 trekt de federale regering 3,5 miljoen euro uit, zegt Els Verhaeghe.

In fase 2 trekt de federale regering 4,5 miljoen euro uit.
"""
FR = """SPF Finances

Arlon, le 13 avril 2018

Nouveau plan pour la sécurité routière à Arlon

La ministre Claire Dewulf a présenté aujourd'hui à Arlon un plan. Le plan court jusqu'en 2020.

Dans la phase 1, le gouvernement fédéral consacre 3,5 millions d'euros, déclare Claire Dewulf.

Dans la phase 2, le gouvernement fédéral consacre 4,5 millions d'euros.
"""


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_folder_of_two_releases_sharing_figures_but_no_name_makes_two(run, lib: Path, tmp_path: Path, dry_run: bool):
    folder = tmp_path / "week"
    folder.mkdir()
    (folder / "a-nl.txt").write_text(NL, encoding="utf-8")
    (folder / "b-fr.txt").write_text(FR, encoding="utf-8")
    before = {p.name for p in lib.iterdir()}
    done = run("import", str(folder), *(["--dry-run"] if dry_run else []))
    assert done.code == 0, done.err
    assert "added as the 'fr' version" not in done.err and "would be added as" not in done.err, done.err
    if not dry_run:
        made = {p.name for p in lib.iterdir()} - before
        assert len([name for name in made if not name.startswith(".")]) == 2, made


def test_a_release_folder_of_a_library_is_said_to_be_one(run, lib: Path, tmp_path: Path):
    """Its .md files were each refused for a missing headline and date line, pointing nowhere."""
    import shutil

    from tests.conftest import ROOT, SEED_ID

    folder = tmp_path / SEED_ID
    shutil.copytree(ROOT / "releases" / SEED_ID, folder)
    done = run("import", str(folder))
    assert done.code == 2 and "release folder of a library" in done.err and "cp -r" in done.err
    assert done.err.count("\n") == 1  # one line


def test_two_files_given_alone_of_one_date_join_whatever_names_they_give(run, lib: Path, tmp_path: Path):
    """The user's pair, `import nl.txt fr.txt`: joined on its figures even when no name is shared
    (a region named in each language, which the glossary may lack)."""
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR.replace("13 avril", "11 avril"), encoding="utf-8")
    done = run("import", str(tmp_path / "nl.txt"), str(tmp_path / "fr.txt"))
    assert done.code == 0 and "added as the 'fr' version" in done.err, done.err
