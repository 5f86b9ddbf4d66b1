"""The one way a message reaches the user: escaped, cleaned, titled, and shown for as long as it matters.

Twelve places used to call ``notify(str(exc))``, each with its own title and timeout and none
escaping: Textual reads a toast as markup, so a file named ``notes [draft].txt`` lost its brackets
or raised a markup error in the middle of reporting another one, and a control character in a
message could reach the terminal. Every screen, dialog and worker calls `tell` or `tell_error`;
`tests/tui/test_tell.py` fails on any other ``notify(`` in ``reader/tui``.

Escaping is not enough: with ``rich.markup.escape`` (or Textual's own) a bracket that opens no tag
followed by one that does (``[31mred[/]``, ``[[x]]``) still comes out with a stray backslash. So
text from files and errors is never parsed as markup at all: toasts go with ``markup=False`` and
labels, dialogs and options get a `Content` built from the plain text (`safe`).
"""

from __future__ import annotations

from typing import Literal, Protocol

from textual.content import Content
from textual.worker import Worker, WorkerState

from reader.core.text.clean import clean_line

Severity = Literal["information", "warning", "error"]

# How long each kind stays: a confirmation can go quickly, a problem must be readable twice.
TIMEOUTS: dict[Severity, float] = {"information": 4.0, "warning": 8.0, "error": 15.0}
TITLES: dict[Severity, str] = {"information": "", "warning": "Note", "error": "Not done"}
# A toast that says which key to press next ("press t to translate it"): withdrawn once that is done,
# where it stood over the progress it announced for eight seconds (a new user's trial).
HINT = "Hint"
MAX_TITLE = 60


class _Notifies(Protocol):  # an App, a Screen or a Widget: all have Textual's thread-safe notify
    def notify(
        self,
        message: str,
        *,
        title: str = ...,
        severity: Severity = ...,
        timeout: float | None = ...,
        markup: bool = ...,
    ) -> None: ...


def cleaned(text: object) -> str:
    """Controls dropped line by line; the line breaks a message meant are kept."""
    lines = [clean_line(line) for line in str(text).split("\n")]
    return "\n".join(line for line in lines if line)


def safe(text: object) -> Content:
    """Text for a Label, a Static or an option, shown as it is: never read as markup."""
    return Content(cleaned(text))


def describe_error(error: BaseException) -> str:
    """A ReaderError's reason first, then the file or folder by name: a toast is cut at 80 columns,
    and "<path>: <reason>" showed a library's long path and no reason (a new user's trial). Anything
    else at least says its kind."""
    from pathlib import PurePath

    from reader.core.errors import ReaderError

    if isinstance(error, ReaderError) and error.path not in (None, "") and error.reason:
        name = PurePath(str(error.path)).name or str(error.path)
        return clean_line(f"{error.reason} ({name})")
    return clean_line(str(error)) or type(error).__name__


def tell(
    target: _Notifies,
    message: object,
    *,
    title: str | None = None,
    severity: Severity = "information",
    timeout: float | None = None,
) -> None:
    """Show `message` as a toast. Safe from a thread worker (Textual's notify is thread-safe)."""
    heading = clean_line(TITLES[severity] if title is None else title)[:MAX_TITLE]
    target.notify(
        cleaned(message) or " ",
        title=heading,  # Textual draws a toast's title as plain text, its body as markup
        severity=severity,
        timeout=TIMEOUTS[severity] if timeout is None else timeout,
        markup=False,
    )


def withdraw_hints(app: object) -> None:
    """Take down the hint toasts still shown: what they pointed to has started."""
    notifications = getattr(app, "_notifications", None)  # Textual keeps no public handle on a toast
    unnotify = getattr(app, "_unnotify", None)
    if notifications is None or unnotify is None:
        return
    for notification in [n for n in notifications if getattr(n, "title", None) == HINT]:
        unnotify(notification)


def tell_error(
    target: _Notifies, error: BaseException, *, title: str | None = None, severity: Severity = "error"
) -> None:
    """An exception as the user should read it: its one line, never a traceback. A refusal the app
    meant (a ReaderError: a file it cannot read, a write it will not do) is no accident."""
    from reader.core.errors import ReaderError

    if title is None and isinstance(error, ReaderError):
        title = "Not done"
    tell(target, describe_error(error), title=title, severity=severity)


def tell_failure(target: _Notifies, event: Worker.StateChanged) -> None:
    """A worker that failed, said once under what it was doing.

    ``Worker.StateChanged`` goes only to the node that started the worker and does not bubble, so
    every screen and widget that runs workers calls this from its ``on_worker_state_changed``.
    """
    if event.state == WorkerState.ERROR and event.worker.error is not None:
        tell_error(target, event.worker.error, title=event.worker.description or None)
