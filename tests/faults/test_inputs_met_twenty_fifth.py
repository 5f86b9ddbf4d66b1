"""Input met in the twenty-fifth session's trials, each refused in one line naming the file or the
segment, nothing written: a key given twice in release.yaml, a history folder that is a symbolic
link, an edit opening in lower case after a sentence."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ID
from tests.faults.conftest import one_line_error, tree_hashes


def test_a_key_given_twice_in_release_yaml_is_one_line_naming_its_line(run, library_dir: Path):
    meta = library_dir / SEED_ID / "release.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + "date: 2019-01-01\n", encoding="utf-8")
    one_line_error(run("--library", str(library_dir), "show", SEED_ID), "release.yaml", "'date' given twice")


def test_a_history_folder_linked_elsewhere_is_refused_by_name(run, library_dir: Path, tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (library_dir / SEED_ID / "history").symlink_to(outside, target_is_directory=True)
    before = tree_hashes(library_dir)
    page = tmp_path / "fr.txt"
    page.write_text("Un titre\n\nBruxelles, le 5 décembre 2018\n\nUn texte nouveau.\n", encoding="utf-8")
    argv = ("--library", str(library_dir), "import", str(page), "--release", SEED_ID, "--lang", "fr", "--force")
    one_line_error(run(*argv), f"{SEED_ID}/history:", "symbolic link")
    assert tree_hashes(library_dir) == before and not any(outside.iterdir())


def test_an_edit_opening_in_lower_case_after_a_sentence_is_one_line_and_writes_nothing(run, tmp_path: Path):
    from tests.core.test_checks import make_release

    rid = "2024-05-02-plan"
    nl = "De regering keurt een plan goed voor de stations. De minister stelt het vandaag voor in Gent.\n"
    fr = "Le gouvernement approuve un plan pour les gares. Le ministre le présente aujourd'hui à Gand.\n"
    meta = make_release(tmp_path / "lib", rid, nl, fr) / "release.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("fr: official", "fr: unofficial"), encoding="utf-8")
    before = tree_hashes(tmp_path / "lib")
    args = ("--library", str(tmp_path / "lib"), "review", rid, "--source", "nl", "--target", "fr", "--no-mt")
    segments = run(*args, "--json").json()["segments"]
    (second,) = [s["segment"] for s in segments if s["target"].startswith("Le ministre")]
    typed = "l'État le présente aujourd'hui à Gand."
    one_line_error(run(*args, "--segment", str(second), "--edit", typed), f"segment {second}", "lower case")
    assert tree_hashes(tmp_path / "lib") == before
