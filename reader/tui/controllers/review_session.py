"""One review's state and what it decides, with no widget: the screen's widgets show it.

A `ReviewSession` holds the check report, the review store (a state per segment), the filter and
the pairs it shows, and the edits not written yet (a working copy of the release, the text typed
per segment, the edits another window's change refused). `check`, the body of the checks' thread
worker, lives in `review_checking.py` and is named here, where the tests hold it.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from rich.text import Text

from reader.core.errors import ReaderError
from reader.core.model import LANGUAGES, Release
from reader.core.review.checks import CheckedPair, CheckReport
from reader.core.review.store import PROPOSAL, ReviewStore, SegmentReview, pair_key, proposal_text
from reader.tui.controllers.review_checking import check as check
from reader.tui.controllers.review_teach import shown_flags
from reader.tui.messages import Row
from reader.tui.widgets.review_strip import FILTER_HELP, FILTERS, Filter

if TYPE_CHECKING:
    from reader.core.text.glossary import Glossary


class ReviewSession:
    def __init__(self, release: Release, source: str, target: str, edit_at: str | None = None) -> None:
        self.release, self.source, self.target = release, source, target
        self.edit_at = edit_at  # opened from side by side with e: edit the segment of this source text
        self.report: CheckReport | None = None
        self.store: ReviewStore | None = None
        self.working: Release | None = None  # the release with unsaved edits of the target
        self.edits = 0
        self.filter: Filter = "all"
        self.shown_pairs: list[int] = []  # the pair index of each row shown
        self.warned = False  # said once that the release changed on disk under unsaved edits
        self.typed: dict[int, tuple[str, str]] = {}  # pair index -> (its source, the text typed)
        self.replaced: set[str] = set()  # the keys of the pairs those edits replaced (see ReviewStore.holds)
        self.edited: dict[str, str] = {}  # an edit's key -> the key of the text on disk (its dismissals)
        # The pairs edited, by source -> the key they had: the state hangs on both texts, so the next
        # check's pair of that source takes over the comment that key has on disk then (why it was
        # flagged, what was proposed; a comment another process wrote while the edit waited too).
        self.carried: dict[str, str] = {}
        self.removed = False  # the release was removed by another window: said once (review_write)
        self.comments: dict[str, str] = {}  # those keys' comments as on disk when the edits were written
        # Each replaced key's state when it was first edited: an 'ok' another window gave that text
        # while the edit waited is said on `w` (the edit makes it a text to review again; a trial
        # saw a colleague's 'ok' turn back to todo with nothing said).
        self.states: dict[str, tuple[str, int]] = {}  # with the segment's number then
        self.orphans: list[tuple[str, str]] = []  # edits another window's change refused: kept as proposals
        self.mt = False  # the machine-translation checks were asked for (t, or the setting)
        # Where the reader was when the release was read again from disk (the pair's source text
        # and index): the next report puts the cursor back there (review_disk.place).
        self.place: tuple[str, int] | None = None
        self.glossary_seen: tuple[int, int] | None = None  # the user's glossary as the last check read it
        self.glossary: Glossary | None = None  # the glossary the last check read: its tables' rows pair through it
        self.asked: str | None = None  # the pair `a` was asked again for (see `accept_asks`)

    def label(self, lang: str) -> str:
        return f"{LANGUAGES[lang]} · {self.release.versions[lang].provenance.label()}"

    def title(self) -> str:
        """The screen's subtitle: the pair, and the edits `w` would write."""
        if self.edits:
            edits = f"{self.edits} unsaved edit{'' if self.edits == 1 else 's'}"  # short: 80 columns cut the key
            return f"review {self.source}→{self.target} · {edits} · w writes"
        return f"review {self.source}→{self.target} · {self.release.title(self.source)}"

    def state(self, key: str) -> SegmentReview:
        return self.store.get(key) if self.store is not None else SegmentReview()

    def waits(self, pair: CheckedPair) -> bool:
        """Whether a flag still waits on the pair: a check's error or warning the reviewer has not
        marked ok, or the reviewer's own. A note (severity info, only plausible) never counts: the
        summary's "N flagged", the `s` filter and the strip's red cells all read this one rule."""
        review = self.state(pair.key)
        return bool(shown_flags(pair)) and review.status != "ok" or review.status == "flagged"

    def flagged(self) -> int:
        """How many pairs the "flagged" filter shows (see `waits`)."""
        return sum(1 for pair in self.report.pairs if self.waits(pair)) if self.report is not None else 0

    def shown(self, index: int) -> bool:
        assert self.report is not None
        pair = self.report.pairs[index]
        review = self.state(pair.key)
        if self.filter == "flagged":
            return self.waits(pair)
        if self.filter == "mine":
            return review.status == "flagged" or bool(review.comment)
        if self.filter == "todo":
            return review.status == "todo"
        return True

    def rows(self) -> list[Row]:
        """The rows the filter lets through (and which pair each is, in `shown_pairs`)."""
        assert self.report is not None
        self.shown_pairs = [i for i in range(len(self.report.pairs)) if self.shown(i)]
        rows = []
        for index in self.shown_pairs:
            pair = self.report.pairs[index]
            codes = tuple(f.code for f in shown_flags(pair))  # notes stay in the detail
            table = tuple(self._table(pair)) if pair.kind == "table" else ()
            rows.append(
                Row(
                    pair.kind,
                    pair.source_lines,
                    pair.target_lines,
                    codes,
                    status=self.state(pair.key).status,
                    table=table,
                )
            )
        return rows

    def _table(self, pair: CheckedPair) -> list[tuple[int | None, int | None]]:
        """A table's rows paired as the check pairs them, through the glossary it read."""
        from reader.core.review.rows import row_pairs
        from reader.core.text.glossary import Glossary as Empty

        return row_pairs(pair.source, pair.target, self.source, self.target, self.glossary or Empty({}))

    def next_filter(self) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]

    def current(self, cursor: int) -> int:
        """The pair index under the cursor (rows may be filtered)."""
        return self.shown_pairs[cursor] if 0 <= cursor < len(self.shown_pairs) else cursor

    def row_of(self, index: int) -> int:
        """The row of pair `index`, or of the first shown pair after it."""
        return min(bisect_left(self.shown_pairs, index), max(0, len(self.shown_pairs) - 1))

    def next_flagged(self, cursor: int, direction: int, wrap: bool = True) -> int | None:
        """The next row (round the end, with `wrap`) with a check's flag or flagged by the reviewer."""
        assert self.report is not None
        count = len(self.shown_pairs)
        for step in range(1, count + 1):
            row = (cursor + direction * step) % count if wrap else cursor + direction * step
            if not 0 <= row < count:
                return None
            pair = self.report.pairs[self.shown_pairs[row]]
            if shown_flags(pair) or self.state(pair.key).status == "flagged":
                return row
        return None

    def go_back_to(self, places: dict[tuple[str, str, str], tuple[str, int, str]]) -> None:
        """Open where this review was last left, with its filter (Esc then r opened it at #1 with
        every segment shown: a translator's trial); an edit asked for from side by side goes first."""
        left = places.get((self.release.id, self.source, self.target))
        if left is not None and self.edit_at is None:
            self.place = (left[0], left[1])
            self.filter = next((f for f in FILTERS if f == left[2]), "all")

    def left_at(self, cursor: int, places: dict[tuple[str, str, str], tuple[str, int, str]]) -> None:
        """Where the cursor is, for the next review of these two versions (kept by the app)."""
        if self.report is not None and self.report.pairs:
            pair = self.report.pairs[min(self.current(cursor), len(self.report.pairs) - 1)]
            places[(self.release.id, self.source, self.target)] = (pair.source, pair.index, self.filter)

    def accept_asks(self, pair: CheckedPair) -> str | None:
        """What `a` says instead of accepting a segment edited here that the check since flags; a
        second `a` on it accepts. Trial G pasted a paragraph into a 1-1 segment, got 'addition … 180%'
        (a warning: an error or a warning alike then), and `a` marked it ok at once, ok on the map too
        (F2). Asked, not said beside the 'ok': the cursor moved on and the toast went unread."""
        flags = shown_flags(pair)
        if not flags or self.asked == pair.key or not self._edited_here(pair):
            return None
        self.asked = pair.key
        return f"Your edit of #{pair.index + 1} is flagged ({flags[0].code}): a again to accept it with its flag."

    def _edited_here(self, pair: CheckedPair) -> bool:
        """The pair holds an edit typed here: its source's, or its text within the edit's or the edit
        within it (the edit realigned into a 1-2 beside, as trial G's was)."""
        target = " ".join(pair.target.split())
        return any(
            pair.source == source or (target and (target in typed or typed in target))
            for source, typed in self.typed.values()
        )

    def proposal(self, key: str) -> str | None:
        """The last correction proposed for an official segment (its comment's last 'proposed:' line)."""
        lines = [line for line in self.state(key).comment.split("\n") if line.startswith(PROPOSAL)]
        return proposal_text(lines[-1]) if lines else None

    def detail(self, cursor: int) -> Text | str | None:
        """The pair under the cursor explained: its state, its flags, its comment."""
        if self.report is None or not self.report.pairs:
            return None
        if not self.shown_pairs:
            return f"No {FILTER_HELP[self.filter]}. s shows the next filter."
        pair = self.report.pairs[min(self.current(cursor), len(self.report.pairs) - 1)]
        review = self.state(pair.key)
        text = Text(f"#{pair.index + 1} {pair.kind} ({pair.shape}) · {review.status}", style="bold")
        if self.filter != "all":
            text.append(f" · showing {self.filter} ({len(self.shown_pairs)})", style="dim")
        if shown_flags(pair):  # on the first line: a short panel (80x24) cut the last one off
            text.append(" · d dismisses a false flag", style="dim")
        # the user's own words first, the latest line on top: a short panel still shows the last proposal
        for line in reversed([line for line in review.comment.split("\n") if line.strip()]):
            text.append(f"\n✎ {line}", style="italic")
        for flag in pair.flags:
            if flag.severity == "info":  # only plausible: shown here, dimmed, never counted
                text.append(f"\nnote ({flag.code}): {flag.message}", style="dim")
                continue
            text.append(f"\n⚑ {flag.code}: ", style="bold red" if flag.severity == "error" else "bold yellow")
            text.append(flag.message)
        for flag in pair.dismissed:  # in sight for a second reviewer: `review --restore-flags` brings it back
            text.append(f"\ndismissed here ({flag.code}): {flag.message}", style="dim strike")
        return text

    @property
    def official(self) -> bool:
        """The target is an official version: an edit of it is a proposal, stored with the review."""
        return self.release.versions[self.target].provenance.kind == "official"

    def editable(self, index: int) -> bool:
        """Whether pair `index` stands in one place of the working copy: one spanning two of its
        paragraphs cannot be edited as one (asked before the editor opens, so no typing is lost)."""
        from reader.core.review.edit import locate

        assert self.report is not None
        current = (self.working or self.release).versions[self.target]
        return locate(self.report, current.blocks)[index] is not None

    def item_lines(self, index: int) -> list[str]:
        """The list items pair `index` runs over, one a line for the editor (none: not such a pair)."""
        from reader.core.review.edit import item_lines, locate

        assert self.report is not None
        blocks = (self.working or self.release).versions[self.target].blocks
        place = locate(self.report, blocks)[index]
        return item_lines(place, blocks) if place is not None else []

    def edit(self, index: int, text: str) -> None:
        """Pair `index` rendered as `text` in the working copy (raises ReaderError)."""
        from reader.core.review.edit import Edit, apply_edits, preview

        assert self.report is not None
        current = (self.working or self.release).versions[self.target]
        sources = self.release.versions[self.source].blocks
        blocks, title = apply_edits(self.report, current.blocks, current.title, [Edit(index + 1, text)], sources)
        self.working = preview(self.release, self.target, blocks, title)
        pair = self.report.pairs[index]
        self.typed[index] = (pair.source, " ".join(text.split()))
        self.edited[pair_key(pair.source, " ".join(text.split()))] = self.edited.pop(pair.key, pair.key)
        self.replaced.add(pair.key)
        if self.store is not None and pair.key not in self.states:
            self.states[pair.key] = (self.store.fresh(pair.key).status, index + 1)
        self.edits = len(self.typed)  # segments edited: one edited twice is one edit to write
        self.carried.setdefault(pair.source, pair.key)

    def carry_comments(self) -> None:
        """Give each edited segment, as the new check pairs it, the comment it had (see `carried`)."""
        if not self.carried or self.report is None or self.store is None:
            return
        self.store.reread_if_changed()
        for pair in self.report.pairs:
            source = pair.source if pair.source in self.carried else split_from(pair.source, self.carried)
            old = self.carried.get(source) if source is not None else None
            said = self.store.get(old).comment if old is not None and old != pair.key else ""
            said = said or (self.comments.get(source, "") if source is not None else "")
            if said and source is not None and not self.store.get(pair.key).comment:
                try:
                    self.store.set(pair.key, comment=said)
                except ReaderError:
                    continue
                del self.carried[source]
                self.comments.pop(source, None)

    def keep_comments(self) -> None:
        """Before the states of the edited pairs go (`ReviewStore.forget`): their comments as on disk
        now, a comment another process wrote while the edit waited among them, for `carry_comments`."""
        if self.store is None:
            return
        self.store.reread_if_changed()
        self.comments.update({source: self.store.get(key).comment for source, key in self.carried.items()})

    def approved_meanwhile(self) -> list[int]:
        """The segments (numbered from 1) whose replaced text another window marked ok while the edit
        waited: read before `ReviewStore.forget`, so `w` can say their 'ok' went with that text."""
        if self.store is None:
            return []
        self.store.reread_if_changed()
        return sorted(
            number for key, (was, number) in self.states.items() if was != "ok" and self.store.get(key).status == "ok"
        )

    def reloaded(self, release: Release) -> None:
        """The release as it is on disk now: the edits not written are dropped."""
        self.release = release
        self.working, self.edits, self.warned, self.typed, self.replaced = None, 0, False, {}, set()
        self.states, self.edited = {}, {}

    def keep_orphans(self) -> tuple[list[str], list[str]]:
        """Edits refused on `w` (another window changed those segments) become review proposals:
        the numbers of the segments that keep one, and the texts no segment could keep."""
        orphans, self.orphans = self.orphans, []
        if not orphans:
            return [], []
        if self.report is None:
            self.orphans = orphans  # no check yet to place them: kept for the next
            return [], []
        if self.store is None:
            return [], [text for _source, text in orphans]  # no review state to keep them in: said
        kept, lost = [], []
        for source, text in orphans:
            pairs = [p for p in self.report.pairs if p.source == source]
            if not pairs and source.strip():  # aligned otherwise now (two sentences one segment): where it is
                pairs = [p for p in self.report.pairs if p.source and (source in p.source or p.source in source)]
            if any(text in " ".join(p.target.split()) for p in pairs):
                continue  # written after all
            if not pairs:
                lost.append(text)  # its segment is gone from the text
                continue
            note = f"proposed (not written: changed elsewhere meanwhile): {text}"
            try:  # added under the store's lock below what is there now: a comment written meanwhile stays
                self.store.set(pairs[0].key, status="flagged", comment=note, append=True)
            except ReaderError:
                lost.append(text)
                continue
            kept.append(str(pairs[0].index + 1))
        return kept, lost


def split_from(source: str, carried: dict[str, str]) -> str | None:
    """The edited segment's source that this pair's source is a part of: an edit that split a segment
    ('uitstel van betaling' and 'gratis begeleiding' against one French item, its rendering made two
    lines) made two pairs of it, and its comment went with neither (a translator's trial). The first
    part takes it."""
    return next((whole for whole in carried if source and source != whole and source in whole), None)
