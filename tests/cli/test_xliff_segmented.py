"""XLIFF as CAT tools split and wrap it: a 2.0 unit in several segments (Okapi, memoQ and Trados
segment a paragraph into sentences) and a line break written as an inline placeholder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import etree

from reader.core.importer.xliff_read import read_xliff
from tests.cli.test_xliff_cli import X12, X20, _export, _fr, _segments
from tests.conftest import SEED_ID


def _split_unit(
    path: Path, index: int, target: str | None, *, drop_second: bool = False, ignorable: bool = True
) -> Path:
    """Unit `index` of a 2.0 export cut into two segments at a word boundary of its source, the
    target cut the same way, as a CAT tool that segments sentences saves it."""
    tree = etree.parse(str(path))
    unit = [e for e in tree.iter(f"{{{X20}}}unit")][index]
    segment = unit.find(f"{{{X20}}}segment")
    source = segment.find(f"{{{X20}}}source").text
    words, said = source.split(" "), (target or "").split(" ")
    src_a, src_b = " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])
    tgt_a, tgt_b = " ".join(said[: len(said) // 2]), " ".join(said[len(said) // 2 :])
    unit.remove(segment)
    state = segment.get("state")
    parts = [("segment", src_a, tgt_a)]
    if ignorable:
        parts.append(("ignorable", " ", " "))
    parts.append(("segment", src_b if ignorable else src_b, None if drop_second else tgt_b))
    for n, (kind, src, tgt) in enumerate(parts):
        element = etree.SubElement(unit, f"{{{X20}}}{kind}", id=f"p{n}")
        if kind == "segment" and state:
            element.set("state", state)
        etree.SubElement(element, f"{{{X20}}}source").text = src
        if tgt is not None:
            etree.SubElement(element, f"{{{X20}}}target").text = tgt
    out = path.with_name("segmented.xlf")
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


def _long_unit(run) -> int:  # noqa: ANN001
    return next(i for i, s in enumerate(_segments(run)) if s["kind"] == "paragraph" and len(s["target"].split()) > 12)


def test_a_unit_split_into_segments_is_read_whole(run, lib: Path, tmp_path: Path):
    """Only the first segment was read: the change in the second was lost and the unit's source no
    longer matched, so the whole unit's work went unsaid."""
    exported = _export(run, tmp_path, "xliff")
    index = _long_unit(run)
    target = _segments(run)[index]["target"]
    words = target.split(" ")
    words[-2] = words[-2] + "s-changé"
    changed = " ".join(words)
    result = run("import", str(_split_unit(exported, index, changed)), "--json")
    assert result.code == 0, result.err
    assert [c["segment"] for c in result.json()["changes"]] == [index + 1]
    assert changed in _fr(lib).decode("utf-8")


def test_segments_without_ignorable_space_between_them_keep_their_words_apart(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff")
    index = _long_unit(run)
    changed = _segments(run)[index]["target"].replace(" ", "  ", 1) + " Ajouté."
    result = run("import", str(_split_unit(exported, index, changed, ignorable=False)), "--json")
    assert result.code == 0, result.err
    assert " ".join(changed.split()) in _fr(lib).decode("utf-8")


def test_a_unit_with_an_untranslated_segment_is_not_taken_as_finished(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff")
    index = _long_unit(run)
    before = _fr(lib)
    changed = _segments(run)[index]["target"] + " Ajouté."
    segmented = _split_unit(exported, index, changed, drop_second=True)
    result = run("import", str(segmented), "--json")
    assert result.code == 0, result.err
    assert result.json()["changes"] == [] and result.json()["partial"] == [index + 1]
    assert "translated only in part" in result.err and _fr(lib) == before
    # accepted copies or not: its source would fill the gap (French and Dutch in one segment, a trial)
    taken = run("import", str(segmented), "--accept-copies", "--json")
    assert taken.json()["changes"] == [] and _fr(lib) == before


def test_a_1_2_unit_segmented_by_marks_with_one_left_untranslated_is_not_cut_short(run, lib: Path, tmp_path: Path):
    """<seg-source> with two <mrk mtype="seg">, the target holding only the first: the segment was
    written cut off at the mark and the rest of the sentence lost (a translator's trial)."""
    exported = _export(run, tmp_path, "xliff12")
    index = _long_unit(run)
    target_text = _segments(run)[index]["target"]
    tree = etree.parse(str(exported))
    unit = list(tree.iter(f"{{{X12}}}trans-unit"))[index]
    source = unit.find(f"{{{X12}}}source").text
    words = source.split(" ")
    seg = etree.Element(f"{{{X12}}}seg-source")
    for mid, part in (("1", " ".join(words[: len(words) // 2])), ("2", " ".join(words[len(words) // 2 :]))):
        etree.SubElement(seg, f"{{{X12}}}mrk", mtype="seg", mid=mid).text = part
    unit.insert(1, seg)
    target = unit.find(f"{{{X12}}}target")
    target.text = None
    etree.SubElement(target, f"{{{X12}}}mrk", mtype="seg", mid="1").text = (
        " ".join(target_text.split(" ")[:4]) + " modifié"
    )
    out = tmp_path / "marks.xlf"
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    before = _fr(lib)
    result = run("import", str(out), "--json")
    assert result.code == 0, result.err
    assert result.json()["changes"] == [] and result.json()["partial"] == [index + 1]
    assert _fr(lib) == before


def test_a_line_break_placeholder_keeps_the_lines_of_a_letterhead(run, lib: Path, tmp_path: Path):
    """'<x ctype="lb"/>' is how a 1.2 tool writes a line break inside a segment: left out as code, the
    last word of one line and the first of the next ran together."""
    exported = _export(run, tmp_path, "xliff12")
    before = _segments(run)
    lines = before[1]["target"].replace("Commerce", "commerce").split("\n")
    tree = etree.parse(str(exported))
    target = _units_in(tree)[1].find(f"{{{X12}}}target")
    target.text = lines[0]
    for line in lines[1:]:
        etree.SubElement(target, f"{{{X12}}}x", id=f"lb{line[:3]}", ctype="lb").tail = line
    out = tmp_path / "lb.xlf"
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    result = run("import", str(out), "--json")
    assert result.code == 0, result.err
    assert "\n".join(lines) in _fr(lib).decode("utf-8")


def test_a_line_break_placeholder_inside_a_paragraph_is_a_space(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff")
    index = _long_unit(run)
    words = _segments(run)[index]["target"].split(" ")
    tree = etree.parse(str(exported))
    target = list(tree.iter(f"{{{X20}}}unit"))[index].find(f"{{{X20}}}segment/{{{X20}}}target")
    target.text = " ".join(words[:3])
    etree.SubElement(target, f"{{{X20}}}ph", id="lb1", disp="\n").tail = "nouveau " + " ".join(words[3:])
    out = tmp_path / "ph.xlf"
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    result = run("import", str(out), "--json")
    assert result.code == 0, result.err
    assert " ".join([*words[:3], "nouveau", *words[3:]]) in _fr(lib).decode("utf-8")


def _units_in(tree: etree._ElementTree) -> list[etree._Element]:
    return list(tree.iter(f"{{{X12}}}trans-unit"))


def test_twin_a_segmented_unit_imported_while_another_process_edits(run, lib: Path, tmp_path: Path):
    """A second process edits another segment at the same moment: both changes are kept, or the
    import is refused in one line with nothing half-written."""
    exported = _export(run, tmp_path, "xliff")
    index = _long_unit(run)
    segments = _segments(run)
    changed = segments[index]["target"] + " Ajouté."
    other = next(i for i, s in enumerate(segments) if i != index and s["kind"] == "paragraph")
    other_text = segments[other]["target"] + " Aussi."
    segmented = _split_unit(exported, index, changed)
    edit = ["review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", str(other + 1)]
    second = subprocess.Popen([sys.executable, "-m", "reader", *edit, "--edit", other_text], stderr=subprocess.PIPE)
    result = run("import", str(segmented), "--json")
    assert second.wait(120) in (0, 1), second.stderr.read() if second.stderr else ""
    text = _fr(lib).decode("utf-8")
    assert other_text in text
    if result.code == 0:
        assert changed in text
    else:
        assert result.code == 2 and len(result.err.strip().splitlines()) == 1


def test_a_segmented_unit_is_as_far_on_as_its_least_finished_segment(tmp_path: Path):
    def unit(*states: str) -> str:
        parts = "".join(
            f'<segment id="{n}" state="{state}"><source>Zin {n}.</source><target>Phrase {n}.</target></segment>'
            for n, state in enumerate(states)
        )
        return f'<unit id="u{len(states)}{states[0]}">{parts}</unit>'

    path = tmp_path / "states.xlf"
    path.write_text(
        f'<xliff xmlns="{X20}" version="2.0" srcLang="nl" trgLang="fr"><file id="f">'
        f"{unit('final', 'translated')}{unit('reviewed', 'final')}{unit('initial', 'final')}</file></xliff>",
        encoding="utf-8",
    )
    units = read_xliff(path).units
    assert [u.status for u in units] == ["todo", "ok", "todo"]
    assert [u.unsure for u in units] == [False, False, True]
    assert units[0].source == "Zin 0. Zin 1." and units[0].target == "Phrase 0. Phrase 1."


def _with_a_missing_paragraph(lib: Path) -> str:
    """The seed's French without one paragraph: a segment with no target (1-0)."""
    fr = lib / SEED_ID / "fr.md"
    paragraphs = fr.read_text(encoding="utf-8").split("\n\n")
    body = [k for k, p in enumerate(paragraphs) if not p.startswith(":::") and "hectares" in p]
    del paragraphs[body[0]]
    fr.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return "hectares"


def test_an_untouched_1_2_round_trip_keeps_the_flag_of_a_segment_with_no_target(run, lib: Path, tmp_path: Path):
    """'needs-translation' alone came back as todo: a round trip that changed nothing erased a
    reviewer's flag on the omitted segment (a French-original trial). XLIFF 2.0 kept it."""
    _with_a_missing_paragraph(lib)
    lost = next(s for s in _segments(run) if not s["target"])
    assert run(
        "review",
        SEED_ID,
        "--source",
        "nl",
        "--target",
        "fr",
        "--no-mt",
        "--segment",
        str(lost["segment"]),
        "--set",
        "flagged",
    ).code in (0, 1)
    for fmt in ("xliff12", "xliff"):
        exported = _export(run, tmp_path, fmt)
        result = run("import", str(exported), "--json")
        assert result.code == 0, result.err
        assert result.json()["changes"] == [], (fmt, result.json()["changes"])
        assert next(s for s in _segments(run) if s["segment"] == lost["segment"])["status"] == "flagged"


def test_twin_an_untouched_round_trip_beside_another_process_marking_a_segment(run, lib: Path, tmp_path: Path):
    """The second process marks another segment ok meanwhile: the flag stays and the ok stays."""
    _with_a_missing_paragraph(lib)
    segments = _segments(run)
    lost = next(s for s in segments if not s["target"])
    base = ["review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
    assert run(*base, "--segment", str(lost["segment"]), "--set", "flagged").code in (0, 1)
    exported = _export(run, tmp_path, "xliff12")
    other = next(s for s in segments if s["target"] and s["segment"] > 1)
    second = subprocess.Popen(
        [sys.executable, "-m", "reader", *base, "--segment", str(other["segment"]), "--set", "ok"],
        stderr=subprocess.PIPE,
    )
    result = run("import", str(exported), "--json")
    assert second.wait(120) in (0, 1)
    assert result.code in (0, 2)
    after = {s["segment"]: s["status"] for s in _segments(run)}
    assert after[lost["segment"]] == "flagged" and after[other["segment"]] == "ok"


def _renumbered(path: Path, edit: tuple[str, str]) -> Path:
    """Every unit's id rewritten as a CAT tool numbers them, one target edited."""
    tree = etree.parse(str(path))
    units = [e for e in tree.iter() if etree.QName(e).localname in ("trans-unit", "unit")]
    for n, unit in enumerate(units, 1):
        unit.set("id", str(n))
    target = next(t for t in tree.iter() if etree.QName(t).localname == "target" and edit[0] in (t.text or ""))
    target.text = target.text.replace(*edit)
    out = path.with_name("renumbered.xlf")
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


def test_a_renumbered_file_s_edit_is_taken_where_the_library_did_not_change(run, lib: Path, tmp_path: Path):
    """Ids a CAT tool renumbered: every edit was refused as 'changed in the library since', which it
    was not (a CAT-tool trial). The export remembers the segment as it stands: the edit is taken."""
    for fmt in ("xliff12", "xliff"):
        renumbered = _renumbered(_export(run, tmp_path, fmt), ("22 hectares", "vingt-deux hectares"))
        result = run("import", str(renumbered), "--json")
        assert result.code == 0, (fmt, result.err)
        assert "vingt-deux hectares" in _fr(lib).decode("utf-8")
        assert run(
            "review",
            SEED_ID,
            "--source",
            "nl",
            "--target",
            "fr",
            "--no-mt",
            "--segment",
            "9",
            "--edit",
            _segments(run)[8]["target"].replace("vingt-deux hectares", "22 hectares"),
        ).code in (0, 1)


def test_twin_a_renumbered_file_is_refused_where_another_process_changed_the_segment(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff12")
    renumbered = _renumbered(exported, ("22 hectares", "vingt-deux hectares"))
    index = next(i for i, s in enumerate(_segments(run)) if "22 hectares" in s["target"])
    theirs = _segments(run)[index]["target"].replace("22 hectares", "22 ha")
    edit = ["review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", str(index + 1)]
    done = subprocess.run([sys.executable, "-m", "reader", *edit, "--edit", theirs], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    result = run("import", str(renumbered), "--json")
    assert "22 ha" in _fr(lib).decode("utf-8") and "vingt-deux" not in _fr(lib).decode("utf-8")
    assert result.code in (0, 2)


def test_a_file_that_takes_back_reviewer_decisions_says_so(run, lib: Path, tmp_path: Path):
    """A CAT tool that writes every state anew ('translated' throughout, approved dropped) set every
    ok and flagged back to todo, said nowhere (a CAT-tool trial): applied as the file says, and said."""
    base = ["review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
    assert run(*base, "--segment", "3", "--set", "ok").code in (0, 1)
    assert run(*base, "--segment", "5", "--set", "flagged").code in (0, 1)
    tree = etree.parse(str(_export(run, tmp_path, "xliff12")))
    for unit in tree.iter(f"{{{X12}}}trans-unit"):
        unit.attrib.pop("approved", None)
        target = unit.find(f"{{{X12}}}target")
        if target is not None and target.text:
            target.set("state", "translated")
    out = tmp_path / "rewritten.xlf"
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    result = run("import", str(out), "--dry-run")
    assert result.code == 0, result.err
    line = next(line for line in result.err.splitlines() if "back to todo" in line)
    assert "3, 5" in line and "rewritten.xlf" in line
