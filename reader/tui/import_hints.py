"""The import dialog's wording of what to do: its fields and buttons, never the command line's flags;
and its preview of a plan."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Input, Select

from reader.core.importer.furniture import line_key
from reader.core.importer.hints import ImportHints
from reader.core.model import LANGUAGES

if TYPE_CHECKING:
    from reader.core.importer.importer import ImportPlan
    from reader.tui.screens.import_dialog import ImportScreen

# what import may miss, and the dialog's field for each
FIELDS = {"title": "#import-title", "date": "#import-date", "language": "#import-lang"}

_FIELD = {"title": "Title", "date": "Date", "language": "Language"}


class DialogHints(ImportHints):
    def give(self, missing: tuple[str, ...]) -> str:
        *first, last = [_FIELD[name] for name in missing]
        return f"fill in {', '.join(first)} and {last} above" if first else f"fill in {last} above"

    def add_to(self, release_id: str, suggested: bool = False, still: tuple[str, ...] = ()) -> str:
        # the fields still empty stay open and focused: the dialog asks for them by itself
        if suggested:  # the dialog sets Import as and Release to the release the plan suggests
            return f"set above (Release {release_id}); Import as “a new release” keeps it apart"
        return f"Import as “a language version of…”, Release {release_id}"

    def issuer(self) -> str:
        return "type it under Issuer"

    def force(self, replace: bool) -> str:
        if replace:
            return "choose another Release or Language (the dialog does not replace a version)"
        return "choose another file"

    def replace(self, release_id: str) -> str:
        return f"the command line's import --release {release_id} --force (the dialog does not replace a version)"

    def language(self, found: str, asked: str) -> str:
        if found not in LANGUAGES:  # German, say: no choice here is right (the command line can insist)
            return f"the dialog does not import it (the command line's import --lang {asked} --force does)"
        return f"choose {found} under Language"

    def keep(self) -> str:
        return "Space puts it back in the list below"


DIALOG = DialogHints()


def preview_text(plan: ImportPlan, chosen: str | None = None, title: str = "", issuer: str = "") -> Text:
    """`chosen`: the release the user picked to add the file to ('' for a new release; None:
    as the plan says). `title`, `issuer`: as typed in the fields, which the import takes: the headline
    typed is no paragraph of the text, an issuer typed is found (a trial's preview still showed both)."""
    text = Text()
    where = "a new release" if plan.new_release else f"a new language version of {plan.release_id}"
    if plan.new_release and plan.suggested_release:
        where = f"a language version of {plan.suggested_release}, suggested (same date or same numbers and names)"
    if chosen is not None and not (chosen and chosen == plan.suggested_release and plan.new_release):
        where = f"a new language version of {chosen}" if chosen else "a new release"
    text.append(f"{plan.path.name} → {where} ({plan.provenance.kind})\n", style="bold")
    for warning in plan.warnings:
        if chosen and (warning.startswith("no issuer line found") or "to add this file to it" in warning):
            continue  # a version takes the release's issuer; the release is chosen already
        if issuer.strip() and warning.startswith("no issuer line found"):
            continue
        text.append(f"⚠ {warning}\n", style="yellow")
    text.append("\n")
    typed = line_key(title) if title.strip() and line_key(title) != line_key(plan.title) else ""
    shown = [b for n, b in enumerate(plan.blocks) if not (typed and n < 3 and line_key(b.text) == typed)]
    for block in shown[:12]:
        style = "dim" if block.kind == "letterhead" else ""
        text.append(f"[{block.kind}] ", style="dim italic")
        text.append(block.text[:300] + ("…" if len(block.text) > 300 else "") + "\n", style=style)
    return text


def filled(screen: ImportScreen, field: str) -> bool:
    """A field the plan missed that the user has filled in since: no longer 'not found'."""
    widget = screen.query_one(FIELDS[field])
    if isinstance(widget, Input):
        return bool(widget.value.strip())
    return isinstance(widget, Select) and not widget.is_blank()


def release_of_date(screen: ImportScreen) -> str | None:
    """The one release of the date typed in that lacks the file's language: the file is most likely
    its other version, as the plan would have suggested had the page stated its date (the CLI's
    `--date` does); several such releases, or none, suggest nothing."""
    plan = screen.shown
    try:
        date = dt.date.fromisoformat(screen.query_one("#import-date", Input).value.strip())
    except ValueError:
        return None
    if plan is None or not plan.new_release:
        return None
    same_day = [r for r in screen.app.library.releases if r.date == date and plan.language not in r.versions]
    return same_day[0].id if len(same_day) == 1 else None
