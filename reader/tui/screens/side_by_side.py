"""One release, the original on the left and a version of your choice on the right.

One screen per release: `v` cycles the right column through the human versions, then the machine
ones, then the translations made here (one still to make is only named), and `t` translates in
place, the source staying visible while the target fills in. Alignment and translation run in
thread workers; the view only receives rows.

The screen is the layout and the keys: `widgets/side_by_side_view.py` owns what the columns show
and the translations made here; `controllers/side_by_side.py` orders the choices and translates.
"""

from __future__ import annotations

from typing import Any, Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header

from reader.core.engine.result import TranslationResult
from reader.core.errors import ReaderError
from reader.core.model import LANGUAGE_NAMES, Release
from reader.tui.controllers.side_by_side import Choice, choices, readable
from reader.tui.screens.base import BaseScreen, Forwarded
from reader.tui.screens.translate_flow import can_translate, resume_keys
from reader.tui.tell import tell, tell_error
from reader.tui.widgets.aligned import AlignedView
from reader.tui.widgets.find_bar import FindBar
from reader.tui.widgets.narrow_footer import NarrowFooter
from reader.tui.widgets.side_by_side_view import SideBySideView

__all__ = ["Choice", "SideBySideScreen", "open_side_by_side", "pick_and_translate", "start_translation"]


def start_translation(app: Any, release: Release, source: str, target: str) -> None:
    """From the reader: open the release side by side and translate into it."""
    if readable(app, release, source) and can_translate(app, source, target):
        app.push_screen(SideBySideScreen(release, source, target, translate=True))


def open_side_by_side(app: Any, release: Release, source: str, right: str) -> None:
    """From the reader: the original on the left, `right` beside it, when both can be read."""
    if readable(app, release, source, right):
        app.push_screen(SideBySideScreen(release, source, right))


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
        Binding("1", "mode('source')", "Left only", show=False),  # the columns as shown, swapped or not
        Binding("2", "mode('target')", "Right only", show=False),
        Binding("3", "mode('side')", "Both", show=False),
        Binding("o", "export", "Export", show=False),
        Binding("c", "concordance", "Concordance", show=False),
        Binding("escape", "cancel_or_back", "Cancel/Back", show=False),
        Binding("q", "back", "Back"),
    ]

    choice: Forwarded[Choice] = Forwarded("view")
    results: Forwarded[dict[str, TranslationResult]] = Forwarded("view")  # made here, not saved yet
    result: Forwarded[TranslationResult | None] = Forwarded("view")  # the one the right column shows
    translating: Forwarded[str | None] = Forwarded("view")
    aligning: Forwarded[bool] = Forwarded("view")

    def __init__(self, release: Release, left: str, right: str, translate: bool = False) -> None:
        super().__init__()
        self.release = release
        self.source = left
        self.view = SideBySideView(release, left, Choice(right, "translate" if translate else "version"))
        self.reviewed: tuple[str, str] | None = None  # the review opened from here, followed on return

    def compose(self) -> ComposeResult:
        yield Header()
        yield self.view
        yield FindBar(target="#aligned")
        yield NarrowFooter()

    @property
    def target(self) -> str:
        return self.view.choice.lang

    def choices(self) -> list[Choice]:
        """What `v` cycles through, in its order."""
        return choices(self.release, self.source, self.view.results)

    def on_screen_resume(self) -> None:
        reviewed, self.reviewed = self.reviewed, None
        if reviewed is not None:
            self.view.follow_review(*reviewed)
        self.view.reread()

    def unsaved_work(self) -> str:
        """A translation under way, not saved: ctrl+q quit at once and lost it unasked (a trial at
        80x24; what finished is in the translation cache)."""
        lang = self.view.translating
        if lang is None:
            return ""
        live = self.view.results.get(lang)
        done, total = live.counted() if live is not None else (0, 0)
        so_far = f"{done} of {total} sentences done" if live is not None else "before its first sentence"
        return f"the {LANGUAGE_NAMES[lang]} translation under way ({so_far}, not saved)"

    def action_cycle(self, step: int) -> None:
        self.view.cycle(step)

    def action_swap(self) -> None:
        self.view.swap()

    def action_toggle_interleave(self) -> None:
        view = self.query_one(AlignedView)
        view.mode = "side" if view.mode == "interleaved" else "interleaved"

    def action_mode(self, mode: Literal["side", "source", "target"]) -> None:
        self.query_one(AlignedView).mode = mode
        self.view.labels()

    def action_translate(self) -> None:
        """Asks the language; a cancelled run on screen ('incomplete (t goes on)') goes on in its own,
        its finished sentences from the cache (t opened the picker again: a new user's trial)."""
        from reader.tui.screens.modals import TranslatePicker

        shown = self.view.result
        if shown is not None and not shown.complete and shown.counted()[0] > 0:
            if can_translate(self.app, self.source, self.view.choice.lang):
                self.view.translate(self.view.choice.lang)
            return

        def chosen(target: str | None) -> None:
            if target and can_translate(self.app, self.source, target):
                self.view.translate(target)

        self.app.push_screen(TranslatePicker(exclude=self.source), chosen)

    def action_save_translation(self) -> None:
        self.view.save()

    def action_cancel_or_back(self) -> None:
        """Esc ends a translation at once (what finished stays); just after one ended, it only clears
        its toast (it was meant for the run); otherwise back."""
        if self.query_one(FindBar).close_if_open():
            return
        if not self.view.cancel() and not self.view.late_escape():
            self.app.pop_screen()

    def action_back(self) -> None:
        """Back; a translation under way stops as Esc stops it, and says where the user lands what it
        kept and the keys that resume it in the reader below (it had stopped unsaid: a new user
        thought it went on; a trial at 80x24 saw nothing said)."""
        lang, stack = self.view.translating, self.app.screen_stack
        resume = resume_keys(stack[-2], self.release.id, lang) if lang is not None and len(stack) > 1 else ""
        self.view.cancel(resume=resume)
        self.app.pop_screen()

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
        rows = self.view.rows
        left = any(find_spans(row.left, text) for row in rows)
        if text.strip() and not left and any(find_spans(row.right, text) for row in rows):
            src, tgt = tgt, src  # words of the right column: their renderings in the original's language
        open_concordance(self, text, src, tgt)

    def action_review(self, edit: bool = False) -> None:
        """Review the right column against the left one: the original on the left, or, swapped, a
        version people wrote (a folder's French file, sorting first, had become the original of a
        Dutch release, and no key reviewed nl→fr: a new user's trial). A machine version is never
        the source of a review."""
        from reader.tui.controllers.review_disk import version_gone
        from reader.tui.screens.review import ReviewScreen

        if self.choice.kind != "version":
            tell(self, "Save the translation first (w) to review it.", severity="warning")
            return
        at = None
        row = self.query_one(AlignedView).current
        if edit and row is not None:
            at = row.left
        try:  # as it is on disk now: another window may have written it since this screen read it
            release = self.app.library.get(self.release.id)
        except ReaderError as exc:
            tell_error(self, exc)
            return
        source, target = self.source, self.choice.lang
        said = version_gone(release.id, release, (source, target))
        if said:
            tell(self, said.replace(" q goes back.", ""), severity="warning", timeout=12)
            return
        version = release.versions.get(target)
        if self.view.swapped and version is not None and version.provenance.kind not in ("machine", "post-edited"):
            source, target = target, source
            at = row.right if edit and row is not None else None  # the segment of the left column's text
        self.reviewed = (source, target)
        self.app.push_screen(ReviewScreen(release, source, target, edit_at=at))
