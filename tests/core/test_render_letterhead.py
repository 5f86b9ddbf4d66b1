"""The folded letterhead speaks the language read, when the letterhead has a half in it."""

from pathlib import Path

from rich.console import Console

from reader.core.library import Library
from reader.render import render_version
from tests.conftest import ROOT, SEED_ID


def _folded(lang: str) -> str:
    release = Library.load(Path(ROOT / "releases")).get(SEED_ID)
    console = Console(width=120, record=True)
    console.print(render_version(release, lang, letterhead_open=False).renderables[0])
    return console.export_text()


def test_a_french_reader_folds_the_letterhead_to_its_french_half():
    assert "Vice-Premier Ministre" in _folded("fr")
    assert "Vice-Eersteminister" in _folded("nl")
