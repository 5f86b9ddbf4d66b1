"""Small releases built in memory for the check tests: two official versions, nothing on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.model import Block, LanguageVersion, Provenance, Release


def block_release(nl: list[Block], fr: list[Block]) -> Release:
    versions = {
        lang: LanguageVersion(lang, Provenance("official"), "Titel", Path(f"{lang}.md"), _blocks=blocks)
        for lang, blocks in (("nl", nl), ("fr", fr))
    }
    return Release("r", dt.date(2024, 5, 2), "", "nl", Path("."), versions)


def paragraph_release(nl: list[str], fr: list[str]) -> Release:
    """One paragraph per text, in each version."""
    return block_release([Block("paragraph", t) for t in nl], [Block("paragraph", t) for t in fr])
