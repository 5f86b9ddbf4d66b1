"""Comments that outlive a version replaced whole: a page imported again (``import --force``), an
earlier text restored from history.

States and comments hang on a segment's two texts (``store.pair_key``), so a version written anew
left every reviewed segment whose text changed under a key no segment has any more: the comment
('ask the cabinet about this date') was still in the file, shown nowhere, and the next edit's
`forget` could drop it. A reviewer who corrected a page and imported it again lost their notes.

Here the segments the reviewer worked on are read before the write and found again after it by
their unchanged side (the Dutch sentence when the French was replaced). The comment moves to the
segment found; a 'flagged' stays flagged (it asks for attention, still due), an 'ok' goes back to
todo (it approved a text that is gone). A segment found nowhere keeps its comment where it was, in
the review file, and is counted so the user is told.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from reader.core.model import Release
from reader.core.review.checks import check_release
from reader.core.review.store import ReviewStore, SegmentReview

T = TypeVar("T")

# A review file per language pair, named '<src>-<tgt>.json' (store.ReviewStore).
_STORE_SUFFIX = ".json"


@dataclass(frozen=True)
class _Reviewed:
    index: int
    source: str
    target: str
    key: str
    review: SegmentReview
    shape: str = "1-1"


@dataclass
class _Before:
    src: str
    tgt: str
    reviewed: list[_Reviewed]


@dataclass
class Carried:
    moved: int = 0  # comments or flags taken to the segment that replaced theirs
    reset: int = 0  # of those, an 'ok' now todo: the text it approved is gone
    left: int = 0  # whose segment is gone: the comment added to the nearest segment's, said as such

    def to_json(self) -> dict[str, int]:
        return {"carried": self.moved, "ok_reset": self.reset, "left": self.left}

    def describe(self) -> str:
        """One line for the user, empty when the reviewer had nothing on the replaced text."""
        parts = []
        if self.moved:
            parts.append(f"kept the review of {self.moved} segment(s) whose text changed")
        if self.reset:
            parts.append(f"{self.reset} 'ok' back to todo")
        if self.left:
            parts.append(f"{self.left} comment(s) whose segment is gone were added to the nearest segment's")
        return "; ".join(parts)


def _stores(release: Release, lang: str, root: Path) -> list[tuple[str, str]]:
    folder = root / release.id
    pairs = []
    for path in sorted(folder.glob(f"*{_STORE_SUFFIX}")) if folder.is_dir() else []:
        src, _, tgt = path.name[: -len(_STORE_SUFFIX)].partition("-")
        if lang in (src, tgt) and src != tgt and src in release.versions and tgt in release.versions:
            pairs.append((src, tgt))
    return pairs


def before_replacing(release: Release, lang: str, root: Path) -> list[_Before]:
    """What the reviewer did on the segments of `lang`'s version, read before it is replaced."""
    found: list[_Before] = []
    for src, tgt in _stores(release, lang, root):
        store = ReviewStore(release.id, src, tgt, root)
        held = store.holds()
        if held is None:  # nothing reviewed in this pair of languages
            continue
        report = check_release(release, src, tgt, held=held)
        reviewed = [
            _Reviewed(pair.index, pair.source, pair.target, pair.key, store.get(pair.key), pair.shape)
            for pair in report.pairs
            if store.get(pair.key) != SegmentReview()
        ]
        if reviewed:
            found.append(_Before(src, tgt, reviewed))
    return found


def carry_over(before: list[_Before], release: Release, lang: str, root: Path) -> Carried:
    """After `lang`'s version was written anew: each reviewed segment whose key is gone gives its
    comment and flag to the segment that now holds its unchanged side (the nearest, if several)."""
    carried = Carried()
    for was in before:
        store = ReviewStore(release.id, was.src, was.tgt, root)
        # A reviewed 2-1 or 1-0 pair (a sentence the old text lacked) is let go: the new text may
        # give that sentence its counterpart, and a state must not keep the two glued.
        lopsided = [old.key for old in was.reviewed if _lopsided(old.shape) and not old.review.edited]
        report = check_release(release, was.src, was.tgt, held=store.holds(replaced=lopsided))
        keys = {pair.key for pair in report.pairs}
        taken: set[str] = set()
        for old in was.reviewed:
            if old.key in keys:
                continue  # the same two texts: the review is where it was
            kept_side = old.source if lang == was.tgt else old.target
            candidates = [
                pair
                for pair in report.pairs
                if kept_side
                and (pair.source if lang == was.tgt else pair.target) == kept_side
                and pair.key not in taken
                and store.get(pair.key) == SegmentReview()
            ]
            if not candidates:  # its segment is gone (merged, split): the nearest one takes the comment
                carried.left += _set_near(store, report.pairs, old, taken)
                carried.reset += old.review.status == "ok"
                continue
            new = min(candidates, key=lambda pair: abs(pair.index - old.index))
            status = "flagged" if old.review.status == "flagged" else "todo"
            store.set(new.key, status=status, comment=old.review.comment)
            store.forget([old.key])
            taken.add(new.key)
            carried.moved += 1
            carried.reset += old.review.status == "ok"
    return carried


def keeping_reviews(release: Release, lang: str, root: Path | None, write: Callable[[], T]) -> tuple[T, Carried]:
    """Run `write` (which replaces `lang`'s version of `release` whole) and carry the reviewer's
    comments over to the new text; with no review folder, only the write."""
    before = before_replacing(release, lang, root) if root is not None and lang in release.versions else []
    done = write()
    return done, carry_over(before, release, lang, root) if root is not None and before else Carried()


def _lopsided(shape: str) -> bool:
    """'2-1', '0-1': a pair whose sides hold different numbers of sentences."""
    left, _, right = shape.partition("-")
    return left != right


def _set_near(store: ReviewStore, pairs: list[Any], old: _Reviewed, taken: set[str]) -> int:
    """The comment of a segment that is gone, below the comment of the segment nearest its place."""
    if not old.review.comment or not pairs:
        store.forget([old.key])
        return 0
    near = min(pairs, key=lambda pair: abs(pair.index - old.index))
    store.set(near.key, status="flagged", comment=f"on the replaced text: {old.review.comment}", append=True)
    store.forget([old.key])
    taken.add(near.key)
    return 1
