"""What a page sets around its headline: above it a letterhead's lines or the site's, under it a
tag or a byline, before the text begins. Read by detect.py once it has found the headline."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from reader.core.importer.datelines import is_date_line
from reader.core.importer.furniture import line_key
from reader.core.importer.issuer import BODY_WORD, ISSUER, KICKER, OFFICE, issuer_text, org_line
from reader.core.importer.letterhead import halves
from reader.core.importer.name_line import body_name, body_text, issuer_of
from reader.core.importer.name_words import name_like
from reader.core.importer.raw import RawBlock
from reader.core.importer.records import record_fields
from reader.core.importer.shapes import SALUTATION, SENTENCE_END, is_body_paragraph
from reader.core.text.fold import fold

if TYPE_CHECKING:  # detect.py imports this module
    from reader.core.importer.detect import Detected

# 'door', 'par', 'by', 'post by', 'geschreven door Jan Peeters': the line naming who wrote a page
_BYLINE = re.compile(
    r"(?:(?:geschreven|gepost|posted|post|écrit|publié|written)\s+)?(?:door|par|by|auteur|author)\b\s*:?(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}",
    re.IGNORECASE,
)


def reads_as_headline(block: RawBlock, lang: str) -> bool:
    """One line of a few words, mostly lowercase content words, naming no office or body: a
    headline, not a name line of a letterhead ('Minister van Werk, Economie en Consumenten')."""
    text = block.text.strip()
    return (
        block.kind in ("", "title")
        and "\n" not in text
        and len(text.split()) >= 4
        and not name_like(text)
        and not ISSUER.search(text)
        and not org_line(text)
        and not KICKER.match(text)
        and not is_date_line(text, lang)
    )


# Short unpunctuated lines between a headline and the first paragraph are the site's (a
# breadcrumb, its tags, a section name, a credit): on the real dev half (2026-11-30), 50 lines of
# four words or fewer there were site lines and 10 were not (4 of them section headings, which the
# dropped list offers back). Two words, as before, found 5 fewer pages clean of site lines.
TAG_WORDS = 4
# A section numbered as documents number them ('I. Inleiding', '1. Context', 'A) Doel'): a tag or a
# breadcrumb never is (a plain fact of document structure)
_NUMBERED = re.compile(r"(?:[IVXL]{1,5}|\d{1,2}|[A-H])[.)]\s+\S")


def clear_head(
    blocks: list[RawBlock], header: list[int], used: set[int], title: int, found: Detected, lang: str
) -> None:
    """What the page sets around its headline is not the release: above it, the institution's
    name or a minister's office (the letterhead, and the issuer when no other line gave one) or
    else the site's lines (a section name, a widget); between it and the text, a one- or two-word
    tag or a breadcrumb below it ('Bevolking', 'Planification d'urgence'), up to the first paragraph."""
    record = record_fields(blocks, used, title, found)  # a question's record: its fields up to its text
    byline = 0  # the lines of a byline still to come: its name, its role
    for i in header:
        if i > title and (record or i not in used and blocks[i].kind in ("list_item", "table")):
            break  # the text has begun: a list or a table (its key points, its figures), a record's own lines
        if i in used or blocks[i].kind in ("letterhead", "list_item", "table"):
            continue
        text = " ".join(blocks[i].text.split())
        if i < title and (org_line(text) or body_name(text, body_text(blocks, title + 1))):
            # a name's halves in two languages on one line, either side of a bar: each in its own
            parts = halves(blocks[i], lang, lang, found.dropped)
            own = [half for code, half in parts if code == lang] if len(parts) > 1 else [blocks[i].text]
            found.issuer = found.issuer or issuer_of(own[0] if own else blocks[i].text)
            found.letterhead += parts if len(parts) > 1 else [(lang, blocks[i].text)]
            used.add(i)
            continue
        if i > title and (_BYLINE.match(text) or byline and len(text.split()) <= 5 and not SENTENCE_END.search(text)):
            # 'door' / 'Rosy Pauwels' / 'Marketing @ Belnet', 'post by' / 'Kelle Moreau': who wrote
            # the page, which news pages set under the headline (two unrelated sites, dev)
            byline = 2 if _BYLINE.fullmatch(text) else max(0, byline - 1)
            found.dropped.append(text)
            used.add(i)
            continue
        if i > title and _glued_caption(blocks, i, text):
            found.dropped.append(text)
            used.add(i)
            continue
        if i > title:
            tag = blocks[i].kind == "" and len(text.split()) <= TAG_WORDS
            tag = tag and bool(re.search(r"[^\W\d_]", text)) and not SALUTATION.match(text)  # 'Beste collega's,'
            tag = tag and not _NUMBERED.match(text)  # 'I. Introduction': the text's first section, numbered
            if not tag or SENTENCE_END.search(text) or text.endswith(","):  # 'Mensen van de pers,'
                break  # the text has begun: a short line from here on is the release's own
            if _page_heads_so(blocks, i, text):
                break  # the page's first subheading: its text heads each part with such a line
        # a line each, as the page sets them: the header's lines a menu parted, run together, were
        # listed as one line the page never has, so last (kept.in_page_order; trial M, F8)
        found.dropped.extend(" ".join(line.split()) for line in blocks[i].text.split("\n") if line.strip())
        used.add(i)


def _subheading_shape(blocks: list[RawBlock], i: int) -> bool:
    text = " ".join(blocks[i].text.split())
    return (
        blocks[i].kind in ("", "heading")
        and len(text.split()) <= TAG_WORDS
        and not SENTENCE_END.search(text)
        and bool(re.search(r"[^\W\d_]", text))
        and i + 1 < len(blocks)
        and is_body_paragraph(blocks[i + 1])
    )


def _page_heads_so(blocks: list[RawBlock], i: int, text: str) -> bool:
    """A short line over the first paragraph is the text's first subheading, not a tag, when the
    page heads two more of its parts with lines of that shape further down, each over a paragraph
    ('Moldavie' / … / 'Sahel' / … / 'Élargissement': a Council's conclusions, a page read as a
    whole; a tag or a breadcrumb stands once, under the headline). The same line said again lower
    down is a tag repeated, not a part."""
    if not _subheading_shape(blocks, i):
        return False
    key = line_key(text)
    later = [j for j in range(i + 2, len(blocks)) if _subheading_shape(blocks, j)]
    return len([j for j in later if line_key(blocks[j].text) != key]) >= 2


# A line run straight into the text's first paragraph under a headline set apart, with no mark
# that ends a sentence or a clause: the lead photo's caption or a tag the copy glued to the text
# ('Oefening in het crisiscentrum' over the lead, in our words). On the real dev half (2026-12-04),
# 15 such lines of nine words or fewer on eleven unrelated sites were all the site's; the 12
# glued the same way under a paragraph of the text were its subheadings, which this never reads.
GLUED_CAPTION_WORDS = 9


def _glued_caption(blocks: list[RawBlock], i: int, text: str, later: bool = True) -> bool:
    return (
        blocks[i].glued
        and blocks[i].kind == ""
        and len(text.split()) <= GLUED_CAPTION_WORDS
        and i + 1 < len(blocks)
        and is_body_paragraph(blocks[i + 1])
        and not re.search(r"[.!?:;,…]$", text)
        and not _NUMBERED.match(text)
        and not (later and _page_glues_so(blocks, i, text))
    )


def _page_glues_so(blocks: list[RawBlock], i: int, text: str) -> bool:
    """The page runs a line that opens as this one does into a later paragraph too: its own formula
    heading each item ('Op voorstel van minister …', 'Sur proposition du Ministre …' over each
    decision of a digest, trial A of the 36th session), of which this is the first; a photo's
    caption stands once, over the lead."""
    opening = line_key(" ".join(text.split()[:2]))
    return any(
        line_key(" ".join(words[:2])) == opening and _glued_caption(blocks, j, " ".join(words), False)
        for j in range(i + 2, len(blocks))
        if (words := blocks[j].text.split())
    )


TITLE_AGAIN_WORDS = 3  # a word or two said again may be a section's name ('Organisatie'); a headline is not


def title_again(blocks: list[RawBlock], used: set[int], found: Detected, kept_keys: set[str]) -> None:
    """The headline said again as a block of its own anywhere below it (closing the page under its
    last link, the site's page title set at the foot): the release has said it, and no release sets
    its own headline as a paragraph (a plain fact of page structure: the import issue's 'a headline
    found is not also a paragraph'). The copies next to it are dropped before, by the page's layout."""
    if not found.title or len(found.title.split()) < TITLE_AGAIN_WORDS or line_key(found.title) in kept_keys:
        return
    key = line_key(found.title)
    for i, block in enumerate(blocks):
        if i not in used and block.kind in ("", "heading") and line_key(block.text) == key:
            found.dropped.append(" ".join(block.text.split()))
            used.add(i)


QUESTION_WORDS = 6  # a section's question is short ('Waarom een Kids-ID?'); a headline that asks is longer
_ARTICLES = {"de", "het", "een", "le", "la", "les", "l", "un", "une", "the", "a", "an"}


def asked_about(topic: str, question: str) -> bool:
    """A short line over a short question that asks about it ('De Kids-ID' / 'Waarom een Kids-ID?',
    'Be Alert' / 'Qu'est-ce que BE-Alert ?'): the page's topic, its headline; the question opens its
    first section (two towns' pages of a new user's trial, where the topic looked like a site's name)."""
    asked = " ".join(question.split())
    if not asked.endswith("?") or len(asked.split()) > QUESTION_WORDS or len(topic.split()) < 2:
        return False  # one word alone is a tag ('KERSTBOOM' over 'Waar naartoe met je kerstboom?': a town's)
    words = [w for w in re.findall(r"[^\W_]+", fold(topic)) if w not in _ARTICLES]
    return bool(words) and "".join(words) in "".join(re.findall(r"[^\W_]+", fold(asked)))


def shortened(short: str, full: str) -> bool:
    """`short` is a shortened form of `full`: fewer words, every word of four letters or more of it
    in `full` (folded: 'Klimaatrobuuste waterlopen' of 'Vlaanderen trekt … klimaatrobuuste
    waterlopen en …'), so a breadcrumb's last crumb, never a headline of its own."""
    from reader.core.text.fold import fold

    if re.search(r"[.:;]\s*$", full):
        return False  # a sentence (the lead, a page's one line of text) is no headline
    words = [fold(w) for w in re.findall(r"[\w'’-]{4,}", short)]
    whole = {fold(w) for w in re.findall(r"[\w'’-]+", full)}
    return bool(words) and len(short.split()) < len(full.split()) and all(w in whole for w in words)


def under_date(blocks: list[RawBlock], i: int, lang: str) -> bool:
    """An institution's name on the line under the page's date line, the headline above both
    ('22 november 2024' over 'Vlaamse Regering'): the page's issuer, as a portal sets it; taken
    for the site's, 14 of an official's 37 pages had none (a reader's trial). Under a date with no
    headline above it, the line is the headline."""
    if i < 2 or "\n" in blocks[i].text.strip():
        return False
    text = " ".join(blocks[i].text.split())
    named = org_line(text) or (name_like(text) and len(text.split()) <= 10 and bool(BODY_WORD.search(text)))
    # The date line is read last, for a line that names a body: read for every line of a page of
    # 100,000 short lines, it was half the import's time (trial Z, F6).
    return (
        named
        and is_date_line(blocks[i - 1].text, lang)
        and any(reads_as_headline(blocks[j], lang) for j in range(i - 1))
    )


# A press service named alone ('Persdienst', 'Service de presse') is a service of the institution
# named on the line above it: the institution is the issuer (trial G: a parliament's release stored
# 'Persdienst' as its issuer and its chamber as a letterhead line).
_PRESS_SERVICE = re.compile(r"(?:persdienst|service de presse|service presse|press office)", re.IGNORECASE)


def office_issuer(blocks: list[RawBlock], header: list[int], used: set[int], found: Detected, lang: str) -> str:
    """The issuer a head's office line names ('Kabinet van de Eerste Minister'), or '' when none does;
    a press service alone under its institution's line names the institution (both the letterhead)."""
    office = next((i for i in header if i not in used and OFFICE.match(blocks[i].text)), None)
    if office is None:
        return ""
    used.add(office)
    said = " ".join(blocks[office].text.split())
    above = office - 1
    if _PRESS_SERVICE.fullmatch(said) and above in header and above not in used and org_line(blocks[above].text):
        used.add(above)
        found.letterhead.append((lang, f"{blocks[above].text.strip()}\n{said}"))
        return issuer_text(blocks[above].text)
    return said


def same_line(text: str, key: str) -> bool:
    """The headline said again, or with a letter mended ('Un année riche' over 'Une année riche':
    2017-citydev-jaarverslag-2016-cadranel): a long line one or two letters apart is the same line."""
    other = line_key(text)
    if other == key:
        return True
    return min(len(key), len(other)) >= 20 and SequenceMatcher(None, key, other).ratio() >= 0.95
