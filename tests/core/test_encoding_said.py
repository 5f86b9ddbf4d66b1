"""A page that is not UTF-8 is read as cp1252 (Belgian Windows documents) and said so; one whose
guess is weak is refused by name, never imported as mojibake.

Thirty-third session, trial P: invalid bytes readable as cp1252 were taken silently, and a UTF-8
page with a broken byte came in with 'Ã©' for every 'é'.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.errors import ImportFailed
from reader.core.importer.encoding import decode, encoding_note
from reader.core.importer.importer import plan_import
from reader.core.library import Library

PAGE = (
    "Un parc à vélos ouvre près de la gare\n\n9 février 2026\n\n"
    "La ville équipe le quartier de la gare d’un parc à vélos gardé de 400 places, ouvert dès l’été.\n\n"
    "« Un vélo sur trois dort déjà à la gare », précise l’échevine Šárka Dvořák. Coût : 1,2 million €.\n"
)


@pytest.fixture
def empty_library(tmp_path: Path) -> Library:
    (tmp_path / "lib").mkdir()
    return Library.load(tmp_path / "lib")


def test_a_cp1252_page_is_read_and_said(tmp_path: Path, empty_library: Library):
    path = tmp_path / "velos.txt"
    data = PAGE.replace("Šárka Dvořák", "Anne Lemaître").encode("cp1252")
    path.write_bytes(data)
    text, encoding = decode(data, path)
    assert (text, encoding) == (PAGE.replace("Šárka Dvořák", "Anne Lemaître"), "cp1252")
    assert encoding_note(encoding) == "not UTF-8, read as Windows-1252 (cp1252)"
    assert encoding_note("utf-8") == encoding_note("utf-16-le") == encoding_note("us-ascii") == ""
    assert encoding_note("windows-1252") == encoding_note("cp1252")  # as an HTML page declares it
    assert encoding_note("ISO-8859-1") == "not UTF-8, read as Latin-1 (ISO-8859-1)"
    plan = plan_import(path, empty_library, issuer="Ville")
    assert plan.date == dt.date(2026, 2, 9)
    assert "not UTF-8, read as Windows-1252 (cp1252)" in plan.warnings
    assert plan.to_json(written=False)["encoding"] == "cp1252"


def test_a_utf8_page_says_nothing_of_its_encoding(tmp_path: Path, empty_library: Library):
    path = tmp_path / "velos.txt"
    path.write_text(PAGE, encoding="utf-8")
    plan = plan_import(path, empty_library, issuer="Ville")
    assert not any("UTF-8" in w for w in plan.warnings)
    assert plan.to_json(written=False)["encoding"] == "utf-8"


@pytest.mark.parametrize(
    ("data", "looks"),
    [
        # UTF-8 whose one broken byte is no mark of cp1252: read as cp1252, the rest is mojibake
        ("Le parc ouvre à la gare en été.\n".encode() + b"\xe9\xff\n", "UTF-8 with broken bytes"),
        # a DOS code page: its 'é' is cp1252's low quote, inside the words
        ("Le préfet a présenté le projet réformé de la ville.\n".encode("cp850"), "another code page"),
        # an HTML page declaring windows-1252 whose bytes are UTF-8 (and one broken byte)
        (
            b'<html><head><meta charset="windows-1252"></head><body><p>'
            + "La ville équipe la gare d’un parc gardé.".encode()
            + b"\xff</p></body></html>",
            "UTF-8 with broken bytes",
        ),
    ],
)
def test_a_weak_guess_is_refused_by_name(tmp_path: Path, data: bytes, looks: str):
    path = tmp_path / "broken.txt"
    with pytest.raises(ImportFailed) as refused:
        decode(data, path)
    said = str(refused.value)
    assert "broken.txt" in said and f"it looks like {looks}" in said and "save it as UTF-8" in said
    assert "\n" not in said


def test_a_utf8_page_with_a_pasted_cp1252_quote_is_read_as_utf8_and_said(tmp_path: Path, empty_library: Library):
    """Thirty-fourth session, trial Z: one curly quote of Word (0x93) in a UTF-8 page made the whole
    page cp1252, every accent two signs, imported as the official version without a word."""
    path = tmp_path / "velos.txt"
    head, tail = PAGE.split("« Un vélo")
    data = head.encode() + b"\x93Un v\xc3\xa9lo" + tail.encode()
    path.write_bytes(data)
    text, encoding = decode(data, path)
    assert text == head + "“Un vélo" + tail and "Ã" not in text
    assert encoding_note(encoding) == "UTF-8 with 1 byte of Windows-1252 (cp1252) in it, read as such"
    plan = plan_import(path, empty_library, issuer="Ville")
    assert encoding_note(encoding) in plan.warnings


def test_many_stray_bytes_are_no_pasted_quote(tmp_path: Path):
    """Stray bytes as many as the page's accents are a broken file, not a quote pasted in."""
    data = "Le préfet a présenté le projet.\n".encode() + b"\x93\x94\x96\x97\n"
    with pytest.raises(ImportFailed):
        decode(data, tmp_path / "broken.txt")
