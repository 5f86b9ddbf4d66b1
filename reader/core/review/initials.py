"""A person's initials are their name: prosecutors and police write a suspect as 'M.D. (34)', 'T.D.W.',
'J.-P. L.' or 'Dries V.L.', and a version giving other initials at the same place names someone else.
Trial A (F3) changed 'M.D.' to 'M.B.', 'T.D.W.' to 'T.D.V.' and 'R.V.' to 'R.W.': the name check reads
capitalised words, never these, and nothing was flagged. Initials are capitals each followed by a
full stop, two to four of them, or one after a first name ('Dries V.'): a plain fact of how Dutch,
French and English abbreviate a name. An error, as a changed figure is, when both sides give initials
and each has some the other lacks."""

from __future__ import annotations

import re
from collections import Counter

from reader.core.review.findings import Finding

__all__ = ["initials_findings"]

_LETTER = r"[A-ZÀ-Þ]\.(?:\s?-\s?[A-ZÀ-Þ]\.)?"  # 'J.-P.' is one initial of a compound first name
_INITIALS = re.compile(
    rf"(?<![\w.])(?P<several>(?:{_LETTER}\s?){{2,4}})(?![\w.])"
    rf"|\b[A-ZÀ-Þ][a-zà-ÿ]+\s(?P<one>{_LETTER})(?![\w.]|\s?[A-ZÀ-Þ]\.)"
)
# Dotted abbreviations that are no person's: companies' legal forms (N.V. / S.A., B.V. / S.R.L.,
# V.Z.W. / A.S.B.L. ...) and their like, which the two languages write with other letters
_NOT_A_NAME = {
    "NV",
    "BV",
    "VZW",
    "CV",
    "SA",
    "SRL",
    "SPRL",
    "BVBA",
    "ASBL",
    "SC",
    "SCRL",
    "PS",
    "US",
    "USA",
    "UK",
    "NB",
}


def _said(text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for match in _INITIALS.finditer(text):
        key = re.sub(r"\s", "", match.group("several") or match.group("one"))
        if key.replace(".", "").replace("-", "") not in _NOT_A_NAME:
            found[key] += 1
    return found


def initials_findings(source: str, target: str, s_block: str, t_block: str) -> list[Finding]:
    """Initials one side gives that the other replaced by others; those the other version's block
    gives, while the ones added are in this block's source, are an alignment's slip."""
    said, rendered = _said(source), _said(target)
    lost, added = said - rendered, rendered - said
    if not lost or not added:
        return []
    if not (lost - _said(t_block)) and not (added - _said(s_block)):
        return []
    pairs = ", ".join(sorted(lost)) + " / " + ", ".join(sorted(added))
    return [Finding("name", f"a person's initials differ: {pairs}", "error")]
