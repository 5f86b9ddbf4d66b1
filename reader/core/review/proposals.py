"""A correction proposed for an official version (kept in the review's comment, the text unchanged)
is checked as an edit is: a translator's own new mistake in it ('21 %' for '12 procent') went by
unflagged, where the same text typed into a version people may edit was flagged (a trial)."""

from __future__ import annotations

from reader.core.align import AlignedPair
from reader.core.review.checks import Checker
from reader.core.text import numbers
from reader.core.text.glossary import Glossary


def proposal_flags(
    source: str, proposal: str, kind: str, src: str, tgt: str, glossary: Glossary | None = None
) -> list[tuple[str, str]]:
    """The flags (code, message) the checks raise on `proposal` against its `source`, notes aside."""
    text = " ".join(proposal.split())
    pair = AlignedPair(kind if kind != "title" else "paragraph", [source], [text])
    missing, extra = numbers.unmatched(numbers.extract(source, src), numbers.extract(text, tgt))
    found = Checker(src, tgt, glossary).check_pair(pair, text, list(missing), list(extra), source)
    return [(f.code, f.message) for f in found if f.severity != "info"]
