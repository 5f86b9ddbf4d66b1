"""Enter in the library search opens the best hit, as the README says, not the newest (trial M: the
list is in date order and Enter opened its first row, a release naming the word once in passing)."""

from pathlib import Path

from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.release_list import ReleaseList
from tests.tui.conftest import wait_for_workers


def _release(root: Path, rid: str, title: str, body: str) -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: {rid[:10]}\nissuer: FOD Mobiliteit\noriginal_language: nl\ntitles:\n  nl: {title}\n"
        "languages:\n  nl:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text(body + "\n", encoding="utf-8")


async def test_enter_in_the_search_opens_the_most_relevant_hit(app, library_dir: Path) -> None:  # noqa: ANN001
    about = "2023-04-02-fietstunnel-onder-het-spoor"
    _release(
        library_dir,
        about,
        "Een fietstunnel onder het spoor",
        "De fietstunnel komt er in 2024. De fietstunnel is vier meter breed en de fietstunnel krijgt licht.",
    )
    _release(
        library_dir,
        "2025-09-30-nieuwe-bussen",
        "Nieuwe bussen voor de stad",
        "Er komen veertig nieuwe bussen, die rijden langs het station, de markt, de haven, de school, "
        "het ziekenhuis, het zwembad en de oude fietstunnel naar het park aan de rand van de stad.",
    )
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("slash", *"fietstunnel")
        await pilot.pause(0.3)
        await wait_for_workers(pilot)
        listed = app.screen.query_one(ReleaseList)
        assert [row.id for row in listed.rows][0] == "2025-09-30-nieuwe-bussen"  # the list stays newest first
        # the row Enter opens is the one marked (trial Y: the cursor stood on the top row, Enter opened another)
        assert listed.rows[listed.cursor].id == about
        await pilot.press("enter")
        for _ in range(50):
            if isinstance(app.screen, ReaderScreen):
                break
            await pilot.pause(0.1)
        assert isinstance(app.screen, ReaderScreen) and app.screen.release.id == about
