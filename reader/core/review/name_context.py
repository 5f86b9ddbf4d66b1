"""What a segment's context says of a name the other side seems to lack: the head of the name
standing for it ('la Région'), its acronym written out on the other side ('FOD' / 'Service public
fédéral'), or another name put in its place in a short segment ('- Hasselt;' / '- Namur ;').
Read by names.name_lists; facts of how Dutch, French and English refer to a body again.
"""

from __future__ import annotations

import re

from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.name_facts import spelled_out_at
from reader.core.review.name_forms import Lost
from reader.core.review.spelling import slipped
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary


def inside_written_out(word: str, source: str, other: SegmentAnalysis, glossary: Glossary) -> bool:
    """The word is part of a name this side writes out whose acronym the other side gives."""
    folded = fold(word)
    for token in {t for t in other.tokens if t.isupper() and 3 <= len(t) <= 6}:
        for form in [token, *glossary.equivalents(other.lang, token)]:
            if " " not in form and any(folded in fold(source[a:b]) for a, b in spelled_out_at(form, source)):
                return True
    return False


SHORT_SEGMENT = 6  # words: a list item, a table cell, a heading, where one name stands for another


def put_in_place(s: SegmentAnalysis, t: SegmentAnalysis, added: list[Lost], glossary: Glossary) -> list[Lost]:
    """'- Hasselt;' rendered '- Namur ;': in a short segment, the one capitalised word the target
    lacks is the name the added one took the place of (a place or a person with the same name in
    both languages is in no glossary, so nothing else reports it lost)."""
    if len(s.tokens) > SHORT_SEGMENT or len(added) != 1 or added[0].kind not in ("glossary", "place"):
        return []
    theirs = set(t.folded_tokens)
    gone = [
        token
        for i, (token, folded) in enumerate(zip(s.tokens, s.folded_tokens, strict=True))
        if token[:1].isupper()
        and len(token) >= 3
        and folded not in theirs
        and not glossary.known(s.lang, token)
        and (i > 0 or len(s.tokens) <= 2)  # a heading's first word is capitalised as any sentence's
    ]
    return [Lost("substitution", gone[0])] if len(gone) == 1 else []


def by_head(item: Lost, target: str, others: list[str]) -> Lost:
    """The lost name, only plausibly lost where the target names it by its head; still lost where the
    head opens another name (`others`: 'la Région flamande' for the Brussels Region) or a form of
    this one with a slip ('Région buxelloise')."""
    if item.kind not in ("glossary", "phrase") or item.confidence < 1.0:
        return item
    expected = {fold(f) for f in item.expected}
    heads = False
    for form in (f for f in item.expected if " " in f and len(f.split()[0]) >= 4 and f[:1].isupper()):
        size = len(form.split())
        for match in re.finditer(rf"(?<![\w-]){re.escape(form.split()[0])}(?![\w-])", target):
            said = fold(target[match.start() :])
            if any(said.startswith(other) and other not in expected for other in others):
                continue
            if slipped(fold(form), " ".join(said.split()[:size]).rstrip(".,;:")):
                return item
            heads = True
    return Lost(item.kind, item.text, item.expected, 0.5) if heads else item
