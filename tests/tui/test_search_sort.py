"""`d` over a search shows the top of the new order (trial H: '/l'Etat', Down, then `d` said 'oldest
first' over the newest rows, the cursor kept on its release, now the last)."""

from pathlib import Path

from reader.tui.widgets.release_list import ReleaseList
from tests.tui.conftest import wait_for_workers


def _release(root: Path, day: int) -> None:
    rid = f"2024-02-{day:02d}-begroting-{day}"
    folder = root / rid
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: {rid[:10]}\nissuer: FOD Budget\noriginal_language: nl\ntitles:\n  nl: Ronde {day}\n"
        "languages:\n  nl:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text(f"De kasbon van ronde {day} is uitgegeven.\n", encoding="utf-8")


async def test_the_other_order_starts_at_its_top(app, library_dir: Path) -> None:  # noqa: ANN001
    for day in range(1, 29):
        _release(library_dir, day)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("slash", *"kasbon")
        await pilot.pause(0.3)  # the search runs when typing pauses
        await wait_for_workers(pilot)
        listed = app.screen.query_one(ReleaseList)
        assert listed.row_count == 28 and listed.rows[0].date == "2024-02-28"
        await pilot.press("down", "d")
        await wait_for_workers(pilot)
        await pilot.pause()
        assert "oldest first" in str(app.screen.query_one("#library-status").render())
        assert listed.rows[0].date == "2024-02-01"
        assert listed.cursor == 0 and listed.scroll_offset.y == 0  # the oldest shown, as said
        await pilot.press("d")
        await wait_for_workers(pilot)
        await pilot.pause()
        assert listed.rows[0].date == "2024-02-28" and listed.cursor == 0 and listed.scroll_offset.y == 0
