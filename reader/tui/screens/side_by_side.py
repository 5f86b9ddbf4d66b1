"""One release, the original on the left and a version of your choice on the right.

One screen per release: `v` cycles the right column through the human versions, then the machine
ones, then "translate to ...", and `t` translates in place, the source staying visible while the
target fills in. Alignment and translation run in thread workers; the view only receives rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Label, ProgressBar, Static
from textual.worker import WorkerState, get_current_worker

from reader.core.engine.guard import EXPLAIN
from reader.core.engine.result import TranslationResult
from reader.core.errors import LibraryError, PackageError
from reader.core.model import LANGUAGES, Release
from reader.tui.messages import Row, RowsReady, TranslationFinished, TranslationProgress
from reader.tui.screens.base import BaseScreen
from reader.tui.screens.translate_flow import can_translate
from reader.tui.tell import safe, tell, tell_error
from reader.tui.widgets.aligned import AlignedView
from reader.tui.widgets.find_bar import FindBar
from reader.tui.widgets.rows import paired_rows, rows_from_result, rows_from_versions, source_rows


@dataclass(frozen=True)
class Choice:
    """What the right column shows: a version in the library, a translation made here, or one to make."""

    lang: str
    kind: Literal["version", "machine", "translate"]


def start_translation(app: Any, release: Release, source: str, target: str) -> None:
    """From the reader: open the release side by side and translate into it."""
    if can_translate(app, source, target):
        app.push_screen(SideBySideScreen(release, source, target, translate=True))


def pick_and_translate(app: Any, release: Release, source: str) -> None:
    """t in the reader: the language picker, then a translation of `source` into the chosen language."""
    from reader.tui.screens.modals import TranslatePicker

    def chosen(target: str | None) -> None:
        if target:
            start_translation(app, release, source, target)

    app.push_screen(TranslatePicker(exclude=source), chosen)


class SideBySideScreen(BaseScreen):
    HELP_SECTION = "side-by-side"
    BINDINGS = [
        Binding("v", "cycle(1)", "Version"),
        Binding("V", "cycle(-1)", "Previous version", show=False),
        Binding("t", "translate", "Translate"),
        Binding("w", "save_translation", "Save"),
        Binding("r", "review", "Review"),
        Binding("e", "review(True)", "Edit", show=False),
        Binding("x", "swap", "Swap", show=False),
        Binding("i", "toggle_interleave", "Interleave", show=False),
        Binding("1", "mode('source')", "Source only", show=False),
        Binding("2", "mode('target')", "Target only", show=False),
        Binding("3", "mode('side')", "Both", show=False),
        Binding("o", "export", "Export", show=False),
        Binding("c", "concordance", "Concordance", show=False),
        Binding("escape", "cancel_or_back", "Cancel/Back", show=False),
        Binding("q", "back", "Back"),
    ]

    def __init__(self, release: Release, left: str, right: str, translate: bool = False) -> None:
        super().__init__()
        self.release = release
        self.source = left
        self.choice = Choice(right, "translate" if translate else "version")
        self.swapped = False
        self.results: dict[str, TranslationResult] = {}  # translations made here and not saved yet
        self.translating: str | None = None
        self.run = 0  # the current translation run; Esc ends it at once, its last call finishes unseen
        self.rows: list[Row] = []
        self.aligning = False  # the rows are paired in order while the alignment runs

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="pane-labels"):
            yield Label(id="left-label", classes="pane-label")
            yield Label(id="right-label", classes="pane-label")
        yield AlignedView(id="aligned")
        yield Static("", id="row-detail")
        yield FindBar(target="#aligned")
        with Horizontal(id="translate-progress"):
            yield ProgressBar(id="progress", show_eta=False)
            yield Static("", id="progress-text")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.release.title(self.source)
        self.query_one(AlignedView).focus()
        self.show(self.choice)

    @property
    def target(self) -> str:
        return self.choice.lang

    @property
    def result(self) -> TranslationResult | None:
        """The translation made here that the right column shows, if it shows one."""
        return self.results.get(self.choice.lang) if self.choice.kind == "machine" else None

    # -- what the right column shows ---------------------------------------------------------------

    def choices(self) -> list[Choice]:
        """Human versions first, then machine ones (saved, then made here), then translations to make."""
        versions = [code for code in self.release.languages if code != self.source]
        human = [Choice(c, "version") for c in versions if self.release.versions[c].provenance.kind != "machine"]
        machine = [Choice(c, "version") for c in versions if self.release.versions[c].provenance.kind == "machine"]
        made = [Choice(c, "machine") for c in self.results]
        saved_machine = {c.lang for c in machine}
        missing = [c for c in LANGUAGES if c != self.source and c not in self.results and c not in saved_machine]
        # A language with no version at all first; a machine rendering beside a human one after.
        to_make = [Choice(c, "translate") for c in sorted(missing, key=lambda c: c in self.release.versions)]
        return human + machine + made + to_make

    def _routable(self, target: str) -> bool:
        try:
            self.app.translator.route(self.source, target)
        except PackageError:
            return False
        return True

    def action_cycle(self, step: int) -> None:
        """Next version; a translation without its model is skipped (said once, not a dialog each)."""
        choices = self.choices()
        at = choices.index(self.choice) if self.choice in choices else -1
        skipped = []
        for n in range(1, len(choices) + 1):
            candidate = choices[(at + step * n) % len(choices)]
            if candidate == self.choice:
                break
            if candidate.kind == "translate" and not self._routable(candidate.lang):
                skipped.append(LANGUAGES[candidate.lang])
                continue
            self.show(candidate)
            return
        more = f" To translate into {', '.join(skipped)}, install its model (m)." if skipped else ""
        tell(self, f"No other version of this release.{more}", severity="warning")

    def show(self, choice: Choice) -> None:
        self.choice = choice
        if choice.kind == "version":
            self.aligning = True
            self._set_rows(paired_rows(self.release, self.source, choice.lang))
            self.align(choice.lang)
        elif choice.kind == "machine":
            self._set_rows(rows_from_result(self.results[choice.lang]))
        else:
            self.choice = Choice(choice.lang, "machine")
            self._set_rows(source_rows(self.release, self.source))
            self.translating = choice.lang
            self.add_class("-translating")
            self.run += 1
            self.run_translation(choice.lang, self.run)
        self._labels()

    @work(thread=True, exclusive=True, exit_on_error=False, group="align", description="Aligning")
    def align(self, lang: str) -> None:
        try:
            rows = rows_from_versions(self.release, self.source, lang)
        except LibraryError as exc:
            tell_error(self.app, exc)  # notify is thread-safe
            return
        if not get_current_worker().is_cancelled:
            self.post_message(RowsReady(Choice(lang, "version"), rows))

    def on_rows_ready(self, message: RowsReady) -> None:
        if message.key == self.choice:
            self.aligning = False
            self._set_rows(message.rows)

    def _set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.query_one(AlignedView).set_rows(rows)
        self._detail()

    def _side_label(self, lang: str, machine: bool) -> str:
        if machine:
            result = self.results.get(lang)
            models = ", ".join(f"{m['code']} {m['version']}" for m in (result.models if result else []))
            state = " · translating" if self.translating == lang else " · not saved (w)"
            return f"{LANGUAGES[lang]} · machine{f' ({models})' if models else ''}{state}"
        return f"{LANGUAGES[lang]} · {self.release.versions[lang].provenance.label()}"

    def _labels(self) -> None:
        left = self._side_label(self.source, False)
        right = self._side_label(self.choice.lang, self.choice.kind == "machine")
        if self.swapped:
            left, right = right, left
        self.query_one("#left-label", Label).update(safe(left))
        self.query_one("#right-label", Label).update(safe(right))

    def _detail(self) -> None:
        """The current row explained: its number, where it came from, what its flags mean."""
        view = self.query_one(AlignedView)
        row = view.current
        text = Text(f"row {view.cursor + 1}/{len(self.rows)}", style="bold") if row else Text("")
        if row is not None:
            text.append(f" · {row.kind}")
            if row.pending:
                text.append(" · waiting for the translation", style="italic")
            elif self.aligning and self.choice.kind == "version":
                text.append(" · paired in order while the versions are aligned…", style="italic")
            if row.cached:
                text.append(" · ↺ from the translation cache")
            for flag in row.flags:
                text.append(f" · ⚑ {flag}: ", style="bold red")
                text.append(EXPLAIN.get(flag, flag))
        self.query_one("#row-detail", Static).update(text)

    def on_aligned_view_cursor_moved(self, _message: AlignedView.CursorMoved) -> None:
        self._detail()

    def action_export(self) -> None:
        """The pair on screen as TMX, XLIFF, Markdown or HTML (the original always the source)."""
        from reader.tui.screens.export_flow import ask_and_export

        if self.choice.kind != "version":
            tell(self, "Save the translation first (w) to export it.", severity="warning")
            return
        ask_and_export(self, self.release, self.source, self.choice.lang)

    def action_concordance(self) -> None:
        """Past renderings of the selected words (else the find's); from the side that holds them."""
        from reader.core.text.fold import find_spans
        from reader.tui.screens.concordance import open_concordance

        text = self.get_selected_text() or self.query_one(AlignedView).last_find
        src, tgt = self.source, self.choice.lang
        left = any(find_spans(row.left, text) for row in self.rows)
        if text.strip() and not left and any(find_spans(row.right, text) for row in self.rows):
            src, tgt = tgt, src  # words of the right column: their renderings in the original's language
        open_concordance(self, text, src, tgt)

    def action_swap(self) -> None:
        self.swapped = not self.swapped
        self.query_one(AlignedView).swapped = self.swapped
        self._labels()

    def action_toggle_interleave(self) -> None:
        view = self.query_one(AlignedView)
        view.mode = "side" if view.mode == "interleaved" else "interleaved"

    def action_mode(self, mode: Literal["side", "source", "target"]) -> None:
        self.query_one(AlignedView).mode = mode

    # -- translation ------------------------------------------------------------------------------

    def action_translate(self) -> None:
        from reader.tui.screens.modals import TranslatePicker

        def chosen(target: str | None) -> None:
            if target and can_translate(self.app, self.source, target):
                self.results.pop(target, None)
                self.show(Choice(target, "translate"))

        self.app.push_screen(TranslatePicker(exclude=self.source), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="translate", description="Translating")
    def run_translation(self, target: str, run: int) -> None:
        worker = get_current_worker()
        version = self.release.versions[self.source]

        def progress(done: int, total: int, partial: TranslationResult) -> None:
            self.post_message(TranslationProgress(done, total, rows_from_result(partial), partial, run))

        result = self.app.translator.translate_blocks(
            version.blocks,
            self.source,
            target,
            title=version.title,
            progress=progress,
            cancel=lambda: worker.is_cancelled,
        )
        done = sum(1 for s in result.sentences if s.done)
        cached = sum(1 for s in result.sentences if s.cached)
        remembered = f", {result.from_memory} from the archive's memory" if result.from_memory else ""
        if result.complete:
            summary = (
                f"Translated {done} sentences ({cached} from the cache{remembered}). Press w to save it in the library."
            )
        else:
            summary = f"Cancelled: kept {done} of {len(result.sentences)} sentences (cached for next time)."
        self.post_message(TranslationFinished(rows_from_result(result), result, summary, run))

    def _showing(self, lang: str) -> bool:
        return self.choice == Choice(lang, "machine")

    def on_translation_progress(self, message: TranslationProgress) -> None:
        if message.run != self.run:
            return
        if message.result is not None:
            self.results[message.result.to_code] = message.result
            if not self._showing(message.result.to_code):
                return
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)
        self.query_one("#progress-text", Static).update(f"{message.done}/{message.total} sentences · Esc cancels")
        self._set_rows(message.rows)

    def on_translation_finished(self, message: TranslationFinished) -> None:
        lang = message.result.to_code
        if message.run != self.run:  # cancelled earlier: keep the sentences its last call finished
            if self.translating != lang:
                self.results[lang] = message.result
                if self._showing(lang):
                    self._set_rows(message.rows)
            return
        self.results[lang] = message.result
        if self.translating == lang:
            self._stopped()
        if self._showing(lang):
            self._set_rows(message.rows)
            self._labels()
        tell(self, message.summary, severity="information" if message.result.complete else "warning")

    def _stopped(self) -> None:
        self.translating = None
        self.remove_class("-translating")
        self._labels()

    def on_worker_state_changed(self, event: Any) -> None:
        if event.worker.group == "translate" and event.state == WorkerState.ERROR and self.translating:
            self._stopped()

    def action_cancel_or_back(self) -> None:
        """Cancelled at once: a CTranslate2 call cannot be stopped, so the screen does not wait for it."""
        if not self.translating:
            self.app.pop_screen()
            return
        self.query_one("#progress-text", Static).update("Cancelling… (the sentences that finished stay)")
        self.workers.cancel_group(self, "translate")
        self.run += 1
        partial = self.results.get(self.translating)
        self._stopped()
        if partial is not None:
            partial.cancelled = True
            done = sum(1 for s in partial.sentences if s.done)
            self._set_rows(rows_from_result(partial))
            tell(self, f"Cancelled: kept {done} of {len(partial.sentences)} sentences.", severity="warning")
        else:
            tell(self, "Cancelled before the first sentence.", severity="warning")

    def action_back(self) -> None:
        self.workers.cancel_group(self, "translate")
        self.app.pop_screen()

    def action_save_translation(self) -> None:
        from reader.core.engine.save import save_translation

        result = self.results.get(self.choice.lang) if self.choice.kind == "machine" else None
        if result is None:
            tell(self, "Nothing to save: this column shows a version already in the library.", severity="warning")
            return
        try:
            version = save_translation(self.app.library, self.release, result)
        except LibraryError as exc:
            tell_error(self, exc)
            return
        del self.results[self.choice.lang]
        self.choice = Choice(self.choice.lang, "version")
        self._labels()
        tell(self, f"Saved {version.path.name} as {version.provenance.label()}")

    def action_review(self, edit: bool = False) -> None:
        """Review the right column against the original (never the other way round, even swapped)."""
        from reader.tui.screens.review import ReviewScreen

        if self.choice.kind != "version":
            tell(self, "Save the translation first (w) to review it.", severity="warning")
            return
        at = None
        row = self.query_one(AlignedView).current
        if edit and row is not None:
            at = row.left
        self.app.push_screen(ReviewScreen(self.release, self.source, self.choice.lang, edit_at=at))
