"""A comment a CAT tool keeps as a mark on the target's words: XLIFF 2.0's comment annotation
(<mrk type="comment" value="…">, or a ref to a <note>) and XLIFF 1.2's <mrk comment="…">. Both were
dropped in silence (trial X, F2); each is the segment's review comment, the marked words kept.
Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.cli.test_import_together import _twice
from tests.cli.test_xliff_renamed_ids import _exported

X20 = "urn:oasis:names:tc:xliff:document:2.0"
X12 = "urn:oasis:names:tc:xliff:document:1.2"


def _marked(run, tmp_path: Path, version: str) -> tuple[tuple[str, str], list[str], Path]:  # noqa: ANN001
    """The export, a reviewer's comment marked on 'en ligne' (by value in 2.0, by 'comment' in 1.2),
    and in 2.0 a second on 'chaque bureau' pointing at a note of its unit."""
    lib, base, out = _exported(run, tmp_path)
    if version == "2.0":
        out = tmp_path / "r20.xlf"
        assert run(*lib, "export", *base, "--format", "xliff", "-o", str(out)).code == 0
    ns = X20 if version == "2.0" else X12
    tree = etree.parse(str(out))
    targets = list(tree.iter(f"{{{ns}}}target"))
    target = next(t for t in targets if "en ligne" in "".join(t.itertext()))
    head, _, tail = (target.text or "").partition("en ligne")
    said = {"id": "m1", "type": "comment", "value": "Plutôt « sur internet » ?"}
    if version == "1.2":
        said = {"mtype": "x-comment", "comment": "Plutôt « sur internet » ?"}
    mark = etree.SubElement(target, f"{{{ns}}}mrk", attrib=said)
    target.text, mark.text, mark.tail = head, "en ligne", tail
    if version == "2.0":
        target = next(t for t in targets if "chaque bureau" in "".join(t.itertext()))
        unit = target.getparent().getparent()
        notes = unit.find(f"{{{X20}}}notes")
        if notes is None:
            notes = etree.Element(f"{{{X20}}}notes")
            unit.insert(0, notes)
        etree.SubElement(notes, f"{{{X20}}}note", id="n9").text = "Quel bureau au juste ?"
        head, _, tail = (target.text or "").partition("chaque bureau")
        mark = etree.SubElement(target, f"{{{X20}}}mrk", id="m2", type="comment", ref="#n=n9")
        target.text, mark.text, mark.tail = head, "chaque bureau", tail
    tree.write(str(out), xml_declaration=True, encoding="utf-8")
    return lib, base, out


def _segments(run, lib: tuple[str, str], base: list[str]) -> list[dict]:  # noqa: ANN001
    return run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]


def test_an_xliff_2_comment_annotation_is_the_segments_comment(run, tmp_path: Path):
    lib, base, out = _marked(run, tmp_path, "2.0")
    result = run(*lib, "import", str(out), "--json")
    assert result.code == 0, result.err
    said = {s["target"][:12]: (s["comment"], s["target"]) for s in _segments(run, lib, base) if s["comment"]}
    assert said["La déclarati"][0] == "Plutôt « sur internet » ?" and "en ligne" in said["La déclarati"][1]
    assert said["Qui a besoin"][0] == "Quel bureau au juste ?"


def test_an_xliff_1_2_comment_on_a_mark_is_the_segments_comment(run, tmp_path: Path):
    lib, base, out = _marked(run, tmp_path, "1.2")
    result = run(*lib, "import", str(out), "--json")
    assert result.code == 0, result.err
    said = {s["target"][:12]: s["comment"] for s in _segments(run, lib, base) if s["comment"]}
    assert said == {"La déclarati": "Plutôt « sur internet » ?"}


def test_twin_a_comment_mark_while_another_process_comments_another_segment(run, tmp_path: Path):
    """The import and a reviewer's comment on another segment at once: both stand, or the import is
    refused in one line and the other's stands."""
    lib, base, out = _marked(run, tmp_path, "2.0")
    number = next(i for i, s in enumerate(_segments(run, lib, base), 1) if "volgen later" in s["source"])
    other = [*lib, "review", *base, "--no-mt", "--segment", str(number), "--comment", "Vague"]
    codes = _twice([*lib, "import", str(out)], other)
    assert codes[0] == 0 and set(codes) <= {0, 2}, codes
    said = [s["comment"] for s in _segments(run, lib, base)]
    assert "Vague" in said
    assert codes == [0, 2] or "Plutôt « sur internet » ?" in said
