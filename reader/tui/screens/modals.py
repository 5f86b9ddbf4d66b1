"""Small modal dialogs: confirm, translate-to picker, file picker, text prompt, a segment's comment."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.text import Text, TextType
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from reader.core.model import LANGUAGES
from reader.core.text.clean import clean_line
from reader.tui.tell import safe, tell
from reader.tui.widgets.reader_input import ReaderInput
from reader.tui.widgets.typing_area import TypingArea


class ConfirmModal(ModalScreen[bool]):
    BINDINGS = [Binding("escape,n", "dismiss(False)", "No"), Binding("y", "dismiss(True)", "Yes")]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(safe(self.question), classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.yes} (y)", variant="primary", id="yes", compact=True)
                yield Button(f"{self.no} (n)", id="no", compact=True)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


PICKER_KEYS = {"en": "e", "fr": "f", "nl": "n"}  # the translate picker's key of each language


class TranslatePicker(ModalScreen[str | None]):
    """t, then e, f or n (or arrows and Enter)."""

    BINDINGS = [
        Binding("e", "pick('en')", "English"),
        Binding("f", "pick('fr')", "Français"),
        Binding("n", "pick('nl')", "Nederlands"),
        Binding("escape,q", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, exclude: str | None = None) -> None:
        super().__init__()
        self.exclude = exclude

    def compose(self) -> ComposeResult:
        options = [
            Option(f"[b]{PICKER_KEYS[c]}[/b]  {LANGUAGES[c]}", id=c) for c in ("en", "fr", "nl") if c != self.exclude
        ]
        with Vertical(classes="dialog", id="translate-picker"):
            yield Label(self._title())
            yield OptionList(*options, id="languages")

    def _title(self) -> str:
        """Offline, or with the team's server named ('offline' read false with a server set: a trial)."""
        from reader.core.engine.remote import RemoteEngine

        engine = getattr(self.app, "translator", None)
        if isinstance(engine, RemoteEngine) and engine.servers:
            # the server on a line of its own, its scheme left out: the dialog's width cut its port
            # ('http://127.0.0.1:50'), what the user checks there (an archive team's trial)
            first = engine.servers[0].name.split("://", 1)[-1]
            more = f" (+{len(engine.servers) - 1} more)" if len(engine.servers) > 1 else ""
            return f"Translate into…\nwith {first}{more}"
        return "Translate offline into…"

    def action_pick(self, code: str) -> None:
        if code != self.exclude:
            self.dismiss(code)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class _Tree(DirectoryTree):
    def __init__(self, path: Path, suffixes: tuple[str, ...]) -> None:
        super().__init__(path)
        self.suffixes = suffixes

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() in self.suffixes)]

    def process_label(self, label: TextType) -> Text:
        """A file's name shown cleaned: one holding ESC]0; retitled the terminal at each redraw and
        one holding ESC[2J cleared the screen (a hostile-input trial); the node keeps its real path."""
        return super().process_label(clean_line(label) if isinstance(label, str) else label)


class FilePicker(ModalScreen[Path | None]):
    """Pick a file from a tree rooted at the working folder (backspace goes up), or type a path:
    a folder typed becomes the tree's root, a file is chosen."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("backspace", "up", "Up a folder", show=False),
        Binding("down", "to_list", "To the list", show=False),  # arrows did nothing from the box (a trial)
    ]

    def __init__(self, title: str, suffixes: tuple[str, ...], start: Path | None = None) -> None:
        super().__init__()
        self.title_text, self.suffixes = title, suffixes
        self.start = (start or Path.cwd()).resolve()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="file-picker"):
            yield Label(safe(self.title_text))
            yield Label(safe(self.start), id="picker-root", classes="dialog-text")
            yield ReaderInput(placeholder="Type a path (a file, or a folder to look in) and press Enter", id="path")
            yield _Tree(self.start, self.suffixes)
            # short enough for an 80-column terminal, where the dialog is 66 wide
            yield Label("↓: the list · Enter: open or pick · Backspace: up · Esc: cancel", classes="dialog-text")

    def on_mount(self) -> None:
        self.query_one("#path").focus()  # type a path at once; Tab goes to the tree

    def _root(self, folder: Path) -> None:
        self.start = folder
        self.query_one(_Tree).path = folder
        self.query_one("#picker-root", Label).update(safe(folder))

    def action_to_list(self) -> None:
        if self.focused is self.query_one("#path"):
            self.query_one(_Tree).focus()

    def action_up(self) -> None:
        if self.focused is not self.query_one("#path") and self.start.parent != self.start:
            self._root(self.start.parent)

    @on(DirectoryTree.FileSelected)
    def _file(self, event: DirectoryTree.FileSelected) -> None:
        self.dismiss(Path(event.path))

    @on(ReaderInput.Submitted, "#path")
    def _typed(self, event: ReaderInput.Submitted) -> None:
        path = Path(event.value).expanduser()
        if not path.is_absolute():
            # under the folder shown, else where the app was started: a path typed as in a shell was
            # taken under the last folder picked, 'a/b/a/b/x.txt: no such file' (an official's trial)
            shown, here = self.start / path, Path.cwd() / path
            path = shown if shown.exists() or not here.exists() else here
        if path.is_dir():
            # the folder opened, the box emptied for the file's name to be typed next (it kept the
            # folder's, and the keys went to the tree: a new user's trial); Tab goes to the tree
            self._root(path.resolve())
            event.input.value = ""
        elif path.is_file():
            self.dismiss(path.resolve())
        else:
            tell(self, f"{path}: no such file or folder", severity="error")


class PromptModal(ModalScreen[str | None]):
    # ctrl+a selects all, as in the segment editor beside it (home is still Home)
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("ctrl+a", "select_all_text", "Select all", show=False, priority=True),
    ]

    def __init__(self, question: str, value: str = "", go_on: bool = False, cursor: int | None = None) -> None:
        """`go_on`: the value is a start to type after ('Annelies = '), not an answer to replace whole:
        selected, the first key typed wiped the half a reviewer meant to keep (a translator's trial)."""
        super().__init__()
        self.question, self.value, self.go_on = question, value, go_on
        self.cursor = cursor  # where typing starts: the blank half of 'A = B' ('  = Claessens': before it)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            # the whole question wraps: the export's hint was cut at the dialog's edge, 'by default
            # into /tmp/…, the f' (trial N, at 80x24 and 120x40 alike)
            yield Label(safe(self.question), classes="prompt-question")
            yield ReaderInput(value=self.value, id="prompt", select_on_focus=not self.go_on)

    def on_mount(self) -> None:
        prompt = self.query_one("#prompt", ReaderInput)
        prompt.focus()
        if self.cursor is not None:
            prompt.cursor_position = self.cursor

    @on(ReaderInput.Submitted, "#prompt")
    def _submitted(self, event: ReaderInput.Submitted) -> None:
        self.dismiss(event.value)

    def action_select_all_text(self) -> None:
        self.query_one("#prompt", ReaderInput).action_select_all()


class CommentModal(ModalScreen[str | None]):
    """A segment's comment, edited where it can be read whole: a colleague's words shown wrapped,
    the cursor after them and nothing selected, so the first key typed adds to them (a selected
    comment in a one-line field was replaced unseen). Enter or ctrl+s saves; Esc cancels."""

    BINDINGS = [
        Binding("enter,ctrl+s", "save", "Save", priority=True),
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("ctrl+a", "select_all_text", "Select all", show=False, priority=True),
    ]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question, self.value = question, value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog comment-dialog"):
            yield Label(safe(self.question))
            yield TypingArea(self.value, id="comment", soft_wrap=True, show_line_numbers=False)
            yield Label("Enter saves · Esc cancels · ctrl+a selects all", classes="dialog-hint")

    def on_mount(self) -> None:
        area = self.query_one("#comment", TextArea)
        area.cursor_blink = bool(getattr(self.app, "cursor_blink", True))
        area.focus()
        area.move_cursor(area.document.end)  # after the words already there; nothing selected

    def action_save(self) -> None:
        # Enter is a priority key: it arrives before the text area has read the keys typed ahead of
        # it (a fast typist, a paste), so the text is read from the area's own queue, after them.
        area = self.query_one("#comment", TextArea)

        def save() -> None:  # returns nothing: awaiting the dismissal from the area would wait on itself
            self.dismiss(area.text)

        area.call_later(save)

    def action_select_all_text(self) -> None:
        self.query_one("#comment", TextArea).select_all()


class ChoiceModal(ModalScreen[str | None]):
    """Pick one value from a list (a facet: a year, an issuer); returns its key, or None."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Cancel")]

    def __init__(self, question: str, options: list[tuple[str, str]]) -> None:
        super().__init__()
        self.question, self.options = question, options

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="choice"):
            yield Label(safe(self.question))
            yield OptionList(
                *(Option(safe(label), id=f"v{i}") for i, (_key, label) in enumerate(self.options)), id="values"
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#values")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.options[int(str(event.option.id)[1:])][0])
