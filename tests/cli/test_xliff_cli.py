"""XLIFF 1.2 beside 2.0: the rules of each version, round trips, line breaks, and imports that cannot
swap the languages (a CAT tool's untranslated units hold a copy of the source)."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import SEED_ID

BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
X12 = "urn:oasis:names:tc:xliff:document:1.2"
X20 = "urn:oasis:names:tc:xliff:document:2.0"
SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# The target states XLIFF 1.2 allows (its AttrType_state list) and the elements that take xml:space.
STATES_12 = {
    "final",
    "needs-adaptation",
    "needs-l10n",
    "needs-review-adaptation",
    "needs-review-l10n",
    "needs-review-translation",
    "needs-translation",
    "new",
    "signed-off",
    "translated",
}
SPACE_ON = {
    "1.2": {"file", "group", "trans-unit", "bin-unit"},
    "2.0": {"xliff", "file", "group", "unit", "source", "target", "data"},
}


def _segments(run) -> list[dict]:  # noqa: ANN001
    return run("review", *BASE, "--json").json()["segments"]


def _export(run, tmp_path: Path, fmt: str, *extra: str) -> Path:  # noqa: ANN001
    out = tmp_path / f"seed-{fmt}.xlf"
    result = run("export", *BASE, "--format", fmt, *extra, "-o", str(out))
    assert result.code == 0, result.err
    return out


def _units(path: Path) -> list[tuple[etree._Element, etree._Element, etree._Element]]:
    """(unit, source, target) of each unit, for either version."""
    root = etree.parse(str(path)).getroot()
    if root.tag == f"{{{X12}}}xliff":
        return [(u, u.find(f"{{{X12}}}source"), u.find(f"{{{X12}}}target")) for u in root.iter(f"{{{X12}}}trans-unit")]
    segments = [(u, u.find(f"{{{X20}}}segment")) for u in root.iter(f"{{{X20}}}unit")]
    return [(u, s.find(f"{{{X20}}}source"), s.find(f"{{{X20}}}target")) for u, s in segments]


def _rewrite(path: Path, targets: dict[int, str], name: str = "changed.xlf") -> Path:
    """The file with the targets of some units (0-based) replaced, as a CAT tool saves it."""
    tree = etree.parse(str(path))
    units = [e for e in tree.iter() if etree.QName(e).localname in ("trans-unit", "unit")]
    for index, text in targets.items():
        next(e for e in units[index].iter() if etree.QName(e).localname == "target").text = text
    out = path.with_name(name)
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


def _fr(lib: Path) -> bytes:
    return (lib / SEED_ID / "fr.md").read_bytes()


def test_xliff12_export_keeps_the_rules_of_1_2(run, lib: Path, tmp_path: Path):
    assert run("review", *BASE, "--segment", "3", "--set", "ok").code == 0
    assert run("review", *BASE, "--segment", "4", "--set", "flagged", "--comment", "te vrij").code == 0
    segments = _segments(run)
    root = etree.parse(str(_export(run, tmp_path, "xliff12"))).getroot()
    assert root.tag == f"{{{X12}}}xliff" and root.get("version") == "1.2"
    (file_element,) = root.findall(f"{{{X12}}}file")
    assert file_element.get("source-language") == "nl" and file_element.get("target-language") == "fr"
    assert file_element.get("datatype") == "plaintext"
    assert file_element.get("original").startswith(f"press-reader:{SEED_ID}@")  # the export's stamp after '@'
    tool_ids = {t.get("tool-id") for t in file_element.iter(f"{{{X12}}}tool")}
    assert file_element.get("tool-id") in tool_ids  # a tool-id must name a <tool> of the header
    units = list(root.iter(f"{{{X12}}}trans-unit"))
    assert len(units) == len(segments) and len({u.get("id") for u in units}) == len(units)
    for unit, segment in zip(units, segments, strict=True):
        children = [etree.QName(c).localname for c in unit]
        assert children[:2] == ["source", "target"] and set(children[2:]) <= {"note"}
        target = unit.find(f"{{{X12}}}target")
        assert target.get("state") in STATES_12 and unit.get("approved") in ("yes", "no")
        assert unit.find(f"{{{X12}}}source").text == segment["source"] and target.text == segment["target"]
    assert units[2].get("approved") == "yes" and units[2].find(f"{{{X12}}}target").get("state") == "final"
    assert units[3].find(f"{{{X12}}}target").get("state") == "needs-review-translation"
    assert any("te vrij" in n.text for n in units[3].iter(f"{{{X12}}}note"))
    letterhead = units[1].find(f"{{{X12}}}target").text
    assert letterhead.count("\n") == 3  # kept as four lines, under xml:space="preserve"
    back = run("import", str(tmp_path / "seed-xliff12.xlf"), "--json")  # states and notes read as written
    assert back.code == 0 and back.json()["changes"] == [] and back.json()["format"] == "xliff 1.2"


@pytest.mark.parametrize(("fmt", "version"), [("xliff12", "1.2"), ("xliff", "2.0")])
def test_xml_space_only_where_the_version_allows_it(run, lib: Path, tmp_path: Path, fmt: str, version: str):
    root = etree.parse(str(_export(run, tmp_path, fmt))).getroot()
    assert root.get("version") == version
    placed = {etree.QName(e).localname for e in root.iter() if e.get(SPACE) is not None}
    assert placed and placed <= SPACE_ON[version]
    for unit, _source, target in _units(tmp_path / f"seed-{fmt}.xlf"):
        preserved = [e.get(SPACE) for e in (target, *target.iterancestors()) if e.get(SPACE)]
        assert preserved[:1] == ["preserve"], unit.get("id")


@pytest.mark.skipif(not os.environ.get("PRESS_READER_XLIFF_XSD"), reason="PRESS_READER_XLIFF_XSD not set")
@pytest.mark.parametrize("fmt", ["xliff12", "xliff"])
def test_exports_validate_against_the_oasis_schemas(run, lib: Path, tmp_path: Path, fmt: str):
    """With the OASIS schemas at hand (xliff-core-1.2-strict.xsd, xliff_core_2.0.xsd and xml.xsd in the
    folder PRESS_READER_XLIFF_XSD names, their imports pointing at xml.xsd): the exports validate."""
    folder = Path(os.environ["PRESS_READER_XLIFF_XSD"])
    name = "xliff-core-1.2-strict.xsd" if fmt == "xliff12" else "xliff_core_2.0.xsd"
    schema = etree.XMLSchema(etree.parse(str(folder / name)))
    for extra in ([], ["--source-in-target"]) if fmt == "xliff12" else ([],):
        path = _export(run, tmp_path, fmt, *extra)
        assert schema.validate(etree.parse(str(path))), schema.error_log


def _targets(run) -> dict[str, str]:  # noqa: ANN001
    """Target by source: a changed letterhead adds a segment (the source keeps the old French half)."""
    return {s["source"]: s["target"] for s in _segments(run) if s["source"] and s["target"]}


def test_xliff12_round_trip_changes_those_segments_and_keeps_line_breaks(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff12")
    before = _segments(run)
    letterhead = before[1]["target"].replace("Consommateurs", "Consommatrices")
    new4 = before[3]["target"].replace("potentiel", "grand potentiel")
    changed = _rewrite(exported, {1: letterhead, 3: new4})
    result = run("import", str(changed), "--json")
    assert result.code == 0, result.err
    assert [c["segment"] for c in result.json()["changes"]] == [2, 4] and result.json()["skipped"] == []
    assert letterhead in _fr(lib).decode("utf-8")  # four lines, as the translator left them
    expected = {s["source"]: s["target"] for s in before} | {before[1]["source"]: letterhead, before[3]["source"]: new4}
    assert _targets(run) == expected


def test_xliff2_letterhead_keeps_its_line_breaks(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff")
    before = _segments(run)
    letterhead = before[1]["target"].replace("Commerce", "commerce")
    result = run("import", str(_rewrite(exported, {1: letterhead})), "--json")
    assert result.code == 0 and [c["segment"] for c in result.json()["changes"]] == [2]
    assert letterhead in _fr(lib).decode("utf-8") and _targets(run)[before[1]["source"]] == letterhead


def test_an_older_2_0_export_with_xml_space_on_segment_still_imports(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff")
    text = exported.read_text(encoding="utf-8").replace(' xml:space="preserve"', "")
    old = tmp_path / "old.xlf"
    old.write_text(text.replace("<segment ", '<segment xml:space="preserve" '), encoding="utf-8")
    letterhead = _segments(run)[1]["target"].replace("Commerce", "commerce")
    assert run("import", str(_rewrite(old, {1: letterhead}))).code == 0
    assert letterhead in _fr(lib).decode("utf-8")


@pytest.mark.parametrize("fmt", ["xliff12", "xliff"])
def test_source_copies_in_untranslated_targets_are_skipped_and_counted(run, lib: Path, tmp_path: Path, fmt: str):
    exported = _export(run, tmp_path, fmt)
    before, fr = _segments(run), _fr(lib)
    copies = _rewrite(exported, {i: s["source"] for i, s in enumerate(before)})
    result = run("import", str(copies), "--json")
    assert result.code == 0, result.err
    assert result.json()["changes"] == [] and result.json()["skipped"] == list(range(1, len(before) + 1))
    warnings = [line for line in result.err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and f"skipped {len(before)} unit(s)" in warnings[0] and "--accept-copies" in warnings[0]
    assert _fr(lib) == fr
    taken = run("import", str(copies), "--accept-copies", "--json")
    assert taken.code == 0 and len(taken.json()["changes"]) == len(before) and taken.json()["skipped"] == []
    assert before[4]["source"] in _fr(lib).decode("utf-8")


def test_a_target_in_the_source_language_or_empty_is_skipped(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff12")
    before, fr = _segments(run), _fr(lib)
    dutch = "De minister bezocht vandaag de nieuwe haven en sprak met de werknemers daar."
    french = before[6]["target"].replace("important", "majeur")
    result = run("import", str(_rewrite(exported, {4: dutch, 5: "", 6: french})), "--json")
    assert result.code == 0, result.err
    assert [c["segment"] for c in result.json()["changes"]] == [7] and result.json()["skipped"] == [5, 6]
    assert _segments(run)[6]["target"] == french and _fr(lib) != fr
    assert [s["target"] for i, s in enumerate(_segments(run)) if i != 6] == [
        s["target"] for i, s in enumerate(before) if i != 6
    ]


def test_a_target_that_already_was_a_copy_takes_a_translation_and_a_copy(run, lib: Path, tmp_path: Path):
    before = _segments(run)
    fr = lib / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace(before[4]["target"], before[4]["source"]), encoding="utf-8")
    exported = _export(run, tmp_path, "xliff12")
    translated = run("import", str(_rewrite(exported, {4: before[4]["target"]})), "--json")
    assert translated.code == 0 and [c["segment"] for c in translated.json()["changes"]] == [5]
    assert _segments(run)[4]["target"] == before[4]["target"]


def test_source_in_target_is_the_xliff_omegat_translates(run, lib: Path, tmp_path: Path):
    assert run("review", *BASE, "--segment", "3", "--set", "ok").code == 0
    kit = _export(run, tmp_path, "xliff12", "--source-in-target")
    units = _units(kit)
    assert all(t.text == s.text and t.get("state") is None for _, s, t in units)
    assert all(u.get("approved") is None for u, _, _ in units)
    fr = _fr(lib)
    result = run("import", str(kit), "--json")  # taken back untranslated: nothing changes, no state either
    assert result.code == 0 and result.json()["changes"] == [] and _fr(lib) == fr
    assert _segments(run)[2]["status"] == "ok"
    wrong = run("export", *BASE, "--format", "xliff", "--source-in-target", "-o", str(tmp_path / "x.xlf"))
    assert wrong.code == 2 and len(wrong.err.strip().splitlines()) == 1


def _edit_segment(library: str, segment: int, text: str, barrier: object) -> None:
    from reader.cli import main

    os.environ["PRESS_READER_LIBRARY"] = library
    barrier.wait()  # type: ignore[attr-defined]
    main(["review", *BASE, "--segment", str(segment), "--edit", text])


def test_twin_an_import_with_copies_while_another_process_edits(run, lib: Path, tmp_path: Path):
    """A second process edits segment 9 while the import takes segment 4 and skips the copies: French
    never becomes Dutch, whichever writer comes last (merging both edits is issue 22's)."""
    exported = _export(run, tmp_path, "xliff12")
    before = _segments(run)
    new4 = before[3]["target"].replace("potentiel", "grand potentiel")
    targets = {i: s["source"] for i, s in enumerate(before) if i != 3} | {3: new4}
    changed = _rewrite(exported, targets)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(
        target=_edit_segment,
        args=(str(lib), 9, before[8]["target"].replace("22 hectares", "vingt-deux hectares"), barrier),
    )
    other.start()
    barrier.wait()
    result = run("import", str(changed), "--json")
    other.join(60)
    assert other.exitcode == 0 and result.code in (0, 2)
    if result.code == 2:
        assert len(result.err.strip().splitlines()) == 1
    else:
        assert result.json()["skipped"] == [i + 1 for i in targets if i != 3]
    after = _segments(run)
    sources = {s["source"] for s in before if len(s["source"].split()) > 1}
    assert not [s for s in after if s["target"] in sources]  # no segment swapped to Dutch


def test_a_hand_edited_1_2_file_without_xml_space_keeps_the_lines_of_a_target(run, lib: Path, tmp_path: Path):
    before = _segments(run)
    lines = before[1]["target"].replace("Consommateurs", "Consommatrices").split("\n")
    indented = "\n" + "".join(f"      {line}  \n" for line in lines) + "    "  # as an editor re-indents it
    units = (
        f'<trans-unit id="s2-x"><source>{before[1]["source"]}</source><target>{indented}</target></trans-unit>'
        f'<trans-unit id="s5-x"><source>{before[4]["source"]}</source><target>{before[4]["source"]}</target>'
        "</trans-unit>"
    )
    xlf = tmp_path / "hand.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2"><file original="x" source-language="nl" '
        f'target-language="fr" datatype="plaintext"><body>{units}</body></file></xliff>',
        encoding="utf-8",
    )
    result = run("import", str(xlf), "--release", SEED_ID, "--json")
    assert result.code == 0, result.err
    assert [c["segment"] for c in result.json()["changes"]] == [2] and result.json()["skipped"] == [5]
    assert "\n".join(lines) in _fr(lib).decode("utf-8")


@pytest.mark.parametrize(("fmt", "untranslated"), [("xliff", "initial"), ("xliff12", "needs-translation")])
def test_a_segment_without_a_target_is_never_marked_translated(tmp_path: Path, fmt: str, untranslated: str):
    from reader.core.review.checks import CheckedPair
    from reader.core.review.export import render
    from reader.core.review.findings import CheckReport
    from reader.core.review.store import ReviewStore

    pairs = [
        CheckedPair(0, "title", "Nieuwe loketten", "Nouveaux guichets", "1-1"),
        CheckedPair(1, "paragraph", "De dienst opent drie loketten.", "Le service ouvre trois guichets.", "1-1"),
        CheckedPair(2, "paragraph", "Wie wil, kan 's avonds terecht.", "", "1-0"),
    ]
    report = CheckReport("2025-01-01-loketten", "nl", "fr", pairs)
    store = ReviewStore(report.release_id, "nl", "fr", tmp_path)
    path = tmp_path / "out.xlf"
    path.write_bytes(render(report, store, fmt, "Nieuwe loketten"))
    units = _units(path)
    states = [t.get("state") if fmt == "xliff12" else u.find(f"{{{X20}}}segment").get("state") for u, _, t in units]
    assert states[-1] == untranslated and states[1] != untranslated


def test_a_unit_spanning_two_paragraphs_is_refused_by_number_and_the_others_are_applied(run, lib: Path, tmp_path: Path):
    """One sentence of the Dutch set as two paragraphs in the French: that segment has no one place
    for a new text. Its unit is named and left; the file's other edits are written."""
    fr = lib / SEED_ID / "fr.md"
    one = "Alibaba crée son premier hub européen à Liège et y investira"
    assert one in fr.read_text(encoding="utf-8")
    fr.write_text(
        fr.read_text(encoding="utf-8").replace(one, "Alibaba crée son premier hub européen à Liège.\n\nIl y investira"),
        encoding="utf-8",
    )
    segments = _segments(run)
    spanning = next(i for i, s in enumerate(segments) if s["target"].startswith("Alibaba crée son premier hub"))
    exported = _export(run, tmp_path, "xliff12")
    changed = _rewrite(exported, {spanning: "Un texte neuf pour ce segment.", 3: "Une phrase corrigée."})
    tree = etree.parse(str(changed))  # the CAT tool approved the new text it could not place: nor is that
    unit = [e for e in tree.iter(f"{{{X12}}}trans-unit")][spanning]
    unit.set("approved", "yes")
    unit.find(f"{{{X12}}}target").set("state", "final")
    tree.write(str(changed), xml_declaration=True, encoding="UTF-8")
    result = run("import", str(changed), "--json")
    assert result.code == 0, result.err
    assert f"segment(s) {spanning + 1} was not applied" in result.err and "fr.md" in result.err
    assert [c["segment"] for c in result.json()["changes"]] == [4] and result.json()["unplaced"] == [spanning + 1]
    text = fr.read_text(encoding="utf-8")
    assert "Une phrase corrigée." in text and "Un texte neuf" not in text
    assert _segments(run)[spanning]["status"] != "ok" and "nor its state" in result.err
    alone = _rewrite(exported, {spanning: "Un texte neuf pour ce segment."}, "alone.xlf")
    refused = run("import", str(alone))
    assert refused.code == 2 and "alone.xlf" in refused.err and "none of the file's edits" in refused.err


def test_an_imported_target_is_checked_again_and_its_new_flags_are_said(run, lib: Path, tmp_path: Path):
    """A CAT tool's new target goes through the checks as a `review --edit` does: a number changed in the
    CAT tool is said with the change, not found later by whoever runs `check`."""
    before = _segments(run)
    at = next(i for i, s in enumerate(before) if "75" in s["target"] and not s["flags"])
    wrong = before[at]["target"].replace("75", "57", 1)
    changed = _rewrite(_export(run, tmp_path, "xliff12"), {at: wrong})
    dry = run("import", str(changed), "--dry-run")  # said before it is written (it said no flag at all)
    assert dry.code == 0 and "⚑ number:" in dry.out and "would change" in dry.out, dry.err
    assert _segments(run)[at]["target"] == before[at]["target"]
    result = run("import", str(changed))
    assert result.code == 0, result.err
    assert f"  {at + 1}. target:" in result.out and "⚑ number:" in result.out
    again = _rewrite(_export(run, tmp_path, "xliff"), {at: before[at]["target"]}, "back.xlf")
    said = run("import", str(again), "--json")
    assert said.code == 0, said.err
    assert [c["flags"] for c in said.json()["changes"]] == [[]]


@pytest.mark.parametrize(("fmt", "state"), [("xliff12", "needs-translation"), ("xliff12", "new"), ("xliff", "initial")])
def test_a_target_the_file_marks_not_translated_yet_is_skipped_and_said(
    run, lib: Path, tmp_path: Path, fmt: str, state: str
):
    """A CAT tool's placeholder or prefill, its target marked not translated yet, came in as a finished
    rendering (a translator's trial): skipped as a copy is, and taken with --accept-copies."""
    exported = _export(run, tmp_path, fmt)
    before, fr = _segments(run), _fr(lib)
    french = before[6]["target"].replace("important", "majeur")
    changed = _rewrite(exported, {6: french})
    tree = etree.parse(str(changed))
    unit = [e for e in tree.iter() if etree.QName(e).localname in ("trans-unit", "unit")][6]
    holder = next(e for e in unit.iter() if etree.QName(e).localname == ("target" if fmt == "xliff12" else "segment"))
    holder.set("state", state)
    holder.attrib.pop("subState", None)
    tree.write(str(changed), xml_declaration=True, encoding="UTF-8")
    result = run("import", str(changed), "--json")
    assert result.code == 0, result.err
    assert result.json()["changes"] == [] and result.json()["skipped"] == [7]
    assert "marked not translated yet" in result.err and _fr(lib) == fr
    taken = run("import", str(changed), "--accept-copies", "--json")
    assert taken.code == 0 and [c["segment"] for c in taken.json()["changes"]] == [7]


def test_a_flagged_segment_exported_to_xliff_2_is_translated_its_substate_saying_why(run, lib: Path, tmp_path: Path):
    """'initial' is a target not translated yet: a CAT tool that drops the subState took a flagged
    segment's rendering for untranslated work (a translator's trial)."""
    assert run("review", *BASE, "--segment", "3", "--set", "flagged").code == 0
    (_unit, _source, target) = _units(_export(run, tmp_path, "xliff"))[2]
    segment = target.getparent()
    assert segment.get("state") == "translated" and segment.get("subState") == "press-reader:flagged"


def test_an_original_that_is_no_release_id_is_the_files_fault(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    """'press-reader:../../etc@x' was refused in the library's name, not the file's."""
    exported = _export(run, tmp_path, "xliff12")
    text = exported.read_text(encoding="utf-8")
    bad = tmp_path / "bad.xlf"
    bad.write_text(text.replace(f'original="press-reader:{SEED_ID}@', 'original="press-reader:../../etc@'), "utf-8")
    result = run("import", str(bad))
    assert result.code == 2
    assert result.err.startswith(f"press-reader: error: {bad}:") and "'../../etc'" in result.err
    assert result.err.count("\n") == 1


def test_a_line_break_in_a_paragraph_s_target_is_said_as_it_is_stored(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    """The import showed 'une phrase. ¶ Une autre' and wrote 'une phrase. Une autre' (a translator's trial)."""
    exported = _export(run, tmp_path, "xliff12")
    tree = etree.parse(str(exported))
    paragraph = next(u for u, _s, _t in _units(exported) if "Alibaba toont" in "".join(_s.itertext()))
    target = paragraph.find(f"{{{X12}}}target")
    unit_id = paragraph.get("id")
    words = (target.text or "").split(" ")
    first, rest = " ".join(words[:6]), " ".join(words[6:]).replace("montre", "démontre")
    node = next(u for u in tree.iter(f"{{{X12}}}trans-unit") if u.get("id") == unit_id).find(f"{{{X12}}}target")
    node.text = first
    lb = etree.SubElement(node, f"{{{X12}}}x", id="1", ctype="lb")
    lb.tail = rest
    changed = tmp_path / "lb.xlf"
    tree.write(str(changed), xml_declaration=True, encoding="UTF-8")
    result = run("import", str(changed))
    assert result.code == 0, result.err
    assert "¶" not in result.out and f"{first} {rest[:20]}" in result.out
    assert f"{first} {rest}".encode() in _fr(lib)


@pytest.mark.parametrize(("fmt", "attribute"), [("xliff", "equiv"), ("xliff12", "equiv-text")])
def test_a_placeholder_standing_for_punctuation_keeps_it(run, lib: Path, tmp_path: Path, fmt: str, attribute: str):  # noqa: ANN001
    """'<ph equiv=";"/>' lost its semicolon; a placeholder labelled '{1}' or '<br/>' is code, left out."""
    exported = _export(run, tmp_path, fmt)
    ns = X20 if fmt == "xliff" else X12
    tree = etree.parse(str(exported))
    units = [e for e in tree.iter() if etree.QName(e).localname in ("trans-unit", "unit")]
    unit = next(u for u in units if "Alibaba toont" in "".join(next(u.iter(f"{{{ns}}}source")).itertext()))
    target = next(unit.iter(f"{{{ns}}}target"))
    words = (target.text or "").rstrip(".").split(" ")
    target.text = " ".join(words[:5])
    mark = etree.SubElement(target, f"{{{ns}}}{'ph' if fmt == 'xliff' else 'x'}", id="1")
    mark.set(attribute, ";")
    mark.tail = " " + " ".join(words[5:])
    code = etree.SubElement(target, f"{{{ns}}}{'ph' if fmt == 'xliff' else 'x'}", id="2")
    code.set(attribute, "{1}")
    code.tail = "."
    changed = tmp_path / f"ph.{fmt}"
    tree.write(str(changed), xml_declaration=True, encoding="UTF-8")
    assert run("import", str(changed)).code == 0
    stored = _fr(lib).decode("utf-8")
    assert f"{' '.join(words[:5])}; {' '.join(words[5:])}." in stored and "{1}" not in stored


@pytest.mark.parametrize(("fmt", "attribute"), [("xliff12", 'target-language="fr"'), ("xliff", 'trgLang="fr"')])
def test_a_file_whose_languages_a_cat_tool_rewrote_is_refused_naming_the_export(
    run, lib: Path, tmp_path: Path, fmt: str, attribute: str
):
    """A CAT project set to another target language rewrites the file's: its French targets were then
    read against another version and called stale, or the release 'had no en version' (a trial). The
    export remembers its languages: the error says which they were, and nothing is written."""
    before = _fr(lib)
    exported = _export(run, tmp_path, fmt)
    changed = _rewrite(exported, {2: "Une phrase que le traducteur a revue."})
    text = changed.read_text(encoding="utf-8")
    assert attribute in text
    changed.write_text(text.replace(attribute, attribute.replace('"fr"', '"en"')), encoding="utf-8")
    for args in (["--dry-run"], []):
        result = run("import", str(changed), *args)
        assert result.code == 2 and result.err.count("\n") == 1, result.err
        assert "changed.xlf" in result.err and "exported for nl→fr but now says nl→en" in result.err
    assert _fr(lib) == before


def test_a_target_that_changed_only_its_spaces_says_so(run, lib: Path, tmp_path: Path):
    """A CAT tool puts a no-break space before ':' in French; the change was listed with a text that
    looked the same as before, a puzzle (a CAT-tool trial). Now the line says what changed."""
    segments = _segments(run)
    at = next(i for i, s in enumerate(segments) if " " in s["target"] and s["kind"] == "paragraph")
    spaced = segments[at]["target"].replace(" ", "\u00a0", 1)
    result = run("import", str(_rewrite(_export(run, tmp_path, "xliff12"), {at: spaced})), "--dry-run")
    assert result.code == 0, result.err
    assert f"  {at + 1}. target:" in result.out and "only its spaces differ" in result.out
