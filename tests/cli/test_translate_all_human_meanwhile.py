"""translate --all --save and an official version imported while it runs (trial O: a French page
imported during the run was said by both runs at once as 'left to another run translating at the
same time', which neither was). Now said as what it is: a person's version came, not translated."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.commands.translate_all as translate_all
from reader.core.library import Library
from reader.core.model import Provenance
from tests.conftest import SEED_ID, archive_without, second_process


@pytest.mark.parametrize("writer", ["this process", "another process"])
def test_a_release_given_a_human_version_meanwhile_is_said_so(
    run, library_dir: Path, installed_packages: Path, monkeypatch: pytest.MonkeyPatch, writer: str
):  # noqa: ANN001
    ids = sorted(archive_without(library_dir, "en"))
    listed = translate_all.missing_translations

    def then_imported(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the run has listed its releases
        releases = listed(*args, **kwargs)
        if writer == "another process":
            page = library_dir / SEED_ID / "en.md"
            title = Library.load(library_dir).get(SEED_ID).versions["en"].title
            argv = ("import", str(page), "--release", ids[0], "--lang", "en", "--title", title)
            second_process("--library", str(library_dir), *argv)
        else:
            library = Library.load(library_dir)
            english = library.get(SEED_ID).versions["en"]
            library.save_version(library.get(ids[0]), "en", english.blocks, Provenance("official"), english.title)
        return releases

    monkeypatch.setattr(translate_all, "missing_translations", then_imported)
    argv = ["--library", str(library_dir), "translate", "--all", "--to", "en", "--save"]
    said = run(*argv, "--json")
    assert said.code == 0, said.err
    status = {r["id"]: r for r in said.json()["releases"]}
    assert status[ids[0]]["status"] == "human_meanwhile", status[ids[0]]
    assert "imported meanwhile" in status[ids[0]]["error"]
    assert all(status[i]["status"] == "saved" for i in ids[1:])
    assert Library.load(library_dir).get(ids[0]).versions["en"].provenance.kind == "official"


def test_the_summary_names_them_apart_from_another_runs(run, library_dir: Path, installed_packages: Path, monkeypatch):  # noqa: ANN001
    ids = sorted(archive_without(library_dir, "en"))
    listed = translate_all.missing_translations

    def then_imported(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        releases = listed(*args, **kwargs)
        library = Library.load(library_dir)
        english = library.get(SEED_ID).versions["en"]
        library.save_version(library.get(ids[1]), "en", english.blocks, Provenance("official"), english.title)
        return releases

    monkeypatch.setattr(translate_all, "missing_translations", then_imported)
    said = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save")
    assert said.code == 0, said.err
    assert f"1 release(s) now have a human en version (imported meanwhile): not translated ({ids[1]})" in said.out
    assert "left to another run" not in said.out
