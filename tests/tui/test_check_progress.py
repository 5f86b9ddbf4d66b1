"""The review's first check says how far it is (trial Y: a review of a 2,000-word pair showed a blank
'checking…' for over 5 s)."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from reader.core.library import Library
from reader.core.review.checks import check_release
from reader.tui.screens.review import ReviewScreen
from reader.tui.widgets.review_check import ReviewCheck
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers


def test_the_checks_count_the_paragraphs_they_have_checked(library_dir) -> None:  # noqa: ANN001
    told: list[tuple[int, int]] = []
    check_release(
        Library.load(library_dir).get(SEED_ID), "nl", "fr", progress=lambda done, total: told.append((done, total))
    )
    assert len(told) > 3
    total = told[0][1]
    assert [done for done, _ in told] == list(range(total)) and {of for _, of in told} == {total}


async def test_the_strip_shows_the_paragraph_being_checked(app, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    shown: list[str] = []
    said = ReviewCheck.on_checks_progress

    def seen(self, message) -> None:  # noqa: ANN001
        said(self, message)
        shown.append(str(self.screen.query_one("#review-strip", Static).render()))

    monkeypatch.setattr(ReviewCheck, "on_checks_progress", seen)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, ReviewScreen)
    assert any(line.startswith("checking… paragraph ") and " of " in line for line in shown), shown
