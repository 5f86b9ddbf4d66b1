"""Decisions taken from the page as a whole, before detection reads its head line by line.

- Paragraph ends inside a block of text (wrap.py).
- The page title repeated: a site sets the headline once in its page header and once above the
  article; a short line of the page's head that comes back a few lines later is the headline,
  and its repeat is not text of the release.
- A site's menu copied with the page: a run of short capitalised labels, one per line, with no
  sentence mark or number, above the headline. No release sets three such lines in a row before
  its text (a letterhead names an institution, an address has numbers).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from reader.core.importer.datelines import GLUED_STAMP, find_date
from reader.core.importer.dialogue import dialogue_turns
from reader.core.importer.header_lines import block_language
from reader.core.importer.issuer import KICKER, org_line, short_name
from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import SALUTATION
from reader.core.importer.subheads import subheadings
from reader.core.importer.wrap import FIELD, ends_sentence, paragraph_ends
from reader.core.model import Block


def join_initials(blocks: list[RawBlock]) -> list[RawBlock]:
    """A paragraph's first letter set apart as a drop cap ('O' over 'p donderdag ...'): the letter
    alone on a line, the text going on in lower case mid-word on the next; one word again (the
    initial is a plain fact of typography, which a copied page keeps as a line of its own)."""
    out: list[RawBlock] = []
    for block in blocks:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == block.kind == ""
            and re.fullmatch(r"[A-ZÀ-Þ]", last.text.strip())
            and re.match(r"[a-zà-ÿ]{1,20}[\s,]", block.text)
        ):
            out[-1] = RawBlock(last.text.strip() + block.text, block.kind, block.marker, block.lang, last.after_nav)
            continue
        out.append(block)
    return out


def split_stamps(blocks: list[RawBlock]) -> list[RawBlock]:
    """A publication stamp run onto the end of a line ('Lees het advies (in pdf)gepost op:
    04/02/2021') set on a line of its own again, as the page showed it: the date line dates the page
    and the link before it is judged alone (a federal ombudsman's pages, on three of its hosts)."""
    out: list[RawBlock] = []
    for block in blocks:
        lines = block.text.split("\n")
        glued = GLUED_STAMP.search(lines[-1]) if block.kind in ("", "heading") else None
        if glued is None or not lines[-1][: glued.start()].strip():
            out.append(block)
            continue
        lines[-1] = lines[-1][: glued.start()].rstrip()
        out.append(RawBlock("\n".join(lines), block.kind, block.marker, block.lang, block.after_nav))
        out.append(RawBlock(glued.group("stamp"), "", "", block.lang))
    return out


# Two elements a copied page ran together: a word's last lower-case letter, then, with no space, a
# capitalised article, pronoun or preposition opening a sentence ('… in BelgiëOver het algemeen',
# '… par centreLes centres', '… verbeterenEen transversale'). No Dutch or French word holds one
# inside it; a brand's inner capital ('YouTube', 'LinkedIn') starts no such word before a space.
_GLUED_SENTENCE = re.compile(
    r"(?<=[a-zà-ÿ’'])(?=(?:De|Het|Een|Dit|Deze|Die|Dat|Op|In|Over|Voor|Na|Vanaf|Sinds|Le|La|Les|Un|Une|Ce|Cette|Ces|"
    r"Il|Elle|Ils|Depuis|Dans|Au|Aux|Pour|Sur|Après|Avec|The|This|These) [a-zà-ÿ])"
)


def unglue(blocks: list[RawBlock]) -> list[RawBlock]:
    """Each such join given back its break (a line's end): two unrelated real sites (an asylum agency's,
    three pages; a regional security office's), where the glued word read as a name no version has."""
    for block in blocks:
        if block.kind in ("", "heading", "quote"):
            block.text = _GLUED_SENTENCE.sub("\n", block.text)
    return blocks


def split_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """Blocks of plain text cut where their paragraphs end (see the module's docstring). A block
    of short lines without sentence ends (a letterhead, an address) stays whole."""
    out: list[RawBlock] = []
    for block in blocks:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if block.kind != "" or len(lines) < 2:
            out.append(block)
            continue
        start = 0
        for end in [*paragraph_ends(lines, block.reflow), len(lines) - 1]:
            piece = RawBlock("\n".join(lines[start : end + 1]), block.kind, block.marker, block.lang)
            piece.after_nav = block.after_nav and start == 0
            piece.glued = start == end < len(lines) - 1
            out.append(piece)
            start = end + 1
    return out


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def repeated_title(
    blocks: list[RawBlock], keep: Collection[str] = (), head: int = 8
) -> tuple[list[RawBlock], list[str]]:
    """A short line among the page's first blocks that comes back as a line of a later block
    nearby: the first one is the headline (marked 'title'), the repeats are dropped and listed.
    A page that already has a headline element (HTML h1) is left as it is."""
    if any(block.kind == "title" for block in blocks):
        return blocks, []
    lines = [(b, line.strip()) for b, block in enumerate(blocks[:head]) for line in block.text.split("\n")]
    for b, line in lines:
        words = len(line.split())
        # a lead said twice ends as a statement; a headline may end on '!' or '?' ('… à Madrid !')
        sentence = words >= 10 and ends_sentence(line) and not re.search(r"[:!?]\s*[”»\"')]*\s*$", line)
        if not 1 <= words <= 30 or sentence or len(_key(line)) < 8 or blocks[b].kind not in ("", "heading"):
            continue
        if org_line(line) or short_name(line):  # a site's name said in its logo and its menu
            continue
        if SALUTATION.match(line):  # 'Dames en heren,' said again between a speech's parts: its text (trial U)
            continue
        repeats = [r for r, other in lines if r > b and _key(other) == _key(line)]
        if repeats and any(_body(block) for block in blocks[b + 1 : repeats[0]]):
            # a site sets its headline again above the text, never under a paragraph of it: said again
            # there, the line is the text's (trial A, 36th session: a digest's second item of one
            # minister lost its 'Op voorstel van …' line, unlisted, and the first became the headline)
            continue
        if not repeats or "\n" in blocks[b].text.strip() or _key(line) in {_key(k) for k in keep}:
            continue
        out = list(blocks)
        twice = b + 1 < len(blocks) and _key(blocks[b + 1].text) == _key(line)  # said twice in a row
        above = _topic_above(blocks, b) if twice else None
        if above is None:
            out[b] = RawBlock(line, "title", lang=blocks[b].lang)
        else:  # the topic is the headline; the line said twice under it is its subtitle, said once
            out[above] = RawBlock(blocks[above].text.strip(), "title", lang=blocks[above].lang)
            out[b] = RawBlock(line, "heading", lang=blocks[b].lang)
        dropped: list[str] = []
        for r in sorted(set(repeats)):
            kept = [x for x in out[r].text.split("\n") if _key(x) != _key(line)]
            dropped.append(line)
            out[r] = RawBlock("\n".join(kept), out[r].kind, out[r].marker, out[r].lang)
        return [block for block in out if block.text.strip()], dropped
    return blocks, []


# 'Koloniale pensioenen', 'Centrale Raad voor het Bedrijfsleven': a topic, not a title; the longest
# of the dev half run to eight words (two Council pages in French, of 2006 and 2008)
_TOPIC_WORDS = 10


def _topic_above(blocks: list[RawBlock], b: int) -> int | None:
    """The block right above a title said twice, when it is a topic of a few words: the federal
    portal's Council of Ministers pages (2004 to 2010, six dev pairs) set the topic as the page's
    headline and under it a longer title, said twice in a row (a teaser, then the text's first line). A section or tag
    line of the site stands there too, but site words and kickers are gone by now (drop_furniture)."""
    if b == 0 or blocks[b - 1].kind not in ("", "heading"):
        return None
    text = blocks[b - 1].text.strip()
    words = text.split()
    if "\n" in text or not 1 <= len(words) <= _TOPIC_WORDS or not text[:1].isupper():
        return None
    if _date_line(text) or re.search(r"[.!?:;,|/]\s*$", text) or KICKER.match(text):
        return None
    if org_line(text) or short_name(text):
        # an institution's name as the topic ('Regie der Gebouwen'), not the site's: the page's
        # date line stands right above it, where the article starts
        return b - 1 if b >= 2 and _date_line(blocks[b - 2].text) else None
    return b - 1


_HEAD = 60  # a menu stands above the headline, among the page's first blocks
_MENU_RUN = 3  # one label is a section or a tag, two a site's name over two lines; three are a menu


def _menu_label(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 3
        and words[0][:1].isupper()
        and not re.search(r"[.!?:;,()\d@/]", line)
        and not org_line(line)
    )


def _date_line(text: str) -> bool:
    """A short line holding a date ('3 april 2025', 'Brussel, 12/03/2024')."""
    flat = " ".join(text.split())
    return len(flat.split()) <= 8 and find_date(flat, block_language(flat)) is not None


def _body(block: RawBlock) -> bool:
    text = " ".join(block.text.split())
    return len(text) > 220 or (len(text.split()) >= 10 and ends_sentence(text))


def _runs(blocks: list[RawBlock], indexes: range, kept_keys: set[str], spare: bool) -> set[tuple[int, int]]:
    """The (block, line) places of the runs of menu labels among these blocks; with `spare`, the
    last label of a run the following block's text comes right after stays (it is the headline)."""
    lines = [(b, n, line.strip()) for b in indexes for n, line in enumerate(blocks[b].text.split("\n"))]
    runs: list[list[tuple[int, int]]] = [[]]
    for b, n, line in lines:
        if not line:
            continue
        if blocks[b].kind in ("", "heading") and _menu_label(line) and _key(line) not in kept_keys:
            runs[-1].append((b, n))
        elif runs[-1]:
            runs.append([])
    last = next((run for run in reversed(runs) if run), [])
    between = range(last[-1][0] + 1, indexes.stop) if last else range(0)
    if spare and last and indexes.stop < len(blocks) and all(_date_line(blocks[b].text) for b in between):
        last.pop()  # the text follows, or only its date line does: the last label is its headline
    return {place for run in runs if len(run) >= _MENU_RUN for place in run}


def drop_menus(blocks: list[RawBlock], keep: Collection[str] = ()) -> tuple[list[RawBlock], list[str]]:
    """Runs of menu labels in the page's head and after its text, dropped and listed (seen on
    2023-07-20-kamervoorzitter-slotzitting: six labels over the headline; a footer's menu is the
    same run below the text). The last label of a run in the head that the text follows at once
    is the headline, and stays; a label the user keeps stays."""
    kept_keys = {_key(k) for k in keep}
    head = next((i for i, b in enumerate(blocks[:_HEAD]) if _body(b)), min(len(blocks), _HEAD))
    last = next((i for i in range(len(blocks) - 1, head - 1, -1) if _body(blocks[i])), None)
    menu = _runs(blocks, range(head), kept_keys, spare=True)
    if last is not None:
        menu |= _runs(blocks, range(last + 1, len(blocks)), kept_keys, spare=False)
    if not menu:
        return blocks, []
    out: list[RawBlock] = []
    dropped: list[str] = []
    nav = False  # a menu's run stands above the next block kept: the site's navigation
    for b, block in enumerate(blocks):
        lines = block.text.split("\n")
        if not any((b, n) in menu for n in range(len(lines))):
            block.after_nav = block.after_nav or (nav and b < head)
            nav = False
            out.append(block)
            continue
        dropped += [line.strip() for n, line in enumerate(lines) if (b, n) in menu]
        rest = [line for n, line in enumerate(lines) if (b, n) not in menu and line.strip()]
        nav = True
        if rest:
            out.append(RawBlock("\n".join(rest), block.kind, block.marker, block.lang, after_nav=b < head))
            nav = False
    return out, dropped


# A list a browser copies without its bullets: the items a line each under their lead-in, short, one
# clause each, closed on ';' or ',' or on nothing, the last on '.' (two new users' pages, a list of
# conditions and one of measures). A paragraph of the text is longer, or ends its sentence.
ITEM_WORDS = 20


def _item(text: str, last: bool) -> bool:
    flat = " ".join(text.split())
    inner = re.search(r"[.!?]\s+\S", flat)  # a second sentence: a paragraph
    ends = re.search(r"[.!?…]$", flat) and not last
    return 0 < len(flat.split()) <= ITEM_WORDS and not inner and not ends and not flat.endswith(":")


def _alike(lines: list[str]) -> bool:
    """A list's items open alike (each in lower case, or each on a capital) and hold at most a figure:
    a table copied a row a line ('Oproep 1 1 februari 31 maart') and an address under the items ('Eikstraat
    22' / '1000 Brussel') are no items (two dev pages of the first try). A record's fields, each a label,
    its colon and its value ('Lot: AB 12', 'Date limite : 11/2028'), are alike whatever figures a value
    holds: a date's two numbers made the last field of a recall's details a heading (trial B, F6)."""
    if len(lines) >= 2 and all(FIELD.match(line) for line in lines):
        return True
    cases = {line[:1].islower() for line in lines}
    return len(cases) == 1 and all(len(re.findall(r"\d+", line)) <= 1 for line in lines)


def bare_lists(body: list[Block], written: list[str] | None = None) -> None:
    """Paragraphs under a lead-in ending on ':' that read as a list's items become its items.
    `written`: each block's text as the page set it, its lines apart (a block of item lines)."""
    pages = written if written is not None and len(written) == len(body) else []
    for i in range(len(pages) - 1, 0, -1):
        lines = [line.strip() for line in pages[i].split("\n") if line.strip()]
        lead = body[i - 1].kind == "paragraph" and body[i - 1].text.rstrip().endswith(":")
        if (
            lead
            and len(lines) >= 2
            and body[i].kind == "paragraph"
            and all(_item(x, k == len(lines) - 1) for k, x in enumerate(lines))
            and _alike(lines)
        ):
            body[i : i + 1] = [Block("paragraph", line) for line in lines]  # the items a line each, in one block
    i = 0
    while i < len(body):
        if body[i].kind != "paragraph" or not body[i].text.rstrip().endswith(":"):
            i += 1
            continue
        run = i + 1
        while run < len(body) and body[run].kind == "paragraph" and _item(body[run].text, last=False):
            run += 1
        # the last item closes on '.' where the items before it close on ';' or ',': a list so punctuated
        punctuated = run - i - 1 >= 1 and body[run - 1].text.rstrip().endswith((";", ","))
        if punctuated and run < len(body) and body[run].kind == "paragraph" and _item(body[run].text, last=True):
            run += 1
        items = [b.text for b in body[i + 1 : run]]
        if len(items) >= 3 and run < len(body) and not _alike(items) and _alike(items[:-1]):
            run -= 1  # the last short line opens otherwise than the items, over a paragraph: a subheading
        if run - i - 1 >= 2:
            body[i + 1 : run] = [Block("list_item", b.text, marker="-") for b in body[i + 1 : run]]
        i = run


def shape_body(body: list[Block], written: list[str] | None = None) -> None:
    """What plain lines leave unsaid of the text's shape: its subheadings, and its lists copied bare.
    `written`: the blocks' texts as the page set them (`body` holds them flattened)."""
    dialogue_turns(body)  # an interview's dash-led turns (dialogue.py): paragraphs, never a list's items
    bare_lists(body, written)  # first: a list's last short item, over a paragraph, is no subheading
    subheadings(body)  # subheads.py: after the lists
