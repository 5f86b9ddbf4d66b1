"""Review reopened on a release nothing changed in shows the check it made, at once; a change checks
again; and a check says how far it is, the alignment first (trial E, finding 10: 35-50 s of a bare
'checking…' every time a 1,012-segment pair opened)."""

from __future__ import annotations

import pytest

from reader.core.library import Library
from reader.core.review import checks
from reader.tui.app import make_app
from reader.tui.messages import ChecksProgress
from reader.tui.screens.review import ReviewScreen
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers


async def _review(app, pilot) -> ReviewScreen:  # noqa: ANN001
    await wait_for_workers(pilot)
    await pilot.press("r")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def test_review_reopened_reads_the_kept_check(app, library_dir, fake_translator, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001
    runs: list[str] = []
    original = checks.check_release

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        runs.append(args[0].id)
        return original(*args, **kwargs)

    monkeypatch.setattr(checks, "check_release", counted)
    seen: list[ChecksProgress] = []
    async with app.run_test(
        size=(120, 35), message_hook=lambda m: seen.append(m) if isinstance(m, ChecksProgress) else None
    ) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s")
        first = await _review(app, pilot)
        flagged = [p.key for p in first.report.flagged]
        assert any(m.aligning for m in seen) and any(not m.aligning for m in seen)
        await pilot.press("escape")
        second = await _review(app, pilot)
        assert [p.key for p in second.report.flagged] == flagged
        assert len(runs) == 1, runs  # read from the cache: not checked again
        await pilot.press("escape")
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    again = make_app(Library.load(library_dir), fake_translator, cursor_blink=False)  # a new run of the app
    async with again.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s")
        third = await _review(again, pilot)
        assert len(runs) == 2  # the text changed: checked again
        assert any(f.code == "number" for p in third.report.flagged for f in p.flags)
