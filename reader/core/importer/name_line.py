"""A body's name alone at the top of a page, over its headline ('NMBS', 'STIB-MIVB', 'Rekenhof',
'Federaal Wetenschapsbeleid (BELSPO)', 'Centrum voor Cybersecurity België'): the page's letterhead and
issuer, never its headline nor a site line. Read by detect.py (which line heads the page) and
head.py (what the lines above the headline are)."""

from __future__ import annotations

import re

from reader.core.importer.issuer import BODY_WORD, issuer_text, org_line
from reader.core.importer.name_words import JOINING, LINK_WORDS, name_like
from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import SENTENCE_END
from reader.core.importer.signed import one_word_name

NAME_WORDS = 8  # a body's name with its acronym ('Federaal Agentschap voor … (FAGG)'); a headline runs on
# An acronym, or acronyms joined as bilingual bodies join their two ('NMBS', 'STIB-MIVB', 'SNCB/NMBS'):
# capitals only, as the three languages write initials
_ACRONYM = re.compile(r"\A[A-ZÀ-Þ]{2,8}(?:[-/][A-ZÀ-Þ]{2,8}| [-/] [A-ZÀ-Þ]{2,8})*\Z")
# 'Name (ACRONYM)': how a body is introduced in all three languages
_NAME_ACRONYM = re.compile(r"\A(?P<name>[^()]*[^()\s])\s+\([A-ZÀ-Þ]{2,8}\)\Z")  # anchored: test_pattern_time


def body_text(blocks: list[RawBlock], start: int) -> str:
    return "\n".join(" ".join(b.text.split()) for b in blocks[start:])  # a block opens a sentence


def _said_as_name(word: str, body: str) -> bool:
    """`word` written as the body writes a name: as is, mid-sentence ('La STIB remplace …'), or opening a
    sentence in lowercase ('skeyes, de Belgische …'), which only a name that writes itself so does (a
    plain fact of nl/fr/en orthography: a sentence opens on a capital)."""
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", body):
        before = body[: found.start()]
        opens = not before.strip() or bool(SENTENCE_END.search(before.rstrip()) or re.search(r"\n[ \t]*$", before))
        runs_on = bool(re.match(r"[ \t]*[^\s]", body[found.end() :]))  # a sentence, not the line alone
        if opens == word[:1].islower() and (runs_on or not opens):
            return True
    return False


def named_lowercase(line: str, page: str) -> bool:
    """A lowercase word alone on its line that the page's text (`page`, its blocks a line each) opens
    a sentence with ('skeyes, de …'): a body's name written so, not an image's or a link's label
    ('caméra'), which no sentence opens on."""
    word = line.strip()
    return " " not in word and _said_as_name(word, page)


def body_name(text: str, body: str) -> bool:
    """The line names a body: an institution's name (issuer.org_line), an acronym the body does not use
    as a word, 'Name (ACRONYM)', a name built on a body's word ('Centrum …', 'Dienst …'), or a name the
    text says again in one of its forms ('STIB' for 'STIB-MIVB', 'skeyes')."""
    flat = " ".join(text.split())
    if not flat or "\n" in text.strip() or len(flat.split()) > NAME_WORDS or SENTENCE_END.search(flat) or ":" in flat:
        return False
    if org_line(flat):
        return True
    if _ACRONYM.fullmatch(flat):  # 'NIEUWS' is a word when the text writes it in lowercase
        return not any(
            re.search(rf"(?<![\w-]){re.escape(part.lower())}(?![\w-])", body) for part in re.split(r"[-/\s]+", flat)
        )
    if (named := _NAME_ACRONYM.fullmatch(flat)) and name_like(named["name"]):
        return True
    if name_like(flat) and BODY_WORD.search(flat):
        return True
    parts = [p for p in re.split(r"[-/\s]+", flat) if len(p) >= 3]
    if len(flat.split()) == 1 and len(parts) == 1:
        # a capitalised word is a brand only when every language writes it alike ('Statbel'), else a
        # tag or a portfolio ('Energie' of 'de minister van Energie': signed.py's rule for owner lines)
        return _said_as_name(flat, body) and (flat[:1].islower() or one_word_name(flat))
    if name_like(flat) and _said_as_name(flat, body):
        return True
    return len(parts) > 1 and any(p.isupper() and _said_as_name(p, body) for p in parts)


def issuer_of(text: str) -> str:
    """The issuer a name line gives: an acronym as it is written ('NMBS', not 'Nmbs'), else as issuer.py reads it."""
    flat = " ".join(text.split())
    return flat if _ACRONYM.fullmatch(flat) else issuer_text(text)


def headline_shape(text: str) -> bool:
    """Three words or more with a lowercase word of content: what a headline says, not a name."""
    flat = " ".join(text.split())
    words = re.findall(r"[^\W\d_][\w'’-]*", flat)
    content = [w for w in words if w[:1].islower() and w.lower() not in LINK_WORDS | JOINING]
    return len(flat.split()) >= 3 and bool(content) and not flat.endswith(".")


def under_name_line(
    blocks: list[RawBlock], candidates: list[int], titled: list[int], worded: list[int], first_body: int
) -> int | None:
    """The headline under a body's name set alone at the top of the page, with only the date line, a
    kicker or more of the name between ('Rekenhof' / 'Premies voor …', 'Centrum voor Cybersecurity
    België' / 'Brussel, 2 maart 2026' / 'Brussels Cyber Resilience Days …'): the line the page sets apart
    below it. Read when nothing else heads the page, or the name would: a name of one or two words is the
    headline only when no other line can be."""
    if titled or not candidates or (worded and worded[0] != candidates[0]):
        return None
    top = candidates[0]
    body = body_text(blocks, first_body)
    if headline_shape(blocks[top].text) or not body_name(blocks[top].text, body):
        return None
    for i in candidates[1:]:
        if i >= first_body:
            break
        if headline_shape(blocks[i].text):
            return i
        if not body_name(blocks[i].text, body):
            break
    return None
