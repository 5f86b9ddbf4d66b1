"""Review mode's "N flagged" and its `s` filter count the same pairs: a flag that still waits.

A new user read "3 flagged" in the summary and found another number of rows under `s`: the summary
counted every pair with a check's flag (even one marked ok), the filter those still waiting plus the
reviewer's own flags. One rule now (`ReviewSession.waits`): an error or a warning not marked ok, or
the reviewer's flag; a note (severity info, only plausible) never counts.
"""

from pathlib import Path

from reader.core.library import Library
from reader.core.review.checks import CheckedPair, CheckReport, Finding
from reader.core.review.store import ReviewStore
from reader.tui.controllers.review_session import ReviewSession
from reader.tui.screens.review import ReviewScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers


def _pair(index: int, *flags: Finding) -> CheckedPair:
    return CheckedPair(index, "paragraph", f"bron {index}", f"cible {index}", "1-1", list(flags))


def test_the_count_and_the_filter_read_one_rule_on_severities(library_dir: Path, tmp_path: Path) -> None:
    release = Library.load(library_dir).get(SEED_ID)
    session = ReviewSession(release, "nl", "fr")
    pairs = [
        _pair(0, Finding("number", "numbers differ")),  # an error: waits
        _pair(1, Finding("length", "shorter", confidence=0.1)),  # only plausible: a note, never counted
        _pair(2, Finding("name", "a name lost")),  # a warning, marked ok below: settled
        _pair(3),  # no check's flag, flagged by the reviewer below: waits
        _pair(4),
    ]
    assert pairs[1].flags[0].severity == "info"
    session.report = CheckReport(SEED_ID, "nl", "fr", pairs)
    session.store = ReviewStore(SEED_ID, "nl", "fr", tmp_path / "reviews")
    session.store.set(pairs[2].key, status="ok")
    session.store.set(pairs[3].key, status="flagged")
    session.filter = "flagged"
    session.rows()
    assert session.shown_pairs == [0, 3]
    assert session.flagged() == len(session.shown_pairs) == 2


async def test_the_summary_says_as_many_flagged_as_s_shows(app, library_dir: Path) -> None:  # noqa: ANN001
    fr = library_dir / SEED_ID / "fr.md"
    text = fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares")
    fr.write_text(text.replace("75 millions", "85 millions"), encoding="utf-8")
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        numbered = [p.index for p in screen.report.pairs if any(f.code == "number" for f in p.flags)]
        assert len(numbered) == 2
        screen.view.go(numbered[0])
        await pilot.press("a")  # a check's flag settled by the reviewer
        for index in (0, 1):
            screen.view.go(index)
            await pilot.press("f")  # the reviewer's own flags on segments no check flagged
        await pilot.press("r", "r")  # opened again: the summary is made with those states
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        summary = str(screen.query_one("#review-detail").render())
        assert "3 flagged" in summary, summary
        await pilot.press("s")
        await pilot.pause()
        assert len(screen.query_one(AlignedView).rows) == 3
        assert "showing flagged (3)" in str(screen.query_one("#review-detail").render())
