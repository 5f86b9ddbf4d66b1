"""memory, concordance, terms and the memory in translate, through the CLI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from tests.core.test_translation_memory import archive, write_release

NEW_ID = "2024-06-01-nieuw"
# A new release: two sentences the archive rendered before, one it never saw.
NEW_NL = [
    "De werken starten in het voorjaar.",
    "Volgens minister Jan Voorbeeld gaat het om een investering van 42 miljoen euro.",
    "Een zin die het archief nooit zag staat hier.",
]


def _library(tmp_path: Path) -> Path:
    root = archive(tmp_path)
    folder = root / NEW_ID
    folder.mkdir()
    meta = {
        "id": NEW_ID,
        "date": "2024-06-01",
        "issuer": "FOD Mobiliteit",
        "original_language": "nl",
        "titles": {"nl": "Nieuwe laadpalen"},
        "languages": {"nl": {"provenance": "official"}},
    }
    (folder / "release.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    (folder / "nl.md").write_text("\n\n".join(NEW_NL) + "\n", encoding="utf-8")
    return root


def test_concordance_and_terms(run, tmp_path: Path):
    root = _library(tmp_path)
    built = run("--library", str(root), "memory", "--json").json()
    assert built["aligned"] == 6 and built["pairs"] >= 15  # the new release has no pair: read, nothing kept
    hits = run("--library", str(root), "concordance", "Jan Voorbeeld", "--from", "nl", "--to", "fr", "--json").json()
    assert len(hits) == 5 and hits[0]["date"] == "2024-01-14"
    assert {"release", "date", "issuer", "provenance", "source", "target", "marked", "rendering"} <= set(hits[0])
    assert "**Jan Voorbeeld**" in hits[0]["marked"]
    werken = ("concordance", "werken", "--from", "nl", "--to", "fr", "--limit", "2", "--json")
    (row,) = run("--library", str(root), *werken).json()  # one sentence pair in five releases: one row (trial O)
    assert len(row["releases"]) == 5
    assert run("--library", str(root), "concordance", "x", "--from", "nl", "--to", "fr", "--limit", "0").code == 2
    # the count said is of the pairs shown, and that more exist ('2 pair(s) in the archive' read as all)
    said = run("--library", str(root), "concordance", "Jan Voorbeeld", "--from", "nl", "--to", "fr", "--limit", "2")
    assert "the newest 2 pairs shown, more with a higher --limit" in said.out
    said = run("--library", str(root), "concordance", "Jan Voorbeeld", "--from", "nl", "--to", "fr", "--limit", "5")
    assert "5 pair(s) in the archive" in said.out
    tbx = tmp_path / "terms.tbx"
    terms = run("--library", str(root), "terms", "--from", "nl", "--to", "fr", "--json", "--tbx", str(tbx)).json()
    assert any(t["source"] == "Jan Voorbeeld" and t["count"] == 5 for t in terms)
    tree = ET.parse(tbx)
    written = [t.text for t in tree.findall(".//langSet/tig/term")]
    assert tree.getroot().tag == "martif" and len(tree.findall(".//termEntry")) == len(
        [t for t in terms if not t["same"]]
    )
    assert "Jan Voorbeeld" not in written  # written alike: left out of the listing, so of the TBX (trial X, F6)
    plain = run("--library", str(root), "terms", "--from", "nl", "--to", "fr")
    assert plain.code == 0 and "Federale Overheidsdienst Mobiliteit → Service public fédéral Mobilité" in plain.out
    assert "Jan Voorbeeld →" not in plain.out and "1 name(s) written alike" in plain.out  # in --json, marked


def test_translate_takes_known_sentences_from_the_memory(run, tmp_path: Path, installed_packages):
    root = _library(tmp_path)
    assert run("--library", str(root), "memory").code == 0
    data = run("--library", str(root), "translate", NEW_ID, "--to", "fr", "--json").json()
    sentences = [s for b in data["blocks"] for s in b["sentences"]]
    known = next(s for s in sentences if s["source"] == NEW_NL[0])
    assert known["provenance"] == "tm" and known["target"] == "Les travaux débutent au printemps."
    assert known["memory"]["release"] == "2024-01-14-laadpalen-04"
    fuzzy = next(s for s in sentences if s["source"] == NEW_NL[1])
    assert "provenance" not in fuzzy and fuzzy["tm"] and fuzzy["tm"][0]["score"] >= 0.75
    assert "42 millions" in fuzzy["tm"][0]["target"]
    unknown = next(s for s in sentences if s["source"] == NEW_NL[2])
    assert unknown["tm"] == []
    table = run("--library", str(root), "translate", NEW_ID, "--to", "fr")  # the table says tm, not cached
    assert table.code == 0 and " tm " in table.out and "tm 1 from the archive's renderings" in table.out
    off = run("--library", str(root), "translate", NEW_ID, "--to", "fr", "--json", "--no-tm").json()
    assert all("provenance" not in s for b in off["blocks"] for s in b["sentences"])
    assert run("--library", str(root), "translate", NEW_ID, "--to", "fr", "--save").code == 0
    saved = yaml.safe_load((root / NEW_ID / "release.yaml").read_text(encoding="utf-8"))
    assert saved["languages"]["fr"]["memory"] == 1


def test_the_memory_serves_when_no_server_answers_and_the_local_models_translate(
    run, tmp_path: Path, installed_packages
):
    """A team that names its LibreTranslate server keeps its memory's matches on a day the server is
    down: the local models stand in for the server, not for the archive (a new user's trial)."""
    from tests.remote.conftest import free_port

    root = _library(tmp_path)
    assert run("--library", str(root), "memory").code == 0
    nobody = f"http://127.0.0.1:{free_port()}"
    result = run("--library", str(root), "--engine-url", nobody, "translate", NEW_ID, "--to", "fr", "--json")
    assert result.code == 0 and "translating with the local models" in result.err
    sentences = [s for b in result.json()["blocks"] for s in b["sentences"]]
    known = next(s for s in sentences if s["source"] == NEW_NL[0])
    assert known["provenance"] == "tm" and known["target"] == "Les travaux débutent au printemps."
    fuzzy = next(s for s in sentences if s["source"] == NEW_NL[1])
    assert fuzzy["tm"] and "42 millions" in fuzzy["tm"][0]["target"]


def test_a_fully_remembered_release_loads_no_model(tmp_path: Path, installed_packages):
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine
    from reader.core.library import Library
    from reader.core.memory.lookup import ArchiveMemory
    from reader.core.memory.store import MemoryStore

    root = archive(tmp_path)
    write_release(root, "2024-07-01-herhaald", "2024-07-01", ["De werken starten in het voorjaar."], ["x"], "machine")
    store = MemoryStore(root, tmp_path / "cache")
    store.update()
    engine = Engine(installed_packages, TranslationCache(tmp_path / "tc.sqlite3"))
    engine.memory = ArchiveMemory(store)
    release = Library.load(root).get("2024-07-01-herhaald")
    result = engine.translate_blocks(release.versions["nl"].blocks, "nl", "fr")
    assert result.complete and result.from_memory == 1
    assert engine.loads == 0


def test_translate_without_a_built_memory_says_nothing_and_works(run, tmp_path: Path, installed_packages):
    root = _library(tmp_path)
    result = run("--library", str(root), "translate", NEW_ID, "--to", "fr", "--json")
    assert result.code == 0
    assert all("provenance" not in s for b in result.json()["blocks"] for s in b["sentences"])


def test_check_flags_a_rendering_the_archive_never_used(run, tmp_path: Path):
    root = archive(tmp_path)
    odd = "2024-08-01-anders"
    nl = ["Volgens minister Jan Voorbeeld gaat het om een investering van 7 miljoen euro."]
    fr = ["Selon le ministre Pierre Exemple, il s'agit d'un investissement de 7 millions d'euros."]
    write_release(root, odd, "2024-08-01", nl, fr)
    before = run("--library", str(root), "check", odd, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    assert "consistency" not in before.out  # no memory built: nothing learned, nothing said
    assert run("--library", str(root), "memory").code == 0
    after = run("--library", str(root), "check", odd, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    flags = [f for p in after.json() for f in p["flags"] if f["code"] == "consistency"]
    assert flags and "Jan Voorbeeld" in flags[0]["message"] and "Pierre Exemple" in flags[0]["message"]
    assert "2024-01-14-laadpalen-04" in flags[0]["message"]


def test_a_memory_of_an_older_version_is_not_rebuilt_unasked(run, tmp_path: Path):
    import sqlite3

    from reader.core.memory.store import MemoryStore

    root = archive(tmp_path)
    assert run("--library", str(root), "memory").code == 0
    path = next((tmp_path / "cache").rglob("memory-*.sqlite3"))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version=1")
    result = run(
        "--library", str(root), "check", "2024-01-10-laadpalen-00", "--source", "nl", "--target", "fr", "--no-mt"
    )
    assert result.code == 0 and "older press-reader" in result.err
    assert f"press-reader --library {root} memory" in result.err
    assert not MemoryStore(root, tmp_path / "cache").built()  # still the old one: nothing rebuilt
    assert run("--library", str(root), "memory").code == 0
    assert MemoryStore(root, tmp_path / "cache").built()


def test_one_release_marks_no_rendering_by_association_and_elisions_stay_whole(run, library_dir: Path):
    """The sentences of one release share its words: no contrast, so only shared names and the
    glossary's equivalents are marked ('Liège' for 'Luik', never 'un' or 'et'); the console
    output keeps an elided article joined to its word ('l'accord')."""
    from tests.conftest import SEED_ID

    assert run("--library", str(library_dir), "memory").code == 0
    hits = run("--library", str(library_dir), "concordance", "Luik", "--from", "nl", "--to", "fr", "--json").json()
    assert hits and all(hit["release"] == SEED_ID for hit in hits)
    assert all(set(hit["rendering"]) <= {"Liège"} for hit in hits)  # the glossary's, never 'un' or 'et'
    assert any(hit["rendering"] == ["Liège"] for hit in hits)
    shown = run("--library", str(library_dir), "concordance", "samenwerkingsakkoord", "--from", "nl", "--to", "fr")
    assert shown.code == 0 and "l' " not in shown.out and "l'accord" in shown.out.replace("\n", " ")


def test_the_tbx_holds_what_terms_lists_and_nothing_it_left_out(run, tmp_path: Path):
    """`terms --tbx` listed '1 name(s) written alike … left out' and wrote that pair (trial X, F6)."""
    root = _library(tmp_path)
    tbx = tmp_path / "terms.tbx"
    listed = run("--library", str(root), "terms", "--from", "nl", "--to", "fr", "--min-count", "2", "--tbx", str(tbx))
    assert listed.code == 0 and "1 name(s) written alike" in listed.out
    shown = [line.split(" → ")[0] for line in listed.out.splitlines() if " → " in line]
    entries = ET.parse(tbx).findall(".//termEntry")
    assert [e.find("langSet/tig/term").text for e in entries] == shown  # type: ignore[union-attr]
    assert (
        "wrote" in listed.err and f"({len(shown)} term pairs; 1 name(s) written alike in both left out)" in listed.err
    )


def test_two_terms_writing_one_tbx_at_once_leave_it_whole(run, tmp_path: Path):
    from tests.two_writers import twice

    root = _library(tmp_path)
    assert run("--library", str(root), "memory").code == 0
    tbx = tmp_path / "terms.tbx"
    argv = ["--library", str(root), "terms", "--from", "nl", "--to", "fr", "--min-count", "2", "--tbx", str(tbx)]
    assert twice(argv) == [0, 0]
    written = [t.text for t in ET.parse(tbx).findall(".//langSet/tig/term")]
    assert written and "Jan Voorbeeld" not in written
