"""A kicker ('Persbericht', 'Communiqué de presse - FOD Economie', 'Persbericht - 14 februari 2024'):
what the page calls itself, with its issuer or its date run into it. Read by detect.py before the
issuer's and the date's lines; moved out of it whole, as detect.py neared its 400 lines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.importer.datelines import find_date, meeting_title
from reader.core.importer.furniture import line_key
from reader.core.importer.issuer import issuer_text
from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import is_kicker
from reader.core.text import numbers

if TYPE_CHECKING:  # detect.py imports this module
    from reader.core.importer.detect import Detected

# The place of a dateline ('Communiqué de presse – Bruxelles, 14 mars 2025') before its date: a town
# of one or two capitalised words and a comma, with no word of an issuer ('FOD Economie, 14 maart').
_DATELINE_PLACE = re.compile(
    r"(?<=\s)(?![^,]{0,200}\b(?:FOD|SPF|POD|SPP|FPS|[Mm]inist))[A-ZÀ-Þ][\w'’-]*(?:[\s-][A-ZÀ-Þ][\w'’-]*)?\s*,\s*$"
)


def read_kicker(blocks: list[RawBlock], header: list[int], used: set[int], found: Detected, lang: str) -> None:
    """The head's kicker, if any: its date the page's date line, the words left after the kicker's
    own the issuer; the line is used, and its copies too."""
    kicker = next(
        (i for i in header if i not in used and is_kicker(blocks[i].text) and not meeting_title(blocks[i].text, lang)),
        None,
    )  # 'Communiqué Collège du 01/07/2022' names its meeting: a dated headline, no kicker
    if kicker is not None:
        text = blocks[kicker].text
        dated = find_date(text.replace("\n", " "), lang)
        if dated is not None:  # 'Persbericht - 14 februari 2024': a kicker and a date line in one
            found.date, found.date_source, found.date_said = dated, "date line", " ".join(text.split())[:120]
            for q in numbers.extract(text, lang):
                if q.kind in ("date", "weekday", "time"):  # 'PERSBERICHT - 14 februari 2024, 17h00'
                    text = text.replace(q.text, " ")
            text = re.sub(r"(?:^|\s)[-–—|,·]+(?=\s|$)|\(\s*\)", " ", text).strip()
            text = re.sub(r"(,?)\s*\b(?:le|op|on|the|den|du)\s*$", r"\1", text)  # 'COMMUNIQUE DE PRESSE, le'
            text = _DATELINE_PLACE.sub("", text).rstrip(" ,")  # 'Bruxelles, (le) 14 mars': where, not who
        found.issuer = issuer_text(text) if len(text.split()) > 3 else ""
        if dated is None and not found.issuer:
            found.dropped.append(" ".join(text.split()))  # listed, so that it can be kept
        used.add(kicker)
        for i in header:  # the kicker set twice (two screen widths' copies): the copy is the kicker too
            if i not in used and line_key(blocks[i].text) == line_key(blocks[kicker].text):
                found.dropped.append(" ".join(blocks[i].text.split()))
                used.add(i)
