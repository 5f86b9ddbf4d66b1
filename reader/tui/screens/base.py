"""What every screen shares: a typed `app`, and one path from a failed worker to a visible message.

``Worker.StateChanged`` does not bubble, so the app never sees the workers its screens start; a
screen that forgot to handle one left the user with nothing. Every screen derives from these.
Textual calls ``on_worker_state_changed`` of every class in the MRO, so a screen may add its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import ModalScreen, Screen
from textual.worker import Worker

from reader.tui.tell import tell_failure

if TYPE_CHECKING:
    from textual import getters

    from reader.tui.app import PressReaderApp

ResultT = TypeVar("ResultT")


class BaseScreen(Screen[None]):
    HELP_SECTION = ""  # the anchor of this screen's section in the help (`?` opens there)
    if TYPE_CHECKING:  # at run time Textual's own `app`; for mypy, this app with its library and engine
        app = getters.app(PressReaderApp)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        tell_failure(self.app, event)

    def unsaved_work(self) -> str:
        """What quitting now would lose, said in a few words; empty when nothing."""
        return ""


class BaseModal(ModalScreen[ResultT]):
    if TYPE_CHECKING:
        app = getters.app(PressReaderApp)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        tell_failure(self.app, event)
