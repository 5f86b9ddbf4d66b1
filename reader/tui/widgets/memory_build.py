"""The build of the translation memory inside the concordance panel: its button, its progress, its worker.

The panel asks it to start (`start`) or stop (`stop`); it says how the build ended with `MemoryBuilt` or
`MemoryBuildFailed`, which bubble up to the panel.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from reader.tui.memory import memory_store
from reader.tui.messages import MemoryBuildFailed, MemoryBuilt, MemoryProgress
from reader.tui.tell import tell_failure


class MemoryBuild(Horizontal):
    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.building = False

    def compose(self) -> ComposeResult:
        yield ProgressBar(id="memory-progress", show_eta=False)
        yield Button("Build the memory (ctrl+b)", id="build", compact=True)

    def on_mount(self) -> None:
        self.query_one("#memory-progress").display = False

    def start(self) -> bool:
        """Start the build (False if one runs already)."""
        if self.building:
            return False
        self.building = True
        self.display = True
        self.query_one("#memory-progress").display = True
        self.query_one("#build").display = False
        self.build()
        return True

    def stop(self) -> bool:
        """Stop a running build at the next release, within a second (False if none runs)."""
        if not self.building:
            return False
        self.workers.cancel_group(self, "memory-build")
        return True

    @work(thread=True, exclusive=True, exit_on_error=False, group="memory-build", description="Building the memory")
    def build(self) -> None:
        worker = get_current_worker()
        store = memory_store(self.app)

        def progress(done: int, total: int) -> None:
            self.post_message(MemoryProgress(done, total))

        try:
            stats = store.update(progress=progress, cancel=lambda: worker.is_cancelled, every=5)
            pairs = store.count()
            change = store.latest_change()
        finally:
            store.close()
        latest = f"{change[0]}, {change[1]:%Y-%m-%d %H:%M}" if change is not None else ""
        self.post_message(MemoryBuilt(stats.aligned, pairs, stats.cancelled, latest))

    def on_memory_progress(self, message: MemoryProgress) -> None:
        message.stop()
        if self.building:
            self.query_one("#memory-progress", ProgressBar).update(total=message.total, progress=message.done)

    def on_memory_built(self, _message: MemoryBuilt) -> None:
        self._finished()  # the message goes on up to the panel

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "memory-build" and event.state == WorkerState.ERROR:
            self._finished()
            tell_failure(self, event)
            self.post_message(MemoryBuildFailed())

    def _finished(self) -> None:
        self.building = False
        self.query_one("#memory-progress").display = False
        self.query_one("#build").display = True
