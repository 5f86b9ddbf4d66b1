"""A CAT tool's untranslated units: a target that is empty, copies its source or reads as the source
language, which an XLIFF import does not take over a real translation (see ``importer.xliff``)."""

from __future__ import annotations

from reader.core.text.clean import blank
from reader.core.text.fold import fold
from reader.core.text.langid import identify


def copy_of_source(text: str, source: str, src: str) -> bool:
    """The source again, or (five words or more) surely in the source language."""
    if not text.strip():
        return False
    if fold(" ".join(text.split())) == fold(" ".join(source.split())):
        return True
    if len(text.split()) < 5:
        return False
    lang, probability = identify(" ".join(text.split()))
    return lang == src and probability >= 0.95


def untranslated(new: str, current: str, source: str, src: str) -> bool:
    """A target a CAT tool left untranslated, over one that was translated: empty, or a copy."""
    if blank(new):  # empty, or only invisible characters (a zero-width space)
        return bool(current.strip())
    return copy_of_source(new, source, src) and not copy_of_source(current, source, src)


def other_language(new: str, current: str, src: str, tgt: str) -> str:
    """The language a new target surely reads as (as a copy's is read: five words or more) when it
    is neither the file's target language nor its source's (a copy, said as such), over a target
    that did not: trial C's German typed into a file declaring French was taken as French proposals
    (F7). A sentence the version holds in English already (a quote kept) is no news: not said."""
    if len(new.split()) < 5:
        return ""
    lang, probability = identify(" ".join(new.split()))
    if lang in (src, tgt) or probability < 0.95:
        return ""
    before, sure = identify(" ".join(current.split())) if len(current.split()) >= 5 else ("", 0.0)
    return "" if before == lang and sure >= 0.95 else lang
