"""Site lines learned from the library itself.

A release says something of its own; a line that comes back word for word in the releases of one
issuer (a slogan, a widget's label, a standard closing line) is the site's, however it is worded,
so it is dropped from a new page as furniture and listed with the rest. Two releases can share a
line by chance (a follow-up quoting the first); three that share it have it from their site.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from reader.core.errors import ReaderError
from reader.core.importer.furniture import line_key
from reader.core.importer.raw import RawBlock
from reader.core.library import Library

MIN_RELEASES = 3
NEWEST = 300  # the site's lines of today are in its newest releases; reading them all would be slow
MAX_LINE = 200  # a site's line is short; a long paragraph shared by releases is a quoted text


def learned_lines(library: Library) -> set[str]:
    """Keys (see furniture.line_key) of lines found in at least MIN_RELEASES releases of one issuer."""
    counts: Counter[tuple[str, str]] = Counter()
    for release in sorted(library.releases, key=lambda r: r.date)[-NEWEST:]:
        keys: set[str] = set()
        for version in release.versions.values():
            try:
                blocks = version.blocks
            except ReaderError:
                continue
            for block in blocks:
                if block.kind in ("letterhead", "table", "heading") or len(block.text) > MAX_LINE:
                    continue
                keys.add(line_key(block.text))
        for key in keys - {""}:
            counts[(release.issuer, key)] += 1
    return {key for (_issuer, key), n in counts.items() if n >= MIN_RELEASES}


def drop_learned(
    blocks: list[RawBlock], lines: set[str], keep: Collection[str] = ()
) -> tuple[list[RawBlock], list[str]]:
    """The blocks without the learned lines (unless the user keeps them), and those dropped."""
    if not lines:
        return blocks, []
    kept_keys = {line_key(line) for line in keep}
    dropped: list[str] = []
    out: list[RawBlock] = []
    for block in blocks:
        if block.kind in ("letterhead", "table"):
            out.append(block)
            continue
        rest = []
        for line in block.text.split("\n"):
            key = line_key(line)
            if key in lines and key not in kept_keys:
                dropped.append(line.strip())
            else:
                rest.append(line)
        if any(line.strip() for line in rest):
            out.append(RawBlock("\n".join(rest), block.kind, block.marker, block.lang))
    return out, dropped
