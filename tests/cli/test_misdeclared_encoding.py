"""An XLIFF or a TMX whose XML declaration names the wrong encoding (UTF-8 bytes declared ISO-8859-1,
as an editor re-saving the file under its old header leaves it): every accent was read as two
characters ('fÃ©dÃ©ral') and written into the version and the memory with exit 0 (trial Z, F1).
The .txt import refuses text that reads so; the XLIFF and TMX imports now do too, in one line naming
the file. A file truly in Latin-1, as declared, still imports. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_xliff_stale import BASE, _export, _segments
from tests.core.test_memory_tmx_import import tmx, tu, write
from tests.core.test_translation_memory import archive


def _declared(path: Path, name: str, encoding: str, body_as: str = "utf-8") -> Path:
    """The export with another declaration, its bytes UTF-8 still (or re-encoded, for a true one)."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("?>")
    assert "encoding=" in head
    out = path.with_name(name)
    out.write_bytes(f"<?xml version='1.0' encoding='{encoding}'?>".encode() + rest.encode(body_as, "xmlcharrefreplace"))
    return out


def _edited(path: Path) -> Path:
    """A translator's edit in the file: one target gains a sentence with accents of its own."""
    text = path.read_text(encoding="utf-8")
    at = text.index("</target>")
    path.write_text(text[:at] + " Le député a été élu à Liège." + text[at:], encoding="utf-8")
    return path


def test_an_xliff_of_utf8_bytes_declared_latin1_is_refused_naming_the_file(run, lib: Path, tmp_path: Path):
    before = _segments(run)
    wrong = _declared(_edited(_export(run, tmp_path, "x.xlf")), "wrong.xlf", "ISO-8859-1")
    for args in ([], ["--dry-run"]):
        result = run("import", str(wrong), *args)
        assert result.code == 2, result.err
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"press-reader: error: {wrong}: "), result.err
        assert "ISO-8859-1" in lines[0] and "UTF-8" in lines[0]
    assert _segments(run) == before  # nothing written
    assert "Ã" not in (lib / BASE[0] / "fr.md").read_text(encoding="utf-8")


def test_an_xliff_whose_targets_are_garbled_under_a_right_declaration_is_refused(run, lib: Path, tmp_path: Path):
    good = _edited(_export(run, tmp_path, "x.xlf"))
    text = good.read_text(encoding="utf-8")
    head, _, body = text.partition("?>")
    garbled = good.with_name("garbled.xlf")  # decoded as Latin-1 once too often, then saved as UTF-8
    garbled.write_text(head + "?>" + body.encode("utf-8").decode("latin-1"), encoding="utf-8")
    result = run("import", str(garbled))
    assert result.code == 2 and f"press-reader: error: {garbled}: " in result.err
    assert "garbled" in result.err and "save it as UTF-8" in result.err


def test_an_xliff_truly_in_latin1_as_declared_still_imports(run, lib: Path, tmp_path: Path):
    edited = _edited(_export(run, tmp_path, "x.xlf"))
    latin1 = _declared(edited, "latin1.xlf", "ISO-8859-1", body_as="latin-1")
    result = run("import", str(latin1), "--json")
    assert result.code == 0, result.err
    assert any("Le député a été élu à Liège." in s["target"] for s in _segments(run))


def test_a_tmx_of_utf8_bytes_declared_latin1_is_refused_and_nothing_is_imported(run, tmp_path: Path):
    lib = ["--library", str(archive(tmp_path))]
    units = (
        tu("De gemeente bouwt een brug.", "La commune construit un pont à péage."),
        tu("De schepen is verkozen.", "L'échevin a été élu."),
    )
    text = tmx(*units).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    source = write(tmp_path, text)  # written as UTF-8: the declaration is wrong
    result = run(*lib, "memory", "--import", str(source))
    assert result.code == 2, result.err
    assert result.err.strip().splitlines() == [result.err.strip()]
    assert f"press-reader: error: {source}: " in result.err and "ISO-8859-1" in result.err
    assert run(*lib, "memory", "--imported", "--json").json() == []
    right = write(tmp_path, tmx(*units), "right.tmx")  # the same units declared right come in
    assert run(*lib, "memory", "--import", str(right)).code == 0


def test_utf8_read_as_latin1_is_told_by_its_c1_controls_as_well_as_by_cp1252_marks():
    from reader.core.text.mojibake import garbled_xml, mojibake

    said = "Il a dit « c’est l’été » à Namur."
    as_latin1 = said.encode("utf-8").decode("latin-1")  # '’' is 'â' and two C1 controls here
    assert mojibake(as_latin1) and mojibake(said.encode("utf-8").decode("cp1252"))
    assert not mojibake(said)
    declared = b"<?xml version='1.0' encoding='ISO-8859-1'?><x/>" + said.encode("utf-8")
    assert "encoding='ISO-8859-1'" in (garbled_xml(declared, [as_latin1]) or "")
    assert garbled_xml(declared.replace(b"ISO-8859-1", b"UTF-8"), [said]) is None
