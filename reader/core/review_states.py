"""One review file's segments as stored: the state, comment, dismissals and edit mark of each
segment, by the key of its two texts. Below the review package, so that the memory of the archive
reads what reviewers decided (a flagged pair is no rendering to offer again) without the checks."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core import atomic
from reader.core.errors import ReviewStoreError
from reader.core.text.clean import clean_text

STATES = ("todo", "ok", "flagged")
FLAGGING = ("error", "warning")  # the checks' default severity: what `check` reports and exits 1 on
FORMAT_VERSION = 2
MAX_STORE_BYTES = 16 * 1024 * 1024
MAX_COMMENT = 10_000
MAX_ACCEPTED = 50  # dismissed flags per segment: a segment has a handful of flags
CODE_MARK = "code:"  # an accepted entry naming a check ('code:name'), beside its flags' signatures (dismiss.py)
MAX_EXPORTS = 30  # the states of the last XLIFF exports of a pair kept (a file older than that is taken as it says)


@dataclass
class SegmentReview:
    status: str = "todo"
    comment: str = ""
    # Flags the reviewer dismissed here ("ignore this here"), by Finding.signature: a rerun of the
    # checks does not raise them again while the segment's texts stay the same.
    accepted: tuple[str, ...] = ()
    # The segment's target is the reviewer's edit: it holds the alignment (`holds`) like a state does,
    # so the next check pairs it as the edit did, however short it is.
    edited: bool = False
    # The state a proposal's 'flagged' replaced: withdrawing the last proposal gives it back (a
    # translator's 'ok' stayed 'flagged' with nothing to say why, after a withdrawal: a trial).
    before: str = ""


def reuse_state(status: str, severities: Iterable[str | None]) -> str:
    """The state by which a segment's rendering is reused elsewhere, one rule for the TMX export and
    the memory: a segment still to do that a check flags (at the default severity) counts as flagged.
    The memory took a person's edit the negation check flagged and served it as an exact match with
    no flag (trial D, F1), where the TMX export already left it out."""
    if status in ("todo", "") and any(s in FLAGGING for s in severities):
        return "flagged"
    return status or "todo"


def pair_key(source: str, target: str) -> str:
    """A pair's key as `CheckedPair.key` makes it, its occurrence left out."""
    return hashlib.sha1(f"{source}\x00{target}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class HeldPairs:
    """The pairs the reviewer worked on, for the alignment to keep (`ReviewStore.holds`): their keys
    are what a kept check's key digests (`check_cache`), so a pair newly held checks again."""

    keys: frozenset[str]

    def __call__(self, source: str, target: str) -> bool:
        return pair_key(source, target) in self.keys


def read_segments(path: Path) -> dict[str, SegmentReview]:
    """The segments of one review file (none when there is none yet); a damaged one is an error
    naming it, never read as empty (its states would be written over)."""
    try:
        raw = atomic.read_limited(path, MAX_STORE_BYTES)  # a FIFO is refused, not waited on
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ReviewStoreError(path, f"cannot read the review state ({atomic.describe(exc)})") from None
    if len(raw) > MAX_STORE_BYTES:
        raise ReviewStoreError(path, "review state file is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
        segments = data.get("segments", {}) if isinstance(data, dict) else None
        if not isinstance(segments, dict):
            raise ValueError("no 'segments' mapping")
        out: dict[str, SegmentReview] = {}
        for key, value in segments.items():
            if not isinstance(value, dict):
                raise ValueError(f"segment {key[:20]} is not a mapping")
            status, comment = value.get("status", "todo"), value.get("comment", "")
            accepted, before = value.get("accepted", []), value.get("before", "")
            # a value of another kind (a state 'approved' typed by hand) is said, not read as todo:
            # read so, it was written back so at the next mark and the hand's word was gone (a trial)
            if status not in STATES or (before not in STATES and before != ""):
                raise ValueError(
                    f"segment {str(key)[:20]}: state {str(status if status not in STATES else before)[:20]!r}"
                )
            if not isinstance(comment, str) or not isinstance(accepted, list):
                raise ValueError(f"segment {str(key)[:20]}: a comment is text, accepted flags a list")
            out[str(key)] = SegmentReview(
                status,
                clean_text(comment)[:MAX_COMMENT],
                tuple(str(a)[:40] for a in accepted[:MAX_ACCEPTED]),
                value.get("edited") is True,
                before,
            )
        return out
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise ReviewStoreError(path, f"damaged review state ({reason}); move it aside to start again") from None
