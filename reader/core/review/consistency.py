"""The checks with the archive's memory: learned term pairs as names, and the `consistency` flag.

A term the archive renders one way in many official pairs (Dice over aligned sentences, see
`reader.core.memory.terms`) is known to the name check like a glossary entry, so it stops a false
`name` flag; where a release renders it otherwise, `consistency` says so and names the releases
that established the rendering.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.core.align import Held
from reader.core.memory.terms import TermPair, glossary_entries, inconsistencies
from reader.core.model import Release
from reader.core.review.analysis import Analyses
from reader.core.review.checks import CheckReport, Finding, check_release
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary, default_glossary


def check_with_memory(
    release: Release,
    src: str,
    tgt: str,
    glossary: Glossary | None,
    mt: Any,
    terms: list[TermPair],
    held: Held | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    aligning: Callable[[int, int], None] | None = None,
) -> CheckReport:
    base = glossary or default_glossary()
    if terms:
        base = base.extended(glossary_entries(terms, src, tgt))
    analyses = Analyses()
    report = check_release(
        release, src, tgt, base, mt, analyses, held=held, cancelled=cancelled, progress=progress, aligning=aligning
    )
    for pair in report.pairs:
        folded_target = analyses.of(pair.target, tgt).folded if terms else None  # read by the checks already
        folded_source = analyses.of(pair.source, src).folded

        def rendering(name: str, seen: str = folded_source) -> bool:
            return any(fold(eq) in seen for eq in base.equivalents(tgt, name))

        found_all = inconsistencies(
            pair.source, pair.target, src, tgt, terms, folded_target=folded_target, rendering=rendering
        )
        for found in found_all:
            # one capitalised word standing there ('Président', 'Secrétaire') is as often a title said
            # beside the term as another rendering of it: only a note (a new user's trial: 1 of 6 real)
            weak = len(found.found.split()) == 1 and not found.found.isupper()
            pair.flags.append(
                Finding("consistency", found.message(), "info" if weak else "warning", 0.5 if weak else 1.0)
            )
    return report
