"""A line a page shows twice, glued when copied ('Police et sécurité du citoyenPolice et sécurité du
citoyen'): a heading set once for the eye and once for a screen reader, or for two screen widths,
whose copies the browser's copy joins without a space. Seen at two unrelated sites of the real dev
half (a police annual report's sections, a regional security office's pages): the text is said once.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from difflib import SequenceMatcher

from reader.core.importer.furniture import line_key
from reader.core.importer.raw import RawBlock

_SAME = 0.9  # the copies' likeness: one site's second copy mends a typo of the first ('veiligheidheid')
_MIN_WORDS = 3  # words of a copy that is alike, not the same: two glued copies of one word may be a name
_LONGEST = 600  # a line longer is a paragraph: none of the real copies came near


def said_once(text: str) -> str:
    """The text with every line that is two glued copies of one line read as the first copy."""
    return "\n".join(_once(line) for line in text.split("\n")) if len(text) >= 2 * _MIN_WORDS else text


def _once(line: str) -> str:
    flat = line.strip()
    if not 2 * _MIN_WORDS <= len(flat) <= _LONGEST:
        return line
    first = flat.split()[0]
    # the second copy starts where the first word comes again, glued to the last word of the first
    for again in re.finditer(r"(?<=\S)" + re.escape(first), flat):
        copy, second = flat[: again.start()], flat[again.start() :]
        if copy == second and len(copy.split()) >= 2:  # 'Preventie loontPreventie loont'
            return copy
        if (
            len(copy.split()) >= _MIN_WORDS
            and abs(len(copy) - len(second)) <= 0.15 * len(copy)
            and SequenceMatcher(None, copy, second, autojunk=False).ratio() >= _SAME
        ):
            return copy
    return line


_PARAGRAPH_WORDS = 8  # a paragraph said twice word for word: shorter lines (a heading, a tag) may recur


def said_twice(blocks: list[RawBlock], keep: Collection[str] = ()) -> tuple[list[RawBlock], list[str]]:
    """A paragraph the page gives a second time word for word (a lead set once as the teaser and once
    in the text, two screen widths' copies): said once, the copy listed. A release never repeats a
    paragraph; a copied page does (a debt agency's and a health insurer's pages, unrelated, dev).
    A copy comes in a row or with its neighbours copied too (a run of paragraphs said again); a lone
    sentence said again further on, other paragraphs between, is the issuer's standard wording, kept
    (the Council of Ministers closes several items of one page with 'the draft goes to the Council of
    State for advice': trial B lost it from its page and then, learned, from the next)."""
    kept = {line_key(k) for k in keep}  # as every other rule matches the lines a user keeps
    keys = [line_key(b.text) for b in blocks]
    first: dict[str, int] = {}
    out: list[RawBlock] = []
    copies: list[str] = []
    for i, block in enumerate(blocks):
        key = keys[i]
        if block.kind in ("", "quote") and len(block.text.split()) >= _PARAGRAPH_WORDS:
            if key in first and key not in kept and _copied(keys, first[key], i):
                copies.append(" ".join(block.text.split()))
                continue
            first.setdefault(key, i)
        out.append(block)
    return out, copies


def _copied(keys: list[str], one: int, two: int) -> bool:
    """The paragraph at `two` is a copy of the one at `one`: said in a row, or a neighbour copied with it."""
    if two - one == 1:
        return True
    before = keys[one - 1] == keys[two - 1] if one > 0 else False
    after = keys[one + 1] == keys[two + 1] if two + 1 < len(keys) else False
    return before or after
