"""The review states of a library's releases that cannot be read, for `validate`: a damaged state
stopped the review of its release only when it was opened, so a hand edit went unsaid until then."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reader.core.errors import ReviewStoreError
from reader.core.model import LANGUAGES, Problem
from reader.core.review.store import ReviewStore


def damaged_states(release_ids: Iterable[str], root: Path) -> list[Problem]:
    """Each state file of a language pair of these releases, read as a review reads it."""
    out: list[Problem] = []
    for release_id in release_ids:
        for source in LANGUAGES:
            for target in LANGUAGES:
                path = root / release_id / f"{source}-{target}.json"
                if source == target or not (path.exists() or path.is_symlink()):
                    continue
                try:
                    ReviewStore(release_id, source, target, root)
                except ReviewStoreError as exc:
                    out.append(Problem.of(exc))
    return out
