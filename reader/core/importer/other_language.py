"""Lines of a page in the country's other language, when the page holds no text in it.

A one-language page of a bilingual site may carry a line of its other version: that version's
headline set on every version's page, an image's description written once for both (seen on three
unrelated real pages: a port's half-year figures, an airport police report, a Brussels office's
presidency news; batch 1 and batch 5 dev). When the page has no paragraph in that language, such a
line is the site's, not the release's: dropped, and listed so the user can keep it. A page that
does hold text in both languages (a bilingual release) keeps every line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import SENTENCE_END, is_body_paragraph
from reader.core.text.langid import LANGS, UNSUPPORTED, identify

_OTHER = {"nl": "fr", "fr": "nl"}
_MIN_WORDS, _MAX_WORDS = 5, 30  # fewer words: a name, whose language a guess cannot tell
_SURE = 0.99
_SENTENCE = re.compile(r"(?<![^.!?])[^.!?]+[.!?]")  # a paragraph of two sentences is text, not a caption


def other_language_lines(
    blocks: list[RawBlock], used: set[int], lang: str, guesses: Sequence[tuple[str, float]] | None = None
) -> list[int]:
    """Indexes of the blocks that are one line in the other national language, on a page without
    a paragraph in it. `guesses`: each block's language as detection guessed it already (a guess
    is most of an import's time on a long page: never twice)."""
    other = _OTHER.get(lang)
    if other is None:
        return []
    found: list[int] = []
    for i, block in enumerate(blocks):
        if i in used or block.kind not in ("", "heading", "title"):
            continue
        text = " ".join(block.text.split())
        said, sure = guesses[i] if guesses is not None else identify(text)
        if said != other or sure < _SURE:
            continue
        if is_body_paragraph(block) and (len(text.split()) > _MAX_WORDS or len(_SENTENCE.findall(text)) >= 2):
            return []  # the page has text in that language: a bilingual release keeps its lines
        if _in_the_text(blocks, i):
            continue  # a sentence left untranslated in the release: the check says so, import keeps it
        if "\n" not in block.text.strip() and _MIN_WORDS <= len(text.split()) <= _MAX_WORDS:
            found.append(i)
    return found


def _in_the_text(blocks: list[RawBlock], i: int) -> bool:
    """A sentence after a paragraph of the page's text, between two of them or closing it: on the real
    pages the other version's line (a headline, with no full stop) sits above the text or beside an
    image; a sentence left in the other language under the text is the release's. Trial J: a French
    page whose last paragraph (or one between two short ones) stayed Dutch had it 'left out as site
    lines', so the stored French was not what was published and the 'untranslated' check never ran.
    A caption kept by mistake is flagged by that check, where a paragraph dropped is lost unseen."""
    text = " ".join(blocks[i].text.split())
    return (
        bool(SENTENCE_END.search(text))
        and not text[:1].islower()
        and any(is_body_paragraph(block) for block in blocks[:i])
    )


_HALF = 0.3  # of the body's words: a quote or a name in the other language is far less


def second_language(paragraphs: Sequence[str], lang: str) -> str:
    """The other language when a good part of the body is written in it (a bilingual document,
    Dutch then French, was imported as one Dutch text with no word: an import trial); '' when not.
    Said as a warning: the checks would read the French half as text the Dutch added. The other
    language is the country's other one of ours, or one press-reader keeps no version in (German
    beside French or Dutch, in one .txt, .html or .docx, was stored inside the French or Dutch
    version unsaid: trial C, F3); English beside ours is not (quotes and names kept in English)."""
    others = [c for c in LANGS if c != lang and (_OTHER.get(lang) == c or c in UNSUPPORTED or lang in UNSUPPORTED)]
    if not others:
        return ""
    words = [len(text.split()) for text in paragraphs]
    theirs: Counter[str] = Counter()
    for text, count in zip(paragraphs, words, strict=True):
        if count >= _MIN_WORDS and (said := identify(text)[0]) in others:
            theirs[said] += count
    total = sum(words)
    best = theirs.most_common(1)
    return best[0][0] if total and best and best[0][1] / total >= _HALF else ""
