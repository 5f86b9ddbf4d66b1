"""glossary add/list and review --accept-flag: a dismissal the next check remembers."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ID
from tests.two_writers import twice


def test_glossary_add_then_list(run, tmp_path: Path):
    assert run("glossary", "list", "--json").json()["entries"] == []
    added = run("glossary", "add", "Kaapstad", "Le Cap", "--json")
    assert added.code == 0 and added.json()["added"] is True
    assert run("glossary", "add", "kaapstad", "le cap", "--json").json()["added"] is False
    listed = run("glossary", "list", "--json").json()
    assert listed["entries"] == [{"lang": "nl", "term": "Kaapstad", "equivalents": ["Le Cap"], "languages": [None]}]
    assert "Kaapstad (nl) = Le Cap" in run("glossary", "list").out


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
    # hidden, not gone: a second reviewer sees what was dismissed (a new user's trial saw no trace)
    (kept,) = [p for p in again.json() if p.get("dismissed")]
    assert kept["segment"] == segment and kept["dismissed"][0]["code"] == "number"
    assert "1 flag(s) dismissed here" in run(*lib, "check", *args).out
    listed = run(*lib, "review", *args, "--json").json()
    assert [s["dismissed"][0]["code"] for s in listed["segments"] if s.get("dismissed")] == ["number"]
    report = library_dir.parent / "report.md"
    assert run(*lib, "export", *args, "--format", "md", "-o", str(report)).code == 0
    assert "dismissed here, number" in report.read_text(encoding="utf-8")
    xliff = library_dir.parent / "out.xlf"
    assert run(*lib, "export", *args, "--format", "xliff", "-o", str(xliff)).code == 0
    assert "dismissed" not in xliff.read_text(encoding="utf-8")


def test_a_name_the_same_on_both_sides_is_refused_in_one_line(run, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.setenv("PRESS_READER_CONFIG_DIR", str(tmp_path / "config"))
    result = run("glossary", "add", "Haren", " haren ")
    assert result.code == 2 and result.err.count("\n") == 1 and "same on both sides" in result.err
    assert not (tmp_path / "config" / "glossary.yaml").exists()


def test_a_dismissal_given_wrong_is_undone(run, library_dir: Path):
    """'glossary remove' takes back a 'same name'; 'review --restore-flags' an 'ignore here'."""
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    lib, args = ("--library", str(library_dir)), (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")
    (segment,) = [p["segment"] for p in run(*lib, "check", *args, "--json").json() if p["flags"]]
    assert run(*lib, "review", *args, "--segment", str(segment), "--accept-flag", "number").code == 0
    assert run(*lib, "check", *args).code == 0
    restored = run(*lib, "review", *args, "--segment", str(segment), "--restore-flags")
    assert restored.code == 0 and "restored 1 dismissed flag(s)" in restored.out
    assert run(*lib, "check", *args).code == 1  # raised again
    again = run(*lib, "review", *args, "--segment", str(segment), "--restore-flags")
    assert again.code == 2 and "no dismissed flag" in again.err
    assert run("glossary", "add", "Sint-Genesius-Rode", "Genval", "--force").code == 0  # wrong, on purpose
    removed = run("glossary", "remove", "sint-genesius-rode", "genval", "--json")
    assert removed.code == 0 and removed.json()["removed"] is True
    assert run("glossary", "list", "--json").json()["entries"] == []
    missing = run("glossary", "remove", "Kaapstad", "Le Cap")
    assert missing.code == 2 and "has no entry Kaapstad = Le Cap" in missing.err


def test_twin_a_removal_and_an_addition_at_once_keep_the_addition(run):
    """One process removes an entry while another adds one: the file keeps the new one, not the old."""

    assert run("glossary", "add", "Bergen", "Mons").code == 0
    argv = [["glossary", "remove", "Bergen", "Mons"], ["glossary", "add", "Luik", "Liège"]]
    assert twice(*argv) == [0, 0]
    entries = run("glossary", "list", "--json").json()["entries"]
    assert entries == [{"lang": "nl", "term": "Luik", "equivalents": ["Liège"], "languages": [None]}]


def test_a_name_the_glossary_calls_the_same_is_no_spelling_flag(run, tmp_path: Path):
    """A name transliterated two ways ('Koebrakov' / 'Koubrakov' in a trial): 'glossary add' says
    they are one, and the 'spelled differently' flag goes, as the README promises."""
    nl, fr = tmp_path / "nl.txt", tmp_path / "fr.txt"
    nl.write_text(
        "Bezoek aan de haven\n\nDe Oekraïense minister Pavlo Koebrakov bezocht gisteren de haven. "
        "Hij sprak er met de havenmeester over de graanschepen.\n",
        encoding="utf-8",
    )
    fr.write_text(
        "Visite au port\n\nLe ministre ukrainien Pavlo Koubrakov a visité hier le port. "
        "Il s'y est entretenu avec le capitaine du port des navires céréaliers.\n",
        encoding="utf-8",
    )
    imported = run("import", str(nl), str(fr), "--date", "2024-05-02", "--json")
    assert imported.code == 0, imported.err
    release = imported.json()[0]["id"] if isinstance(imported.json(), list) else imported.json()["id"]
    args = (release, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    said = [f["message"] for p in run("check", *args).json() for f in p["flags"] if f["code"] == "name"]
    assert any("spelled differently" in m and "Koubrakov" in m for m in said), said
    assert run("glossary", "add", "Koebrakov", "Koubrakov").code == 0
    said = [f["message"] for p in run("check", *args).json() for f in p["flags"] if f["code"] == "name"]
    assert not said, said


def test_a_flag_dismissed_one_way_is_dismissed_the_other_way_too(run, library_dir: Path):
    """'--accept-flag number' in fr→nl left the same figure flagged in nl→fr (a French service's trial):
    the reviewer judged the two texts, not a direction."""
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    lib = ("--library", str(library_dir))
    back = (SEED_ID, "--source", "fr", "--target", "nl", "--no-mt")
    (segment,) = [p["segment"] for p in run(*lib, "check", *back, "--json").json() if p["flags"]]
    assert run(*lib, "review", *back, "--segment", str(segment), "--accept-flag", "number").code == 0
    there = run(*lib, "check", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    assert there.code == 0 and any(p.get("dismissed") for p in there.json())


def test_a_name_pair_added_in_either_order_works_both_ways(run, library_dir: Path):
    """'glossary add' takes NL FR; a French service typed the French name first, and the pair then
    worked from no side (a trial): a name taught the same holds whichever way it was typed."""
    nl = library_dir / SEED_ID / "nl.md"
    fr = library_dir / SEED_ID / "fr.md"
    nl.write_text(nl.read_text(encoding="utf-8").replace("Kris Peeters", "Kris Peterszoon"), encoding="utf-8")
    lib = ("--library", str(library_dir))
    args = ("--source", "fr", "--target", "nl", "--no-mt", "--json")
    before = [f["code"] for p in run(*lib, "check", SEED_ID, *args).json() for f in p["flags"]]
    assert "name" in before
    assert run("glossary", "add", "Peeters", "Peterszoon").code == 0  # the French-side name first
    for source, target in (("fr", "nl"), ("nl", "fr")):
        after = run(*lib, "check", SEED_ID, "--source", source, "--target", target, "--no-mt", "--json").json()
        assert "name" not in [f["code"] for p in after for f in p["flags"]], (source, after)
    assert fr.exists()


def test_a_glossary_over_the_size_limit_is_named_as_a_glossary(run, tmp_path: Path, monkeypatch):  # noqa: ANN001
    """The message said 'the 1024 KB limit for metadata' of the user's glossary file."""
    monkeypatch.setenv("PRESS_READER_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    big = tmp_path / "config" / "glossary.yaml"
    big.write_text("nl:\n" + "".join(f"  woord{i}: [mot{i}]\n" for i in range(80_000)), encoding="utf-8")
    result = run("glossary", "list")
    assert result.code == 2 and result.err.count("\n") == 1
    assert str(big) in result.err and "metadata" not in result.err and "KB a YAML file may hold" in result.err
