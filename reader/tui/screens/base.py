"""What every screen shares: a typed `app`, and one path from a failed worker to a visible message.

``Worker.StateChanged`` does not bubble, so the app never sees the workers its screens start; a
screen that forgot to handle one left the user with nothing. Every screen derives from these.
Textual calls ``on_worker_state_changed`` of every class in the MRO, so a screen may add its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

from reader.tui.tell import tell_error

if TYPE_CHECKING:
    from textual import getters

    from reader.tui.app import PressReaderApp

ResultT = TypeVar("ResultT")


def _notify_failure(screen: Screen[Any], event: Worker.StateChanged) -> None:
    if event.state == WorkerState.ERROR and event.worker.error is not None:
        tell_error(screen.app, event.worker.error, title=event.worker.description or None)


class BaseScreen(Screen[None]):
    HELP_SECTION = ""  # the anchor of this screen's section in the help (`?` opens there)
    if TYPE_CHECKING:  # at run time Textual's own `app`; for mypy, this app with its library and engine
        app = getters.app(PressReaderApp)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        _notify_failure(self, event)

    def unsaved_work(self) -> str:
        """What quitting now would lose, said in a few words; empty when nothing."""
        return ""


class BaseModal(ModalScreen[ResultT]):
    if TYPE_CHECKING:
        app = getters.app(PressReaderApp)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        _notify_failure(self, event)
