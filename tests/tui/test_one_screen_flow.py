"""The whole trip a translator makes, counted in keys: read, side by side, translate in place,
switch versions, save, review, and back to the library with exactly one q per screen opened."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.review import ReviewScreen
from reader.tui.screens.side_by_side import Choice, SideBySideScreen
from reader.tui.widgets.aligned import AlignedView
from reader.tui.widgets.release_list import ReleaseList
from reader.tui.widgets.release_view import ReleaseView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


def without_english(library_dir: Path) -> Path:
    folder = library_dir / SEED_ID
    (folder / "en.md").unlink()
    data = yaml.safe_load((folder / "release.yaml").read_text(encoding="utf-8"))
    del data["languages"]["en"], data["titles"]["en"]
    (folder / "release.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return library_dir


def label(screen: SideBySideScreen, side: str) -> str:
    return str(screen.query_one(f"#{side}-label").render())


async def test_translate_switch_save_review_and_back(library_dir: Path):
    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "f")  # the French version in the reader
        assert isinstance(app.screen, ReaderScreen) and app.screen.lang == "fr"
        await pilot.press("s")
        await wait_for_workers(pilot)
        side = app.screen
        assert isinstance(side, SideBySideScreen)
        assert (side.source, side.choice) == ("nl", Choice("fr", "version"))  # the original on the left
        assert label(side, "left").startswith("Nederlands") and label(side, "right").startswith("Français")

        await pilot.press("v")  # no English yet: v only says t makes it, and starts nothing
        await wait_for_workers(pilot)
        assert side.choice == Choice("fr", "version") and not side.results
        said = [str(n.message) for n in app._notifications]
        assert any("t translates into English" in m for m in said), said
        await pilot.press("t", "e")  # translated to English, in place
        await wait_for_workers(pilot)
        assert app.screen is side and side.choice == Choice("en", "machine")
        rows = side.query_one(AlignedView).rows
        assert rows and all(r.left and not r.pending for r in rows)  # the source stayed visible
        assert all(r.right.startswith("[en] ") for r in rows)
        assert "machine" in label(side, "right") and "not saved" in label(side, "right")

        await pilot.press("t", "f")  # then a machine French beside the human one
        await wait_for_workers(pilot)
        assert side.choice == Choice("fr", "machine")
        await pilot.press("v")  # round to the human French version
        await wait_for_workers(pilot)
        assert side.choice == Choice("fr", "version")
        assert side.query_one(AlignedView).rows[2].right.startswith("Aujourd'hui")
        assert [c.kind for c in side.choices()] == ["version", "machine", "machine"]  # nothing left to make
        await pilot.press("V", "V")  # back to the English translation made here, kept
        assert side.choice == Choice("en", "machine")

        await pilot.press("w")
        await wait_for_workers(pilot)  # the save runs in a thread worker
        assert side.choice == Choice("en", "version")
        assert app.library.get(SEED_ID).versions["en"].provenance.kind == "machine"

        await pilot.press("x", "r")  # swapped: the review still checks English against the Dutch
        await wait_for_workers(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and (review.source, review.target) == ("nl", "en")

        await pilot.press("q")
        assert app.screen is side
        await pilot.press("q")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        assert isinstance(app.screen, LibraryScreen)


async def test_reader_translation_opens_one_screen_and_t_there_stays_in_it(library_dir: Path):
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "e", "s")  # reading English: English goes right, Dutch stays left
        await wait_for_workers(pilot)
        side = app.screen
        assert isinstance(side, SideBySideScreen) and (side.source, side.target) == ("nl", "en")
        for target in ("e", "f", "e"):
            await pilot.press("t", target)
            await wait_for_workers(pilot)
            assert app.screen is side
        assert set(side.results) == {"en", "fr"}
        await pilot.press("q", "q")
        assert isinstance(app.screen, LibraryScreen)


async def test_review_filter_shows_flagged_mine_and_todo(app, library_dir: Path):
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await wait_for_workers(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        total = len(review.report.pairs)
        await pilot.press("down", "c", *"a note", "enter")
        await pilot.pause()
        await pilot.press("s")  # flagged: only the segment with the changed number
        view = review.query_one(AlignedView)
        assert [r.flags for r in view.rows] == [("number",)]
        await pilot.press("s")  # mine: the commented segment
        assert len(view.rows) == 1 and review.report.pairs[review._current()].index == 1
        await pilot.press("s")  # todo: all but none marked yet
        assert len(view.rows) == total
        await pilot.press("a")  # marked ok, it leaves the to-do list
        assert len(view.rows) == total - 1
        await pilot.press("s")
        assert len(view.rows) == total


async def test_library_notices_a_release_added_on_disk(app, library_dir: Path):
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        listed = app.screen.query_one(ReleaseList)
        assert len(listed.rows) == 1
        copy = library_dir / "2019-01-10-another-release"
        shutil.copytree(library_dir / SEED_ID, copy)
        text = (copy / "release.yaml").read_text(encoding="utf-8").replace(SEED_ID, copy.name)
        (copy / "release.yaml").write_text(text, encoding="utf-8")
        app.screen.poll()  # what the timer does every few seconds
        await wait_for_workers(pilot)
        assert len(listed.rows) == 2
        # said under the search box, not in a toast over the screen (trial Y)
        assert "on disk: 1 new" in str(app.screen.query_one("#library-status").render())


async def test_translate_all_missing_from_the_palette_command(library_dir: Path):
    from tests.conftest import archive_without

    ids = archive_without(library_dir, "en", count=2)
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        app.screen.translate_all("en")
        await wait_for_workers(pilot)
        assert any("Translating all done: 2 of 2" in n.message for n in app._notifications)
        # kept under the list, short: the whole sentence wrapped the counts' line at 80 columns
        status = str(app.screen.query_one("#library-status").render())
        assert "translate all done: 2/2" in status and "releases translated" not in status, status
    library = Library.load(library_dir)
    assert all(library.get(rid).versions["en"].provenance.kind == "machine" for rid in ids)


async def test_translate_all_whose_server_is_lost_says_why_and_keeps_saying_it(library_dir: Path):
    """A team's trial lost its only server mid-run: the run ended with no word, the list said '13 of
    13 releases', and done, stopped and failed could not be told apart. Now the end says how many were
    not translated and why, and the line under the list keeps it."""
    from reader.core.engine.remote import RemoteError
    from tests.conftest import archive_without

    class LostServer(FakeTranslator):
        def translate_blocks(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if self.calls >= 1:
                raise RemoteError(
                    None, "no LibreTranslate server could translate: http://127.0.0.1:9 (connection lost)"
                )
            return super().translate_blocks(*args, **kwargs)

    archive_without(library_dir, "en", count=3)
    app = make_app(Library.load(library_dir), LostServer(), cursor_blink=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for_workers(pilot)
        app.screen.translate_all("en")
        await wait_for_workers(pilot)
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("1 of 3 releases translated; 2 not translated (no LibreTranslate server" in m for m in said), said
        status = str(app.screen.query_one("#library-status").render())
        assert "2 not translated" in status, status


async def test_translate_all_the_local_models_finished_says_so(library_dir: Path):
    """The servers lost, the local models translated the rest, and the TUI said only 'done: 11 of 11'
    (an archive team's trial; the CLI warned): the end says how many the local models did, and why."""
    from tests.conftest import archive_without

    class LocalAfterOne(FakeTranslator):
        def translate_blocks(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            result = super().translate_blocks(*args, **kwargs)
            if self.calls > 1:
                result.fell_back = "no LibreTranslate server is left (http://127.0.0.1:9 (connection lost))"
            return result

    archive_without(library_dir, "en", count=3)
    app = make_app(Library.load(library_dir), LocalAfterOne(), cursor_blink=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for_workers(pilot)
        app.screen.translate_all("en")
        await wait_for_workers(pilot)
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("3 of 3 releases translated" in m and "2 by the local models: no LibreTranslate" in m for m in said)


async def test_translate_all_takes_a_release_another_process_imported_since(library_dir: Path):
    """The list was read before another terminal imported a release: translate all finds it anyway."""
    from tests.conftest import archive_without

    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        assert app.library.releases  # read once
        ids = archive_without(library_dir, "en", count=1)  # written behind the app's back
        app.screen.translate_all("en")
        await wait_for_workers(pilot)
        assert any("Translating all done: 1 of 1" in n.message for n in app._notifications)
    assert Library.load(library_dir).get(ids[0]).versions["en"].provenance.kind == "machine"


async def test_translating_all_is_no_news_of_a_library_changed_on_disk(library_dir: Path):
    """The app's own saves while it translates all: no 'changed on disk' toast, and the progress
    line stays (the list's count used to write over it)."""
    import threading

    from tests.conftest import archive_without

    archive_without(library_dir, "en", count=2)
    translator = FakeTranslator()
    translator.gate = threading.Event()
    app = make_app(Library.load(library_dir), translator, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        app.screen.translate_all("en")
        for _ in range(200):  # the first release saved, the second on its way
            translator.gate.set()
            await pilot.pause(0.02)
            if translator.calls >= 2:
                break
        app.screen.poll()  # what the timer does every few seconds
        await pilot.pause()
        assert not [w for w in app.screen.workers if w.name == "check_for_changes"]
        for _ in range(200):
            translator.gate.set()
            await pilot.pause(0.01)
        await wait_for_workers(pilot)
        said = [n.message for n in app._notifications]
        assert any("Translating all done: 2 of 2" in m for m in said)
        assert not any("changed on disk" in m for m in said)


async def test_side_by_side_shows_what_the_review_wrote_when_back(library_dir: Path):
    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        side = SideBySideScreen(app.library.get(SEED_ID), "nl", "en", translate=True)
        app.push_screen(side)
        await wait_for_workers(pilot)
        await pilot.press("w")  # the machine English saved as a version
        await wait_for_workers(pilot)  # the save runs in a thread worker
        assert side.choice == Choice("en", "version")
        await pilot.press("r")
        await wait_for_workers(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        view = review.query_one(AlignedView)
        view.cursor = 2
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#edit-target").text = "A sentence the reviewer wrote."
        await pilot.press("ctrl+s")
        await wait_for_workers(pilot)
        await pilot.press("w")  # written to en.md
        await wait_for_workers(pilot)
        assert "A sentence the reviewer wrote." in (library_dir / SEED_ID / "en.md").read_text(encoding="utf-8")
        await pilot.press("q")
        await wait_for_workers(pilot)
        assert app.screen is side
        assert any(r.right == "A sentence the reviewer wrote." for r in side.query_one(AlignedView).rows)
        assert "post-edited" in label(side, "right")


async def test_a_translation_saved_here_is_no_news_of_a_change_on_disk(library_dir: Path):
    app = make_app(Library.load(without_english(library_dir)), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        library_screen = app.screen
        app.push_screen(SideBySideScreen(app.library.get(SEED_ID), "nl", "en", translate=True))
        await wait_for_workers(pilot)
        await pilot.press("w")  # saved by this window
        await wait_for_workers(pilot)  # the save runs in a thread worker
        await pilot.press("q")
        await wait_for_workers(pilot)
        assert app.screen is library_screen
        library_screen.poll()  # what the timer does every few seconds
        await wait_for_workers(pilot)
        assert not any("changed on disk" in n.message for n in app._notifications)


async def test_the_reader_moves_by_the_keys_side_by_side_reads_and_keeps_its_place_across_languages(
    library_dir: Path,
):

    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        scroll = reader.query_one(ReleaseView)
        assert scroll.max_scroll_y > 4  # the release is longer than the screen
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g", "j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 2
        await pilot.press("space")
        await pilot.pause()
        half = scroll.scroll_y / scroll.max_scroll_y
        assert half > 0
        await pilot.press("f")
        await pilot.pause()
        await pilot.pause()
        assert reader.lang == "fr" and abs(scroll.scroll_y / scroll.max_scroll_y - half) < 0.2


async def test_translate_all_stopped_counts_the_releases_saved_not_reached(library_dir: Path):
    """'stopped: 2 of 4 releases translated' was said over one saved: the release the stop cut short
    was counted (an archive team's trial)."""
    import time

    from tests.conftest import archive_without

    archive_without(library_dir, "en", count=3)

    class StopOnTheSecond(FakeTranslator):
        def translate_blocks(self, blocks, source, target, title=None, progress=None, cancel=None, apart=""):  # noqa: ANN001, ANN201
            if self.calls == 1:  # the second release: the user stops the run meanwhile
                app.call_from_thread(app.screen.action_stop_translate_all)
                for _ in range(300):
                    if cancel is not None and cancel():
                        break
                    time.sleep(0.01)
            return super().translate_blocks(blocks, source, target, title, progress, cancel, apart)

    app = make_app(Library.load(library_dir), StopOnTheSecond(), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        app.screen.translate_all("en")
        for _ in range(500):  # the stopped worker is cancelled: waited on, it raises
            said = [n.message for n in app._notifications]
            if any("Translating all stopped" in m for m in said):
                break
            await pilot.pause(0.02)
    english = [r.versions.get("en") for r in Library.load(library_dir).releases]
    assert sum(1 for v in english if v is not None and v.provenance.kind == "machine") == 1
    assert any("Translating all stopped: 1 of 3 releases translated" in m for m in said), said


async def test_translate_all_leaves_a_release_another_run_holds_to_it(library_dir: Path):
    """As the CLI's translate --all --save: a release another run is saving at once is left to it."""
    import os

    from reader.core import atomic
    from reader.core.engine.save import claim_path
    from tests.conftest import archive_without

    ids = sorted(archive_without(library_dir, "en", count=3))
    held = Library.load(library_dir).get(ids[0])
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    with atomic.claimed(claim_path(Path(os.environ["PRESS_READER_CACHE_DIR"]), held, "en")) as mine:
        assert mine
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_for_workers(pilot)
            app.screen.translate_all("en")
            await wait_for_workers(pilot)
            await pilot.pause()
            said = [n.message for n in app._notifications]
    assert any("2 of 3 releases translated" in m and "1 left to another run" in m for m in said), said
    assert "en" not in Library.load(library_dir).get(ids[0]).versions
