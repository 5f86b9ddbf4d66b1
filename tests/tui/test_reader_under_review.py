"""The reader under a review says nothing of a change on disk: the review says it, and reloads or
waits on w for its unsaved edits (a translator's trial: the reader's 'reloaded' stood over a review
that still showed the old rows)."""

from __future__ import annotations

from pathlib import Path

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.review import ReviewScreen
from tests.conftest import SEED_ID, second_process
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


async def test_the_reader_under_a_review_leaves_news_of_the_disk_to_the_review(library_dir: Path, tmp_path: Path):
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        reader = ReaderScreen(app.library.get(SEED_ID), "nl")
        app.push_screen(reader)
        await pilot.pause()
        app.push_screen(ReviewScreen(app.library.get(SEED_ID), "nl", "fr"))
        await wait_for_workers(pilot)
        english = tmp_path / "en.md"
        english.write_text("# A headline in English\n\nA paragraph in English, written for this test.\n")
        # a second process adds a version: the release changed on disk
        second_process(
            "--library", str(library_dir), "import", str(english), "--release", SEED_ID, "--lang", "en", "--force"
        )
        reader.check_disk()  # what its timer does
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert not any(m == "This release changed on disk: reloaded." for m in said), said
        app.pop_screen()
        await pilot.pause()
        await pilot.pause()
        assert "en" in reader.release.versions  # back on top, it reads the disk again
