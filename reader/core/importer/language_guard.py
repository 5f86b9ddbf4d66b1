"""The language a page is stored under, against the language its text reads as.

A version is trusted as the language it is filed under: the checks compare it as such, the memory
learns its sentences as such, a CAT tool gets them tagged so. A page whose text plainly reads as
another language than the one asked for is refused unless the user insists; a page in a language
press-reader keeps no version in (German, which the guesser tells apart) is named as such, never
offered as one of ours (trial C, F2: 'not Dutch, French or English enough; use --lang nl|fr|en' led
its user to store German as the official French version).
"""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import ImportFailed
from reader.core.importer.detect import Detected
from reader.core.importer.hints import ImportHints
from reader.core.importer.other_language import second_language
from reader.core.model import LANGUAGE_NAMES, LANGUAGES
from reader.core.text.langid import language_name, plainly_in

*_FIRST, _LAST = (LANGUAGE_NAMES[code] for code in LANGUAGES)
_OURS = f"{', '.join(_FIRST)} and {_LAST}"  # 'Dutch, French and English'


def named(code: str) -> str:
    """A language as a message names it: ours by code ('fr'), another by name, said unsupported."""
    return f"'{code}'" if code in LANGUAGES else f"{language_name(code)} (not supported)"


def refuse_unsupported(path: Path, found: Detected, lang: str | None) -> None:
    """A page that reads as none of our languages, no language asked: refused by what it is. Not a
    field to fill in ('cannot tell the language; use --lang'): no language of ours is the right one."""
    code = found.reads_as
    if lang or found.language or code is None or code in LANGUAGES:
        return
    body = [b.text for b in found.body if b.kind != "letterhead"]
    half = second_language(body, code)
    also = (
        f"; a good part is in {language_name(half)} (a bilingual document?): that half, saved as a file "
        "of its own, can be imported"
        if half in LANGUAGES
        else ""
    )
    said = f"the text reads as {language_name(code)}, a language not supported (only {_OURS} are){also}"
    raise ImportFailed(path, said)


def language_warnings(
    path: Path, found: Detected, lang: str | None, language: str, force: bool, preview: bool, hints: ImportHints
) -> list[str]:
    """What the import says of the language it stores the page under (`language`: asked or found);
    raises when a language asked is plainly not the text's and the user did not insist."""
    warnings: list[str] = []
    if both := second_language([b.text for b in found.body if b.kind != "letterhead"], language):
        # a half in a language of ours becomes its version; one in German, say, has none to become
        how = (
            "to have each language its version, save each half as a file and import them together"
            if both in LANGUAGES
            else f"to keep the '{language}' text alone, save it as a file of its own and import that"
        )
        warnings.append(
            f"a good part of the text is in {named(both)} too (a bilingual document?): {'would be ' if preview else ''}"
            f"imported as one '{language}' version; {how}"  # 'would be' in a dry run, which imports nothing (trial G)
        )
    reads = found.language or found.reads_as
    if lang and reads and lang != reads:
        if not force and plainly_in([b.text for b in found.body], reads):
            # a text that reads as French beyond doubt, stored as the English version, is a
            # version no check can trust: refused, unless the user insists
            said = f"the text reads as {named(reads)}, not '{lang}'; {hints.language(reads, lang)}"
            if not preview:
                raise ImportFailed(path, said)
            warnings.append(f"importing it would be refused: {said}")
        else:
            warnings.append(f"detected {reads if reads in LANGUAGES else named(reads)}, imported as {lang} as asked")
    return warnings
