"""The checks that read the words of one language against the other's: a run-in list's items and
conjunctions, a genitive's head, a negation, a coordinated compound, an open list's word.

Each reads the source with the source language's words and the target with the target's. A target
left in the source language (flagged 'untranslated') is read with words it does not have: its Dutch
'niemand' faced a 'French' side with no 'ne … pas', and the copy was also a reversed negation (trial
R). A segment in one language on both sides is that one flag; these say nothing more on it.
"""

from __future__ import annotations

from reader.core.align import AlignedPair
from reader.core.review import thresholds as limit
from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.findings import Finding
from reader.core.review.lone import without_lone
from reader.core.review.negation import negation_findings
from reader.core.review.scope import scope_finding
from reader.core.review.structure import coordination_finding, head_finding, inline_enumeration_finding


def across_languages(
    pair: AlignedPair,
    sides: tuple[SegmentAnalysis, SegmentAnalysis],
    blocks: tuple[SegmentAnalysis, SegmentAnalysis],
    findings: list[Finding],
    src: str,
    tgt: str,
) -> list[Finding]:
    """The flags of the checks that compare the two languages' words, none on a segment already
    flagged as left in the source language (`findings` holds what was found before)."""
    if any(f.code == "untranslated" and f.severity == "error" for f in findings):
        return []
    (s, t), (s_block, t_block) = sides, blocks
    found: list[Finding] = []
    listed = inline_enumeration_finding(s, t, src, tgt)
    if listed:
        found.append(Finding("enumeration", listed))
    heads = head_finding(s, t, s_block, t_block, src, tgt)
    if heads:
        found.append(Finding("omission", heads, "warning"))
    found += negation_findings(*without_lone(pair, findings, s.text, t.text, src, tgt), src, tgt)
    coordination = coordination_finding(s, t, src, tgt)
    if coordination:
        found.append(Finding("coordination", coordination[0], confidence=coordination[1]))
    scope = scope_finding(s, t, s_block, t_block)
    if scope:
        found.append(Finding("omission", scope, "info", confidence=limit.OPEN_LIST))
    return found
