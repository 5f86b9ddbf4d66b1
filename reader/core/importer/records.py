"""A parliamentary question's page: its record's fields between the question's title and its text.

A written question is published as a record (a plain fact of the genre, the same at two unrelated
assemblies of the real dev half, the Senate and the Brussels Parliament): its title ('Schriftelijke
vraag nr. 6-811', 'Question écrite concernant …'), who asked whom, the subject, the thesaurus's
descriptors, the steps of its procedure with their dates ('20/1/2016 Verzending vraag', '18/05/2020
Recevable'), what it was reintroduced as; then the text, opened by 'Vraag' / 'Question'. The
fields are the assembly's filing, not the question: dropped, and listed so the user can keep them.
The subject, one line, stays: it says what the question is about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.importer.raw import RawBlock

if TYPE_CHECKING:  # detect.py imports this module
    from reader.core.importer.detect import Detected

# The genre's names, as the assemblies title their records (nl, fr, en).
_ASSEMBLY = r"^(?:(?-i:[A-ZÀ-Þ]{3,})\s+)?"  # the assembly's name before it ('SÉNAT Question écrite n° …')
_QUESTION_TITLE = re.compile(
    _ASSEMBLY + r"(?:(?:schriftelijke|mondelinge)\s+vraag\b|vraag\s+om\s+uitleg\b|question\s+(?:écrite|orale)\b"
    r"|demande\s+d['’]explications\b|(?:written|oral|parliamentary)\s+question\b)",
    re.IGNORECASE,
)
# Where the question's own text opens: 'Vraag nr. 6-811 d.d. …', 'Question n° 4-3528 du …', or the
# label run into its first paragraph ('Question    Ce 29 avril, …').
_TEXT_OPENS = re.compile(_ASSEMBLY + r"(?:vraag|question)\b", re.IGNORECASE)
# A step of the procedure: a date in figures, then what happened on it ('8/7/2009Réponse').
_STEP = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s*[^\W\d]")
_STEP_WORDS = 12
# A heading of the record's own ('Chronologie'), and the lines that link it to another record.
_FIELD = re.compile(
    r"^(?:chronologie|chronology|historiek)$"
    r"|^(?:herindiening\s+van|heringediend\s+als|herkwalificatie\s+van|geherkwalificeerd\s+als"
    r"|réintroduction\s+de|réintroduite?\s+comme|requalification\s+de|requalifiée?\s+comme)\s*:",
    re.IGNORECASE,
)
_FIELD_WORDS = 8  # a field's line: 'Indiener(s)', a descriptor, a table's column names
_REACH = 16  # blocks after the title: a record's head is never longer


def question_title(text: str) -> bool:
    """A question's record titled by its genre: its headline, whatever its length or last mark."""
    return bool(_QUESTION_TITLE.match(" ".join(text.split())))


def record_fields(blocks: list[RawBlock], used: set[int], title: int, found: Detected) -> bool:
    """Drop a question record's fields between its title and its text, and say whether it did: the
    lines left there are the record's own (its subject), no site's tags. Nothing when the page is
    not such a record or its text's opening is not found (then nothing says where the fields end)."""
    if not question_title(found.title or ""):
        return False
    reach = range(title + 1, min(len(blocks), title + 1 + _REACH))
    opens = next((i for i in reach if i not in used and _TEXT_OPENS.match(blocks[i].text.strip())), None)
    if opens is None:
        return False
    for i in range(title + 1, opens):
        if i in used:
            continue
        text = " ".join(blocks[i].text.split())
        lines = [line for line in blocks[i].text.split("\n") if re.search(r"[^\W_]", line)]  # not a rule '____'
        # fields set as short lines (a hard-wrapped subject's lines are longer), a step, a link
        fields = len(lines) >= 2 and sum(len(line.split()) <= _FIELD_WORDS for line in lines) * 2 >= len(lines)
        step = _STEP.match(text) and len(text.split()) <= _STEP_WORDS
        if fields or step or _FIELD.match(text):
            found.dropped.append(text)
            used.add(i)
    return True
