"""A flag dismissed in review (`d`, ignore here) and an edit of that segment fixing something else,
written with `w` (trial I's t17, on the TUI's path): the edit dropped the dismissal with the old
text's key and the flag judged false came back, where the CLI's edit keeps it (`ReviewStore.move`).
Both keep it by one rule now (`store.still_dismissed`); a fix that settles the flag lets it go."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.store import ReviewStore
from reader.tui.app import make_app
from reader.tui.controllers import review_write
from reader.tui.screens.modals import ChoiceModal
from reader.tui.screens.review import ReviewScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID, second_process
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator

WRONG = "32 hectares autour de l'aéroport de Namur"  # a figure and a town unlike the Dutch


def _two_flags(library_dir: Path) -> None:
    fr = library_dir / SEED_ID / "fr.md"
    text = fr.read_text(encoding="utf-8").replace("22 hectares autour de l'aéroport de Liège", WRONG)
    fr.write_text(text, encoding="utf-8")


async def _dismiss(app, pilot, code: str) -> tuple[ReviewScreen, int, str]:  # noqa: ANN001
    """The review opened and `code`'s flag of the segment of the airport ignored here with `d`."""
    await wait_for_workers(pilot)
    app.push_screen(ReviewScreen(app.library.get(SEED_ID), "nl", "fr"))
    await wait_for_workers(pilot)
    screen = app.screen
    assert isinstance(screen, ReviewScreen) and screen.report is not None
    (pair,) = [p for p in screen.report.pairs if WRONG in p.target]
    assert {f.code for f in pair.flags} == {"number", "name"}
    screen.query_one(AlignedView).cursor = pair.index
    await pilot.press("d")
    await pilot.pause()
    assert isinstance(app.screen, ChoiceModal)
    at = [key for key, _label in app.screen.options].index(f"ignore:{code}")
    await pilot.press(*["down"] * at, "enter")
    await wait_for_workers(pilot)
    return screen, pair.index, pair.source


async def _edit(app, pilot, screen: ReviewScreen, index: int, old: str, new: str) -> None:  # noqa: ANN001
    screen.query_one(AlignedView).cursor = index
    await pilot.press("e")
    await pilot.pause()
    area = app.screen.query_one("#edit-target")
    area.text = area.text.replace(old, new)
    await pilot.press("ctrl+s")
    await wait_for_workers(pilot)


def _row(screen: ReviewScreen, source: str) -> tuple[set[str], set[str]]:
    assert screen.report is not None
    (pair,) = [p for p in screen.report.pairs if p.source == source]
    return {f.code for f in pair.flags}, {f.code for f in pair.dismissed}


@pytest.mark.parametrize("fixed", ["the town", "the figure"])
async def test_w_keeps_a_dismissal_the_edited_text_raises_again(library_dir: Path, fixed: str) -> None:
    _two_flags(library_dir)
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, index, source = await _dismiss(app, pilot, "number")
        old, new = ("Namur", "Liège") if fixed == "the town" else ("32 hectares", "22 hectares")
        await _edit(app, pilot, screen, index, old, new)
        kept = fixed == "the town"  # the 32 hectares judged right on purpose: still dismissed
        assert _row(screen, source) == ((set(), {"number"}) if kept else ({"name"}, set()))  # before w too
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert _row(screen, source) == ((set(), {"number"}) if kept else ({"name"}, set()))
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    accepted = [entry for review in store.segments.values() for entry in review.accepted]
    assert ("code:number" in accepted) is kept, store.segments


async def test_a_dismissal_another_process_adds_before_w_is_kept_too(library_dir: Path) -> None:
    """The twin: the TUI's edit of the town waits unwritten while a second process dismisses the
    number flag of the text on disk; `w` reads the store under its lock and keeps that dismissal."""
    _two_flags(library_dir)
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, index, source = await _dismiss(app, pilot, "name")
        await _edit(app, pilot, screen, index, "Namur", "Liège")
        assert _row(screen, source) == ({"number"}, set())
        await asyncio.to_thread(
            second_process, "--library", str(library_dir), "review", SEED_ID, "--source", "nl", "--target", "fr",
            "--no-mt", "--segment", str(index + 1), "--accept-flag", "number",
        )  # fmt: skip
        await pilot.press("w")
        await wait_for_workers(pilot)
        assert _row(screen, source) == (set(), {"number"})


async def test_a_dismissal_made_here_stays_through_another_process_s_edit(library_dir: Path) -> None:
    """The twin the other way: `d` here, then a second process edits the town of that segment;
    the review reads it again and the figure judged right stays dismissed."""
    _two_flags(library_dir)
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, index, source = await _dismiss(app, pilot, "number")
        (pair,) = [p for p in screen.report.pairs if p.source == source] if screen.report else []
        await asyncio.to_thread(
            second_process, "--library", str(library_dir), "review", SEED_ID, "--source", "nl", "--target", "fr",
            "--no-mt", "--segment", str(index + 1), "--edit", pair.target.replace("Namur", "Liège"),
        )  # fmt: skip
        review_write.check_disk(screen.query_one("ReviewView"))  # what the view's two-second check does
        await wait_for_workers(pilot)
        assert _row(screen, source) == (set(), {"number"})
