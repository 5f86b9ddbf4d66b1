"""The library's memory as the CLI and the TUI open it: with the checks' flags of each reviewed
release, so that a rendering a check flags and no reviewer passed as ok is no memory unit, as it is
no TMX unit (trial D, F1: a person's edit that lost a 'niet' came back as an exact match, no flag)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from reader.core.memory.store import MemoryStore
from reader.core.model import Release
from reader.core.review.checks import check_release
from reader.core.review.dismiss import hide_accepted
from reader.core.review.store import ReviewStore
from reader.core.settings import Settings


def memory_of(root: Path, settings: Settings) -> MemoryStore:
    """`MemoryStore.of`, told the checks' flags of the releases reviewed in this library."""
    reviews = settings.reviews_of(root)

    def checked(release: Release, source: str, target: str) -> Mapping[str, list[str]]:
        return flags_by_pair(release, source, target, reviews)

    return MemoryStore.of(root, settings, checked)


def flags_by_pair(release: Release, source: str, target: str, reviews: Path) -> dict[str, list[str]]:
    """The severities of each segment's flags, by its pair key, as a review of the pair shows them:
    the reviewer's pairs held, the flags dismissed there hidden. No models and no memory (which
    this builds): the checks on the texts alone."""
    store = ReviewStore(release.id, source, target, reviews)
    report = check_release(release, source, target, held=store.holds())
    hide_accepted(report, store)
    out: dict[str, list[str]] = {}
    for pair in report.pairs:
        out.setdefault(pair.key.split("#")[0], []).extend(str(f.severity) for f in pair.flags)
    return out
