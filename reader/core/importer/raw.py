"""What a reader gives the detector: blocks of text with a hint of their kind, before any decision."""

from __future__ import annotations

from dataclasses import dataclass

# What marks a list item at a line's start in a text (word processors' and sites' bullets, a dash),
# for the reader that makes items and the layout test that sees a list coming alike.
BULLETS = "-*•–◦▪▫●○■□►▸‣⁃➢"


@dataclass
class RawBlock:
    text: str
    kind: str = ""  # "", "heading", "title", "list_item", "quote", "letterhead", "caption" (HTML's, left out)
    marker: str = ""
    lang: str | None = None
    # the site's navigation (a language menu, 'Menu', a breadcrumb) stood right above this block:
    # what a page sets above its navigation is the site's header, not the release
    after_nav: bool = False
    # one line that ran straight on into the paragraph under it, no blank line between (layout.py
    # cut them apart): under a headline, over the text's first paragraph, a photo's caption or a tag
    glued: bool = False
    # the page marks its paragraphs itself (blank lines, a PDF's gaps): a line break inside this block
    # is a wrap's, never a paragraph's end, even where a sentence ends a full line (trial V, .txt and PDF)
    reflow: bool = False
    level: int = 0  # a list item's depth (Word's w:ilvl, an HTML list inside an item): 0 the list's own
