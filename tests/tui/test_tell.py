"""One way for messages to reach the user: escaped, cleaned, titled, timed by severity."""

import re
from pathlib import Path

from textual.widgets import Static

from reader.tui.app import PressReaderApp
from reader.tui.screens.modals import ConfirmModal
from reader.tui.tell import TIMEOUTS, safe, tell, tell_error
from tests.tui.conftest import wait_for_workers

TUI = Path(__file__).resolve().parents[2] / "reader" / "tui"


def test_only_tell_calls_notify():
    """A new notify(str(exc)) elsewhere would skip the escaping: this finds it."""
    offenders = []
    for path in TUI.rglob("*.py"):
        if path.name == "tell.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.notify\(", line):
                offenders.append(f"{path.relative_to(TUI)}:{number}")
    assert offenders == []


def test_the_app_has_no_dead_worker_handler():
    # Worker.StateChanged does not bubble to the app: screens handle their workers (BaseScreen).
    assert "on_worker_state_changed" not in vars(PressReaderApp)


def test_safe_keeps_brackets_and_drops_controls():
    # rich.markup.escape would leave "red\\[/]" here: a "[" that opens no tag, then one that does
    assert safe("notes [draft].txt: \x1b[31mred[/] [[b]]x\x07\nline two").plain == (
        "notes [draft].txt: red[/] [[b]]x\nline two"  # the escape sequence whole, not only its ESC
    )


async def test_a_bracket_in_a_file_name_survives_a_toast_and_a_dialog(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.clear_notifications()
        tell_error(app, OSError("/tmp/notes [draft].txt: disk full"), title="Not saved")
        tell(app, "[bold]not bold[/bold]", severity="warning")
        await pilot.pause()
        toasts = list(app._notifications)
        assert [t.title for t in toasts] == ["Not saved", "Note"]
        assert [t.timeout for t in toasts] == [TIMEOUTS["error"], TIMEOUTS["warning"]]
        assert [t.markup for t in toasts] == [False, False]
        assert [t.message for t in toasts] == ["/tmp/notes [draft].txt: disk full", "[bold]not bold[/bold]"]
        app.push_screen(ConfirmModal("Remove [draft] and [/] too?"))
        await pilot.pause()
        text = app.screen.query_one(".dialog-text", Static)
        assert "Remove [draft] and [/] too?" in str(text.render())


async def test_an_error_on_a_screen_left_goes_with_it(app):
    """An error about the release being read does not stay over the library the user went back to;
    a dialog's closing leaves the screen's own notes alone."""
    from reader.tui.screens.library import LibraryScreen
    from reader.tui.screens.reader import ReaderScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        app.push_screen(ConfirmModal("Leave?"))
        await pilot.pause()
        tell(app, "said as the dialog closes")
        app.pop_screen()  # the dialog closes: what was said stays
        await pilot.pause()
        assert [t.message for t in app._notifications] == ["said as the dialog closes"]
        tell_error(app, OSError("nl.md: disk full"), title="Not saved")
        await pilot.pause()
        assert len(app._notifications) == 2
        app.pop_screen()  # the reader is left
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert not app._notifications
