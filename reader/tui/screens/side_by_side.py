"""Two versions side by side, row against row; also where offline translation runs and lands."""

from __future__ import annotations

from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Label, ProgressBar, Static
from textual.worker import get_current_worker

from reader.core.align import align_versions
from reader.core.engine.packages import MissingModelError
from reader.core.engine.result import TranslationResult
from reader.core.errors import LibraryError, PackageError
from reader.core.model import LANGUAGES, Release
from reader.tui.messages import Row, TranslationFinished, TranslationProgress
from reader.tui.screens.base import BaseScreen
from reader.tui.widgets.aligned import AlignedView


def rows_from_result(result: TranslationResult) -> list[Row]:
    """Sentence by sentence for machine translations; pending rows show where work remains."""
    return [
        Row(block.kind, pair.source, pair.target, tuple(pair.flags), pair.cached, pending=not pair.done)
        for block in result.blocks
        for pair in block.sentences
    ]


def rows_from_versions(release: Release, left: str, right: str) -> list[Row]:
    pairs = align_versions(release.versions[left], release.versions[right], level="block")
    return [Row(p.kind, "\n\n".join(p.source), "\n\n".join(p.target)) for p in pairs]


def start_translation(app: Any, release: Release, source: str, target: str) -> None:
    """Open the side-by-side view and translate into it, or explain what model is missing."""
    if source == target:
        app.notify(f"This is already the {LANGUAGES[target]} version.", severity="warning")
        return
    try:
        app.translator.route(source, target)
    except MissingModelError as exc:
        from reader.tui.screens.modals import ConfirmModal

        app.notify(str(exc), title="No translation model", severity="warning", timeout=12)

        def open_manager(yes: bool | None) -> None:
            if yes:
                app.action_models()

        app.push_screen(
            ConfirmModal(
                f"Missing: {', '.join(exc.missing)}.\nOpen the model manager?", yes="Open model manager", no="Not now"
            ),
            open_manager,
        )
        return
    except PackageError as exc:
        app.notify(str(exc), severity="error")
        return
    app.push_screen(SideBySideScreen(release, source, target, machine=True))


def pick_and_translate(app: Any, release: Release, source: str) -> None:
    """t: the language picker, then a translation of `source` into the chosen language."""
    from reader.tui.screens.modals import TranslatePicker

    def chosen(target: str | None) -> None:
        if target:
            start_translation(app, release, source, target)

    app.push_screen(TranslatePicker(exclude=source), chosen)


class SideBySideScreen(BaseScreen):
    BINDINGS = [
        Binding("x", "swap", "Swap"),
        Binding("i", "toggle_interleave", "Interleave", show=False),
        Binding("1", "mode('source')", "Source", show=False),
        Binding("2", "mode('target')", "Target", show=False),
        Binding("3", "mode('both')", "Both", show=False),
        Binding("t", "translate", "Translate"),
        Binding("w", "save_translation", "Save", show=False),
        Binding("r", "toggle_review", "Review"),
        Binding("e", "toggle_review(True)", "Edit"),
        Binding("escape", "cancel_or_back", "Cancel/Back", show=False),
        Binding("q", "back", "Back"),
    ]

    def __init__(self, release: Release, left: str, right: str, machine: bool = False) -> None:
        super().__init__()
        self.release = release
        self.source, self.target = left, right
        self.machine = machine
        self.swapped = False
        self.rows: list[Row] = []
        self.result: TranslationResult | None = None
        self.translating = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="pane-labels"):
            yield Label(id="left-label", classes="pane-label")
            yield Label(id="right-label", classes="pane-label")
        yield AlignedView(id="aligned")
        with Horizontal(id="translate-progress"):
            yield ProgressBar(id="progress", show_eta=False)
            yield Static("", id="progress-text")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.release.title(self.source)
        self.query_one(AlignedView).focus()
        if self.machine:
            self._translation_started()
            self.run_translation()
        else:
            try:
                self._set_rows(rows_from_versions(self.release, self.source, self.target))
            except LibraryError as exc:
                self.notify(str(exc), severity="error")
        self._labels()

    # -- rows and layout -------------------------------------------------------------------------

    def _set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        shown = [Row(r.kind, r.right, r.left, r.flags, r.cached, r.pending) for r in rows] if self.swapped else rows
        self.query_one(AlignedView).set_rows(shown)

    def _side_label(self, lang: str) -> str:
        if self.machine and lang == self.target:
            models = ", ".join(f"{m['code']} {m['version']}" for m in (self.result.models if self.result else []))
            state = " · translating" if self.translating else ""
            return f"{LANGUAGES[lang]} · machine{f' ({models})' if models else ''}{state}"
        return f"{LANGUAGES[lang]} · {self.release.versions[lang].provenance.label()}"

    def _labels(self) -> None:
        left, right = (self.target, self.source) if self.swapped else (self.source, self.target)
        self.query_one("#left-label", Label).update(self._side_label(left))
        self.query_one("#right-label", Label).update(self._side_label(right))

    def action_swap(self) -> None:
        self.swapped = not self.swapped
        self._set_rows(self.rows)
        self._labels()

    def action_toggle_interleave(self) -> None:
        self.toggle_class("-interleaved")

    def action_mode(self, mode: str) -> None:
        self.set_class(mode == "source", "-source-only")
        self.set_class(mode == "target", "-target-only")

    # -- translation ------------------------------------------------------------------------------

    def action_translate(self) -> None:
        pick_and_translate(self.app, self.release, self.source)

    @work(thread=True, exclusive=True, exit_on_error=False, group="translate", description="Translating")
    def run_translation(self) -> None:
        worker = get_current_worker()
        version = self.release.versions[self.source]

        def progress(done: int, total: int, partial: TranslationResult) -> None:
            self.post_message(TranslationProgress(done, total, rows_from_result(partial)))

        result = self.app.translator.translate_blocks(
            version.blocks,
            self.source,
            self.target,
            title=version.title,
            progress=progress,
            cancel=lambda: worker.is_cancelled,
        )
        done = sum(1 for s in result.sentences if s.done)
        cached = sum(1 for s in result.sentences if s.cached)
        if result.complete:
            summary = f"Translated {done} sentences ({cached} from the cache). Press w to save it in the library."
        else:
            summary = f"Cancelled: kept {done} of {len(result.sentences)} sentences (cached for next time)."
        self.post_message(TranslationFinished(rows_from_result(result), result, summary))

    def _translation_started(self) -> None:
        self.translating = True
        self.add_class("-translating")
        self._labels()

    def on_translation_progress(self, message: TranslationProgress) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=message.total, progress=message.done)
        self.query_one("#progress-text", Static).update(f"{message.done}/{message.total} sentences · Esc cancels")
        self._set_rows(message.rows)

    def on_translation_finished(self, message: TranslationFinished) -> None:
        self.translating = False
        self.result = message.result
        self.remove_class("-translating")
        self._set_rows(message.rows)
        self._labels()
        self.notify(message.summary, severity="information" if message.result.complete else "warning")

    def on_worker_state_changed(self, event: Any) -> None:
        if event.worker.group == "translate" and event.worker.is_finished and self.translating:
            self.translating = False
            self.remove_class("-translating")
            self._labels()

    def action_cancel_or_back(self) -> None:
        if self.translating:
            self.workers.cancel_group(self, "translate")
            self.query_one("#progress-text", Static).update("Cancelling after the current batch…")
        else:
            self.app.pop_screen()

    def action_back(self) -> None:
        if self.translating:
            self.workers.cancel_group(self, "translate")
        self.app.pop_screen()

    def action_save_translation(self) -> None:
        from reader.core.engine.save import save_translation

        if not self.machine or self.result is None:
            self.notify("Nothing to save: this view shows versions already in the library.", severity="warning")
            return
        try:
            version = save_translation(self.app.library, self.release, self.result)
        except LibraryError as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(f"Saved {version.path.name} as {version.provenance.label()}")

    def action_toggle_review(self, edit: bool = False) -> None:
        """Review mode; with `edit`, straight into the editor at the current row's segment."""
        from reader.tui.screens.review import ReviewScreen

        left, right = (self.target, self.source) if self.swapped else (self.source, self.target)
        if self.machine:
            if not (self.result and self.result.complete):
                self.notify("Review needs a finished translation; save it first (w).", severity="warning")
                return
            if self.result.to_code not in self.release.versions or (
                self.release.versions[self.result.to_code].provenance.kind != "machine"
            ):
                self.notify("Save the translation first (w) to review it.", severity="warning")
                return
        at = None
        if edit:
            view = self.query_one(AlignedView)
            if 0 <= view.cursor < len(view.rows):
                row = view.rows[view.cursor].row
                at = row.right if self.swapped else row.left
        self.app.push_screen(ReviewScreen(self.release, left, right, edit_at=at))
