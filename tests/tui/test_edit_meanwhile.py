"""An edit waits in review while another window marks segments: what `w` keeps and what it says.

Every case runs once with the mark made by this process's core and once by a second process (the
CLI), as a colleague's shell would make it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.store import ReviewStore
from reader.tui.app import make_app
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator
from tests.tui.test_edit_flow import _inject, _review, _until


def _mark_ok(library_dir: Path, store: ReviewStore, key: str, segment: int, by: str) -> None:
    if by == "core":
        ReviewStore(SEED_ID, "nl", "fr", store.folder.parent).set(key, status="ok")
        return
    cli = [sys.executable, "-m", "reader", "--library", str(library_dir), "review", SEED_ID]
    cli += ["--source", "nl", "--target", "fr", "--no-mt", "--segment", str(segment), "--set", "ok"]
    done = subprocess.run(cli, env={**os.environ}, capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr


@pytest.mark.parametrize("by", ["core", "process"])
@pytest.mark.parametrize("same", [False, True], ids=["other-segment", "edited-segment"])
async def test_an_ok_given_meanwhile_is_kept_or_said(library_dir: Path, by: str, same: bool):
    """A colleague's 'ok' on another segment stays; on the segment edited it went with the text it
    approved, and `w` says so by number (it used to turn back to todo with nothing said)."""
    _inject(library_dir)
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _review(app, pilot)
        view = screen.query_one("ReviewView")
        (flagged,) = [p for p in screen.report.pairs if any(f.code == "number" for f in p.flags)]
        other = next(p for p in screen.report.pairs if p.index != flagged.index and p.source and p.target)
        screen.query_one(AlignedView).cursor = flagged.index
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#edit-target").text = flagged.target.replace("57 millions", "75 millions")
        await pilot.press("ctrl+s")
        await _until(pilot, lambda: app.screen is screen)
        await wait_for_workers(pilot)
        marked = flagged if same else other
        _mark_ok(library_dir, view.session.store, marked.key, marked.index + 1, by)
        await pilot.press("w")
        await wait_for_workers(pilot)
        await _until(pilot, lambda: any("75 millions" in p.target for p in screen.report.pairs))
        said = " ".join(str(n.message) for n in app._notifications)
        store = view.session.store
        store.reread_if_changed()
        if same:
            assert f"Segment {flagged.index + 1} had been marked ok in another window" in said
            (now,) = [p for p in screen.report.pairs if p.source == flagged.source]
            assert store.get(now.key).status == "todo"
        else:
            assert "marked ok in another window" not in said
            assert store.get(other.key).status == "ok"
