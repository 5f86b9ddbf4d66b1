"""A page's head as copied: a block holding a headline and its dateline, a name line over the
headline or a date stamp run into the lead is set as the lines it is made of, before detect.py reads
the head line by line."""

from __future__ import annotations

import re

from reader.core.importer.datelines import find_date, is_date_line, is_dateline
from reader.core.importer.issuer import KICKER, org_line
from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import is_body_paragraph
from reader.core.text.langid import identify

_STAMP = re.compile(r"^\s*(\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)(?![\d./-])\s*(?=\S)")  # a numeric date opening a text


def block_language(text: str) -> str:
    return identify(text.replace("\n", " "))[0]


def split_header_lines(blocks: list[RawBlock]) -> list[RawBlock]:
    """A header block mixing a headline and a dateline ('Titel<br>Brussel, 5 mei 2020') becomes lines."""
    out: list[RawBlock] = []
    seen_body = False
    for block in blocks:
        lines = [line for line in block.text.split("\n") if line.strip()]
        stamp = _STAMP.match(block.text) if not seen_body and is_body_paragraph(block) and block.kind == "" else None
        if stamp:  # '26.10.2019« Votre regard ...': a date stamp run into the lead (2019-10-26-bpv-...)
            out += [
                RawBlock(stamp.group(1), after_nav=block.after_nav),
                RawBlock(block.text[stamp.end() :].strip(), block.kind, block.marker),
            ]
            seen_body = True
            continue
        if not seen_body and is_body_paragraph(block) and len(lines) > 1 and block.kind == "":
            # the first paragraph under a line holding only its date ('11/10/2018'): a date line
            # set without a blank line after it (2018-10-11-fedasil-bufferplaatsen); a plain fact.
            # Under the page's own short lines too (menu, breadcrumb, a label, all copied without a
            # blank line: a regional portal's page in a trial), each of them a line of the head.
            lang = block_language(block.text)
            dated = next((k for k, line in enumerate(lines[:_HEAD_LINES]) if _dated(line, lang)), None)
            if dated is not None and all(_head_line(line) for line in lines[:dated]):
                head = enumerate(lines[: dated + 1])
                out += [RawBlock(line.strip(), after_nav=block.after_nav and k == 0) for k, line in head]
                if dated + 1 < len(lines):
                    out.append(RawBlock("\n".join(lines[dated + 1 :]), block.kind, block.marker, block.lang))
                seen_body = True
                continue
        seen_body = seen_body or is_body_paragraph(block)
        if not seen_body and block.kind in ("", "title") and len(lines) > 1:
            lang = block_language(block.text)
            # a name line over the headline ('Federale Overheidsdienst Economie' / 'Energiepremie
            # voor …', no blank line between: a new user's page) is two lines, not one wrapped title
            named = (
                block.kind == ""
                and len(lines) == 2  # a minister's titles over several lines are a letterhead, kept whole
                and org_line(lines[0].strip())
                and not org_line(lines[1].strip())
                and not _wraps(lines[0], lines[1])
            )
            # a kicker and its date on the block's first line ('Communiqué de presse - 7 novembre 2024'),
            # the headline under it with no blank line between (a new user's page): the kicker's line
            # is read apart, or the headline went with it and the page had none
            dated_kicker = KICKER.match(lines[0]) and is_date_line(lines[0], lang)
            if dated_kicker and not any(is_date_line(line, lang) for line in lines[1:]):
                out += [
                    RawBlock(lines[0].strip(), block.kind, after_nav=block.after_nav),
                    RawBlock("\n".join(line.strip() for line in lines[1:]), block.kind, block.marker, block.lang),
                ]
                continue
            if named or (not KICKER.match(block.text) and any(is_date_line(line, lang) for line in lines)):
                out.extend(
                    RawBlock(line.strip(), block.kind if i == 0 else "", after_nav=block.after_nav and i == 0)
                    for i, line in enumerate(lines)
                )
                continue
        out.append(block)
    return out


# How far down a copied block its date line is looked for: a menu, a breadcrumb and a label above it
# (a regional portal's head ran to 13 lines before its date in one block; a paragraph's own date is
# never this far up with only short lines before it).
_HEAD_LINES = 16


def _dated(line: str, lang: str) -> bool:
    return find_date(line.strip(), lang) is not None and is_dateline(line.strip(), lang)


def _head_line(line: str) -> bool:
    """A line of a page's head: short, and no sentence (a menu item, a crumb, a label)."""
    line = line.strip()
    return len(line) <= 60 and not re.search(r"[.!?;:]$", line)


def _wraps(line: str, following: str) -> bool:
    """The next line goes on with this one's sentence: it opens in lowercase, or this one is long
    and stops on no mark (a title wrapped by the width of a column)."""
    line, following = line.strip(), following.strip()
    return following[:1].islower() or (len(line) >= 45 and not re.search(r"[.!?:;]$", line))
