"""Every dialog at 80x24, the smallest size a user may have: its buttons and its last line reachable.

pytest-textual-snapshot; update with --snapshot-update and look at the SVGs (benchmarks/README.md
says how to turn them into PNGs).
"""

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.widgets import Button

from reader.core.library import Library
from reader.tui.app import make_app
from tests.conftest import ROOT, SEED_ID
from tests.tui.fake_translator import FakeTranslator

SIZE = (80, 24)


async def _settle(pilot) -> None:  # noqa: ANN001
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def _push(make: Callable[[object], object]) -> Callable[[object], Awaitable[None]]:
    async def go(pilot) -> None:  # noqa: ANN001
        pilot.app.push_screen(make(pilot.app))

    return go


def _keys(*keys: str) -> Callable[[object], Awaitable[None]]:
    async def go(pilot) -> None:  # noqa: ANN001
        for key in keys:
            await pilot.press(key)
            await _settle(pilot)

    return go


def _confirm(app: object) -> object:
    from reader.tui.screens.modals import ConfirmModal

    return ConfirmModal("Remove translate-nl_en 1.0 [draft]? Its files are deleted.\nThis cannot be undone.")


def _file_picker(app: object) -> object:
    from reader.tui.screens.modals import FilePicker

    return FilePicker("Import a press release (.txt .md .html .pdf .docx)", (".txt",), start=Path("tests/fixtures"))


def _release_picker(app: object) -> object:
    from reader.tui.screens.release_picker import ReleasePicker

    return ReleasePicker(list(app.library.releases), "Add this file as a language version of which release?")  # type: ignore[attr-defined]


def _import(app: object) -> object:
    from reader.tui.screens.import_dialog import ImportScreen

    return ImportScreen(Path("tests/fixtures/pages/01-fod-economie-pasted.nl.txt"))


def _xliff_import(app: object) -> object:
    """The seed's nl→fr pair as a CAT tool gives it back, one target changed: what it would change."""
    import tempfile

    from lxml import etree

    from reader.core.review.checks import check_release
    from reader.core.review.export import export
    from reader.core.review.store import ReviewStore
    from reader.tui.screens.xliff_import import XliffImportScreen

    library, settings = app.library, app.settings  # type: ignore[attr-defined]
    store = ReviewStore(SEED_ID, "nl", "fr", Path(tempfile.mkdtemp()))
    path = Path(tempfile.mkdtemp()) / "job.xlf"
    export(check_release(library.get(SEED_ID), "nl", "fr"), store, "xliff12", path)
    tree = etree.parse(str(path))
    targets = [e for e in tree.iter() if isinstance(e.tag, str) and etree.QName(e).localname == "target"]
    targets[3].text = "Une phrase que la traductrice a corrigée dans son outil de traduction."
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    assert settings is not None
    return XliffImportScreen(path)


DIALOGS = {
    "confirm": _push(_confirm),
    "translate_picker": _keys("enter", "t"),
    "file_picker": _push(_file_picker),
    "prompt": _keys("enter", "s", "r", "c"),
    "choice_year": _keys("y"),
    "history": _keys("enter", "h"),
    "release_picker": _push(_release_picker),
    "import": _push(_import),
    "xliff_import": _push(_xliff_import),
    "edit_segment": _keys("enter", "s", "j", "j", "j", "e"),
    "index_pair": _keys("m", "g"),
    "help": _keys("question_mark"),
    "concordance_no_memory": _keys("enter", "c"),
}


def _buttons_reachable(app) -> None:  # noqa: ANN001
    """Every button of the dialog is inside it and on screen, not clipped away below."""
    dialog = app.screen.query_one(".dialog")
    screen = app.screen.region
    for button in app.screen.query(Button):
        if button.display:
            assert dialog.region.contains_region(button.region), button
            assert screen.contains_region(button.region), button


async def test_toasts_never_cover_a_dialogs_buttons(app):
    from textual.widgets._toast import Toast, ToastRack

    from reader.tui.screens.modals import ConfirmModal
    from reader.tui.tell import tell

    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        app.push_screen(ConfirmModal("Remove this package? Its files are deleted.\nA second line.\nA third."))
        await pilot.pause()
        for n in range(3):
            tell(app, f"message {n}: a long message that wraps over a few lines of the toast", severity="error")
        await pilot.pause(0.2)
        rack = app.screen.query_one(ToastRack).region  # toasts scrolled out of the rack are not drawn
        toasts = [toast.region.intersection(rack) for toast in app.screen.query(Toast)]
        assert toasts
        for button in app.screen.query(Button):
            assert not any(toast.overlaps(button.region) for toast in toasts)


@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_every_dialog_fits_80x24(snap_compare, monkeypatch: pytest.MonkeyPatch, dialog: str):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", "no-packages-here")
    app = make_app(Library.load(Path("releases")), FakeTranslator(), cursor_blink=False)

    async def go(pilot) -> None:  # noqa: ANN001
        await _settle(pilot)
        await DIALOGS[dialog](pilot)
        if dialog != "file_picker":  # a DirectoryTree's loader is a worker that never completes
            await _settle(pilot)
        await pilot.pause(0.3)
        app.clear_notifications()
        if dialog == "file_picker":  # the absolute path differs in every checkout
            app.screen.query_one("#picker-root").update("tests/fixtures")
        await pilot.pause()
        _buttons_reachable(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=go)


assert SEED_ID  # the releases folder holds the seed the keys above open
