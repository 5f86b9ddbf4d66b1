"""What every screen shares: a typed `app`, and one path from a failed worker to a visible message.

``Worker.StateChanged`` does not bubble, so the app never sees the workers its screens start; a
screen that forgot to handle one left the user with nothing. Every screen derives from these.
Textual calls ``on_worker_state_changed`` of every class in the MRO, so a screen may add its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from textual import events
from textual.screen import ModalScreen, Screen
from textual.worker import Worker

from reader.tui.tell import tell_failure

if TYPE_CHECKING:
    from textual import getters

    from reader.tui.app import PressReaderApp

ResultT = TypeVar("ResultT")
T = TypeVar("T")


class Forwarded(Generic[T]):
    """An attribute a screen shows but a widget or controller owns, read and written there.

    A screen keeps layout and keys; the state lives where the behaviour is. Callers that knew the
    screen's attribute (`screen.edits`, `screen.choice`) still find it, without a property per name.
    `owner` is the path to the owner from the screen, dotted: "view", "browser.asked".
    """

    def __init__(self, owner: str) -> None:
        self.path = owner.split(".")
        self.name = ""

    def __set_name__(self, cls: type, name: str) -> None:
        self.name = name

    def _owner(self, screen: object) -> Any:
        for step in self.path:
            screen = getattr(screen, step)
        return screen

    @overload
    def __get__(self, screen: None, cls: type) -> Forwarded[T]: ...
    @overload
    def __get__(self, screen: object, cls: type) -> T: ...
    def __get__(self, screen: object | None, cls: type) -> Forwarded[T] | T:
        if screen is None:
            return self
        return cast(T, getattr(self._owner(screen), self.name))

    def __set__(self, screen: object, value: T) -> None:
        setattr(self._owner(screen), self.name, value)


class BaseScreen(Screen[None]):
    HELP_SECTION = ""  # the anchor of this screen's section in the help (`?` opens there)
    if TYPE_CHECKING:  # at run time Textual's own `app`; for mypy, this app with its library and engine
        app = getters.app(PressReaderApp)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        tell_failure(self.app, event)

    def unsaved_work(self) -> str:
        """What quitting now would lose, said in a few words; empty when nothing."""
        return ""

    def on_key(self, event: events.Key) -> None:
        event.aimed_at = self  # type: ignore[attr-defined]  # read by the app (PressReaderApp._on_key)


class BaseModal(ModalScreen[ResultT]):
    if TYPE_CHECKING:
        app = getters.app(PressReaderApp)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        tell_failure(self.app, event)

    def action_select_all_text(self) -> None:
        """ctrl+a in a dialog's field selects all of it, as the segment editor does (a dialog that
        binds the key names its field itself)."""
        from textual.widgets import Input, TextArea

        if isinstance(self.focused, Input):
            self.focused.action_select_all()
        elif isinstance(self.focused, TextArea):
            self.focused.select_all()
