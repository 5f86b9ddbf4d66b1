"""A trace on the segments where the user's glossary silences what the app's own names say.

Trial N taught 'Bergen = Namur' (review's `d`, "same name") while the flag said 'expected: Mons':
the flag went, with no trace on the segment, and in every other release the wrong name passed
unseen. An entry the app's names contradict (`glossary_file.contradiction`) now leaves a note on
each segment it settles, in review's detail and `review --json` as a dismissed flag is, so it can
be found and undone (`glossary remove`). An entry they agree with is knowledge, and leaves none.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.errors import GlossaryError
from reader.core.review.checks import CheckReport
from reader.core.review.findings import Finding


def _found(form: str, folded_text: str) -> bool:
    from reader.core.text.fold import fold

    return bool(re.search(rf"(?<!\w){re.escape(fold(form))}", folded_text))


def note_taught(report: CheckReport, user: Path | None) -> int:
    """Add a note to each pair where a contradicted entry of the user's glossary pairs its two
    names (one in each text); how many notes were added. A broken file adds none (the check said it)."""
    from reader.core.text import glossary_file
    from reader.core.text.fold import fold

    if user is None:
        return 0
    try:
        entries = glossary_file.entries(user)
    except GlossaryError:
        return 0
    langs = (report.source, report.target)
    taught: list[tuple[str, str, str]] = []
    for entry in entries:
        for equivalent, said_lang in zip(entry.equivalents, entry.languages, strict=False):
            other = said_lang or (langs[1 - langs.index(entry.lang)] if entry.lang in langs else "fr")
            if other == entry.lang or "," in other:
                continue
            why = glossary_file.contradiction(entry.term, equivalent, entry.lang, other)
            if why is not None:
                taught.append((entry.term, equivalent, why))
    added = 0
    for pair in report.pairs:
        source, target = fold(pair.source or ""), fold(pair.target or "")
        for term, equivalent, why in taught:
            if (_found(term, source) and _found(equivalent, target)) or (
                _found(equivalent, source) and _found(term, target)
            ):
                message = f"your glossary: {term} = {equivalent}, though {why} (glossary remove undoes it)"
                pair.flags.append(Finding("name", message, severity="info"))
                added += 1
    return added
