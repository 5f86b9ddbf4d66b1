"""Site lines learned from the library itself.

A release says something of its own; a line that comes back word for word in the releases of one
issuer (a slogan, a widget's label, a standard closing line) is the site's, however it is worded,
so it is dropped from a new page as furniture and listed with the rest. Two releases can share a
line by chance (a follow-up quoting the first); three that share it have it from their site.

The titles count too: a line the site sets above every page (a notice, a section's name) taken for
the headline of three releases is no headline of a fourth. A sentence said again is not the site's
but the issuer's standard wording, part of each release ('the draft goes to the Council of State
for its opinion' closes many decisions of one Council of Ministers: 2012-07-20-spoorregulering and
another release of news.belgium.be share one): a line that ends a sentence is never learned.
A block is matched whole as well as line by line: the library keeps a block of several lines
(a menu pasted as one block) as one paragraph.
"""

from __future__ import annotations

import re
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
            texts = [b.text for b in blocks if b.kind not in ("letterhead", "table", "heading")]
            keys.update(line_key(text) for text in [version.title, *texts] if _learnable(text))
        for key in keys - {""}:
            counts[(release.issuer, key)] += 1
    return {key for (_issuer, key), n in counts.items() if n >= MIN_RELEASES}


def _learnable(text: str) -> bool:
    return len(text) <= MAX_LINE and not _SENTENCE.search(text)


_SENTENCE = re.compile(r"[.…][\"”»')]*\s*$")


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
        whole = line_key(" ".join(block.text.split()))
        if "\n" in block.text.strip() and whole in lines and whole not in kept_keys:
            dropped.append(" ".join(block.text.split()))
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
