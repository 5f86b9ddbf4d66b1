"""What a CAT round trip must keep (a translator's trial): French typography, every way in (an
import, an edit and a CAT tool's file keep the no-break spaces of '15 %', '2 500' and 'mesures :',
which became ordinary spaces); a CAT tool's line break inside a paragraph, stored as a space, is no
change to count; a note's author."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from reader.core.text.clean import clean_line, squash
from tests.conftest import SEED_ID

NBSP, NNBSP = "\u00a0", "\u202f"
BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def test_squash_keeps_a_no_break_space_and_collapses_the_rest():
    assert squash(f"  15{NBSP}%  de   plus{NBSP}:\n fin ") == f"15{NBSP}% de plus{NBSP}: fin"
    assert squash(f"2 {NBSP} 500") == f"2{NBSP}500"  # a run holding one is that one
    assert clean_line(f"soit 8{NNBSP}412 personnes") == f"soit 8{NNBSP}412 personnes"
    assert squash("a \t b\n c") == "a b c"


def test_an_imported_page_keeps_its_no_break_spaces(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "nl.txt").write_text(
        "Een nieuwe brug\n\nGent, 3 maart 2025\n\nDe brug kost 2,5 miljoen euro, 15 % meer.\n", encoding="utf-8"
    )
    (tmp_path / "fr.txt").write_text(
        f"Un nouveau pont\n\nGand, le 3 mars 2025\n\nLe pont coûte 2,5{NBSP}millions d'euros, 15{NBSP}% de plus.\n",
        encoding="utf-8",
    )
    release_id = run(*lib, "import", str(tmp_path / "nl.txt"), "--json").json()["id"]
    assert run(*lib, "import", str(tmp_path / "fr.txt"), "--release", release_id).code == 0
    body = (tmp_path / "lib" / release_id / "fr.md").read_text(encoding="utf-8")
    assert f"2,5{NBSP}millions" in body and f"15{NBSP}%" in body


def test_an_edit_keeps_its_no_break_spaces(run, lib: Path):
    text = f"Le centre de distribution sera construit sur un terrain de 22{NBSP}hectares{NBSP}: près de Liège."
    segment = next(
        s["segment"] for s in run("review", *BASE, "--json").json()["segments"] if "22 hectares" in s["target"]
    )
    edited = run("review", *BASE, "--segment", str(segment), "--edit", text)
    assert edited.code == 0, edited.err
    assert text in (lib / SEED_ID / "fr.md").read_text(encoding="utf-8")


def _xliff_with(run, tmp_path: Path, change) -> Path:  # noqa: ANN001
    out = tmp_path / "seed.xlf"
    assert run("export", *BASE, "--format", "xliff12", "-o", str(out)).code == 0
    tree = etree.parse(str(out))
    targets = [e for e in tree.iter() if etree.QName(e).localname == "target"]
    index = next(i for i, t in enumerate(targets) if "22 hectares" in (t.text or ""))
    targets[index].text = change(targets[index].text)
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


def test_a_cat_tool_that_only_adds_a_no_break_space_is_taken(run, lib: Path, tmp_path: Path):
    path = _xliff_with(run, tmp_path, lambda t: t.replace("22 hectares", f"22{NBSP}hectares"))
    taken = run("import", str(path), "--release", SEED_ID, "--json")
    assert taken.code == 0, taken.err
    assert len(taken.json()["changes"]) == 1
    assert f"22{NBSP}hectares" in (lib / SEED_ID / "fr.md").read_text(encoding="utf-8")


def test_a_line_break_inside_a_paragraph_is_no_change(run, lib: Path, tmp_path: Path):
    before = (lib / SEED_ID / "fr.md").read_bytes()
    path = _xliff_with(run, tmp_path, lambda t: t.replace("22 hectares ", "22 hectares\n", 1))
    taken = run("import", str(path), "--release", SEED_ID, "--json")
    assert taken.code == 0, taken.err
    assert taken.json()["changes"] == []
    assert (lib / SEED_ID / "fr.md").read_bytes() == before


def test_a_note_a_cat_tool_user_signed_keeps_its_author(run, lib: Path, tmp_path: Path):
    """XLIFF 1.2 says who wrote a note (from="…"): the review comment says it too."""
    out = tmp_path / "seed.xlf"
    assert run("export", *BASE, "--format", "xliff12", "-o", str(out)).code == 0
    tree = etree.parse(str(out))
    namespace = "{urn:oasis:names:tc:xliff:document:1.2}"
    unit = next(tree.getroot().iter(f"{namespace}trans-unit"))
    note = etree.SubElement(unit, f"{namespace}note", {"from": "marie"})
    note.text = "la date est à vérifier"
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    assert run("import", str(out), "--release", SEED_ID).code == 0
    comments = [s["comment"] for s in run("review", *BASE, "--json").json()["segments"]]
    assert any("marie: la date est à vérifier" in (c or "") for c in comments)
    again = run("import", str(out), "--release", SEED_ID, "--json")  # the same file once more: nothing new
    assert again.code == 0 and again.json()["changes"] == []


def test_the_reader_never_starts_a_line_with_what_a_no_break_space_holds(run, tmp_path: Path):
    """The reader's renderables (the TUI's reader and `show` in a terminal) wrap French at any width
    without setting '%' or the rest of a number at a line's start."""
    from rich.console import Console

    from reader.core.library import Library
    from reader.render import render_version

    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "fr.txt").write_text(
        "Un nouveau pont\n\nGand, le 3 mars 2025\n\n"
        f"Le pont coûte 2,5{NBSP}millions d'euros, soit 15{NBSP}% de plus que prévu pour 8{NNBSP}412 habitants.\n",
        encoding="utf-8",
    )
    release_id = run(*lib, "import", str(tmp_path / "fr.txt"), "--json").json()["id"]
    release = Library.load(tmp_path / "lib").get(release_id)
    for width in range(20, 70, 3):
        console = Console(width=width, file=None, record=False, color_system=None)
        with console.capture() as captured:
            console.print(render_version(release, "fr"))
        starts = [line.strip()[:3] for line in captured.get().splitlines() if line.strip()]
        assert not [s for s in starts if s.startswith(("%", "412", "mil"))], (width, captured.get())
