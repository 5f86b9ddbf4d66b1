"""A long document's table of contents: the list of its headings, each with the page it starts on,
is no text of the release, and is left out as one listed block.

Trial E (annual reports, press dossiers, policy notes as PDF and Word): the contents were never
dropped. A PDF's dot-leader lines ('1.1 Activiteiten ...... 6') became headings and paragraphs and
their page numbers a one-column table; a Word typed contents ('1.1 Activiteiten<TAB>3') stayed as 63
paragraphs; a contents line became a release's title and id. What makes a contents, as print and
word processors set one (plain facts of document layout, not of one file): a run of lines each
ending on a page number, after a leader (a row of dots, an ellipsis, a tab: how a right tab stop
sets the number) or under the contents' own title ('Inhoud', 'Table des matières', 'Sommaire',
'Contents'), and the pages only go up as the headings go down the document.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from reader.core.importer.menus import line_key
from reader.core.importer.pdf_pages import Piece
from reader.core.importer.raw import RawBlock

# The contents' own title, as Dutch, French and English documents name it
_TITLE = re.compile(
    r"(?:inhoud(?:stafel|sopgave)?|table des mati[eè]res|sommaire|(?:table of )?contents)\s*:?",
    re.IGNORECASE,
)
# An entry set with a leader to its page number: dots (spaced or not), an ellipsis, a tab
# (each bounded to _LONGEST at its start: on a long run of spaces the lazy entry rescanned it per step)
_LEADER = re.compile(r"^(?=.{0,300}$)(?P<entry>.*?[^\W\d_].*?)\s*(?:(?:\.\s?){3,}|…+|\t)\s*(?P<page>\d{1,4})$")
# An entry with its page number after a space only (under the contents' title)
_BARE = re.compile(r"^(?=.{0,300}$)(?P<entry>.*?[^\W\d_].*?)\s+(?P<page>\d{1,4})$")
# A leader ending a piece of a PDF's line, its page number drawn as a piece of its own
_LEADER_END = re.compile(r"(?:(?:\.\s?){3,}|…+)\s*$")
_LONGEST = 300  # a heading, its leader and its page number fill a line of print at most
_MIN_ENTRIES = 3  # two lines ending in figures are a table's or a list's as often


def leaders_joined(pieces: list[Piece]) -> list[Piece]:
    """A PDF's contents line drawn as two pieces, the entry with its leader and the page number set
    at the right margin, as one piece: apart, the numbers on the page's right half read as a second
    column (pdf_pages.columns), a one-column 'table' of page numbers under the entries."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (
            last is not None
            and re.fullmatch(r"\s*\d{1,4}\s*", piece.text)
            and _LEADER_END.search(last.text)
            and abs(piece.y - last.y) <= 0.5
        ):
            out[-1] = Piece(last.y, last.size, f"{last.text.rstrip()} {piece.text.strip()}", last.x)
            continue
        out.append(piece)
    return out


def _page(line: str, titled: bool) -> int | None:
    """The page number the contents line gives, or None when the line is no contents line."""
    line = line.strip()
    if len(line) > _LONGEST or not line[-1:].isdigit():  # a long line is a sentence (and slow to match)
        return None
    found = _LEADER.match(line) or (_BARE.match(line) if titled else None)
    return int(found.group("page")) if found else None


def _runs(lines: list[str], kept_keys: set[str]) -> tuple[set[int], list[str]]:
    """The indexes of the contents' lines among `lines`, and each contents as one line of the
    dropped list (its entries apart by ' | ', each one the user may keep on its own, or all at once)."""
    gone: set[int] = set()
    said: list[str] = []
    i = 0
    while i < len(lines):
        titled = bool(_TITLE.fullmatch(lines[i].strip()))
        start = i + 1 if titled else i
        end, last = start, 0
        while end < len(lines) and (page := _page(lines[end], titled)) is not None and page >= last:
            end, last = end + 1, page
        if end - start < _MIN_ENTRIES:
            i += 1
            continue
        entries = [" ".join(lines[n].split()) for n in range(i, end)]
        if line_key(" | ".join(entries)) not in kept_keys:
            left_out = [n for n in range(i, end) if line_key(entries[n - i]) not in kept_keys]
            gone |= set(left_out)
            said += [" | ".join(entries[n - i] for n in left_out)] if left_out else []
        i = end
    return gone, said


def contents_apart(text: str, keep: Collection[str] = ()) -> tuple[str, list[str]]:
    """A PDF's text without its table of contents, and the contents as dropped-list lines: taken out
    before the text is cut into blocks, where its lines ending on figures read as a table's rows."""
    lines = text.split("\n")
    numbered = [(n, line) for n, line in enumerate(lines) if line.strip()]
    gone, said = _runs([line for _n, line in numbered], {line_key(line) for line in keep})
    if not gone:
        return text, []
    away = {numbered[k][0] for k in gone}
    return "\n".join(line for n, line in enumerate(lines) if n not in away), said


def drop_contents(blocks: list[RawBlock], keep: Collection[str] = ()) -> tuple[list[RawBlock], list[str]]:
    """The blocks without their table of contents (a Word document's paragraphs, one a line), and
    the contents as dropped-list lines."""
    lines = [(b, line) for b, block in enumerate(blocks) for line in block.text.split("\n") if line.strip()]
    gone, said = _runs([line for _b, line in lines], {line_key(line) for line in keep})
    if not gone:
        return blocks, []
    texts: dict[int, list[str]] = {}
    for n, (b, line) in enumerate(lines):
        if n not in gone:
            texts.setdefault(b, []).append(line)
    out: list[RawBlock] = []
    for b, block in enumerate(blocks):
        if not any(lines[n][0] == b for n in gone):
            out.append(block)
        elif b in texts:
            block.text = "\n".join(texts[b])
            out.append(block)
    return out, said
