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


async def test_the_reader_shows_the_edits_its_window_wrote_from_a_review(library_dir: Path):
    """Edits written with w in a review left the French reader under it on the old text until the
    release was opened again (a keyboard user's trial)."""
    from reader.tui.widgets.release_view import ReleaseView

    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        reader = ReaderScreen(app.library.get(SEED_ID), "fr")
        app.push_screen(reader)
        await pilot.pause()
        await _edit_hectares(app, pilot)
        await pilot.press("w")
        await wait_for_workers(pilot)
        app.pop_screen()
        for _ in range(3):
            await pilot.pause()
        assert app.screen is reader
        shown = reader.query_one(ReleaseView).plain
        assert "vingt-deux hectares" in shown
        said = [n.message for n in app._notifications]
        assert not any(m == "This release changed on disk: reloaded." for m in said), said


async def test_twin_a_comment_another_process_set_meanwhile_stays_with_the_edited_segment(library_dir: Path):
    """An edit pending in the review; a CLI run beside it comments the same segment; w writes the
    edit: the comment on disk went back to the one the review had read (a team's trial)."""
    from reader.core.review.store import ReviewStore

    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        index = await _edit_hectares(app, pilot)
        argv = ["--library", str(library_dir), "review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
        second_process(*argv, "--segment", str(index + 1), "--comment", "bob: hectares checked")
        await pilot.press("w")
        await wait_for_workers(pilot)
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(library_dir))
    assert any("bob: hectares checked" in r.comment for r in store.segments.values()), store.segments


async def _edit_hectares(app, pilot) -> int:  # noqa: ANN001
    """A review of the seed opened and its hectares segment edited, not written yet: its index."""
    from reader.tui.screens.edit_segment import EditSegmentModal
    from reader.tui.widgets.aligned import AlignedView

    review = ReviewScreen(app.library.get(SEED_ID), "nl", "fr")
    app.push_screen(review)
    await wait_for_workers(pilot)
    index = next(p.index for p in review.report.pairs if "hectares" in p.target)
    review.query_one(AlignedView).cursor = index
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(app.screen, EditSegmentModal)
    area = app.screen.query_one("#edit-target")
    area.text = area.text.replace("22 hectares", "vingt-deux hectares")
    await pilot.press("ctrl+s")
    await wait_for_workers(pilot)
    return int(index)
