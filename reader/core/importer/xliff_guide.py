"""The segments an XLIFF file was exported with, rebuilt from the file itself.

An export aligns with the installed models' help when they are trusted (``review.mt``); an import may
run without them, or with other models, and its own alignment can then group the sentences otherwise
(two source sentences against one target sentence in the export, two 1-1 pairs at import). Every unit
carries its source and, in its id, the hash of the pair it came from (``CheckedPair.key``), so a
sentence alignment scored by these units finds the export's segments again, whatever engine is there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.align import Scorer
from reader.core.review.store import pair_key

_ID = re.compile(r"^s\d+-(?P<key>[0-9a-f]{16})(?:#\d+)?$")
KEY_HIT, MISS = 1.0, 0.0  # a pair that is a unit; any other (a gap, which the scorer never sees, costs less)


def unit_key(unit_id: str) -> str | None:
    found = _ID.match(unit_id)
    return found.group("key") if found else None


def block_guide(units: list[tuple[str, str, str | None]], longest: int = 16) -> Scorer:
    """A scorer for `align_blocks`: a block pair that is a run of consecutive units (id, source, target
    as the file has it), a target the translator changed matching any text there; else one whose
    source is such a run (0.7); else none."""
    runs: dict[str, list[re.Pattern[str]]] = {}
    for start in range(len(units)):
        run = units[start : start + longest]
        for end in range(1, len(run) + 1):
            source = " ".join(" ".join(s.split()) for _, s, _ in run[:end] if s.strip())
            parts = []
            for unit_id, unit_source, target in run[:end]:
                text = " ".join((target or "").split())
                kept = unit_key(unit_id) == pair_key(unit_source, text)  # as exported: its text is there
                parts.append(re.escape(text) if kept else ".*?")
            pattern = r"\s*".join(p for p in parts if p)
            runs.setdefault(source, []).append(re.compile(pattern, re.DOTALL))

    def score(source: str, target: str) -> float:
        found = runs.get(" ".join(source.split()))
        if found is None:
            return MISS
        target = " ".join(target.split())
        return KEY_HIT if any(p.fullmatch(target) for p in found) else 0.7

    return score


def guide(unit_ids: Iterable[str], pairs: Iterable[tuple[str, str]] = ()) -> Scorer:
    """A scorer for `align_sentences` that prefers the file's units: a pair whose hash is a unit's id,
    or one of `pairs` (the units whose targets an import changed), over any other grouping."""
    keys = {k for k in map(unit_key, unit_ids) if k} | {pair_key(s, t) for s, t in pairs}

    def score(source: str, target: str) -> float:
        return KEY_HIT if pair_key(source, target) in keys else MISS

    return score
