"""The library's search as you type: '2,8' is that number, never a prefix ('2,85') nor a 2 and an 8."""

from pathlib import Path

from textual.widgets import Input

from reader.core.memory.lookup import query_spans
from reader.tui.controllers.library_feed import typing
from reader.tui.widgets.release_list import ReleaseList
from tests.tui.conftest import wait_for_workers


def _release(root: Path, rid: str, text: str) -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: {rid[:10]}\nissuer: FOD Economie\noriginal_language: nl\ntitles:\n  nl: Cijfers {rid[11:]}\n"
        "languages:\n  nl:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text(text + "\n", encoding="utf-8")


def test_typing_keeps_a_decimal_number_whole() -> None:
    assert typing("2,8") == "2,8" and typing("groei 2.8") == "groei 2.8" and typing("2,") == "2,*"
    text = "Een groei van 2,8 procent, geen 28 en geen 2,85."
    assert [text[s:e] for s, e in query_spans(text, "2,8")] == ["2,8"]


async def test_search_as_you_type_finds_the_number_alone(app, library_dir: Path) -> None:  # noqa: ANN001
    _release(library_dir, "2024-01-02-groei", "De groei bedraagt 2,8 procent.")
    _release(library_dir, "2024-01-03-inflatie", "De inflatie bedraagt 2,85 procent.")
    _release(library_dir, "2024-01-04-ploegen", "Er zijn 2 ploegen van 8 mensen.")
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("slash", *"2,8")
        await pilot.pause(0.3)  # the search runs when typing pauses
        await wait_for_workers(pilot)
        assert app.screen.query_one("#search", Input).value == "2,8"
        listed = app.screen.query_one(ReleaseList)
        assert listed.row_count == 1
