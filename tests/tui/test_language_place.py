"""The reader keeps its place across languages, both ways (trial M: PageDown eight times, `f` kept
the place, `n` back to the Dutch showed the top: the library search's words, lit in the title, pulled
the Dutch to their first match). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.library import Library
from reader.tui.app import PressReaderApp, make_app
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.release_view import ReleaseView
from tests.tui.fake_translator import FakeTranslator

RID = "2025-03-09-plan-voor-de-bruggen"


def _library(root: Path, french_blocks: int = 40) -> Path:
    folder = root / RID
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {RID}\ndate: 2025-03-09\nissuer: FOD Mobiliteit\noriginal_language: nl\n"
        "titles:\n  nl: Plan voor de bruggen\n  fr: Plan pour les ponts\n"
        "languages:\n  nl:\n    provenance: official\n  fr:\n    provenance: official\n",
        encoding="utf-8",
    )
    dutch = [f"Stuk {n} over de bruggen: er komen {n} nieuwe leuningen en een verse laag verf." for n in range(40)]
    french = [
        f"Partie {n} sur les ponts : il y aura {n} nouvelles rampes, une couche de peinture fraîche et "
        "un contrôle de chaque boulon par une équipe venue pour cela."
        for n in range(french_blocks)
    ]
    (folder / "nl.md").write_text("\n\n".join(dutch) + "\n", encoding="utf-8")
    (folder / "fr.md").write_text("\n\n".join(french) + "\n", encoding="utf-8")
    return root


def _app(tmp_path: Path, french_blocks: int = 40) -> PressReaderApp:
    return make_app(
        Library.load(_library(tmp_path / "lib", french_blocks)), FakeTranslator(pairs=()), cursor_blink=False
    )


def _top(view: ReleaseView) -> str:
    """The paragraph the top line of the screen is in: its first line (at or above the top)."""
    for y in range(int(view.scroll_y), -1, -1):
        line = view._lines[y].text.strip()
        if line.startswith(("Stuk ", "Partie ", "Plan ")):
            return line
    return ""


async def _settle(pilot: object) -> None:
    for _ in range(3):
        await pilot.pause()  # type: ignore[attr-defined]


async def test_f_then_n_keeps_the_paragraph_read_both_ways(tmp_path: Path):
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        # opened from a library search whose word is in the Dutch title: its first match is the top
        app.push_screen(ReaderScreen(app.library.get(RID), "nl", find="bruggen"))
        await _settle(pilot)
        view = app.screen.query_one(ReleaseView)
        await pilot.press(*["pagedown"] * 4)
        await _settle(pilot)
        top = _top(view)
        number = top.split()[1]
        assert top.startswith("Stuk ") and int(number) > 5, top
        await pilot.press("f")
        await _settle(pilot)
        assert _top(view).startswith(f"Partie {number} "), _top(view)
        await pilot.press("n")
        await _settle(pilot)
        assert _top(view).startswith(f"Stuk {number} "), _top(view)


async def test_a_version_of_another_shape_opens_at_the_same_share_of_its_body(tmp_path: Path):
    """The French has half the blocks: block 20 of 40 in Dutch is block 10 of 20 in French."""
    app = _app(tmp_path, french_blocks=20)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(ReaderScreen(app.library.get(RID), "nl"))
        await _settle(pilot)
        view = app.screen.query_one(ReleaseView)
        view.go_to((20, 40, 0))
        await _settle(pilot)
        assert _top(view).startswith("Stuk 20 ")
        await pilot.press("f")
        await _settle(pilot)
        assert _top(view).startswith("Partie 10 "), _top(view)
        await pilot.press("n")
        await _settle(pilot)
        assert _top(view).startswith("Stuk 20 "), _top(view)


async def test_at_the_top_a_switch_stays_at_the_top(tmp_path: Path):
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(ReaderScreen(app.library.get(RID), "nl"))
        await _settle(pilot)
        view = app.screen.query_one(ReleaseView)
        await pilot.press("f")
        await _settle(pilot)
        assert view.scroll_y == 0 and "Plan pour les ponts" in _top(view)
