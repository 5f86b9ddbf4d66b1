"""Links to other pages at the foot of a page: the heading of related pages ('Lees ook', 'Meer
nieuws') and the titles, dates and teasers under it, told from the release's own text above."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.importer.raw import RawBlock


def other_pages(before: list[RawBlock], blocks: list[RawBlock]) -> bool:
    """What a heading of other pages ('Meer nieuws', 'See also') has under it to the page's end: their
    titles and dates, short lines, and a teaser or two from each (the opening lines of another
    release, set under its title: two unrelated real dev sites, a heritage institute and an opera
    house). A run of teasers is short, and closes a release already told above it."""
    if all(link(b) for b in blocks):
        return True
    if not any(text_block(b) and len(b.text) >= 80 for b in before):
        return False  # the heading over the release's own text: only the heading goes
    titles = sum(1 for b in blocks if link(b) or (len(b.text.split()) <= 12 and b.text.rstrip()[-1:] in "!?"))
    return len(blocks) <= 12 and titles * 2 >= len(blocks) and all(len(b.text) <= 700 for b in blocks)


def titles_under(block: RawBlock, lines: list[str]) -> list[RawBlock]:
    """The lines under a related heading in its block ('Lees ook' and the titles it links to, no
    blank line between: a trial's federal portal pages): a title a line when all are titles' lines
    (short, no sentence), else the block as it stands, for `other_pages` to judge."""
    rest = [RawBlock(line, "", block.marker, block.lang, block.after_nav) for line in lines if line.strip()]
    return rest if all(link(b) for b in rest) else [RawBlock("\n".join(lines), "", block.marker, block.lang)]


def link(block: RawBlock) -> bool:
    """A line a list of links holds: a page's title or its date, short and no sentence."""
    return len(block.text) < 160 and not re.search(r"[.!?][\"”»')]*\s*$", block.text)


def text_block(block: RawBlock) -> bool:
    """The release's own text: a list item, or a sentence that ends."""
    return block.kind == "list_item" or bool(re.search(r"[.!?:;…][\"”»')]*\s*$", block.text))


def label(block: RawBlock) -> bool:
    """A link's or a section's few words: one line, at most four words, no sentence, no number."""
    text = block.text.strip()
    return (
        block.kind in ("", "heading")
        and "\n" not in text
        and 1 <= len(text.split()) <= 4
        and not re.search(r"[.!?;:,\d]", text)
    )


def titles_closed(
    lines: list[str], site: list[bool], related: Callable[[str], bool], kept: Callable[[str], bool]
) -> list[bool]:
    """The site lines of a block (`site`, a flag a line) with the titles a heading of other pages has
    under it in the block ('Deel dit artikel' / 'Meer nieuws' / two titles / 'Nieuwsbrief'): short
    lines with no sentence end, closed by the site's next line, or by the block's end under the
    footer's lines (trial M, F7: the heading went, its two titles stayed as the release's last
    paragraphs). A heading opening its block over its titles alone is other_pages' to judge."""
    out = site[:]
    for k, line in enumerate(lines):
        if not (site[k] and related(line)):
            continue
        end = k + 1
        while end < len(lines) and not site[end] and lines[end].strip() and link(RawBlock(lines[end].strip())):
            end += 1
        closed = site[end] if end < len(lines) else k > 0
        if end > k + 1 and closed and not any(kept(x) for x in lines[k + 1 : end]):
            out[k + 1 : end] = [True] * (end - k - 1)
    return out
