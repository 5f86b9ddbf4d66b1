"""A concordance's pairs, each sentence pair once: a standing line repeated across releases
('Een evaluatie volgt na twee jaar.') filled trial O's `--limit 3` with one pair three times, where
the limit is there to show different renderings. Its releases are counted on the row instead."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.memory.store import StoredPair

MOST = 20_000  # pairs read at most to find `limit` distinct ones: an archive of one standing line


def distinct(fetch: Callable[[int], list[StoredPair]], limit: int) -> list[StoredPair]:
    """The newest `limit` distinct pairs (source and target, whitespace aside) of `fetch(n)`, which
    gives the newest n pairs: asked for more until enough are distinct or none are left."""
    asked = limit * 4
    while True:
        pairs = fetch(asked)
        seen: dict[tuple[str, str], StoredPair] = {}
        for pair in pairs:
            seen.setdefault((" ".join(pair.source.split()), " ".join(pair.target.split())), pair)
        if len(seen) >= limit or len(pairs) < asked or asked >= MOST:
            return list(seen.values())[:limit]
        asked *= 4
