"""The words a page sets before the day its text was last changed ('Laatst bijgewerkt op 26.06.2019',
'Dernière mise à jour le …'): a plain fact of the languages. Import dates a page by them when nothing
else does; the checks know such a date is an update's, not the release's."""

from __future__ import annotations

import re

UPDATED = (
    # 'Pagina laatst gewijzigd op …': a federal civil-service portal's footer (trial C)
    r"(?:laatst bijgewerkt(?: op)?|laatst gewijzigd(?: op)?|laatste update|dernière mise à jour(?: le)?|mis à jour le"
    r"|last updated(?: on)?)"
)
_UPDATE_STAMP = re.compile(rf"\b{UPDATED}\b", re.IGNORECASE)


def is_update_stamp(line: str) -> bool:
    """The line names the day of an update (a version so dated may have been updated on its own)."""
    return _UPDATE_STAMP.search(" ".join(line.split())) is not None
