"""Subheadings of a text copied as plain lines: a short line alone between paragraphs, without a
sentence's closing mark; and on a page of several items (a Council of Ministers' decisions), a longer
line of that shape over a paragraph that opens as the page's other items open."""

from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile

from reader.core.model import Block


def subheadings(body: list[Block]) -> None:
    """A short line set alone between two paragraphs, without a sentence's closing mark ('Lessen
    uit de crisis', 'Doelstellingen'), is a subheading: how plain text and a page copied from a
    browser set one. The first block stays a paragraph (a lead or a teaser opens a text)
    unless the text heads two more parts the same way. Run after
    `bare_lists`: the last item of a list copied bare, over the paragraph after it, and the items
    set in one block ('Liège Huy Namur' once flattened) had become headings (a trial's pages)."""
    for i in range(1, len(body) - 1):
        if _heads(body, i):
            body[i] = Block("heading", body[i].text, level=2)
    _item_heads(body)
    # unless the text heads two more parts so: then its first line is its first part's heading too
    if len(body) > 1 and _heads(body, 0) and sum(b.kind == "heading" for b in body[2:]) >= 2:
        body[0] = Block("heading", body[0].text, level=2)


def _heads(body: list[Block], i: int) -> bool:
    block, after = body[i], body[i + 1]
    listed = takewhile(lambda b: b.kind == "list_item", body[i + 2 :] if after.kind == "list_item" else [])
    following = len(after.text) + sum(len(b.text) for b in listed)  # a list under it: all its items
    return (
        block.kind == "paragraph"
        and after.kind in ("paragraph", "list_item")
        and 1 <= len(block.text.split()) <= 10
        and following > 2 * len(block.text)
        and block.text[:1].isupper()
        and not re.search(r"[.!?:;,…\"”»)]$", block.text)
    )


ITEM_WORDS = 30  # a longer line without its closing mark is a paragraph that lost it, never a heading
ITEMS_ALIKE = 3  # the line's item and two more open alike: the page is a list of items


def _item_heads(body: list[Block]) -> None:
    """A longer line of a heading's shape (a capital, no closing mark, a longer paragraph under it)
    heads an item when the paragraph under it opens as the paragraphs under two more of the page's
    headings do ('Op voorstel van ...', 'Sur proposition de ...'): the page is a list of items, and
    this is one's title, whatever its length. Trial B's Council pages set item titles of 63-110
    characters, as news.belgium.be does (82-110 on 7 Nov 2025 and 6 Feb 2026); read as paragraphs,
    they were glued to a neighbour in alignment and a faithful pair was flagged as omissions."""
    heads = [i for i in range(len(body) - 1) if body[i].kind == "heading" and body[i + 1].kind == "paragraph"]
    longer = [i for i in range(1, len(body) - 1) if _item_shaped(body, i)]
    openings = Counter(_opening(body[i + 1].text) for i in heads + longer)
    for i in longer:
        if _opening(body[i + 1].text) and openings[_opening(body[i + 1].text)] >= ITEMS_ALIKE:
            body[i] = Block("heading", body[i].text, level=2)


def _item_shaped(body: list[Block], i: int) -> bool:
    block, after = body[i], body[i + 1]
    return (
        block.kind == "paragraph"
        and after.kind == "paragraph"
        and len(block.text.split()) <= ITEM_WORDS
        and len(after.text) > len(block.text)
        and block.text[:1].isupper()
        and not re.search(r"[.!?:;,…\"”»)]$", block.text)
    )


def _opening(text: str) -> str:
    """A paragraph's first two words, folded: how the items of one page open alike."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:2]
    return " ".join(words) if len(words) == 2 else ""
