"""The Textual application. Built by make_app(), which the CLI and the tests share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen, Screen

from reader import paths
from reader.core.engine.protocol import Translator
from reader.core.library import Library
from reader.core.model import Release
from reader.core.settings import Settings
from reader.tui.commands import PressReaderCommands
from reader.tui.messages import EngineFellBack
from reader.tui.tell import tell, withdraw_hints


class PressReaderApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "press-reader"
    SUB_TITLE = "Belgian federal press releases, offline"
    COMMANDS = {PressReaderCommands}  # Textual's system commands too, after the app's (commands.py)
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("m", "models", "Models"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    ]

    def __init__(
        self, library: Library, translator: Translator, *, settings: Settings | None = None, cursor_blink: bool = True
    ) -> None:
        super().__init__()
        self.library = library
        self.translator = translator
        self.settings = settings if settings is not None else paths.settings()
        self.cursor_blink = cursor_blink
        # where each review was left (release, source, target) -> (the pair's source, its index, the filter):
        # r opened at #1 with every segment shown again after Esc (a translator's trial)
        self.review_places: dict[tuple[str, str, str], tuple[str, int, str]] = {}
        # the folder each file picker last picked from ('import', 'models'): four models installed
        # one by one meant four trips from the working folder (a new user's trial)
        self.picked_folders: dict[str, Path] = {}
        self.asking_quit: ModalScreen[bool] | None = None  # the question quit asked: a second ctrl+q answers it

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        """A dialog opens over a clear screen: the notes of what came before would cover it (its
        fields, a model's name); what a dialog says of itself, it says inside. Another screen takes
        down the hints: they name a key of the screen left ("Press t to translate it" stayed up in
        side by side, where t does something else, over a headline: a trial at 80x24)."""
        if args and isinstance(args[0], ModalScreen):
            self.clear_notifications()
        elif args:
            withdraw_hints(self)
        return super().push_screen(*args, **kwargs)

    def pop_screen(self) -> Any:
        """A screen left takes its notes along: an error about the text the user was reading would
        otherwise cover the list they went back to, for as long as an error stays (15 s). A dialog
        closing clears nothing: what follows from it is said after it has closed."""
        if not isinstance(self.screen, ModalScreen):
            self.clear_notifications()
        return super().pop_screen()

    async def _on_key(self, event: events.Key) -> None:
        """A key typed right after one that opened a dialog: the terminal sent them together (a fast
        typist, a paste), so they went to the screen below before the dialog was up; they reach the
        app after it is. They are the dialog's, in order: kept by a dialog not ready for them
        (`keep_early`), else posted to the app again, to be read as keys just typed (the dialog's
        priority keys, ctrl+s, first; then its focused widget). Handed to the focused widget, a
        priority key bubbled past its binding and was lost (the editor stayed open, under load)."""
        aimed = getattr(event, "aimed_at", None)
        if aimed is not None and aimed is not self.screen and isinstance(self.screen, ModalScreen):
            key = events.Key(event.key, event.character)
            keep_early = getattr(self.screen, "keep_early", None)
            if keep_early is None or not keep_early(key):
                self.post_message(key)  # behind the keys queued before it: the order stays
            event.prevent_default()  # Textual's own handler (next in the MRO) would read it as a binding

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """The palette's Screenshot goes to the Downloads folder, or to the current folder on a machine
        without one (it failed there, saying nothing of why)."""
        if path is None:
            import platformdirs

            downloads = Path(platformdirs.user_downloads_dir())
            path = str(downloads if downloads.is_dir() else Path.cwd())
        return super().deliver_screenshot(filename, path, time_format)

    def on_engine_fell_back(self, message: EngineFellBack) -> None:
        """A translation worker's run handed to the local models (`fallback_said`), said once, as it
        happens: only the end-of-run summary said it, where the CLI says it at once (batch 8)."""
        why = message.why[:1].upper() + message.why[1:]
        tell(self, f"{why}: translating with the local models.", title="Server failed", severity="warning", timeout=12)

    def get_default_screen(self) -> Screen[None]:
        from reader.tui.screens.library import LibraryScreen

        return LibraryScreen()

    def open_release(self, release: Release, lang: str, find: str = "") -> None:
        """The reader on `release`, at the passage `find` lit (from a search or a concordance)."""
        from reader.tui.screens.reader import ReaderScreen

        here = self.screen
        if isinstance(here, ReaderScreen) and here.release.id == release.id:  # that reader: no second copy
            here.show_at(lang, find)
            return
        self.push_screen(ReaderScreen(release, lang, find=find))

    def action_help(self) -> None:
        from reader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(getattr(self.screen, "HELP_SECTION", "")))

    async def on_event(self, event: events.Event) -> None:
        """A key that arrives once the exit has emptied the screens is nobody's: Textual's own handling
        reads the current screen and raised ScreenStackError out of the run (CI, a loaded machine:
        'y' to quit while a 'translate all' ran)."""
        if isinstance(event, events.Key) and not self.screen_stack:
            return
        await super().on_event(event)

    async def action_quit(self) -> None:
        """Quit at once (run.py lets busy threads go); first ask if edits would be lost, or a write
        under way in a worker (a translation being saved) cut short."""
        from reader.tui.controllers.carry_write import under_way
        from reader.tui.screens.modals import ConfirmModal

        if self.screen is self.asking_quit:  # ctrl+q twice: the answer is yes (it did nothing: a trial)
            self.screen.dismiss(True)
            return
        unsaved = [text for screen in self.screen_stack if (text := getattr(screen, "unsaved_work", str)())]
        unsaved += under_way()
        # a 'translate all' quit at once lost the release it was on, unasked (a team's trial)
        if any(w.group == "translate-all" and w.is_running for w in self.workers):
            unsaved.append("a 'translate all' under way (the releases saved stay; the one it is on is lost)")
        if not unsaved:
            self.workers.cancel_all()  # each stops at its next sentence or release
            self._leave()
            return
        if isinstance(self.screen, ConfirmModal):
            return

        def answered(leave: bool | None) -> None:
            self.asking_quit = None
            if leave:
                self.workers.cancel_all()
                self._leave()

        question = f"Quit and lose {'; '.join(unsaved)}?"
        self.asking_quit = ConfirmModal(question, yes="Quit", no="Stay")
        self.push_screen(self.asking_quit, answered)

    def _leave(self) -> None:
        """The library's place kept for the next start (trial Y: `q` there quits, and a restart had
        lost the search and the release), then the exit."""
        from reader.tui.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.keep_place()
        self.exit()

    def action_models(self) -> None:
        from reader.tui.screens.models import ModelManagerScreen

        if not isinstance(self.screen, ModelManagerScreen):
            self.push_screen(ModelManagerScreen())


def make_app(
    library: Library, translator: Translator, *, settings: Settings | None = None, cursor_blink: bool = True
) -> PressReaderApp:
    return PressReaderApp(library, translator, settings=settings, cursor_blink=cursor_blink)
