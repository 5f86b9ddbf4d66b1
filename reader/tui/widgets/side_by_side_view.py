"""Side by side's body: the two columns, what the right one shows, and the translations made here.

It owns the choice of the right column (`v` cycles it), the rows (paired in order at once, then
aligned in a worker), and the translations made and not saved yet (`results`), each run in a thread
worker tagged with its `run` so that `Esc` ends a run at once and its last call finishes unseen.
The screen binds the keys and forwards them here.
"""

from __future__ import annotations

from functools import partial
from time import monotonic
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.engine.result import TranslationResult
from reader.core.errors import LibraryError
from reader.core.model import LANGUAGE_NAMES, Release
from reader.tui.controllers import carry_write
from reader.tui.controllers import side_by_side as columns
from reader.tui.controllers.side_by_side import Choice
from reader.tui.messages import Row, RowsReady, TranslationFinished, TranslationProgress, VersionWritten
from reader.tui.tell import tell, tell_error, tell_failure, withdraw_hints
from reader.tui.widgets.aligned import AlignedView
from reader.tui.widgets.pane_labels import PaneLabels
from reader.tui.widgets.row_detail import RowDetail
from reader.tui.widgets.rows import paired_rows, rows_from_result, rows_from_versions, source_rows
from reader.tui.widgets.translate_bar import TranslateBar

if TYPE_CHECKING:
    from textual import getters

    from reader.tui.app import PressReaderApp

# Seconds after a run ends in which a first Esc is meant for it ('Esc cancels') or its notice: not to leave
ESC_GRACE = 2.0


class SideBySideView(Vertical):
    if TYPE_CHECKING:
        app = getters.app(PressReaderApp)

    def __init__(self, release: Release, source: str, choice: Choice) -> None:
        super().__init__()
        self.release, self.source, self.choice = release, source, choice
        self.swapped = False
        self.results: dict[str, TranslationResult] = {}  # translations made here and not saved yet
        self.shown_text = ""  # the release's text in the column's language when shown: read again when it changed
        self.shown_source = ""  # and the original's, beside it
        self._place: str | None = None  # the left text of the row the cursor was on before a re-read
        self.translating: str | None = None
        self.run = 0  # the current translation run; Esc ends it at once, its last call finishes unseen
        self.rows: list[Row] = []
        self.aligning = False  # the rows are paired in order while the alignment runs
        # How a run that will fill no more rows ended, per language ("translation cancelled: kept 3
        # of 9 sentences"): its untranslated rows no longer wait, and the line under them says so.
        self.ended: dict[str, str] = {}
        self._ended_at: float | None = None  # when the last run finished: see ESC_GRACE
        self.saving: TranslationResult | None = None  # the translation `w` is writing (carry_write)
        self.gone_said = False  # the version the right column shows was removed by another window: said once
        self._told_saving = False  # a second `w` meanwhile says "Saving…", once

    def compose(self) -> ComposeResult:
        yield PaneLabels()
        yield AlignedView(id="aligned")
        yield RowDetail()
        yield TranslateBar()

    def on_mount(self) -> None:
        self.screen.sub_title = self.release.title(self.source)
        self.query_one(AlignedView).focus()
        self.show(self.choice)
        self.set_interval(2.0, self.poll)

    def poll(self) -> None:
        """A version shown here replaced on disk by another window (an import --force, a CLI edit):
        read again and aligned again at once, not only on return from another screen."""
        # the screen on top, not one drawn under another (`is_current` holds for those too): a
        # review opened from here writes this release, and its own write is no other window's
        if self.app.screen is self.screen and self.choice.kind == "version":
            self.reread(say=True)

    @property
    def result(self) -> TranslationResult | None:
        """The translation made here that the right column shows, if it shows one."""
        return self.results.get(self.choice.lang) if self.choice.kind == "machine" else None

    def follow_review(self, source: str, target: str) -> None:
        """Back from a review, the cursor on the row of the segment it was left on (it stayed on the
        row r was pressed on: a new user's trial); a review swapped reads the right column."""
        left = self.app.review_places.get((self.release.id, source, target))
        said = " ".join(left[0].split()) if left is not None else ""
        view = self.query_one(AlignedView)
        texts = [row.right if source != self.source else row.left for row in view.rows]
        at = next((n for n, text in enumerate(texts) if said and said in " ".join(text.split())), None)
        if at is not None:
            view.cursor = at

    def reread(self, say: bool = False) -> None:
        """Back from the review or the reader: what was written there (edits, a saved translation)
        is shown, not the text read before; a translation made here and saved since is that version.
        The cursor stays on the row of the original it was on (`say`: the change is told)."""
        if self.saving is not None:
            return  # the release is being written by this window: its own write is no news (on_version_written)
        try:
            release = self.app.library.get(self.release.id)
        except LibraryError:
            return
        lang = self.choice.lang
        self.release = release
        moved = self.choice.kind == "version" and self._said(self.source) != self.shown_source
        if self.choice.kind == "version" and lang not in release.versions and not self.gone_said:
            self.gone_said = True  # the column stays as read; r and e say why they cannot go on
            tell(self, f"The {LANGUAGE_NAMES[lang]} version was removed by another window.", severity="warning")
        if self.translating is not None or lang not in release.versions:
            return
        if self._said(lang) == self.shown_text and not moved:
            return  # nothing written there since this column was shown (a version it stood beside, too)
        if getattr(self.screen, "release", None) is not None:
            self.screen.release = release  # type: ignore[attr-defined]
        if self.choice.kind == "machine":
            self.results.pop(lang, None)
        current = self.query_one(AlignedView).current
        self._place = current.left if current is not None else None
        if say:
            tell(self, "This release changed on disk (another window): read and aligned again.", timeout=6)
        self.show(Choice(lang, "version"))
        self.labels()

    def _said(self, lang: str) -> str:
        """The version's text and standing as they are (the same object may have been saved over in
        place; the same text imported again as official changes the column's label)."""
        version = self.release.versions.get(lang)
        if version is None:
            return ""
        return "\n".join([version.provenance.label(), version.title, *(b.text for b in version.blocks)])

    def cycle(self, step: int) -> None:
        """Next version or translation made here; a translation still to make is only named (`t`
        makes it: `v` started one, minutes of work, at a keypress meant to look: two trials). The
        release is read again if its files changed: a version another process imported is offered."""
        try:
            self.release = self.app.library.get(self.release.id)  # the same object unless changed on disk
        except LibraryError:
            pass
        if getattr(self.screen, "release", None) is not None:
            self.screen.release = self.release  # type: ignore[attr-defined]
        found, more = columns.next_choice(self, self.release, self.source, self.results, self.choice, step)
        if found is not None:
            self.show(found)
            return
        if self.translating is not None:  # not "t translates into …": t would end the run under way
            tell(self, columns.under_way(self.translating, self.results.get(self.translating)))
            return
        shown = LANGUAGE_NAMES.get(self.choice.lang, self.choice.lang)
        side = "left" if self.swapped else "right"  # after x the other version is on the left (trial M)
        said = (
            f"Nothing else to show: {shown}, on the {side}, is the release's only version beside the "
            f"{LANGUAGE_NAMES.get(self.source, self.source)}."
            if self.choice.kind == "version"
            else "No other version of this release."
        )
        tell(self, f"{said}{more}", severity="warning")

    def show(self, choice: Choice) -> None:
        self.choice = choice
        # what the release held in this language when the column was shown: only a later write
        # (an edit, a translation saved, another window) makes the column read it again
        self.shown_text = self._said(choice.lang)
        self.shown_source = self._said(self.source)
        if choice.kind == "version":
            self.aligning = True
            self._set_rows(paired_rows(self.release, self.source, choice.lang))
            self.run_worker(
                partial(self._align, choice.lang),
                thread=True,
                exclusive=True,
                exit_on_error=False,
                name="align",
                group="align",
                description="Aligning",
            )
        elif choice.kind == "machine":
            self._set_rows(rows_from_result(self.results[choice.lang]))
        else:
            self.choice = Choice(choice.lang, "machine")
            self.ended.pop(choice.lang, None)
            self._set_rows(source_rows(self.release, self.source))
            self.translating = choice.lang
            self.screen.add_class("-translating")
            self.run += 1
            work = partial(
                columns.translate, self.app, self.release, self.source, choice.lang, self.run, self.post_message
            )
            self.run_worker(
                work,
                thread=True,
                exclusive=True,
                exit_on_error=False,
                name="run_translation",
                group="translate",
                description="Translating",
            )
            withdraw_hints(self.app)  # "press t to translate it": done
            self.query_one(TranslateBar).start(columns.starting(self.app, self.source, choice.lang))
        self.labels()

    def translate(self, target: str) -> None:
        """A new translation into `target`, replacing one made here before."""
        self.results.pop(target, None)
        self.show(Choice(target, "translate"))

    def _align(self, lang: str) -> None:
        """The body of the alignment's thread worker."""
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
            place, self._place = self._place, None
            at = next((n for n, row in enumerate(message.rows) if place and row.left == place), None)
            if at is not None:  # read again from disk: the cursor back on the row it was on
                self.query_one(AlignedView).cursor = at

    def _set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.query_one(AlignedView).set_rows(rows)
        self.on_aligned_view_cursor_moved()

    def labels(self) -> None:
        left = columns.side_label(self.release, self.source, False, None, False)
        lang, machine = self.choice.lang, self.choice.kind == "machine"
        result = self.results.get(lang)
        saving = machine and result is not None and result is self.saving
        right = columns.side_label(self.release, lang, machine, result, self.translating == lang, saving)
        mode = self.query_one(AlignedView).mode
        first, second = (right, left) if self.swapped else (left, right)
        if mode in ("source", "target"):  # one column: its label alone (both stayed, over the other's text)
            self.query_one(PaneLabels).show(first if mode == "source" else second, "")
            return
        self.query_one(PaneLabels).show(first, second)

    def on_aligned_view_cursor_moved(self, _message: AlignedView.CursorMoved | None = None) -> None:
        """The current row explained under the rows."""
        view = self.query_one(AlignedView)
        aligning = self.aligning and self.choice.kind == "version"
        ended = self.ended.get(self.choice.lang, "") if self.choice.kind == "machine" else ""
        self.query_one(RowDetail).show(view.current, view.cursor, len(self.rows), aligning, ended)

    def swap(self) -> None:
        self.swapped = not self.swapped
        self.query_one(AlignedView).swapped = self.swapped
        self.labels()

    # -- translation ------------------------------------------------------------------------------

    def on_translation_progress(self, message: TranslationProgress) -> None:
        if message.run != self.run:
            return
        if message.result is not None:
            self.results[message.result.to_code] = message.result
            if self.choice != Choice(message.result.to_code, "machine"):
                return
        self.query_one(TranslateBar).progress(message.done, message.total)
        self._set_rows(message.rows)

    def on_translation_finished(self, message: TranslationFinished) -> None:
        lang = message.result.to_code
        showing = self.choice == Choice(lang, "machine")
        if message.run != self.run:  # cancelled: the cancel froze what it keeps (its last call is in the cache)
            return
        self.results[lang] = message.result
        if self.translating == lang:
            self._stopped()
            self._ended_at = monotonic()
        if showing:
            self._set_rows(message.rows)
            self.labels()
        fine = message.result.complete and not message.result.fell_back  # servers lost: a warning, kept longer
        self.query_one(TranslateBar).ended(message.summary, 8 if fine else 15)
        if message.result.fell_back:  # the engine changed under the run: a warning, a toast as well
            tell(self, message.summary, severity="warning", timeout=12)

    def _stopped(self) -> None:
        self.translating = None
        self.screen.remove_class("-translating")
        self.labels()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        tell_failure(self.app, event)
        if event.worker.group == carry_write.GROUP and event.state == WorkerState.ERROR:
            self.saving = None  # an unexpected error, said by tell_failure: `w` may try again
            self.labels()
        if event.worker.group == "translate" and event.state == WorkerState.ERROR and self.translating:
            self.ended[self.translating] = "translation stopped by an error"
            self._stopped()
            self.on_aligned_view_cursor_moved()

    def late_escape(self) -> bool:
        """An Esc just after a run ended (ESC_GRACE) is for it or its notice: clears them, once; True: stay."""
        ended, self._ended_at = self._ended_at, None
        if ended is None or monotonic() - ended > ESC_GRACE:
            return False
        self.app.clear_notifications()
        self.query_one(TranslateBar).clear_ended()
        return True

    def cancel(self, resume: str = "") -> bool:
        """Cancelled at once: a CTranslate2 call cannot be stopped, so the screen does not wait for it.
        `resume` (q, the screen left): said to the app, where the user lands, with the keys that go
        on (it stopped unsaid there: a trial at 80x24)."""
        if not self.translating:
            return False
        self.query_one(TranslateBar).say("Cancelling… (the sentences that finished stay)")
        self.workers.cancel_group(self, "translate")
        self.run += 1
        lang = self.translating
        live = self.results.get(lang)
        self._stopped()
        rows = self.rows
        if live is not None:
            # The engine thread may still finish its current call into `live`: keep a copy, so the
            # count said, the rows shown and what `w` saves are the same sentences.
            kept = self.results[lang] = live.snapshot()
            kept.cancelled = True
            done, total = kept.counted()
            rows = rows_from_result(kept)
            self.ended[lang] = f"translation cancelled: kept {done} of {total} sentences"
            said, stopped = f"Cancelled: kept {done} of {total} sentences.", f"{done} of {total} sentences kept"
        else:
            self.ended[lang] = "translation cancelled before the first sentence"
            said, stopped = "Cancelled before the first sentence.", "before its first sentence"
        if resume:  # the finished sentences are in the cache: they come back at once
            said = f"The {LANGUAGE_NAMES[lang]} translation stopped: {stopped}; {resume} resumes it."
        if not resume:  # the screen stays: under the rows, hiding nothing (a toast covered the text: trial M)
            self.query_one(TranslateBar).ended(said, 12)
        else:  # the screen is left: said where the user lands
            tell(self.app, said, severity="warning", timeout=12)
        if self.choice == Choice(lang, "machine"):
            self._set_rows(rows)  # and the line under them: no row waits any more
        return True

    def save(self) -> None:
        """The translation on the right saved in the library, in a thread worker: carrying the
        reviewer's comments over aligns the old and new texts, seconds on a long release."""
        if self.saving is not None:
            if not self._told_saving:
                tell(self, "Saving…")
            self._told_saving = True
            return
        result = self.result
        if result is None:
            tell(self, "Nothing to save: this column shows a version already in the library.", severity="warning")
            return
        if self.translating == result.to_code:  # a new user's trial got "Not done" and a folder's path
            done, total = result.counted()
            tell(
                self, f"Still translating ({done} of {total}): w saves it once done; Esc stops and keeps what finished."
            )
            return
        self.saving, self._told_saving = result, False
        reviews = self.app.settings.reviews_of(self.app.library.root)
        body = partial(carry_write.save, self.app, reviews, self.release, result, self.post_message)
        carry_write.start(self, body, "Saving the translation")
        self.labels()

    def on_version_written(self, message: VersionWritten) -> None:
        """The save ended: a translation written shows as the version it now is."""
        self.saving = None
        if message.refused is not None:
            tell_error(self, message.refused)
            self.labels()
            return
        lang = message.lang
        if message.result is not None and self.results.get(lang) is message.result:
            del self.results[lang]
        try:
            self.release = self.app.library.get(self.release.id)
        except LibraryError:
            pass
        if getattr(self.screen, "release", None) is not None:
            self.screen.release = self.release  # type: ignore[attr-defined]
        if self.choice == Choice(lang, "machine") and lang not in self.results:
            self.choice = Choice(lang, "version")
            self.shown_text = self._said(lang)  # what the column shows: written here, no news from disk
        elif self.choice == Choice(lang, "version"):
            self.show(self.choice)  # the text it replaced was on show
        self.labels()
        tell(self, message.said)
