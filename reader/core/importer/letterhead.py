"""A letterhead's halves and the site's links left above it.

A bilingual letterhead is set as a Dutch block and a French one, or as one block of its Dutch lines
then its French lines; the reader and the review set its halves face to face, so a block of two
languages is cut where the language changes. A site's link pasted above it ('Contact', 'Home')
names no institution and is one to three words: the site's, not the letterhead's.
"""

from __future__ import annotations

import re

from reader.core.importer.datelines import is_date_line
from reader.core.importer.issuer import ISSUER, KICKER, org_line
from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import SENTENCE_END
from reader.core.text.langid import identify


def menu_line(block: RawBlock) -> bool:
    text = block.text.strip()
    return block.kind == "" and "\n" not in text and len(text.split()) <= 3 and not org_line(text)


def two_columns(blocks: list[RawBlock]) -> list[tuple[str, str]]:
    """A letterhead set in two columns, a language each ('Federale Overheidsdienst …      Service
    public fédéral …' on every line, as a word processor's table or tab stops leave it in text): its
    two halves, each column's lines in its language. Empty when the lines are not two columns."""
    rows = [line.strip() for block in blocks for line in block.text.split("\n") if line.strip()]
    cells = [re.split(r"\s{3,}|\t+", row) for row in rows]
    if not rows or any(len(cell) != 2 for cell in cells):
        return []
    left, right = "\n".join(c[0] for c in cells), "\n".join(c[1] for c in cells)
    said = identify(left)[0], identify(right)[0]
    if said[0] == said[1] or not set(said) <= {"nl", "fr", "en", "de"}:
        return []
    return [(said[0], left), (said[1], right)]


def halves(block: RawBlock, guess: str, lang: str, dropped: list[str]) -> list[tuple[str, str]]:
    """A letterhead block set as its Dutch lines then its French ones ('Minister van Mobiliteit' /
    'Ministre de la Mobilité') is two halves, each in its language, as the reader sets them face
    to face; any other block is one half in the language it reads as. A site's links pasted on
    the lines above it ('Contact') are the site's: they go to `dropped`."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    while len(lines) > 1 and block.lang is None and menu_line(RawBlock(lines[0])):
        dropped.append(lines.pop(0))
    block = RawBlock("\n".join(lines), block.kind, block.marker, block.lang)
    columns = two_columns([block]) if block.lang is None else []
    if columns:
        return columns
    # one line, its halves either side of a bar ('Brusselse Hoofdstedelijke Regering | Gouvernement de la
    # Région de Bruxelles-Capitale'): the same two halves, set on one line (trial A, F8: stored whole as nl)
    cells = lines if len(lines) != 1 else [half.strip() for half in lines[0].split(" | ")]
    if block.lang is None and len(cells) >= 2:
        runs: list[tuple[str, list[str]]] = []
        for line in cells:
            said = identify(line)[0]
            if runs and runs[-1][0] == said:
                runs[-1][1].append(line)
            else:
                runs.append((said, [line]))
        two = len(runs) == 2 and runs[0][0] != runs[1][0] and {runs[0][0], runs[1][0]} <= {"nl", "fr", "en"}
        if two and not any(KICKER.match(line) for _said, part in runs for line in part):
            return [(said, "\n".join(part)) for said, part in runs]
    return [(block.lang or (guess if guess in ("nl", "fr", "en") else lang), block.text)]


def other_halves(blocks: list[RawBlock], header: list[int], langs: list[str], lang: str) -> list[int]:
    """The head's blocks in another language that can be a letterhead's other half."""
    return [
        i
        for i in header
        if langs[i] != lang
        and langs[i] in ("nl", "fr", "en", "de")
        and blocks[i].kind not in ("title",)
        # A single short line ('FOD Economie') is a name, whose language guess means little; a single
        # longer line is a half only when it names a body or an office ('Cabinet du Premier ministre'):
        # the other version's headline set on this page names none (a port's half-year figures).
        # (tested before the date lines, which cost most: a page of 25,000 headings has them all in its head)
        and (
            "\n" in blocks[i].text.strip()
            or (len(blocks[i].text.split()) > 4 and bool(ISSUER.search(blocks[i].text) or org_line(blocks[i].text)))
        )
        # 'PERSBERICHT - 10 december 2021' read as English: a kicker and a date line of the page's
        # own language, whatever a guess of a few words says, are no half of a letterhead
        and not KICKER.match(blocks[i].text)
        and not is_date_line(blocks[i].text, langs[i])
        and not is_date_line(blocks[i].text, lang)
    ]


def same_shape(previous: RawBlock, block: RawBlock, lang: str) -> bool:
    """Letterhead halves look alike: several short lines, no sentence, no date, no kicker."""
    lines, before = block.text.split("\n"), previous.text.split("\n")
    return (
        block.kind in ("", "letterhead")
        and len(lines) >= 2
        and abs(len(lines) - len(before)) <= 1
        and max(len(line) for line in lines) <= 60
        and not KICKER.match(block.text)
        and not is_date_line(block.text, lang)
        and not SENTENCE_END.search(block.text)
    )
