"""An identifier in a text: a lot, a product or a company number, a case. Copied, never translated,
so compared whole on both sides, and named whole in a flag.

'24B1379', 'BE0123.456.789', 'C-123/22' were read so; trial B (finding 4) had 'L2431-5B' read as
'L2431' and a bare '5' (so «5» was the flag), '26-318-B' against '26-318-8' as its figures (only «8»
said) and 'GV 2630 A' against 'GV 2630 B' as the number 2630 on both sides (no flag). A code's parts
joined by hyphens, or a serial set apart between letters, are one code. Ordinary figures stay
figures: a name's number ('COVID-19', 'EU-15': fewer than three digits), a range ('2019-2020'), a
date ('14-06-2028'), a telephone number ('02-123-45-67').
"""

from __future__ import annotations

import re

from reader.core.text.quantity import Quantity

CODE = re.compile(
    r"(?<![\w./-])(?!\d{1,2}[HU]\d\d(?!\w))"  # '14H30' is a time
    # a serial set apart between capitals ('GV 2630 A'), letters and digits in one ('24B1379', 'L2431'),
    # and each part joined to it by a hyphen ('L2431-5B', '26-318-B')
    r"(?:[A-Z]{1,5} \d{3,} [A-Z]{1,2}(?![\w-])|(?:\d+-?[A-Z]+-?\d[A-Z\d]*|[A-Z]{1,5}[-.]?\d{3,}[A-Z\d]*"
    r"|[A-Z\d]+(?=-))(?:-[A-Z\d]+)*)(?:[-./]\d+){0,3}(?![\w])"
)
# Figures alone joined by hyphens are a code ('26-318-8', the lot '26-318-B' with a digit for its letter)
# when three parts or more, one a serial of three digits, and neither a date ('14-06-2028') nor a
# telephone number ('02-123-45-67': a Belgian one opens with 0); two ('2019-2020') are a range.
_DATED = re.compile(r"\d{1,2}-\d{1,2}-(?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}")


def _coded(surface: str) -> bool:
    parts = surface.split("-")
    if not all(part.isdigit() for part in parts):
        return True
    return len(parts) >= 3 and any(len(p) >= 3 for p in parts) and not _DATED.fullmatch(surface) and parts[0][0] != "0"


def read_code(surface: str, start: int) -> list[Quantity] | None:
    """The code as written, its value without separators; None (left to the other readings) for a
    code of fewer than three digits or figures that are no code."""
    value = re.sub(r"[-./ ]", "", surface)
    if sum(c.isdigit() for c in value) < 3 or not _coded(surface):
        return None
    return [Quantity("code", value, surface, start)]


# A road, a ring, a train service: a capital or two glued to a number of one to three digits ('N4',
# 'E40', 'R0', 'S8', 'IC12'; 'E313' has digits enough to be read as a code above). Copied, never
# translated: compared whole, after "l'" ('l'E42'), after another label's slash (a motorway's two
# numbers, 'E42/A15') and before a hyphened noun ('S8-trein'), never in a longer word ('B2C', 'H2O')
# or a decimal ('PM2,5'). Names with such a label ('G7', 'F16', 'CO2', 'A4' paper) are copied too, so
# they match themselves; quantity.py compares a label only with the other side's labels and codes of
# the same letters: a Belgian motorway has two numbers ('E40' is the 'A10'), and 'Q3' is 'T3'
# (trimestre) in French.
LABEL = re.compile(r"(?:(?<![\w.,/-])|(?<=\d/))[A-Z]{1,2}\d{1,3}(?![\w]|[.,/-]\d)")


def read_label(surface: str, start: int) -> list[Quantity]:
    """The label as written, its letters its family (quantity.family)."""
    return [Quantity("label", surface, surface, start)]
