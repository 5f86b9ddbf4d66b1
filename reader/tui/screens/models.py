"""The model manager: installed Argos packages; install from a file or the index; remove."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Header, Label, ProgressBar, Select, Static
from textual.worker import Worker, get_current_worker

from reader.core.engine import packages as pkgs
from reader.core.engine.memory import Bound, format_size, parse_size
from reader.core.engine.package_choice import unused
from reader.core.errors import PackageError
from reader.core.model import LANGUAGES
from reader.core.text.clean import clean_line
from reader.tui.messages import InstallProgress, ModelsChanged
from reader.tui.screens.base import BaseScreen
from reader.tui.tell import safe, tell, tell_error
from reader.tui.widgets.narrow_footer import NarrowFooter


class IndexPairModal(ModalScreen[tuple[str, str] | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def compose(self) -> ComposeResult:
        options = [(f"{name} ({code})", code) for code, name in LANGUAGES.items()]
        with Vertical(classes="dialog"):
            yield Label("Install from the Argos package index (needs a network)")
            yield Label("From", classes="field-label")
            yield Select(options, value="nl", id="from", allow_blank=False)
            yield Label("To", classes="field-label")
            yield Select(options, value="en", id="to", allow_blank=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Install", variant="primary", id="install", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "install":
            pair = (str(self.query_one("#from", Select).value), str(self.query_one("#to", Select).value))
            if pair[0] == pair[1]:
                tell(self, "From and To must be different languages.", severity="error")
                return
            self.dismiss(pair)
        else:
            self.dismiss(None)


class ModelManagerScreen(BaseScreen):
    HELP_SECTION = "model-manager"
    BINDINGS = [
        Binding("i", "install_file", "File"),
        Binding("g", "install_index", "Index"),
        Binding("d,delete", "remove", "Remove"),
        Binding("b", "memory_bound", "Memory"),
        Binding("q,escape", "app.pop_screen", "Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="models"):
            yield Static(id="models-status")
            yield DataTable(id="packages", cursor_type="row", zebra_stripes=True)
            with Horizontal(id="install-progress"):
                yield ProgressBar(id="install-bar", show_eta=False)
        yield NarrowFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label in ("Package", "Pair", "Version", "Size", "Licence"):
            table.add_column(label, key=label.lower())
        self.refresh_table()
        table.focus()
        self.set_interval(2.0, self._poll)  # a package installed or removed from the shell shows up

    def _poll(self) -> None:
        if self._stamp() != self.stamp:
            self.refresh_table()

    def _stamp(self) -> tuple[str, ...]:
        folder = self.app.settings.packages
        try:
            return tuple(sorted(p.name for p in folder.iterdir())) if folder.is_dir() else ()
        except OSError:
            return ()

    def refresh_table(self) -> None:
        found, problems = pkgs.list_packages(self.app.settings.packages)
        self.stamp = self._stamp()
        self.codes = [(p.code, p.path.name) for p in found]  # removed by folder: a code may be two packages
        idle = {id(p) for p in unused(found)}
        table = self.query_one(DataTable)
        table.clear()
        for p in found:
            pair, size = f"{p.from_code} → {p.to_code}", pkgs.human_size(p.size)
            licence = p.license or ""
            version = f"{p.version} (not used)" if id(p) in idle else p.version
            cells = (p.code, pair, version, size, licence if len(licence) <= 30 else licence[:29] + "…")
            table.add_row(*(Text(clean_line(cell)) for cell in cells))  # a str cell is read as markup
        note = f" · {len(problems)} unreadable folder(s)" if problems else ""
        bound = self._bound()
        memory_line = (
            f"\nDecoding memory bound: {format_size(bound.max_memory)} (b changes it for this session; "
            "--max-memory or PRESS_READER_MAX_MEMORY at start)"
            if bound is not None
            else ""
        )
        self.query_one("#models-status", Static).update(
            safe(
                f"{len(found)} package(s) in {self.app.settings.packages}{note}\n"
                f"Dutch↔French goes through English: install nl→en and en→fr (and back).{memory_line}"
            )
        )
        translator = getattr(self.app, "translator", None)
        if translator is not None and hasattr(translator, "packages"):
            translator.packages(refresh=True)

    def _bound(self) -> Bound | None:
        """The local engine's memory bound (a server engine's fallback's), if any."""
        translator = getattr(self.app, "translator", None)
        engine = getattr(translator, "fallback", translator)
        bound = getattr(engine, "bound", None)
        return bound if isinstance(bound, Bound) else None

    def action_memory_bound(self) -> None:
        """The bound is the user's to set: a small laptop wants 600M, a big one the speed of no bound."""
        from reader.tui.screens.modals import PromptModal

        bound = self._bound()
        if bound is None:
            tell(self, "No local engine: the memory bound applies to local models only.", severity="warning")
            return

        question = "Decoding memory bound for translation (600M, 2G):"

        def given(text: str | None) -> None:
            if not text or bound is None:
                return
            try:
                size = parse_size(text)
            except ValueError as exc:  # asked again with what was typed, to correct it
                tell(self, str(exc), title="Not changed", severity="warning")
                self.app.push_screen(PromptModal(question, text), given)
                return
            bound.max_memory = size
            self.refresh_table()
            tell(self, f"Decoding memory bound: {format_size(size)}")

        self.app.push_screen(PromptModal(question, format_size(bound.max_memory).replace(" ", "")), given)

    def action_install_file(self) -> None:
        from reader.tui.screens.modals import FilePicker

        def picked(path: Path | None) -> None:
            if path:
                self.app.picked_folders["models"] = path.parent
                self.install_file(path)

        start = self.app.picked_folders.get("models")
        picker = FilePicker("Install an Argos package (.argosmodel)", (".argosmodel", ".zip"), start)
        self.app.push_screen(picker, picked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="install", description="Installing a package")
    def install_file(self, path: Path) -> None:
        package = pkgs.install_file(path, self.app.settings.packages)
        replaced = f" (replaced {', '.join(package.replaced)})" if package.replaced else ""
        self.post_message(ModelsChanged(f"Installed {package.code} {package.version}{replaced}"))

    def action_install_index(self) -> None:
        def chosen(pair: tuple[str, str] | None) -> None:
            if pair and pair[0] != pair[1]:
                self.add_class("-installing")
                self.install_index(*pair)

        self.app.push_screen(IndexPairModal(), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="install", description="Downloading a package")
    def install_index(self, from_code: str, to_code: str) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.post_message(InstallProgress(done, total))

        settings = self.app.settings
        package = pkgs.install_from_index(from_code, to_code, settings.package_index, settings.packages, progress)
        self.post_message(ModelsChanged(f"Installed {package.code} {package.version} from the index"))

    def on_install_progress(self, message: InstallProgress) -> None:
        self.query_one("#install-bar", ProgressBar).update(total=message.total or None, progress=message.done)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "install" and event.worker.is_finished:
            self.remove_class("-installing")

    def on_models_changed(self, message: ModelsChanged) -> None:
        self.refresh_table()
        tell(self, message.note)

    def action_remove(self) -> None:
        from reader.tui.screens.modals import ConfirmModal

        table = self.query_one(DataTable)
        if not self.codes:
            return
        code, folder = self.codes[table.cursor_row]

        def confirmed(yes: bool | None) -> None:
            if yes:
                try:
                    pkgs.remove(folder, self.app.settings.packages)
                except PackageError as exc:
                    tell_error(self, exc)
                    return
                self.post_message(ModelsChanged(f"Removed {code}"))

        self.app.push_screen(ConfirmModal(f"Remove {code} ({folder})? Its files are deleted."), confirmed)
