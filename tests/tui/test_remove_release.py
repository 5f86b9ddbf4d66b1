"""`x` in the library takes the highlighted release out, asked first; it is kept, and the list follows."""

from reader.core import removal
from reader.tui.widgets.release_list import ReleaseList
from tests.conftest import SEED_ID, archive_without
from tests.tui.conftest import wait_for_workers


async def test_x_removes_the_highlighted_release_after_asking(app, library_dir):
    ids = archive_without(library_dir, "en", count=2)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        listing = app.screen.query_one(ReleaseList)
        await pilot.press("down")  # the second row: after its removal the cursor stays there, not at the top
        chosen, following = listing.rows[1].id, listing.rows[2].id
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("escape")  # "Keep": nothing happens
        await wait_for_workers(pilot)
        assert (library_dir / chosen).is_dir()
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await wait_for_workers(pilot)
        assert not (library_dir / chosen).exists()
        [entry] = removal.removed(library_dir)
        assert entry.release_id == chosen and (entry.path / "release.yaml").is_file()
        for _ in range(50):
            if chosen not in [row.id for row in listing.rows]:
                break
            await pilot.pause(0.05)
        assert [row.id for row in listing.rows] == sorted([*(set(ids) - {chosen}), SEED_ID], reverse=True)
        assert listing.rows[listing.cursor].id == following
