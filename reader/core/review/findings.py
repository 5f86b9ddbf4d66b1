"""What a check says: a flag (`Finding`), a checked segment pair and the report of a release.

Apart from the checks themselves (checks.py), so that a reader of reports (export, dismissals, the
review store, the UI) never needs the checks' machinery, and the checks stay one module of rules.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from reader.core.review import thresholds as limit
from reader.core.review.store import pair_key

PLAUSIBLE = limit.PLAUSIBLE

FlagCode = Literal[
    "number",
    "date",
    "omission",
    "addition",
    "untranslated",
    "length",
    "name",
    "meaning",
    "enumeration",
    "coordination",
    "consistency",
    "term",
]
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

SEVERITY: dict[FlagCode, Severity] = {
    "number": "error",
    "date": "error",
    "omission": "error",
    "addition": "warning",  # text the original lacks: said, but seldom an error of the rendering
    "untranslated": "error",
    "length": "warning",
    "name": "warning",
    "meaning": "warning",
    "enumeration": "error",
    "coordination": "warning",
    "consistency": "warning",
    "term": "error",  # a closed set's member (a warning's colour, a phase) changed: closed_terms.py
}


@dataclass
class Finding:
    """One flag. `confidence` says how sure the check is; a flag that is only plausible (under
    thresholds.PLAUSIBLE) becomes a note ("info"), which the default views hide."""

    code: FlagCode
    message: str
    severity: Severity | None = None  # None: the code's usual severity
    confidence: float = 1.0
    # What the flag is made of, for the checks across segments (order.py): the quantities' parts
    # (shown, where, key), or the names (lost, added). Not shown, not stored.
    detail: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.code not in SEVERITY:
            raise ValueError(f"unknown flag code {self.code!r}")
        if self.severity is None:
            self.severity = SEVERITY[self.code]
        if self.confidence < PLAUSIBLE:
            self.severity = "info"

    @property
    def signature(self) -> str:
        """Stable across reruns while the flag says the same: its code and what it names, without
        the numbers a message may carry about lengths ('ratio 0.42')."""
        said = re.sub(r"\d+(?:[.,]\d+)?\s*%|ratio [\d.]+|chrF \d+", "", self.message)
        return hashlib.sha1(f"{self.code}\x00{said}".encode()).hexdigest()[:12]

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "confidence": round(self.confidence, 2),
            "message": self.message,
            "signature": self.signature,
        }


@dataclass
class CheckedPair:
    index: int
    kind: str
    source: str
    target: str
    shape: str
    flags: list[Finding] = field(default_factory=list)
    occurrence: int = 1  # the n-th pair with these same two texts in the report
    # Where the target sits in its version, so that an edit can replace exactly it: the target
    # sentences as they appear, and the index of the (first) target block of the aligned block.
    target_parts: list[str] = field(default_factory=list)
    target_block: int | None = None
    source_block: int | None = None
    # flags the reviewer dismissed on this pair ('ignore here'): hidden from `flags`, kept in sight
    # for a second reviewer (listed apart in JSON, the review's detail and the reports)
    dismissed: list[Finding] = field(default_factory=list)
    # the two sides as shown, two blocks' parts on lines of their own (`AlignedPair.source_lines`)
    shown: tuple[str, str] = ("", "")

    @property
    def source_lines(self) -> str:
        """The source as shown: two list items a 2-1 pair holds are two lines (trial R)."""
        return _lines(self.shown[0], self.source)

    @property
    def target_lines(self) -> str:
        return _lines(self.shown[1], self.target)

    @property
    def key(self) -> str:
        """Stable while both texts stay the same: the review state hangs on it.

        Identical pairs (a repeated lead paragraph) are told apart by their occurrence, so each has
        its own state; the first keeps the bare hash, which is also what older review files used.
        """
        digest = pair_key(self.source, self.target)
        return digest if self.occurrence == 1 else f"{digest}#{self.occurrence}"

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "segment": self.index + 1,  # what --segment N takes (counted from 1, as printed)
            "kind": self.kind,
            "type": self.shape,
            "source": self.source,
            "target": self.target,
            "flags": [f.to_json() for f in self.flags],
            # on every row, [] when none: only rows with a dismissal carried the key, and a script
            # reading row["dismissed"] failed on the others (fix batch 12, F3a)
            "dismissed": [f.to_json() for f in self.dismissed],
        }


def _lines(shown: str, text: str) -> str:
    """`shown` while it is `text` with its block seams (a text changed since is shown as it is)."""
    return shown if shown and shown.replace("\n", " ") == text.replace("\n", " ") else text


@dataclass
class CheckReport:
    release_id: str
    source: str
    target: str
    pairs: list[CheckedPair]
    notes: list[str] = field(default_factory=list)
    # the target version's provenance (official, unofficial, machine, post-edited): an export says
    # which targets a machine wrote, so a CAT tool's memory never takes them for a translator's
    target_kind: str = ""

    def __post_init__(self) -> None:
        self.number_occurrences()

    def number_occurrences(self) -> None:
        """Tell identical pairs apart (see CheckedPair.key); call after adding pairs."""
        seen: dict[tuple[str, str], int] = {}
        for pair in self.pairs:
            texts = (pair.source, pair.target)
            seen[texts] = seen.get(texts, 0) + 1
            pair.occurrence = seen[texts]

    @property
    def flagged(self) -> list[CheckedPair]:
        return [p for p in self.pairs if p.flags]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.release_id,  # as in list, show and import (a script reads one name)
            "release": self.release_id,
            "source": self.source,
            "target": self.target,
            "notes": self.notes,
            "pairs": [p.to_json() for p in self.pairs],
        }
