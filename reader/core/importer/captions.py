"""A photo on a copied page leaves its caption, or the text that stands for it, and its credit:
lines of the site's, not of the release. Read by furniture.py."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from reader.core.importer.datelines import is_dateline
from reader.core.importer.raw import RawBlock

# A caption closing on its credit: '… in actie. (c) KBIN/BMM', '… stelt de strategie voor. © F. Debatty'
# (captions of two unrelated sites, batch 5 dev): a photo's, not the release's; longer than a site
# line may be, as a caption is a sentence.
# (the holder may be a site: 'Séverin Malaud © urban.brussels')
# (the credit a name, its initials too ('J. Haelters'), a brand written with an inner capital, 'iStock', or a domain)
# (or on a credit's label, which _PHOTO_CREDIT reads on a line alone: '… 8 mei 2020. Beeld: KBIN/J. Haelters',
# in brackets too: '… (Beeld: Brandweer)'; two captions of one institute's pages, batch 31 dev)
_CREDIT_MARK = r"(?:©|\(c\)|(?i:beeld|foto|photo|crédits? photo|fotocredit)\s*:)\s*"
_HOLDER = r"(?:[A-ZÀ-Þ]|[a-z]+[A-Z])(?:[^.!?{shut}]|(?<=\W[A-ZÀ-Þ])\.){{0,120}}\.?|[a-z][\w-]*(?:\.[\w-]+)+"
_CREDIT = rf"(?:{_CREDIT_MARK}(?:{_HOLDER.format(shut='')})|\({_CREDIT_MARK}(?:{_HOLDER.format(shut=')')})\))"
CREDITED = re.compile(rf"^.{{0,280}}\S\s+{_CREDIT}$")
_CLOSING_CREDIT = re.compile(rf"\S\s+(?P<credit>{_CREDIT})$")


# A photo's credit alone ('© FAO', '(c) KBIN', 'Foto: Belga'), never a site's rights ('© 2024 FOD …').
# After a label the holder is a name, a brand or a domain: 'Photo : la future passerelle (simulation)'
# in lower case is the caption itself, its credit under it, and the text's last sentence above it no
# caption (a new user's page lost that sentence, then flagged as omitted).
_PHOTO_CREDIT = re.compile(
    r"^(?:©|\(c\)\s|(?:foto|photo|beeld|crédit photo|fotocredit)\s*:\s*"
    r"(?-i:(?=[A-ZÀ-Þ]|[a-z]+[A-Z]|[a-z][\w-]*\.[a-z])))"
    r"\s*(?![\s\d])"
    r"(?!.*\b(?:rechten|droits|rights|copyright)\b)",
    re.IGNORECASE,
)
CAPTION_WORDS = 15
_TEXT_WORDS = 8  # a sentence of the text: a caption's neighbours are the text's, its own length a caption's


def _text_line(line: str) -> bool:
    return len(line.split()) >= _TEXT_WORDS and bool(re.search(r"[.!?…][\"”»')]*$", line.strip()))


def paragraph_credit(line: str) -> int | None:
    """Where the photo's credit closing a line begins, when what it closes runs longer than a caption
    does (CAPTION_WORDS, what the dev half's captions measured): None for a short caption."""
    match = _CLOSING_CREDIT.search(line.rstrip())
    if match is None or len(line[: match.start("credit")].split()) <= CAPTION_WORDS:
        return None
    return match.start("credit")


def credited_paragraphs(blocks: list[RawBlock]) -> set[tuple[int, int]]:
    """The lines (block, line) that are paragraphs of the text closing on a photo's credit ('… baat
    hebben bij de nieuwe verbinding. Foto: <name>'): longer than a caption, set between two sentences
    of the text. Trial W (thirty-third session, extra p09c) lost a minister's statement so, whole, as a
    caption; its credit goes, the paragraph stays. A long caption alone, over the text or under the
    headline (a Council presidency's, 4af56d09), still goes whole: it stands among no text."""
    lines = [(n, k, line) for n, block in enumerate(blocks) for k, line in enumerate(block.text.split("\n"))]
    lines = [(n, k, line) for n, k, line in lines if line.strip()]
    found: set[tuple[int, int]] = set()
    for at in range(1, len(lines) - 1):
        n, k, line = lines[at]
        if blocks[n].kind == "" and paragraph_credit(line) is not None and _text_line(lines[at - 1][2]):
            found |= {(n, k)} if _text_line(lines[at + 1][2]) else set()
    return found


def without_credit(line: str, dropped: list[str], kept: Callable[[str], bool]) -> str:
    """A paragraph without the photo's credit closing it (credited_paragraphs), listed as dropped;
    whole when the user keeps the credit or the line (`kept`)."""
    at = paragraph_credit(line)
    if at is None or kept(line[at:]) or kept(line):
        return line
    dropped.append(line[at:].strip())
    return line[:at].rstrip()


# A photo's credit with no label's colon, its holder's name after the word ('Foto Lien Verbeeck'): two
# or three capitalised words, as a name is written (trial W, a crisis centre's pages).
_BARE_CREDIT = re.compile(r"(?:foto|photo|beeld)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+(?:van |de |le )?[A-ZÀ-Þ][\w'’-]+){1,2}", re.I)


def captions(blocks: list[RawBlock], furniture: Callable[[str], bool]) -> set[tuple[int, int]]:
    """The lines (block, line) set just above a photo's credit: the photo's caption or the text
    that stands for it ('Twee sprekers aan een tafel.' / '© Agentschap', 'Bouwblok 2' / '©
    Architectenbureau'). On the real dev half, 18 such lines of 15 words or fewer, on seven unrelated sites,
    were all the site's; the one longer was a paragraph of the text."""
    lines = [(n, k, line) for n, block in enumerate(blocks) for k, line in enumerate(block.text.split("\n"))]
    lines = [(n, k, line) for n, k, line in lines if line.strip()]
    found: set[tuple[int, int]] = set()
    for at, ((n, k, line), (m, _, after)) in enumerate(zip(lines, lines[1:], strict=False)):
        credit = _PHOTO_CREDIT.match(after.strip()) or CREDITED.match(after.strip())
        # '© Dienst' closing the page is the site's rights under the text's last sentence, no photo's
        # credit under its caption (a new user's page; on the dev half the one credit closing a page
        # had a place's name over it, no sentence)
        footer = at + 2 == len(lines) and bool(re.search(r"[.!?][\"”»')]*$", line.strip()))
        # the caption said twice, as the image's text and then with its credit, is one whatever its length
        again = bool(credit) and after.strip().startswith(line.strip().rstrip(".")) and len(line.split()) > 2
        if not credit or footer or blocks[n].kind in ("letterhead", "table"):
            continue
        if len(line.split()) > CAPTION_WORDS and not again:
            continue
        # a caption closing on its own credit is the photo's whole caption: a sentence over it is the
        # text's (its last one was lost with it on a new user's page); an image's text may stand there
        sentence = re.search(r"[.!?][\"”»')]*$", line.strip())
        if not _PHOTO_CREDIT.match(after.strip()) and sentence and not again:
            continue
        # a sentence set apart from a credit alone (a blank line between) is the text's: trial C's
        # 'De opening volgt in april.' / 'Foto: <name>' / '© Stad Gent' lost the page's last sentence,
        # and a one-paragraph page its body ('no body text found'); a caption with a full stop is
        # written against its credit ('Twee sprekers aan een tafel.' / '© Agentschap', one block)
        if sentence and not again and m != n:
            continue
        # the page's date line set over a photo's credit ('24/09/2021' / 'Un centre (c) Belga') dates
        # the page; a caption describes the photo and is never a date alone
        if not (len(line.split()) <= 6 and any(is_dateline(line, lang) for lang in ("nl", "fr", "en"))):
            found.add((n, k))
    return found | _under_credit(blocks, lines, furniture)


def _under_credit(
    blocks: list[RawBlock], lines: list[tuple[int, int, str]], furniture: Callable[[str], bool]
) -> set[tuple[int, int]]:
    """A caption set under its photo's credit ('Photo : <agency>' / 'A nurse fills a syringe', trial
    C's health institute page kept it as a paragraph): a short line with no sentence's end under a
    credit alone, with only the site's lines (`furniture`: furniture.is_furniture) or nothing after
    it. A heading under a credit opens more text, which stays."""
    found: set[tuple[int, int]] = set()
    for at, (_, _, line) in enumerate(lines[:-1]):
        n, k, below = lines[at + 1]
        credit = _PHOTO_CREDIT.match(line.strip()) or _BARE_CREDIT.fullmatch(line.strip())
        if not credit or blocks[n].kind in ("letterhead", "table"):
            continue
        short = len(below.split()) <= CAPTION_WORDS and not re.search(r"[.!?:;][\"”»')]*$", below.strip())
        # the rest read only under a credit, and only as far as its first line of text: copied for each
        # line, it made a page of 50,000 lines take 80 s (the security test of a long HTML page)
        if short and all(furniture(text) for _, _, text in itertools.islice(lines, at + 2, None)):
            found.add((n, k))
    return found


# A line in lower case with no sentence or clause mark, of a few words: what a copied page keeps of an
# image (its alt text: 'focus image', 'someone holding a phone', in our words) or of a widget's label
# ('full width'). Text never starts a paragraph so; a list's item does, under a line ending ':'.
_ALT_TEXT = re.compile(r"[a-zà-ÿ][^.!?:;,\n]*")
ALT_TEXT_WORDS = 12  # the longest seen on the dev half was nine words; a clause runs longer


def _alt_text(line: str) -> bool:
    line = line.strip()
    return bool(_ALT_TEXT.fullmatch(line)) and len(line.split()) <= ALT_TEXT_WORDS


def alt_texts(blocks: list[RawBlock]) -> set[tuple[int, int]]:
    """The lines (block, line) opening a block that stand for an image or a widget: an alt text in
    lower case over the paragraph it illustrates, or a block of such lines alone. On the real dev half,
    eight such lines on six unrelated sites (a museum, a market regulator, a cybersecurity centre, a
    crisis centre, the Senate, a health insurer) were all the site's, and no line of a text was one: a
    hard-wrapped sentence's next line follows on the same block or after a line with no end."""
    found: set[tuple[int, int]] = set()
    for n, block in enumerate(blocks):
        numbered = [(k, line) for k, line in enumerate(block.text.split("\n")) if line.strip()]
        lines = [line for _, line in numbered]
        if block.kind != "" or not lines or not _alt_text(lines[0]):
            continue
        before = blocks[n - 1].text.rstrip() if n else ""
        if before.endswith((":", ";", ",")):
            continue  # a list's items
        if "\n" in before and not re.search(r"[.!?…)\"”»]$", before):
            continue  # a wrapped paragraph going on; a one-line block over it is a title
        run = next((k for k, line in enumerate(lines) if not _alt_text(line)), len(lines))
        if run == len(lines) and len(lines) == 1:
            continue  # one line alone: furniture.py's lower-case label, or a text's item
        if run < len(lines) and not re.match(r"[A-ZÀ-Þ0-9\"«“„]", lines[run].strip()):
            continue
        found |= {(n, numbered[k][0]) for k in range(run)}
    return found
