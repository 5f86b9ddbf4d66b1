"""glossary add/list and review --accept-flag: a dismissal the next check remembers."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ID


def test_glossary_add_then_list(run, tmp_path: Path):
    assert run("glossary", "list", "--json").json()["entries"] == []
    added = run("glossary", "add", "Kaapstad", "Le Cap", "--json")
    assert added.code == 0 and added.json()["added"] is True
    assert run("glossary", "add", "kaapstad", "le cap", "--json").json()["added"] is False
    listed = run("glossary", "list", "--json").json()
    assert listed["entries"] == [{"lang": "nl", "term": "Kaapstad", "equivalents": ["Le Cap"]}]
    assert "Kaapstad = Le Cap" in run("glossary", "list").out


def test_glossary_add_refuses_an_empty_term_in_one_line(run):
    result = run("glossary", "add", "  ", "Le Cap")  # the user's input is at fault, not the glossary file
    assert result.code == 2 and result.err.count("\n") == 1 and "NL name is empty" in result.err
    assert run("glossary", "add", "Kaapstad", "").err.count("FR name is empty") == 1


def test_accept_flag_hides_it_in_later_checks(run, library_dir: Path):
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    lib, args = ("--library", str(library_dir)), (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")
    checked = run(*lib, "check", *args, "--json")
    assert checked.code == 1
    (segment,) = [p["segment"] for p in checked.json() if p["flags"]]
    assert segment == [p["index"] + 1 for p in checked.json() if p["flags"]][0]  # 'segment' is what --segment takes
    wrong = run(*lib, "review", *args, "--segment", "1", "--accept-flag", "number")
    assert wrong.code == 2 and "has no 'number' flag" in wrong.err
    assert run(*lib, "review", *args, "--segment", str(segment), "--accept-flag", "number").code == 0
    again = run(*lib, "check", *args, "--json")
    assert again.code == 0 and all(p["flags"] == [] for p in again.json())


def test_a_name_the_same_on_both_sides_is_refused_in_one_line(run, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.setenv("PRESS_READER_CONFIG_DIR", str(tmp_path / "config"))
    result = run("glossary", "add", "Haren", " haren ")
    assert result.code == 2 and result.err.count("\n") == 1 and "same on both sides" in result.err
    assert not (tmp_path / "config" / "glossary.yaml").exists()
