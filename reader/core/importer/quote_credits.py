"""Who a quote on a web page is by: the footer or cite that HTML sets inside its blockquote.

The HTML standard marks a quotation's attribution with a `<footer>` or a `<cite>` in its
`<blockquote>` (Bootstrap's 'blockquote-footer' is the same markup with a class), and sites copy it.
The speaker's name is what the name checks compare between the language versions, so it stays a
line of the quote's block: a page's footer is furniture, the footer of a quote is not. trafilatura
drops such a footer (and runs a cite into the quote's last word), so the quote as we read it stands
in for the one it gives (a new user's trial: the speaker's line vanished from both versions,
unlisted, so that `--keep` could not bring it back).
"""

from __future__ import annotations

from typing import Any

from reader.core.importer.raw import RawBlock


def credits_of(body: Any) -> set[Any]:
    """The attributions of the page's quotes (a footer anywhere in a blockquote, a cite directly in
    it or in that footer, never a cite naming a work inside the quote's sentence), each set on a line
    of its own so that it does not run into the quote's last word."""
    from lxml.html import Element

    found: set[Any] = set()
    for quote in body.iter("blockquote"):
        footers = list(quote.iter("footer"))
        cites = [c for c in quote.iter("cite") if c.getparent() is quote]
        for credit in footers + cites:
            found.add(credit)
            found.update(credit.iter())  # its class ('blockquote-footer') read as a page footer's
            credit.addprevious(Element("br"))
    return found


def _squashed(text: str) -> str:
    return "".join(text.split())


def credited(theirs: list[RawBlock], ours: list[RawBlock]) -> list[RawBlock]:
    """trafilatura's blocks, each quote of which our reading holds (perhaps with its attribution
    after it) replaced by ours; compared without spaces, as a cite run into the quote has none."""
    quotes = [(_squashed(b.text), b) for b in ours if b.kind == "quote"]
    taken: list[RawBlock] = []
    for block in theirs:
        key = _squashed(block.text) if block.kind == "quote" else ""
        fuller = next((b for s, b in quotes if key and s.startswith(key)), None)
        taken.append(fuller or block)
    return taken
