"""Editing renderings segment by segment, history and restore, and the XLIFF round trip (CLI)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.core.library import Library
from tests.conftest import SEED_ID

BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def _segments(run) -> list[dict]:  # noqa: ANN001
    return run("review", *BASE, "--json").json()["segments"]


def _inject(lib: Path, old: str, new: str) -> None:
    fr = lib / SEED_ID / "fr.md"
    text = fr.read_text(encoding="utf-8")
    assert old in text
    fr.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_fixes_the_flag_and_leaves_every_other_segment_alone(run, lib: Path):
    _inject(lib, "75 millions", "57 millions")
    before = _segments(run)
    (bad,) = [i for i, s in enumerate(before, 1) if any(f["code"] == "number" for f in s["flags"])]
    fixed = before[bad - 1]["target"].replace("57 millions", "75 millions")
    result = run("review", *BASE, "--segment", str(bad), "--edit", fixed, "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["segments"][0]["text"] == fixed and data["segments"][0]["flags"] == []
    assert data["provenance"]["provenance"] == "unofficial" and data["provenance"]["editors"] == ["Tester"]
    after = _segments(run)
    assert [s["target"] for s in after] == [s["target"] if i != bad else fixed for i, s in enumerate(before, 1)]
    history = run("history", SEED_ID, "--lang", "fr", "--json").json()
    assert len(history) == 1 and history[0]["who"] == "Tester" and "segment" in history[0]["why"]
    assert "57 millions" in Path(history[0]["path"]).read_text(encoding="utf-8")


def test_an_empty_edit_file_is_refused_and_changes_nothing(run, lib: Path, tmp_path: Path):
    before = (lib / SEED_ID / "fr.md").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    result = run("review", *BASE, "--segment", "2", "--edit-file", str(empty))
    assert result.code == 2 and "empty" in result.err and len(result.err.strip().splitlines()) == 1
    assert (lib / SEED_ID / "fr.md").read_bytes() == before


def test_edit_from_a_file_and_a_state_with_it(run, lib: Path, tmp_path: Path):
    edit = tmp_path / "edit.txt"
    segments = _segments(run)
    edit.write_text(segments[2]["target"] + " Une phrase ajoutée.\n", encoding="utf-8")
    result = run("review", *BASE, "--segment", "3", "--edit-file", str(edit), "--set", "ok", "--json")
    assert result.code == 0, result.err
    assert result.json()["segments"][0]["status"] == "ok"


def test_an_edited_segment_goes_back_to_todo(run, lib: Path):
    assert run("review", *BASE, "--segment", "5", "--set", "ok").code == 0
    target = _segments(run)[4]["target"]
    assert run("review", *BASE, "--segment", "5", "--edit", target + " Encore.").code == 0
    assert _segments(run)[4]["status"] == "todo"


def test_a_machine_version_becomes_post_edited(run, lib: Path):
    library = Library.load(lib)
    release = library.get(SEED_ID)
    from reader.core.model import Provenance

    fr = release.versions["fr"]
    machine = Provenance(
        "machine", engine="argos-translate + ctranslate2", models=[{"code": "translate-en_fr", "version": "1.9"}]
    )
    library.save_version(release, "fr", fr.blocks, machine, fr.title, who="setup")
    target = _segments(run)[3]["target"]
    data = run("review", *BASE, "--segment", "4", "--edit", target + " Corrigé.", "--json").json()
    provenance = data["provenance"]
    assert provenance["provenance"] == "post-edited" and provenance["editors"] == ["Tester"]
    assert provenance["models"] == [{"code": "translate-en_fr", "version": "1.9"}]
    listed = run("list", "--json").json()[0]["languages"]["fr"]
    assert listed["provenance"] == "post-edited"


def test_the_official_version_is_never_edited(run, lib: Path):
    nl = lib / SEED_ID / "nl.md"
    before = nl.read_bytes()
    reverse = [SEED_ID, "--source", "fr", "--target", "nl", "--no-mt"]
    result = run("review", *reverse, "--segment", "3", "--edit", "Een voorstel van de vertaler.")
    assert (
        result.code == 0 and "official" in result.err and len(result.err.strip().splitlines()) == 1
    )  # a proposal, kept
    assert nl.read_bytes() == before and not (lib / SEED_ID / "history").exists()
    rows = run("review", *reverse, "--json").json()["segments"]
    assert rows[2]["comment"].endswith("proposed: Een voorstel van de vertaler.") and rows[2]["status"] == "flagged"


def test_restore_brings_back_the_text_and_keeps_the_replaced_one(run, lib: Path):
    fr = lib / SEED_ID / "fr.md"
    original = fr.read_bytes()
    target = _segments(run)[3]["target"]
    assert run("review", *BASE, "--segment", "4", "--edit", target + " Ajout.").code == 0
    (first,) = run("history", SEED_ID, "--lang", "fr", "--json").json()
    shown = run("history", SEED_ID, "--lang", "fr", "--show", first["stamp"])
    assert shown.out.encode("utf-8") == original
    assert run("history", SEED_ID, "--lang", "fr", "--restore", first["stamp"]).code == 0
    assert fr.read_bytes() == original
    assert len(run("history", SEED_ID, "--lang", "fr", "--json").json()) == 2
    assert run("history", SEED_ID, "--lang", "fr", "--restore", "nope").code == 2
    every = run("history", SEED_ID, "--json").json()  # no --lang: every language's earlier texts
    assert [r["lang"] for r in every] == ["fr", "fr"] and run("history", SEED_ID, "--lang", "nl", "--json").json() == []
    assert "fr" in run("history", SEED_ID).out
    # copied from the fr row, no --lang: the one language holding that stamp (a new user's trial)
    alone = run("history", SEED_ID, "--show", first["stamp"])
    assert alone.code == 0 and alone.out.encode("utf-8") == original
    wrong = run("history", SEED_ID, "--lang", "nl", "--show", first["stamp"])  # another language asked for
    assert wrong.code == 2 and "add --lang fr" in wrong.err


@pytest.mark.parametrize(
    "argv",
    [
        ["--segment", "999", "--edit", "x"],
        ["--edit", "x"],
        ["--segment", "2", "--edit", "x", "--edit-file", "f"],
        ["--segment", "5", "--edit", ""],  # an empty text deleted the sentence, exit 0
        ["--segment", "5", "--edit", "   "],
        ["--segment", "2", "--edit", ""],  # the letterhead block went with it
        ["--segment", "1", "--edit", ""],
    ],
)
def test_bad_edit_requests(run, lib: Path, argv: list[str]):
    before = (lib / SEED_ID / "fr.md").read_bytes()
    result = run("review", *BASE, *argv)
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert (lib / SEED_ID / "fr.md").read_bytes() == before


def _roundtrip(path: Path, changes: dict[int, str], states: dict[int, str]) -> Path:
    from translate.storage import xliff2

    store = xliff2.Xliff2File.parsestring(path.read_bytes())
    units = list(store.units)
    for index, target in changes.items():
        units[index].target = target
    for index, state in states.items():
        units[index].xmlelement.set("state", state)
    out = io.BytesIO()
    store.serialize(out)
    changed = path.with_name("changed.xlf")
    changed.write_bytes(out.getvalue())
    return changed


def test_xliff_round_trip_changes_exactly_those_segments(run, lib: Path, tmp_path: Path):
    exported = tmp_path / "seed.xlf"
    assert run("export", *BASE, "--format", "xliff", "-o", str(exported)).code == 0
    before = _segments(run)
    new4 = before[3]["target"].replace("potentiel", "grand potentiel")
    new9 = before[8]["target"].replace("22 hectares", "vingt-deux hectares")
    changed = _roundtrip(exported, {3: new4, 8: new9}, {5: "reviewed"})
    preview = run("import", str(changed), "--dry-run", "--json")
    assert preview.code == 0, preview.err
    assert [c["segment"] for c in preview.json()["changes"]] == [4, 6, 9]
    assert _segments(run) == before  # a dry run writes nothing
    result = run("import", str(changed), "--json")
    assert result.code == 0, result.err
    after = _segments(run)
    expected = [s["target"] for s in before]
    expected[3], expected[8] = new4, new9
    assert [s["target"] for s in after] == expected
    assert [s["status"] for s in after] == ["ok" if i == 5 else "todo" for i in range(len(after))]
    again = run("import", str(changed), "--json")
    assert again.code == 0 and again.json()["changes"] == []  # taking it back twice changes nothing


def test_a_state_set_in_the_cat_tool_on_a_pair_said_twice_is_taken(run, lib: Path, tmp_path: Path):
    """A sentence pair said twice (a repeated closing line): the export remembered the last one's
    state for both, so the CAT tool's approval of the first, flagged in review, was refused as
    'changed both in the file and in the library' (a new user's trial)."""
    for lang, said in (("nl", "Meer informatie volgt later."), ("fr", "Plus d'informations suivront.")):
        path = lib / SEED_ID / f"{lang}.md"
        text = path.read_text(encoding="utf-8").rstrip("\n")
        parts = text.split("\n\n")
        parts[-2:-2] = [said]
        path.write_text("\n\n".join([*parts, said]) + "\n", encoding="utf-8")
    segments = _segments(run)
    twice = [i for i, s in enumerate(segments, 1) if s["source"] == "Meer informatie volgt later."]
    assert len(twice) == 2
    assert run("review", *BASE, "--segment", str(twice[0]), "--set", "flagged").code == 0
    exported = tmp_path / "seed.xlf"
    assert run("export", *BASE, "--format", "xliff", "-o", str(exported)).code == 0
    changed = _roundtrip(exported, {}, {twice[0] - 1: "reviewed"})
    xml = changed.read_text(encoding="utf-8")
    assert xml.count('subState="press-reader:flagged"') == 1  # the CAT tool's approval drops it
    changed.write_text(xml.replace(' subState="press-reader:flagged"', ""), encoding="utf-8")
    result = run("import", str(changed))
    assert result.code == 0 and "changed both" not in result.err, result.err
    assert [s["status"] for s in _segments(run) if s["source"] == "Meer informatie volgt later."] == ["ok", "todo"]


def test_xliff_whose_source_no_longer_matches_is_not_taken_and_named(run, lib: Path, tmp_path: Path):
    """The original changed since the export: a unit translated from the old text is not taken, and
    named; the file's other units still count. It was the file's only edit: none could be applied,
    so the import fails (exit 2), its plan still said in --json."""
    exported = tmp_path / "seed.xlf"
    assert run("export", *BASE, "--format", "xliff", "-o", str(exported)).code == 0
    nl = lib / SEED_ID / "nl.md"
    nl.write_text(nl.read_text(encoding="utf-8").replace("22 hectare", "23 hectare"), encoding="utf-8")
    before = (lib / SEED_ID / "fr.md").read_bytes()
    changed = [i for i, s in enumerate(_segments(run)) if "23 hectare" in s["source"]]
    result = run("import", str(_roundtrip(exported, {changed[0]: "Autre chose."}, {})), "--json")
    assert result.code == 2, result.err
    assert result.json()["stale"] == [changed[0] + 1] and "changed in the library since" in result.err
    assert "none of the file's edits could be applied" in result.err.splitlines()[-1]
    assert (lib / SEED_ID / "fr.md").read_bytes() == before


def xliff_1_2(path: Path, units: str, datatype: str = "plaintext") -> Path:
    """An XLIFF 1.2 file as a CAT tool writes it back, around its trans-units (the seed's languages)."""
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file original="seed" source-language="nl-BE" target-language="fr-BE" datatype="{datatype}"><body>'
        f"{units}</body></file></xliff>",
        encoding="utf-8",
    )
    return path


def test_xliff_1_2_as_cat_tools_write_it(run, lib: Path, tmp_path: Path):
    before = _segments(run)
    target = before[4]["target"] + " Modifié."
    units = "".join(
        f'<trans-unit id="s{i}-x" approved="{"yes" if i == 3 else "no"}"><source>{_xml(s["source"])}</source>'
        f'<target state="translated">{_xml(target if i == 5 else s["target"])}</target></trans-unit>'
        for i, s in enumerate(before, 1)
    )
    xlf = xliff_1_2(tmp_path / "cat.xlf", units)
    said = run("import", str(xlf), "--dry-run")  # the file names no release: its sources do (trial X, F1)
    assert said.code == 0 and f"its sources are all release {SEED_ID}'s" in said.err, said.err
    result = run("import", str(xlf), "--release", SEED_ID, "--json")
    assert result.code == 0, result.err
    after = _segments(run)
    assert after[4]["target"] == target and after[2]["status"] == "ok"
    assert [s["target"] for i, s in enumerate(after) if i != 4] == [s["target"] for i, s in enumerate(before) if i != 4]


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_xliff_junk_is_refused(run, lib: Path, tmp_path: Path):
    bad = tmp_path / "bad.xlf"
    bad.write_text("<xliff", encoding="utf-8")
    assert run("import", str(bad)).code == 2
    entity = tmp_path / "entity.xlf"
    entity.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="nl" trgLang="fr">'
        '<file id="f" original="press-reader:' + SEED_ID + '"><unit id="s1-x"><segment>'
        "<source>&e;</source><target>&e;</target></segment></unit></file></xliff>"
    )
    result = run("import", str(entity), "--json")
    assert "root:" not in result.out and json.dumps(result.out).count("/bin/") == 0
    unnamed = tmp_path / "unnamed.xlf"  # a file that names no languages: said so, not "language None"
    unnamed.write_text(
        '<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0">'
        f'<file id="f" original="press-reader:{SEED_ID}"><unit id="s1-x"><segment>'
        "<source>Tekst</source><target>Texte</target></segment></unit></file></xliff>",
        encoding="utf-8",
    )
    said = run("import", str(unnamed))
    assert said.code == 2 and "names no source language" in said.err and "None" not in said.err


def test_an_edit_keeps_the_segments_comment_and_sends_it_back_to_todo(run, lib: Path):
    _inject(lib, "75 millions", "57 millions")
    before = _segments(run)
    (bad,) = [i for i, s in enumerate(before, 1) if any(f["code"] == "number" for f in s["flags"])]
    assert run("review", *BASE, "--segment", str(bad), "--set", "flagged", "--comment", "montant faux").code in (0, 1)
    fixed = before[bad - 1]["target"].replace("57 millions", "75 millions")
    assert run("review", *BASE, "--segment", str(bad), "--edit", fixed).code == 0
    (now,) = [s for s in _segments(run) if s["target"] == fixed]
    assert now["comment"] == "montant faux" and now["status"] == "todo"


def test_an_edit_while_another_process_comments_elsewhere_keeps_both(run, lib: Path):
    import subprocess
    import sys

    segments = _segments(run)
    other = subprocess.Popen(
        [sys.executable, "-m", "reader", "review", *BASE, "--segment", "2", "--comment", "second writer"],
        env={**__import__("os").environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    run("review", *BASE, "--segment", "3", "--comment", "first writer")
    assert run("review", *BASE, "--segment", "3", "--edit", segments[2]["target"] + " Encore.").code == 0
    other.wait(timeout=60)
    after = {s["comment"] for s in _segments(run)}
    assert {"first writer", "second writer"} <= after


def test_a_shorter_edit_keeps_how_the_reviewed_neighbours_pair_and_their_states(run, lib: Path):
    """A much shorter rendering of one sentence used to be read 1-2 with the next one: every reviewed
    segment after it moved, lost its state and comment, and the edit's confirmation named another number."""
    before = _segments(run)
    for n in (4, 5, 6, 7):
        assert run("review", *BASE, "--segment", str(n), "--set", "ok", "--comment", f"checked {n}").code == 0
    short = "Aujourd'hui, deux hommes ont signé un accord."
    result = run("review", *BASE, "--segment", "3", "--edit", short, "--json")
    assert result.code == 0, result.err
    assert result.json()["segments"][0]["segment"] == 3
    after = _segments(run)
    assert len(after) == len(before) and after[2]["target"] == short
    for n in (4, 5, 6, 7):
        assert after[n - 1]["target"] == before[n - 1]["target"]
        assert (after[n - 1]["status"], after[n - 1]["comment"]) == ("ok", f"checked {n}")


def test_a_shorter_edit_holds_its_segment_in_every_later_check(run, lib: Path):
    """With no state around it, a much shorter rendering was paired with the next paragraph by the
    next `review`: the edit is kept with the review state and holds the alignment from then on."""
    before = _segments(run)
    short = "Texte bref."
    assert run("review", *BASE, "--segment", "3", "--edit", short).code == 0
    after = _segments(run)
    assert len(after) == len(before) and after[2]["target"] == short
    assert [s["target"] for s in after[3:]] == [s["target"] for s in before[3:]]


def test_an_edit_of_the_letterhead_keeps_one_row_its_comment_and_an_older_xliff(run, lib: Path, tmp_path: Path):
    """The French half corrected: the Dutch original's printed copy of it is no row of its own, the
    comment follows the edit, and a file exported before still lines up with the segments."""
    exported = tmp_path / "seed.xlf"
    assert run("export", *BASE, "--format", "xliff", "-o", str(exported)).code == 0
    before = _segments(run)
    assert before[1]["kind"] == "letterhead"
    assert run("review", *BASE, "--segment", "2", "--set", "flagged", "--comment", "titres à vérifier").code == 0
    corrected = before[1]["target"].replace("Commerce Extérieur", "Commerce extérieur")
    assert corrected != before[1]["target"] and "\n" in corrected
    assert run("review", *BASE, "--segment", "2", "--edit", corrected).code == 0
    after = _segments(run)
    assert len(after) == len(before) and [s["kind"] for s in after] == [s["kind"] for s in before]
    assert (after[1]["target"], after[1]["comment"]) == (corrected, "titres à vérifier")
    new4 = before[3]["target"].replace("potentiel", "grand potentiel")
    taken = run("import", str(_roundtrip(exported, {3: new4}, {})), "--json")
    assert taken.code == 0, taken.err
    assert _segments(run)[3]["target"] == new4 and _segments(run)[1]["target"] == corrected


def _machine_french(lib: Path) -> None:
    """The seed's French as if a machine had written it (the same text, machine provenance)."""
    from reader.core.model import Provenance

    library = Library.load(lib)
    release = library.get(SEED_ID)
    fr = release.versions["fr"]
    machine = Provenance("machine", engine="argos-translate + ctranslate2", models=[])
    library.save_version(release, "fr", fr.blocks, machine, fr.title, who="setup")


def test_exports_say_which_targets_a_machine_wrote_and_take_back_the_same(run, lib: Path, tmp_path: Path):
    """A CAT tool's memory fed the file must not take machine output for a translator's work."""
    _machine_french(lib)
    out = {fmt: tmp_path / f"seed.{fmt}" for fmt in ("tmx", "xliff", "xliff12")}
    for fmt, path in out.items():
        assert run("export", *BASE, "--format", fmt, "-o", str(path)).code == 0
    assert '<prop type="x-provenance">machine</prop>' in out["tmx"].read_text(encoding="utf-8")
    assert 'subState="press-reader:machine"' in out["xliff"].read_text(encoding="utf-8")
    assert 'state-qualifier="mt-suggestion"' in out["xliff12"].read_text(encoding="utf-8")
    before = _segments(run)
    for fmt in ("xliff", "xliff12"):  # taken back as they are: nothing changes, no state is set
        taken = run("import", str(out[fmt]), "--json")
        assert taken.code == 0 and taken.json()["changes"] == [], taken.err
    assert _segments(run) == before


def test_an_official_text_replaces_a_machine_translation_without_force(run, lib: Path, tmp_path: Path):
    """The published French takes the machine's place (kept in history); an official one still needs --force."""
    _machine_french(lib)
    page = tmp_path / "fr.txt"
    page.write_text(
        "Kris Peeters et Alibaba signent un accord\n\nBruxelles, le 5 décembre 2018\n\n"
        "Le vice-Premier ministre a signé aujourd'hui un accord de coopération avec Alibaba.\n",
        encoding="utf-8",
    )
    result = run("import", str(page), "--release", SEED_ID)
    assert result.code == 0, result.err
    assert "replaces the machine translation of 'fr'" in result.err
    assert run("list", "--json").json()[0]["languages"]["fr"]["provenance"] == "official"
    assert run("history", SEED_ID, "--lang", "fr", "--json").json()  # the machine text kept
    again = run("import", str(page), "--release", SEED_ID)  # the same page: skipped, as without --release
    assert again.code == 0 and "(skipped)" in again.err
    page.write_text(page.read_text(encoding="utf-8").replace("aujourd'hui", "ce mercredi"), encoding="utf-8")
    other = run("import", str(page), "--release", SEED_ID)  # another official text: --force
    assert other.code == 2 and "--force" in other.err


def _import_page(library: str, page: str, barrier) -> None:  # noqa: ANN001
    import os
    import sys

    os.environ["PRESS_READER_LIBRARY"] = library
    from reader.cli import main

    barrier.wait()
    sys.exit(main(["import", page, "--release", SEED_ID]))


def test_twin_two_processes_replace_a_machine_translation_at_once(run, lib: Path, tmp_path: Path):
    """One official text lands, the other is refused by name; the machine text is in history."""
    import multiprocessing

    _machine_french(lib)
    pages = []
    for n in (1, 2):
        page = tmp_path / f"fr{n}.txt"
        page.write_text(
            f"Kris Peeters et Alibaba signent un accord ({n})\n\nBruxelles, le 5 décembre 2018\n\n"
            f"Le vice-Premier ministre a signé aujourd'hui l'accord numéro {n} avec Alibaba.\n",
            encoding="utf-8",
        )
        pages.append(page)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_import_page, args=(str(lib), str(pages[0]), barrier))
    other.start()
    barrier.wait()
    mine = run("import", str(pages[1]), "--release", SEED_ID)
    other.join(60)
    assert sorted([other.exitcode, mine.code]) == [0, 2]
    shown = run("show", SEED_ID, "--lang", "fr", "--json").json()
    assert shown["languages"]["fr"]["provenance"] == "official"
    winner = 1 if other.exitcode == 0 else 2
    assert f"numéro {winner}" in " ".join(b["text"] for b in shown["blocks"])
    assert run("history", SEED_ID, "--lang", "fr", "--json").json()


def _listed_release(run, tmp_path: Path) -> tuple[tuple[str, str], list[str], Path]:  # noqa: ANN001
    """A Dutch list of three rules, its French of two: the library, the review's arguments, fr.md."""
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "nl.txt").write_text(
        "Drie nieuwe regels\n\nGent, 3 maart 2025\n\nDe gemeente voert drie regels in:\n\n"
        "- fietsen parkeren in de rekken;\n- honden aan de leiband;\n- geen glas in het park.\n",
        encoding="utf-8",
    )
    (tmp_path / "fr.txt").write_text(
        "Trois nouvelles règles\n\nGand, le 3 mars 2025\n\nLa commune instaure trois règles :\n\n"
        "- les vélos se garent dans les râteliers ;\n- pas de verre dans le parc.\n",
        encoding="utf-8",
    )
    release_id = run(*lib, "import", str(tmp_path / "nl.txt"), "--json").json()["id"]
    fr = ["import", str(tmp_path / "fr.txt"), "--release", release_id, "--provenance", "unofficial"]
    assert run(*lib, *fr).code == 0
    return lib, [release_id, "--source", "nl", "--target", "fr", "--no-mt"], tmp_path / "lib" / release_id / "fr.md"


def _segment_of(run, lib: tuple[str, str], base: list[str], words: str) -> int:  # noqa: ANN001
    return next(
        s["segment"] for s in run(*lib, "review", *base, "--json").json()["segments"] if words in (s["target"] or "")
    )


def test_an_item_typed_under_an_edited_list_item_is_an_item_of_its_own(run, tmp_path: Path):
    """A reviser restoring a dropped item types it on a line under the one before: it was glued to
    that item, and the check then found the list whole."""
    lib, base, fr = _listed_release(run, tmp_path)
    first = _segment_of(run, lib, base, "râteliers")
    text = "les vélos se garent dans les râteliers ;\n- les chiens sont tenus en laisse ;"
    assert run(*lib, "review", *base, "--segment", str(first), "--edit", text).code == 0
    lines = [line for line in fr.read_text(encoding="utf-8").splitlines() if line.startswith("- ")]
    assert lines == [
        "- les vélos se garent dans les râteliers ;",
        "- les chiens sont tenus en laisse ;",
        "- pas de verre dans le parc.",
    ]


def _edit_in_process(library: str, argv: list[str], barrier) -> None:  # noqa: ANN001
    import sys

    from reader.cli import main

    barrier.wait()
    sys.exit(main(["--library", library, *argv]))


def test_twin_two_processes_add_an_item_under_two_items_at_once(run, tmp_path: Path):
    """Each adds an item under another item of the same list at the same moment: both land (the
    second merged into the first's write) or one is refused by name; nothing is glued or lost."""
    import multiprocessing

    lib, base, fr = _listed_release(run, tmp_path)
    first, last = _segment_of(run, lib, base, "râteliers"), _segment_of(run, lib, base, "verre")
    mine = ["review", *base, "--segment", str(first), "--edit", "les vélos se garent dans les râteliers ;\n- A ;"]
    theirs = ["review", *base, "--segment", str(last), "--edit", "pas de verre dans le parc.\n- B."]
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_edit_in_process, args=(lib[1], theirs, barrier))
    other.start()
    barrier.wait()
    result = run(*lib, *mine)
    other.join(60)
    lines = [line for line in fr.read_text(encoding="utf-8").splitlines() if line.startswith("- ")]
    assert all(line.count("- ") == 1 for line in lines)  # never two items on one line
    landed = {"A": "- A ;" in lines, "B": "- B." in lines}
    assert landed["A"] == (result.code == 0) and landed["B"] == (other.exitcode == 0)
    assert any(landed.values())


def test_an_edit_opening_in_lower_case_after_a_sentence_is_refused_by_name(run, tmp_path: Path):
    """'l'État …' typed for a sentence in the middle of a paragraph read as the end of the sentence
    before it: the next check joined the two, and that segment's mark and comment were lost (a careful
    user's trial). Refused in one line, nothing written; with a capital it is written."""
    from tests.core.test_checks import make_release

    rid = "2024-05-02-plan"
    nl = "De regering keurt een plan goed voor de stations. De minister stelt het vandaag voor in Gent.\n"
    fr = "Le gouvernement approuve un plan pour les gares. Le ministre le présente aujourd'hui à Gand.\n"
    meta = make_release(tmp_path / "lib", rid, nl, fr) / "release.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("fr: official", "fr: unofficial"), encoding="utf-8")
    lib = ("--library", str(tmp_path / "lib"))
    args = (rid, "--source", "nl", "--target", "fr", "--no-mt")
    segments = run(*lib, "review", *args, "--json").json()["segments"]
    (first,) = [s["segment"] for s in segments if s["target"].startswith("Le gouvernement")]
    assert run(*lib, "review", *args, "--segment", str(first), "--set", "flagged", "--comment", "à revoir").code == 0
    body = tmp_path / "lib" / rid / "fr.md"
    before = body.read_bytes()
    refused = run(
        *lib, "review", *args, "--segment", str(first + 1), "--edit", "l'État le présente aujourd'hui à Gand."
    )
    assert refused.code == 2 and "opens in lower case" in refused.err and refused.err.count("\n") == 1
    assert body.read_bytes() == before
    written = run(
        *lib, "review", *args, "--segment", str(first + 1), "--edit", "L'État le présente aujourd'hui à Gand."
    )
    assert written.code == 0, written.err
    after = run(*lib, "review", *args, "--json").json()["segments"]
    assert [(s["status"], s["comment"]) for s in after if s["segment"] == first] == [("flagged", "à revoir")]


def test_after_one_post_edit_the_targets_nobody_edited_stay_said_as_the_machine_s(run, lib: Path, tmp_path: Path):
    """One segment post-edited made the version 'post-edited', and every target was then exported as
    a person's: raw machine output went into a CAT tool's memory as human work (a translator's trial)."""
    _machine_french(lib)
    before = _segments(run)
    edited = before[3]["target"].replace("potentiel", "grand potentiel")
    assert run("review", *BASE, "--segment", "4", "--edit", edited).code == 0
    tmx, xliff12 = tmp_path / "seed.tmx", tmp_path / "seed.xlf"
    assert run("export", *BASE, "--format", "tmx", "-o", str(tmx)).code == 0
    assert run("export", *BASE, "--format", "xliff12", "-o", str(xliff12)).code == 0
    text = tmx.read_text(encoding="utf-8")
    assert text.count('<prop type="x-provenance">post-edited</prop>') == 1
    assert '<prop type="x-provenance">machine</prop>' in text
    units = xliff12.read_text(encoding="utf-8")
    assert units.count('state-qualifier="mt-suggestion"') == sum(1 for s in before if s["target"]) - 1
