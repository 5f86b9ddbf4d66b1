from pathlib import Path

import pytest

from reader.core.body import parse_markdown, read_body, to_markdown
from reader.core.errors import LibraryError
from reader.core.model import Block


def test_kinds_are_recognised():
    text = (
        "::: letterhead nl\nMinister van\nWerk\n:::\n\n# Titel\n\nEen alinea\nover twee regels.\n\n"
        "- eerste punt\n- tweede punt\n\n> een citaat\n> dat doorloopt\n\n1. genummerd\n"
    )
    blocks = parse_markdown(text)
    assert [b.kind for b in blocks] == [
        "letterhead",
        "heading",
        "paragraph",
        "list_item",
        "list_item",
        "quote",
        "list_item",
    ]
    assert blocks[0] == Block("letterhead", "Minister van\nWerk", lang="nl")
    assert blocks[2].text == "Een alinea over twee regels."
    assert blocks[5].text == "een citaat dat doorloopt"
    assert blocks[6].marker == "1."


def test_round_trip_keeps_every_block():
    blocks = [
        Block("letterhead", "Vice-Eersteminister en\nMinister", lang="nl"),
        Block("letterhead", "Vice-Premier Ministre", lang="fr"),
        Block("heading", "Titel", level=2),
        Block("paragraph", "Gewone tekst met 18.625 euro."),
        Block("paragraph", "# geen kop maar tekst"),
        Block("paragraph", "- geen lijst"),
        Block("list_item", "punt een", marker="-"),
        Block("list_item", "punt twee", marker="-"),
        Block("quote", "Citaat."),
    ]
    assert parse_markdown(to_markdown(blocks)) == blocks


def test_unclosed_letterhead_names_the_file():
    with pytest.raises(LibraryError, match="x.md: line 1: letterhead fence opened but never closed"):
        parse_markdown("::: letterhead nl\nMinister\n", "x.md")


def test_a_letterhead_fence_missing_its_close_before_the_next_is_named():
    """The ':::' after the Dutch half deleted by hand: the French half's fence would have been read as
    the Dutch half's text."""
    with pytest.raises(LibraryError, match="x.md: line 1: letterhead fence not closed before line 4"):
        parse_markdown("::: letterhead nl\nMinister\n\n::: letterhead fr\nMinistre\n:::\n\nTekst.\n", "x.md")


def test_unknown_letterhead_language():
    with pytest.raises(LibraryError, match="unknown letterhead language 'de'"):
        parse_markdown("::: letterhead de\nMinister\n:::\n\nTekst\n", "x.md")


def test_not_utf8_and_empty(tmp_path: Path):
    bad = tmp_path / "nl.md"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(LibraryError, match=r"nl.md: not UTF-8"):
        read_body(bad)
    bad.write_text("::: letterhead nl\nMinister\n:::\n\n  \n", encoding="utf-8")
    with pytest.raises(LibraryError, match="nl.md: body is empty"):
        read_body(bad)
