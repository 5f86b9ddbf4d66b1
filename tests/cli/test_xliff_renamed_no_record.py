"""A CAT tool renumbers the units ('u1', 'u2' for press-reader's ids, as memoQ and Phrase do) and the
data folder importing the file holds no record of its export (a teammate's on a shared library,
another machine, a wiped data folder). The one edit was refused as 'segment(s) 3 changed in the
library since this file was exported', which was false: nothing had changed (trial Z, F2). Without
the record, the library's history tells what the version was when the file was made (its stamp is a
time): a segment whose text is still the one exported takes the file's edit; one another writer
changed since is still refused, by name, and that is then true. Texts written for these tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import etree

from tests.cli.test_xliff_stale import BASE, _export, _segments, _units


def _renumbered(path: Path, targets: dict[int, str]) -> Path:
    """As memoQ saves it: every unit's id 'u<N>', some targets (0-based units) changed."""
    tree = etree.parse(str(path))
    for number, unit in enumerate(_units(tree), 1):
        unit.set("id", f"u{number}")
    for index, text in targets.items():
        target = next(e for e in _units(tree)[index] if etree.QName(e).localname == "target")
        target.text = text
    out = path.with_name("renumbered.xlf")
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


def _forget_exports(tmp_path: Path) -> None:
    """The importer's data folder never saw the export: its records are not there."""
    found = list((tmp_path / "data").rglob("exports"))
    assert found
    for folder in found:
        shutil.rmtree(folder)


def test_a_renumbered_edit_without_an_export_record_is_applied(run, lib: Path, tmp_path: Path):
    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    new = before[5]["target"] + " Une phrase du traducteur."
    cat = _renumbered(old, {5: new})
    _forget_exports(tmp_path)
    result = run("import", str(cat), "--json")
    assert result.code == 0, result.err
    said = result.json()
    assert said["stale"] == [] and "changed in the library" not in result.err
    assert [c["segment"] for c in said["changes"] if c.get("target")] == [6]
    assert any(s["target"] == new for s in _segments(run))


def test_without_a_record_a_segment_changed_since_the_export_is_still_refused_by_name(run, lib: Path, tmp_path: Path):
    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    later = before[3]["target"].replace("potentiel", "grand potentiel")
    assert later != before[3]["target"]
    assert run("review", *BASE, "--segment", "4", "--edit", later).code == 0  # another writer, after the export
    new = before[5]["target"] + " Une phrase du traducteur."
    cat = _renumbered(old, {5: new})  # unit 4 still holds the old text: taken, it would undo 'later'
    _forget_exports(tmp_path)
    result = run("import", str(cat), "--json")
    assert result.code == 0, result.err
    said = result.json()
    assert said["stale"] == [4], result.err
    after = _segments(run)
    assert after[3]["target"] == later and any(s["target"] == new for s in after)


def test_twin_a_renumbered_file_without_a_record_while_another_process_edits_the_same_segment(
    run, lib: Path, tmp_path: Path
):
    from tests.two_writers import in_order

    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    theirs = before[5]["target"] + " Une phrase du traducteur."
    cat = _renumbered(old, {5: theirs})
    _forget_exports(tmp_path)
    mine = before[5]["target"].replace(".", " (relu).", 1)
    codes = in_order(["import", str(cat)], ["review", *BASE, "--segment", "6", "--edit", mine])
    assert all(code in (0, 2) for code in codes), codes
    now = _segments(run)[5]["target"]
    assert now in (theirs, mine)  # one whole text or the other, never a mix, never neither
