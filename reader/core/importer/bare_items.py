"""The items of a list a browser copied without its bullets: short lines, one an item, right under a
lead-in ending on ':' inside the release's text ('Praktisch:' over 'toegang gratis' / 'ingang via …').
The README reads them as a list (layout.bare_lists), so no rule for a site's line may take one first:
a lower-case alt text's rule took two of three practical items of a parliament's page (trial C of
the thirty-second session). A colon announces what follows it (a plain fact of punctuation in
Dutch, French and English): what it announces inside a text is the text's, never the site's.
Addresses are items too: a regulator's warning listed the fraudsters' two e-mail addresses under
'Les adresses suivantes ont été utilisées par les escrocs :', and both went as site lines (trial W of
the thirty-third session, p02); what a colon announces is the text's whatever it holds (the same fact
of punctuation), so an e-mail address, a web address or a phone number alone on its line continues the
items, where a site's own word ('Nieuwsbrief') still ends them. A press contact's label ('Perscontact:')
announces the site's lines: its addresses stay the site's (contact_labels.CONTACT).
A list the page marked (dashes, <li>) is read the same: its items under such a lead, or between two
sentences of the text, are the text's, one item enough; trial F's FSMA warning lost its two websites
('- www.…' under 'La société opère au travers des sites web suivants :') and its e-mail addresses
as site lines, the text ending on the colon (the same fact of punctuation; a list standing between
the text's sentences is the text's as the sentences are)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from reader.core.importer.contact_labels import CONTACT
from reader.core.importer.raw import RawBlock

_ITEM_WORDS = 12  # an item of a bare list is a phrase; a line of the text runs longer
_ITEMS_AT_MOST = 12
Line = tuple[int, int, str, str]  # block, line, its text, the block's kind
_TEXT_WORDS = 8  # a sentence of the release above the lead: the list is inside the text
# An address alone on its line: e-mail, web address, phone number (national or international form).
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|(?:\+\d{2}|0)[\s./]?\d(?:[\s./]?\d){6,}",
    re.IGNORECASE,
)


def _text_line(line: str) -> bool:
    return len(line.split()) >= _TEXT_WORDS and bool(re.search(r"[.!?…][\"”»')]*$", line))


def _item(line: str) -> bool:
    """One phrase: a few words, no second sentence, no lead of its own."""
    return len(line.split()) <= _ITEM_WORDS and not re.search(r"[.!?]\s+\S", line) and not line.endswith(":")


def bare_items(blocks: list[RawBlock], site_line: Callable[[str], bool]) -> set[tuple[int, int]]:
    """The lines (block, line) of the items under a lead-in ending on ':' that a sentence of the text
    stands above. `site_line` tells a site's line: such a lead ('Deel dit bericht:') leads nothing of
    the release's, and a site's own line ('Nieuwsbrief', an address) ends the items. The items open alike (each on a
    capital, or each in lower case: as layout.bare_lists reads them), so that the capitalised links
    under the last of lower-case items are no item of theirs. Items the page marked as a list's
    (list_item blocks) need not open alike, and one is a list; they are the text's also right
    between two of its sentences."""
    lines = [
        (n, k, line.strip(), block.kind)
        for n, block in enumerate(blocks)
        for k, line in enumerate(block.text.split("\n"))
        if line.strip()
    ]
    found: set[tuple[int, int]] = set()
    text_above = False
    for i, (_, _, lead, kind) in enumerate(lines):
        if kind == "" and lead.endswith(":") and text_above and not site_line(lead):
            found |= _items_under(lines[i + 1 : i + 1 + _ITEMS_AT_MOST], site_line, bool(CONTACT.match(lead)))
        elif kind == "" and _text_line(lead) and i + 1 < len(lines) and lines[i + 1][3] == "list_item":
            found |= _marked_between(lines[i + 1 :], site_line)
        text_above = text_above or _text_line(lead)
    return found


def _items_under(under: list[Line], site_line: Callable[[str], bool], contact: bool) -> set[tuple[int, int]]:
    """The items right under a lead: bare lines or a marked list's, not the two mixed."""
    run: list[tuple[int, int, str]] = []
    marked = bool(under) and under[0][3] == "list_item"
    for n, k, line, kind in under:
        alike = not run or line[:1].islower() == run[0][2][:1].islower()
        address = not contact and bool(_ADDRESS.fullmatch(line.rstrip(".,;")))
        if kind != ("list_item" if marked else "") or (site_line(line) and not address):
            break
        if not marked and not (_item(line) and (alike or address)):
            break
        run.append((n, k, line))
    # one bare line under a colon is a value, not a list (readers._list_runs); one marked item is a list
    return {(n, k) for n, k, _ in run} if len(run) >= (1 if marked else 2) else set()


def _marked_between(after: list[Line], site_line: Callable[[str], bool]) -> set[tuple[int, int]]:
    """A marked list's items right under a sentence of the text, a sentence of it right under them."""
    run = [(n, k) for n, k, _, _ in itertools.takewhile(lambda x: x[3] == "list_item", after)]
    below = after[len(run)] if len(run) < len(after) else None
    if below is None or below[3] != "" or not _text_line(below[2]) or site_line(below[2]):
        return set()
    return set(run)


_COLUMN = 60  # the narrowest column a wrapping tool breaks prose at (wrap._WRAPPED_LINE)


def lead_ends(lines: list[str], width: int) -> list[int]:
    """In one block of lines, where a lead ending on ':' and the bare items under it end: two or more
    short lines opening alike (or addresses), each ended where the next line's first word would have
    fitted, so ended by the writer, never by a wrap (a plain fact of typesetting, as wrap._fits).
    Trial F: 'La plateforme est active au travers des sites web suivants :' over two websites, a line
    each, no blank line between, made one run-on paragraph; the README reads such a list an item a line."""
    column = 0.9 * max(width, _COLUMN)
    ends: list[int] = []
    for i, lead in enumerate(lines[:-2]):
        items = list(itertools.takewhile(_item, lines[i + 1 :])) if lead.endswith(":") else []
        alike = len({x[:1].islower() for x in items}) == 1 or all(_ADDRESS.fullmatch(x.rstrip(".,;")) for x in items)
        room = all(len(a) + 1 + len(b.split()[0]) <= column for a, b in zip(items, items[1:], strict=False))
        if len(items) >= 2 and alike and room:
            ends += [i, i + len(items)] if i + 1 + len(items) < len(lines) else [i]
    return ends
