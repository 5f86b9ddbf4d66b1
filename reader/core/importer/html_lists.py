"""Lists as web pages write them, read into list items: typed with bullets and line breaks inside a
paragraph, numbered (<ol>), nested. Read by html.py, for our own reading of a page and trafilatura's.

A release's numbered steps keep their numbers (an <ol> was stored as bullets: an import trial, five
of five) and a nested list's items follow their parent item, each once (the parent ran its
sub-items together, 'ouder;zwangere', and they came again after it), one level deeper: a sub-list
is items after its parent, in order, each with its depth (trial V's nested lists were flattened).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from reader.core.importer.menus import line_key
from reader.core.importer.raw import BULLETS, RawBlock

_BULLET = re.compile(rf"^[{re.escape(BULLETS)}·]\s+")


def bulleted(chunk: str) -> bool:
    """Lines set apart by <br>, two or more of them opening on a bullet ('• mercredi …<br>• samedi …')."""
    return sum(1 for line in chunk.split("\n") if _BULLET.match(line)) >= 2


def bullet_lines(chunk: str) -> list[RawBlock]:
    """A list typed with bullets and line breaks in a paragraph (an HTML import trial: the items came
    out as one paragraph): each bulleted line an item, the lines before them a paragraph."""
    if not bulleted(chunk):
        return [RawBlock(chunk)]
    blocks: list[RawBlock] = []
    for line in chunk.split("\n"):
        if _BULLET.match(line):
            blocks.append(RawBlock(_BULLET.sub("", line), "list_item", "-"))
        elif blocks and blocks[-1].kind == "list_item" and line[:1].islower():
            blocks[-1].text += " " + line  # an item's text wrapped on
        else:
            blocks.append(RawBlock(line))
    return blocks


MARK = "data-press-reader-marker"  # set on an <li> of our own reading: the marker it is stored with
DEPTH = "data-press-reader-depth"  # and how many items it is under, read before its list is lifted out
_MAX_NUMBER = 999  # the library's text writes a numbered item '1.' to '999.' (body._LIST)


def _number(start: str | None) -> int:
    text = (start or "").strip()
    return int(text) if text.isdigit() and len(text) <= 3 else 1


def mark_lists(body: Any) -> None:
    """Number each <ol>'s items (from its `start`), then lift each nested list out of its item to
    follow it, so that an item's text is its own."""
    for ol in body.iter("ol"):
        number = _number(ol.get("start"))
        lettered = (ol.get("type") or "1") != "1"  # 'a', 'i': no number the library writes
        for item in ol:
            if item.tag == "li":
                item.set(MARK, "-" if lettered or number > _MAX_NUMBER else f"{number}.")
                number += 1
    for item in list(body.iter("li")):
        depth = sum(1 for ancestor in item.iterancestors() if ancestor.tag == "li")
        if depth:
            item.set(DEPTH, str(min(depth, 8)))
    for item in list(body.iter("li")):
        for nested in reversed([child for child in item if child.tag in ("ul", "ol")]):
            item.addnext(nested)


def depth(item: Any) -> int:
    """The depth mark_lists read for an <li>: 0 for an item of a list under none."""
    said = item.get(DEPTH) or ""
    return int(said) if said.isdigit() else 0


def list_items(element: Any, text_of: Callable[[Any], str], level: int = 0) -> list[RawBlock]:
    """trafilatura's <list> (rend 'ol' or 'ul') of <item>s, nested lists after their item, a level down."""
    blocks: list[RawBlock] = []
    number = 1
    for item in element:
        if item.tag != "item":
            continue
        nested = [child for child in item if child.tag == "list"]
        own = copy.deepcopy(item) if nested else item
        for child in [child for child in own if child.tag == "list"]:
            _remove_keeping_tail(child)
        text = " ".join(text_of(own).split())
        if text:
            numbered = element.get("rend") == "ol" and number <= _MAX_NUMBER
            blocks.append(RawBlock(text, "list_item", f"{number}." if numbered else "-", level=min(level, 8)))
            number += 1
        for child in nested:
            blocks.extend(list_items(child, text_of, level + 1 if text else level))
    return blocks


def _remove_keeping_tail(element: Any) -> None:
    parent, tail = element.getparent(), element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def markers_as_ours(theirs: list[RawBlock], ours: list[RawBlock], keep: tuple[str, ...] = ()) -> list[RawBlock]:
    """trafilatura numbers an <ol> from 1 whatever its `start`: an item our reading holds keeps
    the marker and depth ours gives it. And a list of ours it left out whole (a list of links reads to it as
    a menu) comes back where the text announces it (under a paragraph ending on ':') or between two
    of the text's paragraphs: trial F's FSMA warning lost the fraudulent firm's two websites, each
    a link in an <li> of the <article>, unlisted (the same fact of punctuation as bare_items.py).
    A line of ours the user keeps (`keep`) comes back too, after what stood above it: the page
    showed it, and '--keep' was refused as 'not in the page's main content' (trial F, F1)."""
    mine = {" ".join(b.text.split()): b for b in ours if b.kind == "list_item"}
    for block in theirs:
        if block.kind == "list_item" and (own := mine.get(" ".join(block.text.split()))):
            block.marker, block.level = own.marker or block.marker, own.level
    have, kept = {_flat(b) for b in theirs}, {line_key(line) for line in keep}
    put_back: dict[str, list[RawBlock]] = {}
    anchor, i = "", 0  # the last block of ours that theirs holds: what a block put back follows
    while i < len(ours):
        j = i
        while j < len(ours) and ours[j].kind == "list_item" and _flat(ours[j]) not in have:
            j += 1
        lead, below = ours[i - 1] if i else None, ours[j] if j < len(ours) else None
        if j > i and lead is not None and lead.kind == "" and _flat(lead) in have:
            between = below is not None and below.kind == "" and _flat(below) in have
            if lead.text.rstrip().endswith(":") or between:
                put_back.setdefault(_flat(lead), []).extend(ours[i:j])
                i = j
                continue
        if _flat(ours[i]) in have:
            anchor = _flat(ours[i])
        elif any(line_key(line) in kept for line in ours[i].text.split("\n")):
            put_back.setdefault(anchor, []).append(ours[i])
        i += 1
    head = put_back.pop("", [])  # kept above all theirs holds
    return head + [x for b in theirs for x in [b, *put_back.pop(_flat(b), [])]]


def _flat(block: RawBlock) -> str:
    return " ".join(block.text.split())
