"""An archive is readable before it is indexed: rows from the folder names at once, the newest read."""

import threading

from reader.core.search import SearchIndex
from reader.core.search_files import listings, release_names
from reader.tui.widgets.release_list import ReleaseList
from tests.conftest import SEED_ID, archive_without
from tests.tui.conftest import wait_for_workers


def test_release_names_newest_first_from_the_names_alone(library_dir):
    ids = archive_without(library_dir, "en", count=3)
    (library_dir / "notes-without-a-date").mkdir()
    (library_dir / ".hidden").mkdir()
    (library_dir / "2019-09-09-empty").mkdir()
    names = release_names(library_dir)
    assert names[:-1] == sorted([*ids, SEED_ID, "2019-09-09-empty"], reverse=True)
    assert names[-1] == "notes-without-a-date"  # undated: last, never lost
    found = listings(library_dir, names)
    assert set(found) == {*ids, SEED_ID}  # a folder without its release.yaml is left out, not an error
    assert found[ids[2]]["date"] == "2019-03-12"


async def test_the_list_shows_before_the_index_is_built(app, library_dir, monkeypatch):
    archive_without(library_dir, "en", count=3)
    building = threading.Event()
    release = threading.Event()
    update = SearchIndex.update

    def slow_update(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        building.set()
        release.wait(10)
        return update(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "update", slow_update)
    async with app.run_test(size=(120, 35)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            # the read rows are posted just before the index build starts: wait for them, not the placeholders
            rows = app.screen.query_one(ReleaseList).rows
            if building.is_set() and len(rows) == 4 and rows[0].title != "copy 2":
                break
        rows = app.screen.query_one(ReleaseList).rows
        assert [row.id for row in rows][0] == "2019-03-12-copy-2"  # newest first, before any index
        assert rows[0].title.startswith("Kris Peeters")  # the newest screenful read for real
        assert app.screen.total == 0
        release.set()
        await wait_for_workers(pilot)
        assert app.screen.total == 4
        assert "indexing" not in app.screen.sub_title


async def test_an_empty_library_says_how_to_start_and_shows_a_release_written_later(tmp_path):
    import shutil

    from reader.core.library import Library
    from reader.tui.app import make_app
    from reader.tui.widgets.library_status import EMPTY, LibraryStatus
    from tests.conftest import ROOT
    from tests.tui.fake_translator import FakeTranslator

    empty = tmp_path / "mine"
    empty.mkdir()
    app = make_app(Library.load(empty), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        status = app.screen.query_one(LibraryStatus)
        assert str(status.render()) == EMPTY  # not 'Loading the library…' for ever
        shutil.copytree(ROOT / "releases" / SEED_ID, empty / SEED_ID)  # another process adds one
        app.screen.poll()
        await wait_for_workers(pilot)
        await pilot.pause(0.2)
        assert app.screen.query_one(ReleaseList).row_count == 1


async def test_a_cache_that_cannot_be_written_keeps_the_index_in_memory(library_dir, tmp_path):
    """A read-only cache (or home) left the TUI with 'Cannot load the library' and an empty list where
    the CLI listed everything (a sysadmin's trial): the list, a search and a filter work, said once."""
    from reader.core.library import Library
    from reader.core.settings import Settings
    from reader.tui.app import make_app
    from tests.tui.fake_translator import FakeTranslator

    blocked = tmp_path / "cache-is-a-file"
    blocked.write_text("not a folder\n", encoding="utf-8")
    settings = Settings.under(tmp_path / "rest")
    settings = type(settings)(settings.data, blocked, settings.config, settings.packages)
    archive_without(library_dir, "en", count=2)
    app = make_app(Library.load(library_dir), FakeTranslator(), settings=settings, cursor_blink=False)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        assert app.screen.query_one(ReleaseList).row_count == 3
        await pilot.press("slash", *"Alibaba")
        await wait_for_workers(pilot)
        assert app.screen.query_one(ReleaseList).row_count == 3
        await pilot.press(*"qqzx")
        await wait_for_workers(pilot)
        assert app.screen.query_one(ReleaseList).row_count == 0  # a search that finds nothing finds nothing
        said = [str(n.message) for n in app._notifications]
        assert sum("kept in memory" in m for m in said) == 1, said
        assert not any("Cannot load" in m for m in said), said


async def test_a_library_of_broken_folders_is_not_said_empty(tmp_path):
    """'The library is empty: i imports a release' over six folders it could not read (a sysadmin's trial)."""
    from reader.core.library import Library
    from reader.tui.app import make_app
    from reader.tui.widgets.library_status import LibraryStatus
    from tests.tui.fake_translator import FakeTranslator

    library = tmp_path / "broken-library"
    for n in range(3):
        folder = library / f"2025-01-0{n + 1}-broken-{n}"
        folder.mkdir(parents=True)
        (folder / "release.yaml").write_text("id: [not, a, release\n", encoding="utf-8")
    app = make_app(Library.load(library), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        said = str(app.screen.query_one(LibraryStatus).render())
        assert "empty" not in said and "3 broken" in said, said


async def test_a_broken_release_is_said_once_not_at_every_reload(tmp_path):
    """Every load of the library (after an import, a refresh) said the same broken folders again."""
    import shutil

    from reader.core.library import Library
    from reader.tui.app import make_app
    from reader.tui.widgets.library_status import LibraryStatus
    from tests.conftest import ROOT
    from tests.tui.fake_translator import FakeTranslator

    library = tmp_path / "library"
    shutil.copytree(ROOT / "releases", library)
    folder = library / "2025-01-01-broken"
    folder.mkdir()
    (folder / "release.yaml").write_text("id: [not, a, release\n", encoding="utf-8")
    app = make_app(Library.load(library), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)

        def said() -> int:
            return sum("broken" in str(n.title) + str(n.message) for n in app._notifications)

        assert said() == 1
        for _ in range(2):
            app.screen.query_one(LibraryStatus).load()
            await wait_for_workers(pilot)
        assert said() == 1
        second = library / "2025-01-02-broken"
        second.mkdir()
        (second / "release.yaml").write_text("date: [\n", encoding="utf-8")
        app.screen.query_one(LibraryStatus).load()
        await wait_for_workers(pilot)
        assert said() == 2  # a folder broken since is said
