"""Checks no segment-level QA tool makes: lists that lost an item, coordinations that lost a member.

Both look past the segment: a list is counted as a whole (and against the count its lead-in
sentence announces, 'negen hefbomen:'), and a coordinated compound ('gas- en elektriciteitssector')
is compared with its counterpart sentence, where a rendering that keeps one member has no 'et'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.model import Block
from reader.core.text import numbers

_ELIDED = {  # 'gas- en elektriciteitssector', 'Vlaams- en Waals Gewest', 'secteur du gaz et de l'électricité'
    "nl": re.compile(r"(?<![\w-])(\w{2,})-\s+(?:en|of)\s+(\w{3,})", re.IGNORECASE),
    "en": re.compile(r"(?<![\w-])(\w{2,})-\s+(?:and|or)\s+(\w{3,})", re.IGNORECASE),
    "fr": re.compile(r"$^"),  # French repeats the noun or uses 'et': nothing is elided
}
NAMES = {"nl": "Dutch", "fr": "French", "en": "English"}  # messages are in English
_COORDINATION = {
    "nl": re.compile(r"(?<!\w)(?:en|of)(?!\w)|,", re.IGNORECASE),
    "fr": re.compile(r"(?<!\w)(?:et|ou)(?!\w)|,", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:and|or)(?!\w)|,", re.IGNORECASE),
}


@dataclass(frozen=True)
class ListRun:
    """Consecutive list items, and the count its lead-in sentence announces (if any)."""

    first: int  # index of the first item block
    items: list[str]
    announced: int | None


def list_runs(blocks: list[Block], lang: str) -> list[ListRun]:
    runs: list[ListRun] = []
    index = 0
    while index < len(blocks):
        if blocks[index].kind != "list_item":
            index += 1
            continue
        start = index
        while index < len(blocks) and blocks[index].kind == "list_item":
            index += 1
        lead = blocks[start - 1].text if start > 0 and blocks[start - 1].kind != "list_item" else ""
        runs.append(ListRun(start, [b.text for b in blocks[start:index]], _announced(lead, lang)))
    return runs


def _announced(lead: str, lang: str) -> int | None:
    """'... met negen hefbomen:' -> 9: a count in the sentence that opens the list."""
    if not lead.rstrip().endswith(":"):
        return None
    last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    counts = [q for q in numbers.extract(last, lang) if q.kind == "number" and float(q.value) >= 2]
    if len(counts) != 1:
        return None
    value = float(counts[0].value)
    return int(value) if value.is_integer() and 2 <= value <= 50 else None


def enumeration_findings(
    source: list[Block], target: list[Block], src: str, tgt: str
) -> list[tuple[range, range, str]]:
    """(source blocks, target blocks, message) for lists whose counts disagree."""
    found: list[tuple[range, range, str]] = []
    s_name, t_name = NAMES.get(src, src), NAMES.get(tgt, tgt)
    for s_run, t_run in zip(list_runs(source, src), list_runs(target, tgt), strict=False):
        ns, nt = len(s_run.items), len(t_run.items)
        s_items, t_items = range(s_run.first, s_run.first + ns), range(t_run.first, t_run.first + nt)
        if ns != nt:
            found.append((s_items, t_items, f"the {t_name} lists {nt} items, the {s_name} {ns}"))
        if t_run.announced is not None and t_run.announced != nt:
            lead = range(t_run.first - 1, t_run.first)
            found.append((range(0), lead, f"the {t_name} announces {t_run.announced} items and lists {nt}"))
        if s_run.announced is not None and s_run.announced != ns:
            lead = range(s_run.first - 1, s_run.first)
            found.append((lead, range(0), f"the {s_name} announces {s_run.announced} items and lists {ns}"))
    return found


def coordination_finding(source: str, target: str, src: str, tgt: str) -> str | None:
    """A compound that coordinates two members on one side, and no coordination on the other."""
    for side, other, lang, other_lang in ((source, target, src, tgt), (target, source, tgt, src)):
        match = _ELIDED.get(lang, _ELIDED["fr"]).search(side)
        if match and not _COORDINATION.get(other_lang, _COORDINATION["en"]).search(other):
            whose = NAMES.get(other_lang, other_lang)
            return (
                f"«{match.group(0)}» coordinates two terms; the {whose} has no coordination here: "
                "one member may be missing"
            )
    return None
