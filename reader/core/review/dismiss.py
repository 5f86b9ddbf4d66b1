"""Dismissals that teach: a flag the reviewer judged false is not raised again.

Two kinds. "These two are the same" goes to the user's glossary (`text.glossary_file`), so every
later check, of every release, knows it. "Ignore this here" stays with this release's review state:
the flag's signature (its code and what it names) is kept for the segment, and a rerun of the
checks hides a flag with that signature on that segment while its texts stay the same.
"""

from __future__ import annotations

from reader.core.review.checks import CheckReport
from reader.core.review.store import ReviewStore


def hide_accepted(report: CheckReport, store: ReviewStore) -> int:
    """Drop the flags dismissed here from the report; how many were hidden."""
    hidden = 0
    for pair in report.pairs:
        accepted = set(store.get(pair.key).accepted)
        if not accepted:
            continue
        kept = [flag for flag in pair.flags if flag.signature not in accepted]
        hidden += len(pair.flags) - len(kept)
        pair.dismissed = [flag for flag in pair.flags if flag.signature in accepted]
        pair.flags = kept
    return hidden


def accept(report: CheckReport, store: ReviewStore, segment: int, code: str) -> list[str]:
    """Dismiss the flags of one code on segment `segment` (1-based, as printed); their signatures."""
    pair = report.pairs[segment - 1]
    signatures = [flag.signature for flag in pair.flags if flag.code == code]
    for signature in signatures:
        store.accept(pair.key, signature)
    return signatures
