"""Dismissals that teach, from review mode (`d`), with no widget: what to offer and what to write.

A false flag is worth more as knowledge than as a click: "these two are the same" goes to the
user's glossary (every later check of every release reads it, `press-reader glossary list` shows
it), "ignore this here" stays in this release's review state under the flag's signature (a rerun
does not raise it again). The CLI does the same with `glossary add NL FR` and `review ...
--accept-flag CODE`; both write through the core (`text.glossary_file`, `review.dismiss`).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from reader.core.errors import GlossaryError
from reader.core.review.checks import CheckedPair, CheckReport, Finding
from reader.core.review.dismiss import accept
from reader.core.review.identical import names_only
from reader.core.review.store import ReviewStore, Stands


def shown_flags(pair: CheckedPair) -> list[Finding]:
    """The flags the default view shows: notes (only plausible) stay in the detail, dimmed."""
    return [flag for flag in pair.flags if flag.severity != "info"]


def choices(pair: CheckedPair) -> list[tuple[str, str]]:
    """What `d` offers on a pair: (key, label), a name flag first as knowledge, then each code ignored here."""
    offered: list[tuple[str, str]] = []
    flags = shown_flags(pair)
    if any(flag.code == "name" for flag in flags) or kept_name(pair):
        left, _, right = guess(pair).partition("=")
        both = left.strip() and right.strip()
        said = (
            "These two are the same name: add them to my glossary (every release)…"
            if both  # a flag naming one side only: the user names its counterpart, written as found
            else "The other text names it otherwise: add the two names to my glossary (every release)…"
        )
        offered.append(("same", said))
    for code in dict.fromkeys(flag.code for flag in flags):
        said = next(flag.message for flag in flags if flag.code == code)
        # cut at a word, marked: a message cut mid-word ('meetstat') read as a typo (a new user's trial)
        said = textwrap.shorten(said, 70, placeholder=" …")
        offered.append((f"ignore:{code}", f"Ignore this {code} flag here: {said}"))
    return offered


_LOST = re.compile(r"not found in the target: ([^,;(]+)")
_ADDED = re.compile(r"in the target but not in the source: ([^,;]+)")
_SPELLED = re.compile(r"spelled differently: «([^»]+)» / «([^»]+)»")  # the first two, as the flag says them


_KEPT = re.compile(r"^«([^»]+)»: the conjunction is not ")  # identical.foreign_conjunction's flag


def kept_name(pair: CheckedPair) -> str:
    """The words an 'untranslated' flag names when they are a name ('«Routes et Ponts»: the
    conjunction is not Nederlands'): a body's name kept in its language is taught as the same name
    in both, as a name flag is (a mobility trial could only ignore it, release by release)."""
    for flag in shown_flags(pair):
        if flag.code == "untranslated" and (kept := _KEPT.match(flag.message)) and names_only(kept.group(1)):
            return kept.group(1).strip()
    return ""


def guess(pair: CheckedPair) -> str:
    """'source form = target form' as the name flag suggests it, for the reviewer to correct."""
    message = next((flag.message for flag in pair.flags if flag.code == "name"), "")
    if not message and (kept := kept_name(pair)):
        return f"{kept} = {kept}"
    if spelled := _SPELLED.search(message):  # a trial's field held ' = ' for 'Koebrakov' / 'Koubrakov'
        return f"{spelled.group(1).strip()} = {spelled.group(2).strip()}"
    lost, added = _LOST.search(message), _ADDED.search(message)
    return f"{lost.group(1).strip() if lost else ''} = {added.group(1).strip() if added else ''}"


def same(path: Path, answer: str, source: str, target: str, force: bool = False) -> tuple[str, str, bool]:
    """Write 'A = B' (A in the source language) to the user's glossary, the Dutch side as the term
    when there is one, as `glossary add NL FR` does; returns the two forms and whether it was new.
    A pair the app's own names contradict raises GlossaryContradicts unless `force` (trial N)."""
    from reader.core.text import glossary_file

    left, sep, right = answer.partition("=")
    left, right = " ".join(left.split()), " ".join(right.split())
    if not sep or not left or not right:
        raise GlossaryError(path, "write the two forms as 'source form = target form'")
    term, equivalent, lang, other = (right, left, target, source) if target == "nl" else (left, right, source, target)
    # each side's language written with it: an English name was kept as of no language (trial K)
    return left, right, glossary_file.add(path, term, equivalent, lang, other, force=force)


def ignore(report: CheckReport, store: ReviewStore, index: int, code: str, still: Stands | None = None) -> int:
    """'Ignore this here': kept under the flags' signatures; the flags leave the report now. `still`:
    why the segment's texts are gone from disk, asked under the store's lock (`review_write.still`)."""
    pair = report.pairs[index]
    signatures = set(accept(report, store, index + 1, code, still))
    # shown at once as dismissed in the detail, as a rerun shows it (it vanished until then: a trial)
    pair.dismissed = [*pair.dismissed, *(flag for flag in pair.flags if flag.signature in signatures)]
    pair.flags = [flag for flag in pair.flags if flag.signature not in signatures]
    return len(signatures)
