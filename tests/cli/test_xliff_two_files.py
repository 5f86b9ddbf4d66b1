"""Two XLIFF files of one export, each changing other segments: the first fixes an omission (a 2-1
segment becomes 2-2, the segments around it re-aligned), the second changes another segment. The
second is taken; its untouched unit of the re-aligned segment is no change at all (named as
changed since, none of the file's work lost). So is a file
exported before the rendering was replaced by one that re-aligns the segments (1-1, 1-1)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from lxml import etree

NL = """Nieuwe fietsenstallingen aan vijf stations

Brussel, 8 juni 2023

De federale regering investeert dit jaar in vijf stations. Elk station krijgt een overdekte stalling.

De werken beginnen in september. Ze duren ongeveer drie maanden. De reizigers worden via affiches verwittigd.

Het budget bedraagt 2,4 miljoen euro. De gemeenten betalen een deel van het onderhoud.
"""
FR = """Nouveaux parkings vélos dans cinq gares

Bruxelles, le 8 juin 2023

Le gouvernement fédéral investit cette année dans cinq gares. Chaque gare reçoit un parking couvert.

Les travaux commencent en septembre. Les voyageurs seront avertis par des affiches.

Le budget s'élève à 2,4 millions d'euros. Les communes paient une partie de l'entretien.
"""


def _release(run, tmp_path: Path) -> str:  # noqa: ANN001
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    result = run("import", str(tmp_path / "nl.txt"), "--json")
    assert result.code == 0, result.err
    rid = result.json()["id"]  # a rendering of our own, which a CAT file corrects in place
    result = run("import", str(tmp_path / "fr.txt"), "--release", rid, "--provenance", "unofficial")
    assert result.code == 0, result.err
    return rid


def _units(path: Path) -> tuple[etree._ElementTree, list[etree._Element]]:
    tree = etree.parse(str(path))
    return tree, [e for e in tree.iter() if etree.QName(e).localname == "trans-unit"]


def _text(unit: etree._Element, name: str) -> str:
    return next(e for e in unit if etree.QName(e).localname == name).text or ""


def _files(run, tmp_path: Path, rid: str) -> tuple[Path, Path, str]:  # noqa: ANN001
    """a.xlf adds the dropped sentence to the 2-1 unit; b.xlf changes the budget's unit."""
    exported = tmp_path / "x.xlf"
    assert run("export", rid, "--source", "nl", "--target", "fr", "--format", "xliff12", "-o", str(exported)).code == 0
    tree, units = _units(exported)
    gap = next(u for u in units if "Ze duren ongeveer drie maanden" in _text(u, "source"))
    target = next(e for e in gap if etree.QName(e).localname == "target")
    target.text = "Ils durent environ trois mois. " + (target.text or "")
    a = tmp_path / "a.xlf"
    tree.write(str(a), xml_declaration=True, encoding="UTF-8")
    tree, units = _units(exported)
    budget = next(u for u in units if "Het budget bedraagt" in _text(u, "source"))
    changed = "Le budget atteint 2,4 millions d'euros."
    next(e for e in budget if etree.QName(e).localname == "target").text = changed
    b = tmp_path / "b.xlf"
    tree.write(str(b), xml_declaration=True, encoding="UTF-8")
    return a, b, changed


def _targets(run, rid: str) -> str:  # noqa: ANN001
    return " ".join(
        s["target"] for s in run("review", rid, "--source", "nl", "--target", "fr", "--json").json()["segments"]
    )


def test_a_second_file_is_taken_after_the_first_re_aligned_a_segment(run, lib: Path, tmp_path: Path):
    rid = _release(run, tmp_path)
    a, b, changed = _files(run, tmp_path, rid)
    first = run("import", str(a), "--json")
    assert first.code == 0, first.err
    second = run("import", str(b), "--json")
    assert second.code == 0, second.err
    # the re-aligned segment (held as the first file edited it, as an export sees it) is named as
    # changed since; its unit in the second file is untouched, so nothing of that file is lost
    assert second.json()["stale"] == [5] and second.json()["stale_edited"] == []
    assert "nothing of the file's is lost" in second.err
    after = _targets(run, rid)
    assert "Ils durent environ trois mois." in after and changed in after


def _import(library: str, path: str, barrier) -> None:  # noqa: ANN001
    import os
    import sys

    os.environ["PRESS_READER_LIBRARY"] = library
    os.environ["PRESS_READER_TRANSLATOR"] = "Other"
    from reader.cli import main

    barrier.wait()
    sys.exit(main(["import", path]))


def test_twin_the_two_files_taken_back_by_two_processes_at_once(run, lib: Path, tmp_path: Path):
    """Whichever lands first, each file that reports success has its change in the library."""
    rid = _release(run, tmp_path)
    a, b, changed = _files(run, tmp_path, rid)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_import, args=(str(lib), str(a), barrier))
    other.start()
    barrier.wait()
    mine = run("import", str(b))
    other.join(60)
    assert other.exitcode in (0, 2) and mine.code in (0, 2)
    after = _targets(run, rid)
    if other.exitcode == 0:
        assert "Ils durent environ trois mois." in after
    if mine.code == 0:
        assert changed in after


def test_a_unit_left_untouched_whose_segment_changed_since_is_no_change(run, lib: Path, tmp_path: Path):
    """A new user's case: the segment of an untouched unit is not there any more as the file has it
    (the original corrected since, or its sentences re-aligned). The unit says nothing new; the
    file's change elsewhere is taken (the whole file was refused, 'nothing imported')."""
    rid = _release(run, tmp_path)
    _a, b, changed = _files(run, tmp_path, rid)
    nl = lib / rid / "nl.md"
    nl.write_text(nl.read_text(encoding="utf-8").replace("overdekte stalling", "overdekte fietsstalling"), "utf-8")
    result = run("import", str(b), "--json")
    assert result.code == 0, result.err
    assert result.json()["stale"] == [] and changed in _targets(run, rid)
