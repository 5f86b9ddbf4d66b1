"""What every screen shares: one path from a failed worker to a visible message.

``Worker.StateChanged`` does not bubble, so the app never sees the workers its screens start; a
screen that forgot to handle one left the user with nothing. Every screen mixes this in.
"""

from __future__ import annotations

from textual.worker import Worker, WorkerState

from reader.core.text.clean import clean_line


def describe_error(error: BaseException) -> str:
    return clean_line(str(error)) or type(error).__name__


class WorkerErrors:
    """Mix into a Screen: a worker ending in an error becomes an error notification."""

    # A plain method name, not @on: Textual collects @on handlers only on its own classes, but it calls
    # the handler of this name on every class of the MRO, so screens may still define their own.
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            title = event.worker.description or "Something went wrong"
            event.worker.node.app.notify(describe_error(event.worker.error), title=clean_line(title)[:60],
                                         severity="error", timeout=10)
