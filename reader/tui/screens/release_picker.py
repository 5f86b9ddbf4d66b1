"""Pick a release by typing part of its title, id or date (the import dialog's 'language version of')."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.core.model import Release
from reader.core.text.fold import fold
from reader.tui.tell import safe
from reader.tui.widgets.reader_input import ReaderInput

SHOWN = 200  # the newest matches; typing narrows the rest


def release_label(release: Release) -> str:
    langs = "/".join(sorted(release.versions))
    return f"{release.date.isoformat()}  {release.title()[:48]}  [{langs}]  {release.id}"


class ReleasePicker(ModalScreen[str | None]):
    """Returns the chosen release's id, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, releases: list[Release], question: str) -> None:
        super().__init__()
        self.releases = sorted(releases, key=lambda r: (r.date, r.id), reverse=True)
        self.question = question
        self._keys = {
            r.id: fold(" ".join([r.id, r.date.isoformat(), *(v.title for v in r.versions.values())]))
            for r in self.releases
        }
        self.shown: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="release-picker"):
            yield Label(safe(self.question))
            yield ReaderInput(placeholder="Type words of the title, the id or the date", id="release-filter")
            yield OptionList(id="release-options")
            yield Label("", id="release-count", classes="dialog-text")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#release-filter").focus()

    def _fill(self, query: str) -> None:
        words = fold(query).split()
        matches = [r for r in self.releases if all(w in self._keys[r.id] for w in words)]
        self.shown = [r.id for r in matches[:SHOWN]]
        options = self.query_one("#release-options", OptionList)
        options.clear_options()
        options.add_options([Option(safe(release_label(r)), id=r.id) for r in matches[:SHOWN]])
        more = f" (the newest {SHOWN} shown; type to narrow)" if len(matches) > SHOWN else ""
        noun = "release" if len(matches) == 1 else "releases"
        self.query_one("#release-count", Label).update(f"{len(matches)} {noun}{more} · Enter picks · Esc cancels")
        if matches:
            options.highlighted = 0

    @on(ReaderInput.Changed, "#release-filter")
    def _typed(self, event: ReaderInput.Changed) -> None:
        self._fill(event.value)

    @on(ReaderInput.Submitted, "#release-filter")
    def _submitted(self) -> None:
        options = self.query_one("#release-options", OptionList)
        if options.highlighted is not None and self.shown:
            self.dismiss(self.shown[options.highlighted])

    def key_down(self) -> None:
        self.query_one("#release-options", OptionList).focus()

    @on(OptionList.OptionSelected, "#release-options")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(str(event.option.id))
