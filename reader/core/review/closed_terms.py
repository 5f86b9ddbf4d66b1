"""Terms of a closed set, each a fact the two versions must share: a warning's colour, an emergency
plan's phase. A changed one is an error, as a changed figure is (trial A, F2: 'code geel' rendered
'code orange', 'Code rood' / 'Code orange' in a headline and its body, 'federale fase' / 'phase
provinciale' passed every check). One table, each set a plain fact of the languages:

- colours: the Belgian warning codes (KMI / IRM, NCCN) are geel / oranje / rood = jaune / orange /
  rouge = yellow / orange / red; only the colour said of 'code', 'kleurcode', 'alerte' (or English
  'alert', 'warning') is read, never any colour word;
- phases: the emergency planning phases (the royal decree of 22 May 2019) are gemeentelijke /
  provinciale / federale fase = phase communale / provinciale / fédérale = municipal / provincial /
  federal phase.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from reader.core.review.findings import Finding

__all__ = ["closed_term_findings"]


class ClosedSet(NamedTuple):
    what: str  # said in the flag
    patterns: dict[str, re.Pattern[str]]  # by language: one group holds the member's word
    members: dict[str, str]  # a member's word in any language (lower case) -> the member


def _set(what: str, members: dict[str, tuple[str, ...]], **shapes: str) -> ClosedSet:
    words = "|".join(sorted((w for forms in members.values() for w in forms), key=len, reverse=True))
    patterns = {lang: re.compile(shape.replace("W", f"({words})"), re.IGNORECASE) for lang, shape in shapes.items()}
    return ClosedSet(what, patterns, {w: member for member, forms in members.items() for w in forms})


_COLOURS = {
    "yellow": ("geel", "gele", "jaune", "yellow"),
    "orange": ("oranje", "orange"),
    "red": ("rood", "rode", "rouge", "red"),
}
_PHASES = {
    "municipal": ("gemeentelijke", "communale", "municipal"),
    "provincial": ("provinciale", "provincial"),
    "federal": ("federale", "fédérale", "federal"),
}
CLOSED_SETS = (
    _set(
        "a warning's colour",
        _COLOURS,
        nl=r"\b(?:kleur)?code\s+W\b",
        fr=r"\b(?:code|alerte|vigilance)\s+W\b",
        en=r"\bcode\s+W\b|\bW\s+(?:alert|warning)\b",
    ),
    _set(
        "the emergency phase",
        _PHASES,
        nl=r"\bW\s+fase\b",
        fr=r"\bphase\s+W\b",
        en=r"\bW\s+phase\b",
    ),
)


def _said(text: str, lang: str, closed: ClosedSet) -> Counter[str]:
    pattern = closed.patterns.get(lang)
    if pattern is None:
        return Counter()
    return Counter(closed.members[next(g for g in m.groups() if g).lower()] for m in pattern.finditer(text))


def _quoted(text: str, lang: str, closed: ClosedSet, members: Counter[str]) -> str:
    pattern = closed.patterns[lang]
    spans = [
        m.group(0)
        for m in pattern.finditer(text)
        if closed.members[next(g for g in m.groups() if g).lower()] in members
    ]
    return ", ".join(f"«{s}»" for s in dict.fromkeys(spans))


def closed_term_findings(source: str, target: str, s_block: str, t_block: str, src: str, tgt: str) -> list[Finding]:
    """An error when both sides state a term of a set and one says a member the other does not.
    A member missing here that the other version's block states, while the member added here is
    in this block's source, is a sentence alignment's slip, not the rendering's."""
    findings = []
    for closed in CLOSED_SETS:
        said, rendered = _said(source, src, closed), _said(target, tgt, closed)
        lost, added = said - rendered, rendered - said
        if not lost or not added:
            continue
        if not (lost - _said(t_block, tgt, closed)) and not (added - _said(s_block, src, closed)):
            continue
        message = f"{closed.what} differs: {_quoted(source, src, closed, lost)} / {_quoted(target, tgt, closed, added)}"
        findings.append(Finding("term", message))
    return findings
