"""A name the user's glossary settles against the app's own names leaves a note on its segment.

Trial N: 'Bergen = Namur' taught, the flag gone with no trace, the wrong city passing in every
release after. The note says the entry and how to undo it, in `review --json` and the TUI's detail.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ID

BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def _notes(run) -> list[tuple[int, str]]:  # noqa: ANN001
    segments = run("review", *BASE, "--json").json()["segments"]
    return [(s["segment"], f["message"]) for s in segments for f in s["flags"] if "your glossary" in f["message"]]


def _airport(lib: Path, town: str) -> None:
    fr = lib / SEED_ID / "fr.md"
    fr.write_text(
        fr.read_text(encoding="utf-8").replace("l'aéroport de Liège", f"l'aéroport de {town}"), encoding="utf-8"
    )


def test_a_forced_entry_leaves_a_note_where_it_silences_a_name(run, lib: Path):  # noqa: ANN001
    _airport(lib, "Bierset")
    assert run("glossary", "add", "Luik", "Bierset", "--force").code == 0
    segments = run("review", *BASE, "--json").json()["segments"]
    assert not [s for s in segments if any(f["severity"] != "info" and f["code"] == "name" for f in s["flags"])]
    ((_segment, message),) = _notes(run)
    assert "Luik = Bierset" in message and "Liège" in message and "glossary remove" in message
    assert run("glossary", "remove", "Luik", "Bierset").code == 0
    assert _notes(run) == []  # undone: the flag is back, the note gone


def test_an_entry_the_names_agree_with_leaves_no_note(run, lib: Path):  # noqa: ANN001
    assert run("glossary", "add", "Luik", "Liège").code == 0
    assert _notes(run) == []
