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
from reader.core.importer.hints import ImportHints
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
# a sentence's end, a closing quote or bracket after it: what makes a paragraph the author's sentence
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def said_twice(blocks: list[RawBlock], keep: Collection[str] = ()) -> tuple[list[RawBlock], list[str]]:
    """A run of paragraphs the page gives a second time word for word (a lead set once as the teaser
    and once in the text): said once, the copy listed (a debt agency's and a health insurer's pages,
    unrelated, dev). A lone sentence said again is the author's, in a row (a refrain, a call to action
    repeated; a rendering whose two sentences came out alike: trial D lost one of 20 paragraphs so,
    silently) or further on, other paragraphs between (the Council of Ministers closes several items
    of one page with 'the draft goes to the Council of State for advice': trial B lost it from its
    page and then, learned, from the next). A lone copy in a row that is no sentence is still one."""
    kept = {line_key(k) for k in keep}  # as every other rule matches the lines a user keeps
    keys = [line_key(b.text) for b in blocks]
    first: dict[str, int] = {}
    out: list[RawBlock] = []
    copies: list[str] = []
    for i, block in enumerate(blocks):
        key = keys[i]
        if block.kind in ("", "quote") and len(block.text.split()) >= _PARAGRAPH_WORDS:
            if key in first and key not in kept and _copied(keys, first[key], i, block.text):
                copies.append(" ".join(block.text.split()))
                continue
            first.setdefault(key, i)
        out.append(block)
    return out, copies


def copies_said(copies: list[str], hints: ImportHints) -> str:
    """The warning that names the paragraphs dropped as a copy: none goes unsaid (trial D)."""
    if not copies:
        return ""
    shown = "; ".join(f"'{c[:60]}{'…' if len(c) > 60 else ''}'" for c in copies[:3])
    more = f" and {len(copies) - 3} more" if len(copies) > 3 else ""
    return (
        f"{len(copies)} paragraph(s) the page gives again in a run of copies kept once: {shown}{more}"
        f" (listed as dropped; {hints.keep()})"
    )


def _copied(keys: list[str], one: int, two: int, text: str) -> bool:
    """The paragraph at `two` is a copy of the one at `one`: a neighbour copied with it, or, no
    sentence, said in a row."""
    before = keys[one - 1] == keys[two - 1] and two - 1 != one if one > 0 else False
    after = keys[one + 1] == keys[two + 1] and one + 1 != two if two + 1 < len(keys) else False
    return before or after or (two - one == 1 and not _SENTENCE_END.search(text))
