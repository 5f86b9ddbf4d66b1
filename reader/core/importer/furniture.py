"""Site furniture around a release copied or saved from a web page, in nl, fr and en.

Navigation, breadcrumbs, share/print/cookie lines, 'Lees meer', and the contact block that closes a
page are not the release. They are dropped here, before detection (so a 'Blijf op de hoogte' line
never becomes the title), and each dropped line is kept for the user to see in --dry-run.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from reader.core.importer.about_block import without_about, without_definition, without_disclaimer
from reader.core.importer.bare_items import bare_items
from reader.core.importer.captions import CREDITED as _CREDITED
from reader.core.importer.captions import alt_texts, captions, credited_paragraphs, without_credit
from reader.core.importer.closing_fields import closing_fields
from reader.core.importer.contact_cards import card_line, without_addresses, without_cards
from reader.core.importer.contact_labels import CONTACT as _CONTACT
from reader.core.importer.contents import drop_contents
from reader.core.importer.crumb_lines import crumb_lines
from reader.core.importer.datelines import is_dateline
from reader.core.importer.furniture_patterns import ANY as _ANY
from reader.core.importer.furniture_patterns import CRUMBS as _CRUMBS
from reader.core.importer.furniture_patterns import HERE as _HERE
from reader.core.importer.furniture_patterns import SWITCH as _SWITCH
from reader.core.importer.issuer import KICKER, org_line, short_name
from reader.core.importer.menus import line_key as line_key
from reader.core.importer.menus import menu, menu_cell, menu_row, menu_words, search_box, widget
from reader.core.importer.name_line import named_lowercase
from reader.core.importer.other_pages import label, other_pages, text_block, titles_closed, titles_under
from reader.core.importer.page_fields import field_records
from reader.core.importer.raw import RawBlock
from reader.core.importer.run_on import PLATFORMS_ALONE, without_social, without_tools
from reader.core.importer.site_notices import site_notices
from reader.core.importer.site_words import LINES, NAVIGATION, SPOKEN_WORD, related_heading
from reader.core.importer.teasers import teasers

# The heading of a page's files ('Documents', 'Bijlagen'): the list right under it is their links.
_FILES = {"documents", "documenten", "bijlagen", "annexes", "attachments", "downloads", "téléchargements"}


def doubled(line: str) -> bool:
    """A phrase glued to itself ('Aantasting van de integriteitAantasting van de integriteit'): a
    widget's text copied twice (shown, and again for a screen reader or a tooltip). No language
    writes a phrase twice in a row as its text (a plain fact; seen on the pages of one Brussels
    office: 2019-10-26-bpv-veiligheidsenquete-2018, 2021-01-bpv-observatorium-verslag-2019). Copies
    glued with no space between are read once already when the page is read (doubled.py: a police
    report sets its headings so), so what this still finds is two copies a space apart."""
    half = len(line) // 2
    if len(line) < 24 or len(line.split()) < 4:
        return False
    if re.search(r"[.!?…:;]\W*$", line[:half].rstrip()):
        return False  # a sentence said twice ('Elke klant krijgt een bon. Elke klant …'): the writer's slip, kept
    return line[:half] == line[len(line) - half :] and line[half : len(line) - half].strip() == ""


# Navigation: the lines that separate a site's header (its name, logo, slogan) from the page's
# content (a language menu, 'Menu', 'Zoeken', a skip link, a breadcrumb). A plain fact of web
# pages: the header and its navigation come first, the content after.
def is_navigation(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 200:
        return False
    return line_key(stripped) in NAVIGATION or any(p.match(stripped) for p in (_HERE, _CRUMBS, _SWITCH))


# A site label copied as a one-item list ('  1. Laatst bijgewerkt op' on a foreign-affairs page, the
# '• Home' of a menu): the label is furniture whatever marker the page's markup put before it.
_ITEM = re.compile(r"(?:\d{1,2}[.)]|[•·▪●■►–-])\s+(?=\S)")


# each branch starts at a run's first space: tried from every space of a long run, each try scanned
# the rest of it (6.8 s on 10,000 spaces on a loaded machine: test_pattern_time, CI)
_PARTS = re.compile(r"(?<!\s)\s+[–—-]\s+|(?<!\s)\s*/\s*|(?<!\s)\s*\|\s*")


def spoken_word(key: str) -> bool:
    """A line (its `line_key`) that is a speech's 'check against delivery' notice: alone, in brackets,
    or one per language on one line, parted by a dash or a slash (premier.be's speeches)."""
    parts = [p.strip(" ()[]*«»\"'“”.") for p in _PARTS.split(key.strip("()[]* "))]
    return any(p in SPOKEN_WORD for p in parts) and all(p in SPOKEN_WORD for p in parts if p)


# A unit's sign: what a figure counts, text of the release even alone on a line ('%.' a wrap sent
# under 'met 2,9': dropped as a rule, the figure lost its unit, trial E)
_UNIT_SIGN = re.compile(r"[%‰€$£°]")


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    if item := _ITEM.match(stripped):
        return is_furniture(stripped[item.end() :])
    if stripped and len(stripped) <= 600 and doubled(stripped):
        return True
    if widget(stripped) or (len(stripped) <= 400 and _CREDITED.match(stripped)):
        return True
    if len(stripped) <= 200 and re.search(r"\t|\S {2,}\S", stripped) and menu(re.split(r"\t+| {2,}", stripped)):
        return True  # 'Home  Nieuws  Beleid  Contact': a horizontal menu copied as one line
    if menu_row(stripped):
        return True
    if not stripped or len(stripped) > 200:
        return False
    if not re.search(r"[^\W_]", stripped) and not _UNIT_SIGN.search(stripped):
        return True  # a dash, a bullet, stars, a rule '____': nothing of the release
    key = line_key(stripped)
    if (
        key in LINES
        or menu_words(key)
        or related_heading(key)
        or PLATFORMS_ALONE.fullmatch(stripped)
        or search_box(key)
    ):
        return True
    if spoken_word(key):  # 'Seul le texte prononcé fait foi' over a speech (trial U)
        return True
    cells = re.split(r" [|·] ", stripped) if re.search(r" [|·] ", stripped) else re.split(r"\t+| {2,}", stripped)
    keys = [line_key(cell) for cell in cells]
    if (
        len(cells) >= 2
        and any(key != "contact" for key in keys)
        and all(key in LINES or key == "contact" or is_furniture(cell) for cell, key in zip(cells, keys, strict=True))
    ):
        # 'Aller au contenu. | Aller à la navigation', 'Delen op X   Deze pagina afdrukken': side by side;
        # 'Contact' among them is a link of the footer's row ('Contact · Mentions légales', trial C's
        # medicines agency), alone a heading over a contact block: a middle dot or a bar parts links,
        # never a sentence's words (a plain fact of the three languages' typography)
        return True
    return bool(_ANY.match(stripped))


# A site's date field run into the text it dates ('date 2016-12 Het fregat …', the Defence pages on
# three releases): the field's label and an ISO year-month, no word of the sentence.
_DATE_FIELD = re.compile(r"^\s*(?:date|datum)\s+\d{4}-\d{2}(?:-\d{2})?(?=\s+\S)", re.IGNORECASE)


def _without_field(line: str, dropped: list[str], kept_keys: set[str]) -> str:
    """A line without the date field that opens it (listed as dropped, so --keep brings it back)."""
    match = _DATE_FIELD.match(line)
    if match is None or line_key(match.group(0)) in kept_keys:
        return line
    dropped.append(match.group(0).strip())
    return line[match.end() :].lstrip()


def _name_over_kicker(lines: list[str], furniture: list[bool]) -> bool:
    """The page's first line a name and the next the kicker alone ('Brussel Mobiliteit' / 'Persbericht',
    'Bruxelles Mobilité' / 'Communiqué de presse'): the page says whose release it is, however the name's
    words read. Read by their words alone, a Brussels administration was dropped as a site line and the
    release had no issuer (trial A, F7), as prosecutors' offices were before their words were listed."""
    if len(lines) != 2 or furniture != [False, True] or not KICKER.match(lines[1].strip()):
        return False
    name = " ".join(lines[0].split())
    return (short_name(name) or org_line(name)) and line_key(name) not in LINES


def drop_furniture(blocks: list[RawBlock], keep: Collection[str] = ()) -> tuple[list[RawBlock], list[str]]:
    """The blocks without site furniture, and the lines dropped (in order). Lines in `keep` (as
    listed among the dropped) are the user's to keep: they stay."""
    kept_keys = {line_key(line) for line in keep}

    def is_site_line(line: str) -> bool:
        return is_furniture(line) and line_key(line) not in kept_keys

    def user_keeps(line: str) -> bool:
        return line_key(line) in kept_keys

    blocks, dropped = drop_contents(blocks, keep)  # a long document's table of contents, one entry
    kept: list[RawBlock] = []
    notices = site_notices(blocks)
    files = tail = False  # under a heading of files; the page's last blocks dropped
    related: list[int] = []  # where a heading of links to other pages stood among the kept blocks
    nav = False  # navigation dropped since the last kept block
    here: tuple[int, int] | None = None  # where a 'you are here' line stood: kept blocks, dropped lines
    blocks = _kept_apart(blocks, kept_keys)
    page = {id(block): block.text for block in blocks}  # as read, before the rules cut lines out of them
    captioned = (
        captions(blocks, is_furniture)
        | alt_texts(blocks)
        | field_records(blocks)
        | closing_fields(blocks, is_furniture)
    )
    captioned |= crumb_lines(blocks, is_furniture) | teasers(blocks)  # a breadcrumb a crumb a line; teasers
    items = bare_items(blocks, is_furniture)  # a bare list's items under their lead-in: the text's
    credited = credited_paragraphs(blocks)  # a paragraph closing on a photo's credit: the credit goes
    said = "\n".join(" ".join(b.text.split()) for b in blocks)  # 'skeyes, de …': a name the text opens on
    for n, block in enumerate(blocks):
        if block.kind == "letterhead":
            kept.append(block)
            continue
        if block.kind == "caption":  # an HTML caption (html.py): the user's to keep, a paragraph then
            if line_key(block.text) in kept_keys:
                block.kind = ""
                kept.append(block)
            else:
                dropped.append(block.text)
            continue
        if block.kind not in ("table", "quote"):
            block.text = "\n".join(without_social(line, dropped) for line in block.text.split("\n"))
            block.text = "\n".join(without_tools(line, dropped) for line in block.text.split("\n"))
            block.text = "\n".join(_without_field(line, dropped, kept_keys) for line in block.text.split("\n"))
            lines = block.text.split("\n")
            block.text = "\n".join(
                without_credit(line, dropped, user_keeps) if (n, k) in credited else line
                for k, line in enumerate(lines)
            )
        if block.kind == "" and (glued := _glued_tail(block.text)) is not None:
            dropped.append(block.text[glued:].strip())
            block.text = block.text[:glued]
        lines = block.text.split("\n")
        furniture = [
            is_site_line(line) or ((n, k) in captioned and line_key(line) not in kept_keys)
            for k, line in enumerate(lines)
        ]
        # one sentence wrapped over two lines ('… you need to download' / 'a more modern browser …'):
        # its first half no site line alone (a widget's line over the page's date line is two lines)
        wrapped = block.kind == "" and len(lines) == 2 and not furniture[0]
        wrapped = wrapped and not re.search(r"[.!?:;]\s*$", lines[0])
        wrapped = wrapped and not any(
            is_dateline(lines[0], lang) for lang in ("nl", "fr")
        )  # the page's date, then a caption
        if wrapped and is_site_line(" ".join(line.strip() for line in lines)):
            furniture = [True, True]
        lower = block.kind == "" and len(lines) == 1 and bool(_LOWER_LABEL.fullmatch(lines[0].strip()))
        if lower and not furniture[0] and not named_lowercase(lines[0], said):
            furniture = [line_key(lines[0]) not in kept_keys]  # 'caméra', 'logo be-alert': an image's, a link's
        if block.kind == "" and len(lines) == 1 and _ARROW_LINK.fullmatch(lines[0].strip()) and not furniture[0]:
            furniture = [line_key(lines[0]) not in kept_keys]  # '>> Lees de volledige analyse': a link
        if block.kind == "" and menu(lines) and not any(line_key(line) in kept_keys for line in lines):
            furniture = [True] * len(lines)  # a menu's labels on lines of their own, the site's words among them
        elif block.kind == "" and len(lines) > 3:
            # the same run opening a block that goes on with the headline ('Menu', 'Home', 'Nieuws',
            # 'Publicaties', 'Contact', then the title, no blank line between: a new user's page)
            run = next((k for k, line in enumerate(lines) if not menu_cell(line)), len(lines))
            if run >= 3 and menu(lines[:run]) and not any(line_key(line) in kept_keys for line in lines[:run]):
                furniture[:run] = [True] * run
        furniture = [f and (n, k) not in items and (n, k) not in credited for k, f in enumerate(furniture)]
        if block.kind == "":  # a heading of other pages amid the footer's lines, and its titles
            furniture = titles_closed(lines, furniture, lambda x: related_heading(line_key(x)), user_keeps)
        files = files and (block.kind == "list_item" or not re.search(r"\w", block.text))
        listed = (files or n in notices) and not any(line_key(line) in kept_keys for line in lines)
        if all(furniture) or listed:
            nav = nav or any(is_navigation(line) for line in lines)
            if here is None and any(_HERE.match(line.strip()) for line in lines):
                here = (len(kept), len(dropped))
            dropped.extend(line.strip() for line in lines if line.strip())
            files = files or line_key(lines[-1]) in _FILES
            related += [len(kept)] if related_heading(line_key(lines[-1])) else []
            tail = True
            continue
        tail = False
        if block.kind == "" and furniture[0] and related_heading(line_key(lines[0])) and not any(furniture[1:]):
            # 'Lees ook' and the titles it links to in one block, no blank line between (a trial's
            # federal portal pages): the titles are the other pages' as they are under a heading apart
            dropped.append(lines[0].strip())
            related.append(len(kept))
            kept += titles_under(block, lines[1:])
            continue
        if any(furniture) and block.kind not in ("list_item", "quote", "table"):  # a table's rule line is its own
            dropped.extend(line.strip() for line, f in zip(lines, furniture, strict=True) if f and line.strip())
            block.text = "\n".join(line for line, f in zip(lines, furniture, strict=True) if not f)
            if not kept and block.kind == "" and _name_over_kicker(lines, furniture):
                block.kind = "letterhead"  # 'Brussel Mobiliteit' / 'Persbericht': whose release the page is
        block.after_nav = block.after_nav or nav or any(is_navigation(line) for line in lines[:1])
        nav = False
        kept.append(block)
    # 'Vous êtes ici : Accueil / …' says where the page's own content begins: what a site sets above
    # it is its banner and header (a notice of opening hours, a warning: two Walloon towns' sites),
    # never the release, which comes under it.
    if here is not None and 0 < here[0] <= _ABOVE_HERE and len(kept) - here[0] > max(here[0], 1):
        banner = [
            b for b in kept[: here[0]] if b.kind == "" and not any(line_key(x) in kept_keys for x in b.text.split("\n"))
        ]
        if len(banner) == here[0]:
            dropped[here[1] : here[1]] = [x.strip() for b in banner for x in b.text.split("\n") if x.strip()]
            kept = kept[here[0] :]
            kept[0].after_nav = True
    # Links to other pages under their heading, to the end of the page: short lines only.
    start = next((i for i in related if i < len(kept) and other_pages(kept[:i], kept[i:])), None)
    if start is not None:
        links = [b for b in kept[start:] if line_key(b.text) not in kept_keys]  # the user's to keep stay
        dropped.extend(line.strip() for block in links for line in block.text.split("\n") if line.strip())
        kept, tail = kept[:start] + [b for b in kept[start:] if b not in links], True
    # The issuer's 'About' paragraph (about_block.py), under the contact block or over it.
    kept = without_disclaimer(kept, dropped, lambda line: line_key(line) in kept_keys)  # a court's note
    kept = without_about(kept, dropped, lambda line: line_key(line) in kept_keys)
    kept = without_definition(kept, page, dropped, user_keeps)  # what the issuer is, under its contacts
    # The contact block at the end of the page.
    for index in range(len(kept) - 1, max(-1, len(kept) - 8), -1):
        first_line = kept[index].text.split("\n")[0]
        if (
            _CONTACT.match(first_line.strip())
            and index > 0  # it closes a page: the release stands above it
            and all(len(b.text) < 160 or _labelled(b) for b in kept[index + 1 :])
        ):
            # a source block over a contact block, each under its label ('Bron', then 'Contacten' with
            # two press contacts, 195 characters): both the site's (trial B's Council pages kept both)
            while index > 1 and _labelled(kept[index - 1]):
                index -= 1
            # only the lines the user keeps stay: a kept heading had brought its whole block back,
            # a phone number glued to the name kept under it (a new user's trial)
            for block in kept[index:]:
                lines = [line.strip() for line in block.text.split("\n") if line.strip()]
                dropped.extend(line for line in lines if line_key(line) not in kept_keys)
                block.text = "\n".join(line for line in lines if line_key(line) in kept_keys)
            kept = kept[:index] + [b for b in kept[index:] if b.text]
            tail = True
            break
    # A short label closing the page over nothing but site lines ('Kerncijfers' over a pdf link,
    # 'Meer info' over the contact block): the label of those links (2 sites:
    # nodate-nbb-ckp-maandstatistieken, nodate-justitie-in-cijfers-2011-2016).
    # Under the release's text only: a page of a headline and links keeps its headline.
    closing = tail and len(kept) >= 2 and label(kept[-1]) and text_block(kept[-2])
    if closing and line_key(kept[-1].text) not in kept_keys:
        dropped.append(kept.pop().text.strip())
    # A newsroom's contact card under the text (contact_cards.py): whom to call, the site's.
    kept = without_cards(kept, dropped, lambda line: line_key(line) in kept_keys)
    kept = without_addresses(kept, dropped, lambda line: line_key(line) in kept_keys)
    kept = without_about(kept, dropped, lambda line: line_key(line) in kept_keys)
    # A bare figure closing the page under its last sentence ('0', '67955'): a widget's counter
    # (views, likes, comments) the copy took along; a figure of the text has its words beside it
    # (2 unrelated sites: a federal security portal's pages, a town's news page of a new user's trial).
    counter = len(kept) >= 2 and _COUNTER.fullmatch(kept[-1].text.strip()) and text_block(kept[-2])
    if counter and line_key(kept[-1].text) not in kept_keys:
        dropped.append(kept.pop().text.strip())
    return kept, dropped


_COUNTER = re.compile(r"\d{1,7}")


def _labelled(block: RawBlock) -> bool:
    """A block under a contact block's label ('Bron', 'Contacten', 'Perscontact')."""
    return bool(_CONTACT.match(block.text.split("\n")[0].strip()))


def _kept_apart(blocks: list[RawBlock], kept_keys: set[str]) -> list[RawBlock]:
    """A site line the user keeps, inside a block of text, stands as a block of its own: kept, it
    was joined to the line above it when the block's lines were read as one wrapped paragraph
    ('… @mobilit.fgov.be Deel dit bericht: …', a new user's trial; a contact card's name under its
    label, another). A line of a sentence wrapped over lines is no line any rule lists."""
    if not kept_keys:
        return blocks
    out: list[RawBlock] = []
    for block in blocks:
        lines = block.text.split("\n")
        held = [line_key(line) in kept_keys and (is_furniture(line) or card_line(line)) for line in lines]
        if block.kind != "" or len(lines) < 2 or not any(held):
            out.append(block)
            continue
        first = len(out)
        run: list[str] = []
        for line, alone in zip(lines, held, strict=True):
            if alone:
                out += [RawBlock("\n".join(run), "", block.marker, block.lang)] if run else []
                out.append(RawBlock(line, "", block.marker, block.lang))
                run = []
            else:
                run.append(line)
        out += [RawBlock("\n".join(run), "", block.marker, block.lang)] if run else []
        out[first].after_nav = block.after_nav  # what stood above the block stands above its first piece
    return out


# One or two words in lower case, alone between blank lines: no sentence (which opens on a capital
# and ends on a mark) and no heading (which opens on a capital); an image's alt text ('caméra',
# 'electricity'), a logo's ('logo be-alert', 'cellule foot') or a link's label ('ebox'), on seven
# unrelated real sites (a cybersecurity centre, a prevention portal, a football unit, a crisis
# centre, the finance ministry, a regional helpline, a rail ombudsman).
_LOWER_LABEL = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]*(?: [a-zà-ÿ][a-zà-ÿ'’-]*)?")

# A link set on its own line behind an arrow ('>> Consulter l’analyse complète', '> Lees het advies
# (in pdf)'): the arrow is how pages mark a link to follow (a nuclear regulator's pages, a federal
# ombudsman's). One line of a few words with no sentence end; a quoted e-mail, whose '>' opens every
# line of a paragraph, is no such line.
_ARROW_LINK = re.compile(r"(?:>{1,2}|[→➜➔►▸⇒])\s*[^\W\d_][^\n.!?]{0,100}(?<![.!?])")

_ABOVE_HERE = 8  # blocks a site's banner may hold above its 'you are here' line; more is a page's text

# Where a copied page ran two elements together: a lower case letter or a sentence's end, then a
# capital with no space between ('… stimuleren.Ga naar het volledige nieuwsoverzicht').
_GLUE = re.compile(r"(?<=[a-zà-ÿ.!?)])(?=[A-ZÀ-Þ])")


def _glued_tail(text: str) -> int | None:
    """Where a site line of two words or more, run onto the end of the text's last line, begins:
    the link back to the news list after the last sentence, on three unrelated real sites (a
    Flemish spatial planning agency's, two towns'). Only what is a site line by itself is taken."""
    line_start = text.rfind("\n") + 1
    for glue in _GLUE.finditer(text, line_start):
        tail = text[glue.start() :]
        if 2 <= len(tail.split()) <= 8 and is_furniture(tail):
            return glue.start()
    return None
