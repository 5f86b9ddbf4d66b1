"""In the reader, `e` on a release with no English version says "No English version yet. Press t to
translate it."; `t` then goes on with English instead of asking for the language again."""

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
        # the hint is done with: it no longer stands over the translation it announced
        assert not any("No English version yet" in said for said in _told(app))


def test_the_bar_names_what_a_translation_waits_on_before_its_first_sentence() -> None:
    """Loading a pivot's models, or a server slow to answer: the bar says which, before any count."""
    from types import SimpleNamespace

    from reader.core.engine.packages import InstalledPackage
    from reader.core.errors import PackageError
    from reader.tui.controllers.side_by_side import starting

    def app(*hops: InstalledPackage) -> object:
        def route(_source: str, _target: str) -> list[InstalledPackage]:
            if not hops:
                raise PackageError(None, "no model")
            return list(hops)

        return SimpleNamespace(translator=SimpleNamespace(route=route))

    local = [InstalledPackage(f"translate-{a}_{b}", a, b, "1.0", Path("."), 0) for a, b in (("nl", "en"), ("en", "fr"))]
    assert starting(app(*local), "nl", "fr").startswith("Esc cancels · loading the models (nl→en→fr 1.0)")  # type: ignore[arg-type]
    server = InstalledPackage("libretranslate:nl_fr", "nl", "fr", "1.9.6", Path("."), 0, name="127.0.0.1:5123")
    said = starting(app(server), "nl", "fr")  # type: ignore[arg-type]
    assert said.startswith("Esc cancels · waiting for 127.0.0.1:5123 (libretranslate nl→fr 1.9.6)"), said
    assert "Esc cancels" in starting(app(), "nl", "fr")  # type: ignore[arg-type]


async def test_t_asks_again_once_an_existing_version_was_chosen(app, library_dir):  # noqa: ANN001
    _without(library_dir, "en")
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "e", "f")  # no English, then the French version: shown
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TranslatePicker)


async def test_the_hint_of_a_language_asked_before_goes_when_another_is_asked(app, library_dir):  # noqa: ANN001
    """`f` then `e` in a Dutch-only release left 'No French version yet. Press t…' up for 8 s while t
    now translated into English (trial C); a version that exists, asked next, takes the hint down too."""
    _without(library_dir, "en")
    _without(library_dir, "fr")
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "f")
        await pilot.pause()
        assert any("No French version yet" in said for said in _told(app))
        await pilot.press("e")
        await pilot.pause()
        told = _told(app)
        assert any("No English version yet" in said for said in told)
        assert not any("No French version yet" in said for said in told)
        await pilot.press("n")
        await pilot.pause()
        assert not any("version yet" in said for said in _told(app))
