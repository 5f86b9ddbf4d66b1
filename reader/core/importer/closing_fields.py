"""The values a site sets under a label that closes its page: the tags under 'Tags' / 'Mots-clés' /
'Trefwoorden' ('Agriculture', 'Biodiversité', a word or two a line). The label is a site line
(site_words.py) but its values, alone on their lines, read as paragraphs and stayed the release's
last words (a checks trial: a regional government's page, and a Flemish one with 'Trefwoorden').
And the date under 'Laatst bijgewerkt' / 'Dernière mise à jour' (a federal economy service's page
of the same trial): when the site last touched the page, no sentence of the release (dropped, it
still dates a page that has no other date: page_dates.published_field reads the label and its
line). What a site sets so is the last thing of its page, under it only site lines or the links
to other pages or its contact block: a label in the middle of the text, or words with the release's text after, stay."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.importer.contact_labels import CONTACT
from reader.core.importer.datelines import is_date_line
from reader.core.importer.raw import RawBlock
from reader.core.importer.site_words import related_heading
from reader.core.text.stamps import UPDATED

_TAGS = {
    "tags",
    "tag",
    "trefwoorden",
    "sleutelwoorden",
    "mots-clés",
    "mots clés",
    "mots-cles",
    "étiquettes",
    "keywords",
    "termen",  # news.belgium.be's 'Termen:' / 'Termes :' over its tags (trial B's Council pages)
    "termes",
}
_TAG_WORDS = 2  # a tag is a word or two ('Agriculture', 'Gezondheid en zorg' is no tag but a heading)
_TAGS_AT_MOST = 12
_UPDATE_LABEL = re.compile(rf"{UPDATED}\s*:?", re.IGNORECASE)


def _key(line: str) -> str:
    return " ".join(line.lower().split()).rstrip(" :")


def _date(line: str) -> bool:
    return len(line.split()) <= 5 and any(is_date_line(line, lang) for lang in ("nl", "fr", "en"))


def _tag(line: str) -> bool:
    flat = " ".join(line.split())
    return 1 <= len(flat.split()) <= _TAG_WORDS and not re.search(r"[.!?;:,…]$", flat)


def closing_fields(blocks: list[RawBlock], site_line: Callable[[str], bool]) -> set[tuple[int, int]]:
    """The lines (block, line) of the values under a closing label; `site_line` tells a site's line."""
    lines = [
        (n, k, line)
        for n, block in enumerate(blocks)
        if block.kind in ("", "heading", "list_item")
        for k, line in enumerate(block.text.split("\n"))
        if line.strip()
    ]
    found: set[tuple[int, int]] = set()
    for i, (_, _, line) in enumerate(lines):
        end = i + 1
        if _key(line) in _TAGS:
            while (
                end < len(lines)
                and end - i <= _TAGS_AT_MOST
                and _tag(lines[end][2])
                and not _site_or_label(lines[end][2], site_line)
            ):
                end += 1
        elif _UPDATE_LABEL.fullmatch(" ".join(line.split())) and end < len(lines) and _date(lines[end][2]):
            end += 1
        if end > i + 1 and _closes(lines[end:], site_line):
            found |= {(n, k) for n, k, _ in lines[i + 1 : end]}
    return found


def _site_or_label(line: str, site_line: Callable[[str], bool]) -> bool:
    """A site's line, or the contact block's label ('Bron'), which ends the tags as a tag's length."""
    return site_line(line) or bool(CONTACT.match(line.strip()))


def _closes(rest: list[tuple[int, int, str]], site_line: Callable[[str], bool]) -> bool:
    """Nothing of the release's under the values: site lines to the end, or the heading of links to
    other pages (whose titles and dates other_pages.py tells)."""
    for _, _, line in rest:
        if related_heading(" ".join(line.lower().split()).rstrip(" :")) or CONTACT.match(line.strip()):
            return True  # links to other pages, or the contact block, to the end: the site's (furniture.py)
        if not site_line(line):
            return False
    return True
