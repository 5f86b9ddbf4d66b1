"""Import dialog: pick a file, see what was detected, correct it, confirm.

Detection and the import itself run in thread workers. What detection found fills editable fields
(title, date, issuer, language, and the release to add a language version to); a file whose title
or date could not be found still opens here with everything else found, the missing fields empty
and the first of them focused, so the user is asked once for all of them. The lines dropped as
site furniture are listed, each marked 'left out' or 'kept' (Space puts one back); putting one back
plans the import again and the preview shows the text as it will be imported.

Focus moves only with news, to what the news is about: the fields are closed while the file is read
(nothing typed there is overwritten, no cursor taken from a field), then the first field to fill or
Import; a refused import goes to the field it names (the date, the release) and leaves the rest.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, Label, Select, Static

from reader.core.errors import ReaderError
from reader.core.importer.importer import ImportPlan, MissingFields, apply_import, plan_import
from reader.core.model import LANGUAGES
from reader.tui.import_hints import DIALOG, FIELDS, filled, preview_text, release_of_date
from reader.tui.screens.base import BaseModal
from reader.tui.screens.xliff_import import XLIFF_SUFFIXES, open_xliff
from reader.tui.tell import tell
from reader.tui.widgets.keep_list import KeepList

IMPORT_LABEL, IMPORTING = "Import (ctrl+s)", "Importing…"
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", *XLIFF_SUFFIXES)


@dataclass
class PlanReady(Message):
    plan: ImportPlan | None
    error: str = ""
    missing: tuple[str, ...] = ()  # with a plan: the fields detection left for the user
    restored: bool = False  # planned again with lines the user ticked back in: only the preview changes


@dataclass
class ImportRefused(Message):
    reason: str
    field: str | None = None  # the field the refusal is about, focused for the user to correct


@dataclass
class Imported(Message):
    release_id: str
    note: str


@dataclass(frozen=True)
class Choices:
    """What the user set in the fields; empty means 'as detected'."""

    title: str
    date: str
    issuer: str
    lang: str | None
    release: str
    keep: tuple[str, ...] = ()  # lines left out as site lines that the user restores
    provenance: str = "official"  # as published; 'unofficial': a rendering the issuer did not publish


class ImportScreen(BaseModal[str | None]):
    """Returns the id of the imported release, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "confirm", "Import", priority=True),  # as the other dialogs save
        # ctrl+a selects all of a field, as in the segment editor and the comment dialog (home is still Home)
        Binding("ctrl+a", "select_all_text", "Select all", show=False, priority=True),
    ]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path
        self.plan: ImportPlan | None = None
        self.shown: ImportPlan | None = None  # the plan the preview shows (with lines put back)
        self.missing: tuple[str, ...] = ()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="import-dialog"):
            # the fields scroll (each Tab stop brought into view), the buttons stay below: trial C at 60x20
            with VerticalScroll(id="import-body", can_focus=False):
                yield Label("Import a release", id="import-heading")
                for field, hint in (("title", "headline"), ("date", "YYYY-MM-DD"), ("issuer", "who publishes it")):
                    with Horizontal(classes="import-field"):
                        yield Label(field.capitalize(), classes="import-label")
                        # the cursor goes to the end: a key typed on entering must not wipe a detected headline
                        yield Input(placeholder=hint, id=f"import-{field}", select_on_focus=False)
                with Horizontal(classes="import-field"):
                    yield Label("Import as", classes="import-label")
                    yield Select(
                        [("a new release", "new"), ("a language version of…", "version")],
                        id="import-target",
                        allow_blank=False,
                        value="new",
                    )
                with Horizontal(classes="import-field"):
                    yield Label("Release", classes="import-label")
                    yield Input(
                        placeholder="the id of the release to add this language to, or Pick…",
                        id="import-release",
                        select_on_focus=False,
                    )
                    yield Button("Pick…", id="import-pick", compact=True)
                with Horizontal(classes="import-field"):
                    yield Label("Language", classes="import-label")
                    languages = [(name, code) for code, name in LANGUAGES.items()]
                    yield Select(languages, id="import-lang", prompt="detected")
                    # an official version is never edited (corrections become proposals); a translator's
                    # own rendering, to be reviewed and edited, is unofficial
                    yield Select(
                        [("official (as published)", "official"), ("unofficial (to edit)", "unofficial")],
                        id="import-provenance",
                        allow_blank=False,
                        value="official",
                    )
                with VerticalScroll(id="import-preview"):
                    yield Static("Choose a file…", id="import-detected")
                yield Label("Site lines left out of the release (Space puts one back):", id="import-dropped-label")
                yield KeepList(id="import-dropped")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Other file…", id="import-file", compact=True)
                yield Button(IMPORT_LABEL, variant="primary", id="confirm", disabled=True, compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self._show_dropped([])
        self.query_one("#import-release", Input).disabled = True
        self.query_one("#import-pick", Button).disabled = True
        self._open_fields(False)
        if self.path is not None:
            if not open_xliff(self, self.path):  # a CAT tool's file: its targets go back to a release
                self.detect(self.path)
        else:
            self._choose_file()

    @on(Button.Pressed, "#import-file")
    def _choose_file(self) -> None:
        """The file to import; cancelling the first choice closes the dialog, a later one keeps it."""
        from reader.tui.screens.modals import FilePicker

        first = self.path is None

        def picked(path: Path | None) -> None:
            if path is None:
                if first:
                    self.dismiss(None)
                return
            if open_xliff(self, path):
                return
            self.path, self.plan, self.shown = path, None, None
            self.app.picked_folders["import"] = path.parent
            self.query_one("#confirm", Button).disabled = True
            self._open_fields(False)
            self.detect(path)

        start = self.path.parent if self.path is not None else self.app.picked_folders.get("import")
        picker = FilePicker("Import a release (.txt .md .html .pdf .docx) or a CAT tool's .xlf", SUFFIXES, start)
        self.app.push_screen(picker, picked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import", description="Reading the file")
    def detect(self, path: Path, keep: tuple[str, ...] = (), restored: bool = False) -> None:
        try:
            # a preview: a file already in the library is shown all the same, with that said, so
            # that it can still be added to another release (a stray one made of it, say)
            plan = plan_import(path, self.app.library, keep=keep, hints=DIALOG, preview=True)
            self.post_message(PlanReady(plan, restored=restored))
        except MissingFields as exc:
            self.post_message(PlanReady(exc.plan, exc.reason, exc.missing, restored))
        except ReaderError as exc:
            self.post_message(PlanReady(None, exc.reason, restored=restored))

    @on(KeepList.SelectedChanged, "#import-dropped")
    def _restored(self) -> None:
        """A line ticked back in (or out): the preview shows the text as it would be imported."""
        if self.path is not None and self.plan is not None and self.query_one("#confirm", Button).disabled is False:
            self.detect(self.path, tuple(self.query_one("#import-dropped", KeepList).selected), restored=True)

    def _open_fields(self, open_: bool) -> None:
        """Closed while the file is read: what detection finds would replace what was typed."""
        for field in ("#import-title", "#import-date", "#import-issuer", "#import-target", "#import-lang"):
            self.query_one(field).disabled = not open_
        if not open_:
            self.query_one("#import-detected", Static).update(
                f"Reading {self.path.name}…" if self.path else "Choose a file…"
            )
            self.query_one("#cancel", Button).focus()

    def on_plan_ready(self, message: PlanReady) -> None:
        if message.restored and message.plan is not None:
            self._refresh_preview(message.plan)
            return
        self.plan = message.plan
        button = self.query_one("#confirm", Button)
        if message.plan is None:
            # Not a field to fill (those come with a plan): the file itself cannot be imported, so
            # the fields stay closed, Import gone (a greyed button still read as an offer), and the
            # way on is another file.
            button.disabled, button.display = True, False
            self.query_one("#import-detected", Static).update(
                Text.assemble(
                    (f"Cannot import {self.path.name if self.path else 'this file'}: {message.error}\n", "bold red"),
                    "Choose another file (Other file…), or Cancel.",
                )
            )
            self.query_one("#import-file", Button).focus()
            return
        self._open_fields(True)
        button.disabled, button.display = False, True
        plan = message.plan
        self.query_one("#import-title", Input).value = "" if "title" in message.missing else plan.title
        self.query_one("#import-date", Input).value = "" if "date" in message.missing else plan.date.isoformat()
        named = f"YYYY-MM-DD · the text names {plan.named_date.isoformat()}" if plan.named_date else "YYYY-MM-DD"
        self.query_one("#import-date", Input).placeholder = named
        self.query_one("#import-issuer", Input).value = plan.issuer
        self.query_one("#import-release", Input).value = "" if plan.new_release else plan.release_id
        self.query_one("#import-target", Select).value = "new" if plan.new_release else "version"
        if plan.new_release and plan.suggested_release:  # most likely the other language of that release
            self.query_one("#import-release", Input).value = plan.suggested_release
            self.query_one("#import-target", Select).value = "version"
        language = self.query_one("#import-lang", Select)
        if "language" in message.missing:
            language.clear()
        else:
            language.value = plan.language
        self._show_dropped(plan.site_lines)
        self.missing, self.shown = tuple(message.missing), plan
        if message.missing:
            self.query_one(FIELDS[message.missing[0]]).focus()
        elif plan.new_release and not plan.issuer:  # 'type it under Issuer', the preview says: it waits there
            self.query_one("#import-issuer", Input).focus()  # (Enter imports all the same, as from any field)
        else:
            button.focus()
        self._refresh_preview()

    def _refresh_preview(self, plan: ImportPlan | None = None) -> None:
        """The preview as the choices now stand: where the file goes, and what is still missing (a
        version of a release takes its title and date from the release). `plan`: the text with the
        lines the user put back, when not the plan first read."""
        plan = plan or self.shown
        if plan is None:
            return
        self.shown = plan
        release = self.query_one("#import-release", Input).value.strip()
        chosen = release if self._as_version() else ""
        typed = (self.query_one("#import-title", Input).value, self.query_one("#import-issuer", Input).value)
        preview = preview_text(plan, chosen, *typed)
        missing = [m for m in self.missing if not (chosen and m in ("title", "date")) and not filled(self, m)]
        if missing:
            *first, last = missing
            names = f"{', '.join(first)} and {last}" if first else last
            preview = Text.assemble((f"Not found: {names}. Fill in above, then Import.\n", "bold red"), preview)
        self.query_one("#import-detected", Static).update(preview)

    def _show_dropped(self, lines: list[str]) -> None:
        """The lines left out, each to tick back in; the list is hidden when nothing was left out."""
        dropped = self.query_one("#import-dropped", KeepList)
        dropped.show(lines)
        dropped.display = self.query_one("#import-dropped-label", Label).display = bool(dropped.option_count)

    def _choices(self) -> Choices:
        lang = self.query_one("#import-lang", Select).value
        return Choices(
            self.query_one("#import-title", Input).value.strip(),
            self.query_one("#import-date", Input).value.strip(),
            self.query_one("#import-issuer", Input).value.strip(),
            lang if isinstance(lang, str) else None,
            self.query_one("#import-release", Input).value.strip() if self._as_version() else "",
            tuple(self.query_one("#import-dropped", KeepList).selected),
            str(self.query_one("#import-provenance", Select).value),
        )

    def _as_version(self) -> bool:
        return self.query_one("#import-target", Select).value == "version"

    @on(Select.Changed, "#import-target, #import-lang")
    def _target(self, event: Select.Changed) -> None:
        if event.select.id != "import-target":  # the language: only what is still missing changes
            self._refresh_preview()
            return
        release = self.query_one("#import-release", Input)
        release.disabled = event.value != "version"
        self.query_one("#import-pick", Button).disabled = release.disabled
        self._refresh_preview()
        if event.value == "version" and not release.value and self.plan is not None:
            self._pick()

    @on(Input.Changed, "#import-release, #import-title, #import-date, #import-issuer")
    def _typed(self, event: Input.Changed) -> None:
        if event.input.id == "import-release" and event.value.strip() and not self._as_version():
            self.query_one("#import-target", Select).value = "version"
        if event.input.id == "import-date" and not self._as_version() and (found := release_of_date(self)):
            self.query_one("#import-release", Input).value = found  # as the plan suggests one it dates
            self.query_one("#import-target", Select).value = "version"
        self._refresh_preview()

    @on(Button.Pressed, "#import-pick")
    def _pick(self) -> None:
        from reader.tui.screens.release_picker import ReleasePicker

        def picked(release_id: str | None) -> None:
            if release_id:
                self.query_one("#import-release", Input).value = release_id
                self.query_one("#import-target", Select).value = "version"

        question = "Add this file as a language version of which release?"
        self.app.push_screen(ReleasePicker(list(self.app.library.releases), question), picked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import", description="Importing")
    def run_import(self, path: Path, choices: Choices) -> None:
        try:
            date = dt.date.fromisoformat(choices.date) if choices.date else None
        except ValueError:
            shaped = re.fullmatch(r"\d{4}-\d\d-\d\d", choices.date.strip())  # '2024-02-30': no day, not no format
            said = "is no day of the calendar" if shaped else "is not YYYY-MM-DD"
            self.post_message(ImportRefused(f"the date {choices.date!r} {said}", "date"))
            return
        try:
            plan = plan_import(
                path,
                self.app.library,
                release_id=choices.release or None,
                lang=choices.lang,
                date=date,
                title=choices.title or None,
                issuer=choices.issuer or None,
                keep=choices.keep,
                provenance=choices.provenance,
                hints=DIALOG,
            )
            release = apply_import(
                plan,
                self.app.library,
                self.app.settings.reviews_of(self.app.library.root),
                self.app.settings.user or "",
            )
        except MissingFields as exc:
            self.post_message(ImportRefused(exc.reason, exc.missing[0] if exc.missing else None))
            return
        except ReaderError as exc:
            field = "release" if choices.release and "release" in exc.reason else None
            # a write refused names the library's file, not the page being imported
            elsewhere = exc.path not in (None, "") and Path(exc.path) != path
            self.post_message(ImportRefused(str(exc) if elsewhere else exc.reason, field))
            return
        carried = f"; {plan.carried}" if plan.carried else ""
        self.post_message(Imported(release.id, f"Imported {path.name} as {release.id}{carried}"))

    def on_import_refused(self, message: ImportRefused) -> None:
        """Said above the preview, which stays; the cursor goes to the field to correct, if one is named."""
        button = self.query_one("#confirm", Button)
        button.disabled, button.label = False, IMPORT_LABEL
        name = self.path.name if self.path else ""
        shown = self.query_one("#import-detected", Static)
        below = preview_text(self.plan) if self.plan is not None else Text("")
        shown.update(Text.assemble((f"Not imported: {name}: {message.reason}\n", "bold red"), below))
        named = FIELDS.get(message.field or "", f"#import-{message.field}")  # 'language' is '#import-lang'
        field = next(iter(self.query(named)), button) if message.field else button
        (field if not field.disabled else button).focus()

    def on_imported(self, message: Imported) -> None:
        tell(self, message.note)
        self.dismiss(message.release_id)

    @on(Button.Pressed, "#confirm")
    @on(Input.Submitted)  # Enter in a field imports, as in any form, once the file is read
    def action_confirm(self) -> None:  # and ctrl+s
        if self.query_one("#confirm", Button).disabled:
            return
        if self._as_version() and not self.query_one("#import-release", Input).value.strip():
            tell(self, "Choose the release this file is a language version of (Pick…)", severity="warning")
            self.query_one("#import-release", Input).focus()
            return
        if self.path is not None:
            button = self.query_one("#confirm", Button)
            button.disabled, button.label = True, IMPORTING  # a big page takes seconds: it says it works
            self.run_import(self.path, self._choices())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:  # and Escape
        if str(self.query_one("#confirm", Button).label) == IMPORTING:
            # the write cannot be stopped half-way: closed now, the import would end unseen
            tell(self, "The import is under way; it ends in a moment and says so.", severity="warning")
            return
        self.dismiss(None)
