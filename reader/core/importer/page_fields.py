"""A publication page's record of its fields: 'Uitgever' over the publisher's name, 'Auteur(s)' over
the author's, 'Opdrachtgever' over the client's, 'Partners' over theirs. Seen at two unrelated sites of
the real dev half (an economy service's publication page, a heritage institute's project page): the
site files its page so, a label a line and its value under it. What a publication page names of
itself is not the release's text: dropped, and listed so the user can keep it.

The labels are the fields a publication's page files (a plain fact of such pages, nl/fr/en). Two of
them near each other make a record: one alone may be a section's heading ('Partners' over a paragraph
on who takes part), which a record never is.
"""

from __future__ import annotations

import re

from reader.core.importer.raw import RawBlock

_LABELS = {
    "uitgever", "éditeur", "editeur", "publisher",
    "auteur", "auteurs", "auteur(s)", "author", "authors", "author(s)",
    "publicatiedatum", "datum van publicatie", "date de publication", "publication date",
    "opdrachtgever", "commanditaire", "client",
    "partners", "partner", "partenaires", "partenaire",
    "thema", "thema's", "thème", "thèmes", "theme", "themes",
    "trefwoorden", "mots-clés", "mots clés", "keywords",
    "taal", "langue", "language", "reeks", "série", "series",
    # a notice's record of works or an event: when it starts and ends, which service, what it is (a
    # city's notice of trial C, thirty-second session, had 'Date de fin' taken for its headline)
    "date de début", "date de fin", "begindatum", "einddatum", "startdatum", "start date", "end date",
    "service", "dienst", "description", "beschrijving", "omschrijving",
    # a regulator's record of its study under the text, a definition list (trial W of the thirty-third
    # session, p11: 'Datum van goedkeuring' / '09/10/2025' / 'Referentie' / 'Studie (F)2950' kept as items)
    "datum van goedkeuring", "goedkeuringsdatum", "date d'approbation", "date of approval", "approval date",
    "referentie", "référence", "reference",
}  # fmt: skip
_VALUE_WORDS = 8  # a name, a date, a few names: a sentence of the text runs longer or ends on its mark
_VALUES = 4  # lines of one field's value at most (partners named a line each)
_NEAR = 8  # lines between two labels of one record at most


def _label(line: str) -> bool:
    return line.strip().rstrip(":").strip().lower().replace("’", "'") in _LABELS


def _value(line: str) -> bool:
    flat = " ".join(line.split())
    return 0 < len(flat.split()) <= _VALUE_WORDS and not re.search(r"[.!?…]$", flat) and not _label(flat)


def field_records(blocks: list[RawBlock]) -> set[tuple[int, int]]:
    """The lines (block, line) of a record of fields: each label of two or more found near each
    other, and the short lines that give each one's value under it."""
    lines = [
        (n, k, line)
        for n, block in enumerate(blocks)
        if block.kind in ("", "heading", "list_item")  # an HTML definition list's terms come as items
        for k, line in enumerate(block.text.split("\n"))
        if line.strip()
    ]
    labels = [i for i, (_, _, line) in enumerate(lines) if _label(line)]
    record = [i for i in labels if any(j != i and abs(j - i) <= _NEAR for j in labels)]
    found: set[tuple[int, int]] = set()
    for i in record:
        found.add(lines[i][:2])
        for j in range(i + 1, min(i + 1 + _VALUES, len(lines))):
            if not _value(lines[j][2]):
                break
            found.add(lines[j][:2])
    return found
