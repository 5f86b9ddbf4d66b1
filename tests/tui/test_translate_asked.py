"""In the reader, `e` on a release with no English version says "No English version yet. Press t to
translate it offline."; `t` then goes on with English instead of asking for the language again."""

from pathlib import Path

import yaml

from reader.tui.screens.modals import TranslatePicker
from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.side_by_side import SideBySideScreen
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers


def _without(library_dir: Path, lang: str) -> None:
    folder = library_dir / SEED_ID
    (folder / f"{lang}.md").unlink()
    data = yaml.safe_load((folder / "release.yaml").read_text(encoding="utf-8"))
    del data["languages"][lang], data["titles"][lang]
    (folder / "release.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _told(app) -> list[str]:  # noqa: ANN001
    return [n.message for n in app._notifications]


async def test_t_after_no_version_yet_translates_into_that_language(app, library_dir, fake_translator):  # noqa: ANN001
    _without(library_dir, "en")
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "e")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any("No English version yet" in said for said in _told(app))
        await pilot.press("t")
        await wait_for_workers(pilot)
        screen = app.screen
        assert not isinstance(screen, TranslatePicker)
        assert isinstance(screen, SideBySideScreen) and screen.choice.lang == "en"
        assert fake_translator.calls >= 1


async def test_t_asks_again_once_an_existing_version_was_chosen(app, library_dir):  # noqa: ANN001
    _without(library_dir, "en")
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "e", "f")  # no English, then the French version: shown
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TranslatePicker)
