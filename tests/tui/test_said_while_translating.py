"""What the side by side and the reader say around a machine translation (a trial of the TUI as a
daily tool, at 80x24 and 120x40): `v` during a run, and a reader's hint once the reader is left."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.side_by_side import SideBySideScreen
from reader.tui.tell import HINT
from tests.conftest import archive_without
from tests.tui.conftest import wait_for_workers

RID = "2024-05-02-fietspaden"


def _dutch_only(root: Path) -> None:
    """A release with its Dutch alone, newer than the seed: the library's first row."""
    folder = root / RID
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {RID}\ndate: 2024-05-02\nissuer: FOD Mobiliteit\noriginal_language: nl\n"
        "titles:\n  nl: Nieuwe fietspaden langs het kanaal\nlanguages:\n  nl:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text(
        "Nieuwe fietspaden langs het kanaal.\n\nDe aanleg start in de zomer. Het werk duurt twee maanden.\n",
        encoding="utf-8",
    )


async def test_v_during_a_translation_says_it_is_under_way(app, library_dir, fake_translator):
    """With the French being made, v said "No other version of this release. t translates into
    English", and t would have ended the French run: now it says the run is under way."""
    _dutch_only(library_dir)
    fake_translator.batch_size, fake_translator.gate = 1, threading.Event()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "f")
        fake_translator.gate.set()  # the title; the engine then waits inside the first sentence
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, SideBySideScreen) and app.screen.result is not None:
                break
        screen = app.screen
        assert isinstance(screen, SideBySideScreen) and screen.translating == "fr"
        app.clear_notifications()
        await pilot.press("v")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert said == [
            "The French translation is under way (1 of 4 sentences): no other version to show yet. Esc stops it."
        ]
        assert screen.translating == "fr"
        fake_translator.gate = None
        await pilot.press("escape")
        await wait_for_workers(pilot)


async def test_the_readers_hint_is_taken_down_when_side_by_side_opens(app, library_dir):
    """ "No English version yet. Press t to translate it." stayed up in side by side, over a headline,
    where t picks a language instead."""
    archive_without(library_dir, "en", count=1)  # newer than the seed: the library's first row
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and "en" not in app.screen.release.versions
        await pilot.press("e")
        await pilot.pause()
        assert [n.title for n in app._notifications] == [HINT]
        await pilot.press("s")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, SideBySideScreen)
        assert not [n for n in app._notifications if n.title == HINT]
