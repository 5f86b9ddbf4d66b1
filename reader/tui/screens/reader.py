"""Read one release; n/f/e switch language, s puts two versions side by side, t translates."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header

from reader.core.errors import LibraryError
from reader.core.model import LANGUAGE_NAMES, LANGUAGES, Release
from reader.core.validation import out_of_date
from reader.tui.controllers import carry_write
from reader.tui.controllers.review_disk import reads
from reader.tui.messages import VersionWritten
from reader.tui.restore_hint import restore_command
from reader.tui.screens.base import BaseScreen
from reader.tui.tell import HINT, tell, tell_error, withdraw_hints
from reader.tui.widgets.find_bar import FindBar
from reader.tui.widgets.narrow_footer import NarrowFooter
from reader.tui.widgets.release_view import ReleaseView


class ReaderScreen(BaseScreen):
    HELP_SECTION = "reader"
    BINDINGS = [
        # n is the next match while a find typed in the bar has matches, else the Dutch version:
        # the footer says which (check_action), where it offered "NL" over a find (a trial)
        Binding("n", "find_next(1)", "Next"),  # "Next match" cut "m Models" at 80 columns (trial M)
        Binding("n", "language('nl')", "NL"),
        Binding("N", "find_next(-1)", "Previous match", show=False),
        Binding("slash", "find", "Find", key_display="/", show=False),
        Binding("f", "language('fr')", "FR"),
        Binding("e", "language('en')", "EN"),
        Binding("s", "side_by_side", "Side"),
        Binding("t", "translate", "Translate"),
        Binding("h", "history", "History", show=False),
        Binding("l", "letterhead", "Letterhead", show=False),
        Binding("c", "concordance", "Concordance", show=False),  # in the footer, "? Help" fell off at 80 columns
        Binding("q", "app.pop_screen", "Back"),
        Binding("escape", "find(True)", "Back", show=False),
        # the keys side by side reads too: a line, a page, the ends
        Binding("j", "move('down')", "Down", show=False),
        Binding("k", "move('up')", "Up", show=False),
        Binding("space", "move('page')", "Page down", show=False),
        Binding("g", "move('home')", "Top", show=False),
        Binding("G", "move('end')", "End", show=False),
    ]

    def __init__(self, release: Release, lang: str, find: str = "") -> None:
        super().__init__()
        self.release = release
        self.lang = lang
        self.letterhead_open = False
        self.find_query, self.find_at = find, 0  # opened from a search: that passage, lit
        self.typed_find = False  # the find is the user's own (the bar), not the library search's words
        self.last_find = ""
        # A language asked for with no version yet: "Press t to translate it" means t goes on with it
        # (it asked for the language again in the picker, a new user's trial found).
        self.asked: str | None = None
        self.removed = False  # taken out of the library by another window: said once (gone)
        self.shown = ""  # what the view shows (`reads`): a write from this window is shown on return

    def compose(self) -> ComposeResult:
        yield Header()
        yield ReleaseView(id="reader-scroll")
        yield FindBar(view="#reader-scroll")
        yield NarrowFooter()

    def on_mount(self) -> None:
        self.query_one("#reader-scroll").focus()
        self.call_after_refresh(self._show)  # after layout: the find scrolls at the view's width
        self.set_interval(2.0, self.check_disk)

    @on(events.ScreenResume)
    def check_disk(self) -> None:
        """Another window (a CLI import, an edit) wrote this release: show what is on disk now."""
        from reader.tui.controllers.review_disk import differs

        if self.app.screen is not self:
            # under side by side or a review, which say and reload for themselves: a 'reloaded' said
            # from down here stood over a review that had not reloaded (its unsaved edits wait on w)
            return
        if carry_write.running(self):
            return  # this window is restoring a text: its own write is no news (on_version_written)
        if gone(self):
            return
        moved = self.app.library.changed_on_disk(self.release)  # blind once another screen read it again
        try:
            fresh = self.app.library.get(self.release.id)
        except LibraryError:
            return
        if not moved and not differs(self.release, fresh, tuple({*self.release.versions, *fresh.versions})):
            if self.shown != reads(fresh, self.lang):  # this window's review wrote it: shown again, no news
                self.release = fresh
                self._show(keep=True)
            return
        self.release = fresh
        if self.lang not in self.release.versions:
            self.lang = self.release.original_language
        self._show(keep=True)  # another version added elsewhere: the text being read stays in place
        tell(self, "This release changed on disk: reloaded.", timeout=4)

    def _show(self, keep: bool = False) -> None:
        """The version shown again; at its find's match, at the top, or (`keep`) where it was."""
        self.shown = reads(self.release, self.lang)
        stale = " · out of date (its original was replaced)" if out_of_date(self.release, self.lang) else ""
        self.sub_title = f"{LANGUAGES[self.lang]}{stale} · {self.release.id}"  # the language first: a long id is cut
        try:
            view = self.query_one(ReleaseView)
            view.show(self.release, self.lang, self.letterhead_open, self.find_query, self.find_at)
        except LibraryError as exc:
            tell_error(self, exc, title="Cannot read this version")
            return
        self.refresh_bindings()  # the footer's n: the next match or the Dutch (check_action)
        scroll = self.query_one(ReleaseView)
        if keep:
            return
        if view.current_y is None:
            scroll.scroll_home(animate=False)
        else:
            self.call_after_refresh(scroll.scroll_to_line, max(0, view.current_y - 3))

    def show_at(self, lang: str, find: str) -> None:
        """The same release asked for again (a concordance hit in it): this reader, at that passage."""
        self.lang = lang if lang in self.release.versions else self.lang
        self.find_query, self.find_at, self.typed_find = find, 0, False
        self._show()

    def action_find(self, close: bool = False) -> None:
        """/ opens the find; Esc (`close`) closes it when it is open, else goes back."""
        bar = self.query_one(FindBar)
        if not close:
            bar.open()
        elif not bar.close_if_open():
            self.app.pop_screen()

    def on_find_bar_find(self, message: FindBar.Find) -> None:
        self.find_query = message.query
        self.typed_find = bool(message.query.strip())
        self.last_find = message.query.strip() or self.last_find  # kept once the bar closes, for `c`
        self.find_at = 0 if message.step == 0 else self.find_at
        if message.step:
            self.action_find_next(message.step)
        else:  # a find closed or emptied leaves the text where it was (it had jumped to the top)
            self._show(keep=not message.query.strip())
        _say_where(self)

    def action_find_next(self, step: int) -> None:
        found = self.query_one(ReleaseView).found
        if not self.find_query or not found:
            tell(self, "Nothing found: / finds in the text.", severity="warning")
            return
        self.find_at = (self.find_at + step) % found
        self._show()
        _say_where(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`n` is the next match only while a find typed in the bar has matches in this version. A
        release opened from a library search lights its words, but with the bar empty nothing says a
        find is on: `n` there is the Dutch the footer offers (a new user's trial, on a French version
        that held the words; Enter in the bar goes to the next)."""
        if (action, parameters) not in {("find_next", (1,)), ("language", ("nl",))}:
            return True
        views = self.query(ReleaseView)  # asked for the footer, which may come before the view is mounted
        finding = bool(self.find_query and self.typed_find and views and views.first().found)
        return finding == (action == "find_next")

    def action_letterhead(self) -> None:
        """Open or fold the letterhead (folded to one line at first)."""
        self.letterhead_open = not self.letterhead_open
        self._show(keep=True)  # where the reader is (it jumped to the top: a trial)

    def action_move(self, where: str) -> None:
        scroll = self.query_one(ReleaseView)
        {
            "down": scroll.scroll_down,
            "up": scroll.scroll_up,
            "page": scroll.scroll_page_down,
            "home": scroll.scroll_home,
            "end": scroll.scroll_end,
        }[where]()

    def action_language(self, lang: str) -> None:
        # the hint of the language asked before goes: 'No French version yet' stood for 8 s after `e`,
        # while t translated into English (trial C)
        withdraw_hints(self.app)
        if lang not in self.release.versions:
            self.asked = lang
            tell(
                self,
                f"No {LANGUAGE_NAMES[lang]} version yet. Press t to translate it.",  # offline or by a server
                title=HINT,
                severity="warning",
            )
            return
        self.asked = None
        view = self.query_one(ReleaseView)
        place = view.place()
        self.lang, self.find_at = lang, 0  # the other text's matches, counted on the bar (a new user's trial)
        # the same block in the other language, both ways: the Dutch jumped to the library search's
        # first match, the top of the text (trial M, PageDown x8, f, n)
        self._show(keep=True)
        _say_where(self)
        if place is None:
            view.scroll_home(animate=False)
        else:
            self.call_after_refresh(view.go_to, place)

    @property
    def original(self) -> str:
        """The original language, or the one being read when the original is not in the library."""
        code = self.release.original_language
        return code if code in self.release.versions else self.lang

    def other_language(self) -> str | None:
        """The version to put beside the original: the one being read, else a human one, else any."""
        original = self.original
        if self.lang != original:
            return self.lang
        others = [code for code in self.release.languages if code != original]
        human = [code for code in others if self.release.versions[code].provenance.kind != "machine"]
        return next(iter(human + others), None)

    def action_side_by_side(self) -> None:
        """The original always on the left; v there cycles what is on the right."""
        from reader.tui.screens.side_by_side import open_side_by_side

        right = self.other_language()
        if right is None:
            tell(self, "Only one language version: press t to translate it.", title=HINT, severity="warning")
            return
        open_side_by_side(self.app, self.release, self.original, right)

    def action_history(self) -> None:
        """Earlier texts of this version; one can be restored (asks first)."""
        from reader.tui.controllers.history_flow import open_history

        open_history(self, self.release, self.lang, restoring="restoring…")

    def on_version_written(self, message: VersionWritten) -> None:
        if message.refused is not None:
            tell_error(self, message.refused, title=carry_write.RESTORE_REFUSED)
        else:
            tell(self, message.said)
        self._show()

    def action_concordance(self) -> None:
        """Past renderings of the selected words (else the find's), from the archive's memory."""
        from reader.tui.screens.concordance import open_concordance

        text = self.get_selected_text() or self.find_query or self.last_find
        if self.lang != self.original:
            target = self.original
        else:
            target = self.other_language() or next(code for code in LANGUAGES if code != self.lang)
        open_concordance(self, text, self.lang, target)

    def action_translate(self) -> None:
        """Translate the original (a translation of a translation loses twice), shown beside it: into
        the language just asked for that has no version yet, else the one chosen in the picker."""
        from reader.tui.screens.side_by_side import pick_and_translate, start_translation

        asked, self.asked = self.asked, None
        if gone(self):
            return
        if asked is not None and asked not in self.release.versions and asked != self.original:
            start_translation(self.app, self.release, self.original, asked)
            return
        pick_and_translate(self.app, self.release, self.original)


def gone(screen: ReaderScreen) -> bool:
    """The release was taken out of the library meanwhile (`remove` in another window): said once,
    by name, with the way back; the text stays on the screen to read, nothing more is done with it."""
    if screen.release.folder.is_dir():
        if screen.removed:  # restored (`remove --restore`): back in the library, said so, the title lifted
            screen.removed = False
            screen._show(keep=True)
            tell(screen, f"'{screen.release.id}' is back in the library.", timeout=6)
        return False
    if not screen.removed:
        screen.removed = True
        screen.sub_title = f"removed · {screen.release.id}"
        tell(
            screen,
            f"'{screen.release.id}' was removed from the library by another window (it is kept under .removed/: "
            f"`{restore_command(screen.release.folder.parent, screen.release.id)}` brings it back). "
            "q goes back to the library.",
            title="Release removed",
            severity="warning",
            timeout=15,
        )
    return True


def _say_where(screen: ReaderScreen) -> None:
    found = screen.query_one(ReleaseView).found
    screen.query_one(FindBar).where(screen.find_at if screen.find_query.strip() else None, found)
