"""A comment typed in review while another process edits that very segment's text (trial I, t19:
the comment was stored under the old text's key, where no segment finds it, and nothing said)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.review.store import ReviewStore
from reader.tui.controllers import review_write
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID, second_process
from tests.tui.conftest import wait_for_workers
from tests.tui.test_review_mode import _open_review

NEW_TEXT = "Une phrase toute neuve, écrite par un collègue dans son terminal."


@pytest.mark.parametrize("seen", [False, True], ids=["before-the-check", "after-the-check"])
async def test_a_comment_on_a_segment_edited_meanwhile_is_refused_and_said(app, library_dir: Path, seen: bool):  # noqa: ANN001
    """The dialog open on segment N, a second process edits N's target, then Enter: the comment is
    refused with its reason (said once) and the review is read again; nothing goes onto the old
    text's key. `seen`: the view's two-second check read the edit before Enter (the trial's case)."""
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("down", "down", "down")
        pair = screen.report.pairs[screen.query_one(AlignedView).cursor]
        assert pair.source and pair.target
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"une remarque")
        lib = str(library_dir)
        second_process("--library", lib, "review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt",
                       "--segment", str(pair.index + 1), "--edit", NEW_TEXT)  # fmt: skip
        view = screen.query_one("ReviewView")
        if seen:
            review_write.check_disk(view)  # what the view's two-second check does
            await wait_for_workers(pilot)
        app._notifications.clear()
        await pilot.press("enter")
        await wait_for_workers(pilot)
        said = [str(n.message) for n in app._notifications]
        assert app.screen is screen
        assert any(NEW_TEXT in p.target for p in screen.report.pairs)  # read again
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    assert store.get(pair.key).comment == ""  # nothing on the text that is gone
    assert "une remarque" not in " ".join(s.comment for s in store.segments.values())
    refused = [line for line in said if f"Segment {pair.index + 1}" in line and "not saved" in line]
    assert len(refused) == 1, said


async def test_an_edit_landing_between_the_check_and_the_write_is_refused_under_the_lock(
    app,  # noqa: ANN001
    library_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """The second process's edit lands after the view found the text on disk and before the store's
    write: the store asks again under its lock (as the CLI's `standing` does) and refuses, named."""
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("down", "down", "down")
        pair = screen.report.pairs[screen.query_one(AlignedView).cursor]
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"une remarque")
        looked = review_write.gone

        def gone_then_edited(view, at):  # noqa: ANN001, ANN202
            why = looked(view, at)
            second_process("--library", str(library_dir), "review", SEED_ID, "--source", "nl", "--target", "fr",
                           "--no-mt", "--segment", str(pair.index + 1), "--edit", NEW_TEXT)  # fmt: skip
            return why

        monkeypatch.setattr(review_write, "gone", gone_then_edited)
        app._notifications.clear()
        await pilot.press("enter")
        await wait_for_workers(pilot)
        said = " ".join(str(n.message) for n in app._notifications)
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    assert "une remarque" not in " ".join(s.comment for s in store.segments.values())
    assert f"Segment {pair.index + 1} was not saved" in said, said
