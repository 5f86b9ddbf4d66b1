"""memory --import / --imported / --forget and export --memory through the CLI (trial D: a
translator's TMX could not come in, and the memory only go out a release at a time)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from tests.core.test_memory_tmx_import import GOOD, MARKUP, tmx, tu, write
from tests.core.test_translation_memory import archive
from tests.two_writers import in_order, twice


def _lib(tmp_path: Path) -> list[str]:
    return ["--library", str(archive(tmp_path))]


def test_import_list_look_up_and_forget(run, tmp_path: Path):  # noqa: ANN001
    lib = _lib(tmp_path)
    source = write(tmp_path, tmx(GOOD, MARKUP, tu("Alleen dit.", "")))
    done = run(*lib, "memory", "--import", str(source), "--json")
    assert done.code == 0, done.err
    said = done.json()
    assert (
        said["name"] == "mijn-geheugen"
        and said["pairs"] == 2
        and said["skipped"] == {"empty or the same on both sides": 1}
    )
    assert Path(said["path"]).read_bytes() == source.read_bytes()  # a copy in the library, kept whole
    again = run(*lib, "memory", "--import", str(source))
    assert again.code == 2 and "a memory named 'mijn-geheugen' was imported already" in again.err
    listed = run(*lib, "memory", "--imported", "--json").json()
    assert [(m["name"], m["pairs"]) for m in listed] == [("mijn-geheugen", 2)]
    hits = run(*lib, "concordance", "molen", "--from", "nl", "--to", "fr", "--json").json()
    assert [h["release"] for h in hits] == ["tmx:mijn-geheugen"]
    text = run(*lib, "concordance", "molen", "--from", "nl", "--to", "fr")
    assert "tmx:mijn-geheugen" in text.out
    assert run(*lib, "memory", "--forget", "mijn-geheugen").code == 0
    assert run(*lib, "memory", "--imported", "--json").json() == []
    assert run(*lib, "concordance", "molen", "--from", "nl", "--to", "fr", "--json").json() == []
    gone = run(*lib, "memory", "--forget", "mijn-geheugen")
    assert gone.code == 2 and "no imported memory named 'mijn-geheugen'" in gone.err


def test_export_the_whole_memory_and_bring_it_into_a_fresh_library(run, tmp_path: Path):  # noqa: ANN001
    lib = _lib(tmp_path)
    assert run(*lib, "memory", "--import", str(write(tmp_path, tmx(GOOD)))).code == 0
    out = tmp_path / "all.tmx"
    done = run(*lib, "export", "--memory", "--from", "nl", "--to", "fr", "--format", "tmx", "-o", str(out))
    assert done.code == 0, done.err
    tree = ET.parse(out)
    pairs = {tuple(s.text for s in unit.iter("seg")) for unit in tree.iter("tu")}
    assert ("De molen draait weer.", "Le moulin tourne à nouveau.") in pairs
    assert ("De werken starten in het voorjaar.", "Les travaux débutent au printemps.") in pairs
    assert len(pairs) == len(list(tree.iter("tu")))  # a pair the archive repeats is one unit
    assert f"{len(pairs)} unit(s)" in done.err
    fresh = ["--library", str(tmp_path / "fresh")]
    (tmp_path / "fresh").mkdir()
    assert run(*fresh, "memory", "--import", str(out), "--json").json()["pairs"] == len(pairs)
    back = tmp_path / "back.tmx"
    assert run(*fresh, "export", "--memory", "--from", "nl", "--to", "fr", "--format", "tmx", "-o", str(back)).code == 0
    assert {tuple(s.text for s in unit.iter("seg")) for unit in ET.parse(back).iter("tu")} == pairs
    refused = run(*lib, "export", "--memory", "--from", "nl", "--to", "fr", "--format", "xliff", "-o", str(back))
    assert refused.code == 2 and "--memory goes with --format tmx" in refused.err
    bare = run(*lib, "export", "--format", "tmx", "-o", str(back))
    assert bare.code == 2 and "give a release ID" in bare.err


def test_twin_two_imports_of_one_name_at_once_one_is_refused(run, tmp_path: Path):  # noqa: ANN001
    lib = _lib(tmp_path)
    first, second = write(tmp_path, tmx(GOOD), "a.tmx"), write(tmp_path, tmx(MARKUP), "b.tmx")
    codes = twice(
        [*lib, "memory", "--import", str(first), "--name", "werk"],
        [*lib, "memory", "--import", str(second), "--name", "werk"],
    )
    assert codes == [0, 2]
    kept = Path(lib[1]) / ".memories" / "werk.tmx"
    assert kept.read_bytes() in (first.read_bytes(), second.read_bytes())  # one whole file, not a mix
    assert [m["name"] for m in run(*lib, "memory", "--imported", "--json").json()] == ["werk"]


def test_twin_an_import_while_the_memory_is_rebuilt(run, tmp_path: Path):  # noqa: ANN001
    lib = _lib(tmp_path)
    assert run(*lib, "memory").code == 0
    source = write(tmp_path, tmx(GOOD))
    assert in_order([*lib, "memory", "--import", str(source)], [*lib, "memory", "--rebuild"]) == [0, 0]
    hits = run(*lib, "concordance", "molen", "--from", "nl", "--to", "fr", "--json").json()
    assert [h["release"] for h in hits] == ["tmx:mijn-geheugen"]
    assert len(run(*lib, "concordance", "werken", "--from", "nl", "--to", "fr", "--json").json()) == 1


def test_twin_two_forgets_of_one_name_at_once_one_is_refused(run, tmp_path: Path):  # noqa: ANN001
    """Fix batch 19: both said 'forgot', the second removing nothing (the check was outside the lock)."""
    lib = _lib(tmp_path)
    assert run(*lib, "memory", "--import", str(write(tmp_path, tmx(GOOD)))).code == 0
    assert twice([*lib, "memory", "--forget", "mijn-geheugen"]) == [0, 2]
    assert run(*lib, "memory", "--imported", "--json").json() == []
    assert run(*lib, "concordance", "molen", "--from", "nl", "--to", "fr", "--json").json() == []


def test_twin_a_forget_while_the_memory_is_rebuilt(run, tmp_path: Path):  # noqa: ANN001
    lib = _lib(tmp_path)
    assert run(*lib, "memory", "--import", str(write(tmp_path, tmx(GOOD)))).code == 0
    assert in_order([*lib, "memory", "--forget", "mijn-geheugen"], [*lib, "memory", "--rebuild"]) == [0, 0]
    assert run(*lib, "concordance", "molen", "--from", "nl", "--to", "fr", "--json").json() == []
    said = run(*lib, "memory", "--json").json()
    assert said["broken"] == 0  # a memory forgotten meanwhile is gone, not 'unreadable'


def test_twin_a_forget_while_a_lookup_runs(run, tmp_path: Path):  # noqa: ANN001
    lib = _lib(tmp_path)
    assert run(*lib, "memory", "--import", str(write(tmp_path, tmx(GOOD)))).code == 0
    look = [*lib, "concordance", "molen", "--from", "nl", "--to", "fr", "--json"]
    assert in_order([*lib, "memory", "--forget", "mijn-geheugen"], look) == [0, 0]
    assert run(*look).json() == []
    assert run(*lib, "memory", "--imported", "--json").json() == []


def test_translate_marks_an_imported_memory_s_exact_match_to_check(run, tmp_path: Path, installed_packages):  # noqa: ANN001
    """Fix batch 19: a TMX unit whose rendering reversed a negation, figures agreeing, came back as an
    exact match marked only 'tm', as the library's own; it says where it is from and to check it."""
    lib = _lib(tmp_path)
    turned = tu("De brug gaat niet dicht.", "Le pont ferme.")  # the negation lost, no figure to tell
    assert run(*lib, "memory", "--import", str(write(tmp_path, tmx(turned)))).code == 0
    args = [*lib, "translate", "--text", "De brug gaat niet dicht.", "--from", "nl", "--to", "fr"]
    data = run(*args, "--json").json()
    (only,) = (s for b in data["blocks"] for s in b["sentences"])
    assert only["provenance"] == "tm" and only["memory"]["release"] == "tmx:mijn-geheugen"
    assert only["memory"]["note"] == "from tmx:mijn-geheugen: check it"
    assert "tm (from tmx:mijn-geheugen: check it)" in run(*args).out
