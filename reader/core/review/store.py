"""Review state per segment (todo, ok, flagged, plus a comment), kept apart from the release files.

One JSON file per release and language pair under the reviews folder. States hang on a segment's
key (a hash of both texts, plus its occurrence for repeated pairs), so editing a segment resets its
state to todo (the new text is not reviewed yet); the edit carries its comment over (edit.py).

Several writers (two terminals, the TUI saving as you go and a script) may update one store at
once: every ``set`` takes the folder's lock, re-reads the file and changes one segment, so no
update is lost. A damaged file is reported, never overwritten.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.core import atomic
from reader.core.errors import ReviewStoreError, WriteFailed
from reader.core.review.export_record import STAMP, safe_name
from reader.core.review.export_record import exported_pair as exported_pair
from reader.core.review_states import CODE_MARK as CODE_MARK
from reader.core.review_states import FORMAT_VERSION as FORMAT_VERSION
from reader.core.review_states import MAX_ACCEPTED as MAX_ACCEPTED
from reader.core.review_states import MAX_COMMENT as MAX_COMMENT
from reader.core.review_states import MAX_EXPORTS as MAX_EXPORTS
from reader.core.review_states import MAX_STORE_BYTES as MAX_STORE_BYTES
from reader.core.review_states import STATES as STATES
from reader.core.review_states import HeldPairs, read_segments
from reader.core.review_states import SegmentReview as SegmentReview
from reader.core.review_states import pair_key as pair_key
from reader.core.text.clean import clean_line, clean_text

# An edited segment's old key -> its new text's key and the (code, signature) of the flags it raises.
Moved = dict[str, tuple[str, list[tuple[str, str]]]]

# Why a segment's text is no longer on disk ('' while it stands), asked under the store's lock. An
# edit writes its version, then moves the segment's review under this lock (`move`): a state set
# before the move travels with it, and one set after finds the text gone and is refused with the
# reason, never stored on a key no segment has any more (trial I: a comment beside an edit).
Stands = Callable[[], str]


def _refuse_if_gone(path: Path, still: Stands | None) -> None:
    why = still() if still is not None else ""
    if why:
        raise ReviewStoreError(None, why)  # the reason names the segment; the store file is no news


class ReviewStore:
    def __init__(self, release_id: str, source: str, target: str, root: Path):
        for part in (release_id, source, target):
            if not safe_name(part) or part.startswith("."):
                raise ReviewStoreError(root, f"'{part[:60]}' cannot name a review file")
        self.release_id, self.source, self.target = release_id, source, target
        self.folder = Path(root) / release_id
        self.path = self.folder / f"{source}-{target}.json"
        self._seen = self._stamp()  # the file as read, for `reread_if_changed`
        self._held = False  # the lock taken by `holding`: `move` does not take it again
        self.segments: dict[str, SegmentReview] = self._read()

    def _read(self) -> dict[str, SegmentReview]:
        return read_segments(self.path)

    def get(self, key: str) -> SegmentReview:
        return self.segments.get(key, SegmentReview())

    def reread_if_changed(self) -> bool:
        """Read the file again if another process wrote it since (its size or mtime moved): whether it did."""
        stamp = self._stamp()
        if stamp == self._seen:
            return False
        self.segments = self._read()
        self._seen = stamp
        return True

    def _stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def fresh(self, key: str) -> SegmentReview:
        """The segment's review as on disk now (another process may have set it since this store was read)."""
        self.segments = self._read()
        return self.get(key)

    def holds(
        self, edited: Iterable[tuple[str, str]] = (), replaced: Iterable[str] = ()
    ) -> Callable[[str, str], bool] | None:
        """The pairs the reviewer worked on (a state, a comment, a dismissal) and those just edited,
        for the alignment to keep: a neighbour's edit must not regroup them and drop their states.
        The pairs the edits `replaced` are let go: an edit that adds a sentence keeps it in its segment."""
        keys = {key.split("#")[0] for key, review in self.segments.items() if review != SegmentReview()}
        keys -= {key.split("#")[0] for key in replaced}
        keys |= {pair_key(source, target) for source, target in edited}
        if not keys:
            return None  # nothing to hold: the alignment is free, and costs nothing more
        return HeldPairs(frozenset(keys))

    def set(
        self,
        key: str,
        status: str | None = None,
        comment: str | None = None,
        append: bool = False,
        edited: bool | None = None,
        base: str | None = None,
        still: Stands | None = None,
    ) -> SegmentReview:
        """Set a segment's state and comment (``append``: a line added below the comment on disk); a
        proposal line of the current comment is kept (`with_proposals`). `base`: the comment the
        writer started from (a dialog's text); if another process changed it since, the new text is
        added below what is on disk instead of replacing it, so neither writer's comment is lost.
        `still`: asked under the lock, why the segment's text is gone from disk ('' when it stands)."""
        comment = self._valid(status, comment)
        self._folder()
        with atomic.locked(self.folder):
            self.segments = self._read()  # what other writers saved meanwhile
            _refuse_if_gone(self.path, still)
            updated = self._apply(key, status, comment, append, edited, base)
            self._write()
        return updated

    def _valid(self, status: str | None, comment: str | None) -> str | None:
        """The comment as stored, after the state and the comment are checked."""
        if status is not None and status not in STATES:
            raise ReviewStoreError(self.path, f"unknown review state '{status}' (use {', '.join(STATES)})")
        if comment is not None:
            comment = clean_text(comment).strip()
            if len(comment) > MAX_COMMENT:
                raise ReviewStoreError(self.path, f"comment over {MAX_COMMENT} characters")
        return comment

    def _folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReviewStoreError(self.folder, f"cannot create ({atomic.describe(exc)})") from None

    def _apply(
        self, key: str, status: str | None, comment: str | None, append: bool, edited: bool | None, base: str | None
    ) -> SegmentReview:
        """One segment's state and comment changed in `segments` (read under the lock, written after)."""
        current = self.get(key)
        if comment is not None and base is not None and current.comment.strip() != base.strip():
            append = True  # changed on disk since the writer read it: both stay
        if comment is not None and append:  # a line already there (the same proposal) is not repeated
            lines = current.comment.splitlines()
            comment = "\n".join(lines + ([comment] if comment not in lines else [])).strip()
        comment = current.comment if comment is None else with_proposals(current.comment, comment)
        proposed = PROPOSAL in comment and PROPOSAL not in current.comment and status == "flagged"
        before = current.status if proposed and current.status != "flagged" else current.before
        updated = SegmentReview(
            status or current.status,
            comment,
            current.accepted,
            current.edited if edited is None else edited,
            before if PROPOSAL in comment else "",
        )
        self.segments[key] = updated
        return updated

    def move(
        self, old: str, new: str, status: str | None, comment: str | None, raised: Iterable[tuple[str, str]] = ()
    ) -> SegmentReview:
        """An edited segment's review taken from its old text's key to its new one, in one read and
        write under the lock: the edited text's state is `status` (its own unless given), its comment
        `comment` or else the old text's (when the new one has none). Read, written and deleted in
        three steps, a comment another process set on the old text in between was lost (trial I:
        half the runs of a comment beside an edit of the same segment). `raised`: the (code,
        signature) of each flag the new text raises; a dismissal of one of them stays (`still_dismissed`)."""
        comment = self._valid(status, comment)
        self._folder()
        with nullcontext() if self._held else atomic.locked(self.folder):
            self.segments = self._read()
            was = self.get(old)
            if comment is None and was.comment and not self.get(new).comment:
                comment = was.comment  # it says why the segment was flagged, and what was proposed
            self._apply(new, status, comment, False, True, None)
            updated = self._dismissed_kept(new, was.accepted, raised)
            if old != new:
                self.segments.pop(old, None)
            self._write()
        return updated

    @contextmanager
    def holding(self) -> Iterator[None]:
        """The store's lock held across an edit's write of its version and its `move`: a writer that
        read the new text with the old states waits, and then finds the edit (`edits`)."""
        self._folder()
        with atomic.locked(self.folder):
            self._held = True
            try:
                yield
            finally:
                self._held = False

    def edits(self) -> frozenset[str]:
        """The keys of the edited segments, as read: an edit elsewhere regroups the alignment that
        numbered the segments, so a mark by number is refused once they differ (`standing`)."""
        return frozenset(key for key, review in self.segments.items() if review.edited)

    def _dismissed_kept(self, new: str, accepted: Iterable[str], raised: Iterable[tuple[str, str]]) -> SegmentReview:
        """`new`'s review given the old text's dismissals its text raises again (under the lock)."""
        updated, kept = self.get(new), still_dismissed(accepted, raised)
        if kept:
            updated = replace(updated, accepted=tuple(dict.fromkeys([*updated.accepted, *kept]))[-MAX_ACCEPTED:])
            self.segments[new] = updated
        return updated

    def forget(self, keys: Iterable[str], moved: Moved | None = None) -> None:
        """Let go of the states of pairs an edit replaced: they belong to a text that is gone, and a
        state left on it would hold that old pairing in the next alignment (see `holds`). `moved`:
        old key -> (the new text's key, the flags it raises): a dismissal it raises again goes with
        it, as `move` keeps it for the CLI (the TUI's `w` dropped it: batch 8 of trial I's t17)."""
        keys, moved = set(keys), moved or {}
        if not keys & set(self.segments) or not self.path.exists():
            return
        with atomic.locked(self.folder):
            self.segments = self._read()
            if keys & set(self.segments):
                for old, (new, raised) in moved.items():
                    self._dismissed_kept(new, self.get(old).accepted, raised)
                for key in keys:
                    self.segments.pop(key, None)
                self._write()

    def remember_export(self, keys: Iterable[str]) -> str:
        """The states of an XLIFF export, kept under a stamp the file carries: taking the file back,
        a state the file still says as exported is not the translator's news, and one the review
        changed since is not undone by it (`exported_states`)."""
        import datetime as dt
        import secrets

        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + secrets.token_hex(3)
        folder = self.folder / "exports"
        # as a unit's id names it, its occurrence too: the state and the comment the file was made
        # with. Keyed without it, a pair said twice (a repeated sentence) left the last one's state
        # for both: a CAT tool's approval of the first was refused as a conflict (a new user's trial).
        states = {key: [self.get(key).status, self.get(key).comment] for key in keys}
        try:
            folder.mkdir(parents=True, exist_ok=True)
            atomic.write_text(folder / f"{self.source}-{self.target}-{stamp}.json", json.dumps(states) + "\n")
            for old in sorted(folder.glob(f"{self.source}-{self.target}-*.json"))[:-MAX_EXPORTS]:
                old.unlink(missing_ok=True)
        except (OSError, WriteFailed) as exc:  # the file is written all the same (a read-only data folder: trial Z)
            why = exc.reason if isinstance(exc, WriteFailed) else atomic.describe(exc)
            logging.getLogger("reader").warning(
                "%s: cannot keep the export's states (%s); the file is written, and taken back it sets no state "
                "or comment the review changed", folder, why
            )  # fmt: skip
        return stamp

    def exported_states(self, stamp: str) -> dict[str, tuple[str, str]] | None:
        """The state and comment of each segment an export of this stamp had (None: not this
        library's, forged, or too old to be kept)."""
        if not re.fullmatch(STAMP, stamp):
            return None
        try:
            raw = atomic.read_limited(
                self.folder / "exports" / f"{self.source}-{self.target}-{stamp}.json", MAX_STORE_BYTES
            )
            states = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        if not isinstance(states, dict):
            return None
        return {
            str(k): (str(v[0]), str(v[1])) if isinstance(v, list) and len(v) == 2 else (str(v), "")
            for k, v in states.items()
        }

    def accept(self, key: str, signature: str, still: Stands | None = None) -> SegmentReview:
        """Dismiss one flag of a segment ("ignore this here"), kept with what other writers saved;
        `still` as for `set`."""
        self._folder()
        with atomic.locked(self.folder):
            self.segments = self._read()
            _refuse_if_gone(self.path, still)
            current = self.get(key)
            accepted = tuple(dict.fromkeys([*current.accepted, signature]))[-MAX_ACCEPTED:]
            updated = replace(current, accepted=accepted)
            self.segments[key] = updated
            self._write()
        return updated

    def unaccept(self, key: str) -> int:
        """Undo the segment's dismissals ("ignore this here" given wrong): how many there were."""
        if not self.path.exists():
            return 0
        with atomic.locked(self.folder):
            self.segments = self._read()
            current = self.get(key)
            if current.accepted:
                self.segments[key] = replace(current, accepted=())
                self._write()
        return sum(1 for entry in current.accepted if not entry.startswith(CODE_MARK))

    def withdraw(self, key: str) -> list[str]:
        """Take the proposals out of the segment's comment (a correction of an official version its
        author takes back, or that a corrected version made moot): the proposals withdrawn. The rest
        of the comment stays, and the state, but for the one the proposals' 'flagged' replaced."""
        if not self.path.exists():
            return []
        with atomic.locked(self.folder):
            self.segments = self._read()
            current = self.get(key)
            lines = current.comment.splitlines()
            gone = [line for line in lines if line.startswith(PROPOSAL)]
            if gone:
                kept = "\n".join(line for line in lines if not line.startswith(PROPOSAL)).strip()
                back = current.before if current.status == "flagged" and current.before else current.status
                self.segments[key] = replace(current, status=back, comment=kept, before="")
                self._write()
        return gone

    def _write(self) -> None:
        data: dict[str, Any] = {
            "version": FORMAT_VERSION,
            "release": self.release_id,
            "source": self.source,
            "target": self.target,
            "segments": {
                k: {
                    "status": v.status,
                    "comment": v.comment,
                    **({"accepted": list(v.accepted)} if v.accepted else {}),
                    **({"edited": True} if v.edited else {}),
                    **({"before": v.before} if v.before else {}),
                }
                for k, v in sorted(self.segments.items())
                if v != SegmentReview()
            },
        }
        atomic.write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def still_dismissed(accepted: Iterable[str], raised: Iterable[tuple[str, str]]) -> list[str]:
    """The dismissals of an edited segment that still apply to its new text: a flag's signature the
    new text raises again (same code, same message), and the code's mark when one of them stays. A
    flag judged false on purpose came back after a typo fixed elsewhere in the segment (trial I, t17:
    '--accept-flag date' beside an edit keeping the date); one the new text no longer raises goes."""
    raised = list(raised)
    signatures = {signature for _code, signature in raised}
    kept = [entry for entry in accepted if entry in signatures]
    codes = {code for code, signature in raised if signature in kept}
    return kept + [entry for entry in accepted if entry.startswith(CODE_MARK) and entry[len(CODE_MARK) :] in codes]


PROPOSAL = "proposed: "
LINE_BREAK = " ¶ "  # a proposal is one line of the comment; its own line breaks (list items a line each) said so


def proposal_line(text: str) -> str:
    """A correction as the comment keeps it: one line, each of its lines parted by LINE_BREAK (a
    trial's two list items, typed a line each, came back as one)."""
    lines = [clean_line(" ".join(line.split())) for line in text.splitlines() if line.strip()]
    return PROPOSAL + LINE_BREAK.join(lines)


def proposal_text(line: str) -> str:
    """The correction a proposal line holds, its line breaks back."""
    return line.removeprefix(PROPOSAL).replace(LINE_BREAK, "\n")


def with_proposals(current: str, comment: str) -> str:
    """A new comment, and below it every proposal line of the current one it does not hold already.

    A correction of an official version is kept only as a "proposed: ..." line of the segment's comment
    (``review.edit``); a later comment from the reviewer must not wipe it out."""
    said = " ".join(comment.split())  # a CAT tool may join a note's lines: its words are what it holds
    kept = [line for line in current.splitlines() if line.startswith(PROPOSAL) and " ".join(line.split()) not in said]
    out = "\n".join([comment, *kept]).strip() if kept else comment
    # the current comment, its lines joined, is no new comment: each round trip through such a tool
    # had copied the proposal again, four times in a trial's comment
    return current if " ".join(out.split()) == " ".join(current.split()) else out
