"""A newsroom's contact card under the text: a name and a role a line ('Lies Maes Adviseur
communicatie', 'Tom Claes Woordvoerder burgemeester …'), one of them a press role. Whom to
call, no text of the release: two unrelated newsrooms of new users' trials (a water company's, a
city's) set it between the text and their closing lines, in one block or a block a line. Three
unrelated sites of the real dev half (an equality body, a heritage institute, the civil protection)
set it as a box beside the text instead, between its paragraphs: a contact label or a question over
it ('Perscontact:', 'Meer weten?'), a role on a line of its own, a scientist's title before the name
('ir.', 'dr.'), a button that shows the e-mail address; the same card, wherever it stands.

The same goes for the issuer's postal address under the text (`without_addresses`): a street and
number, then a Belgian postcode (four digits) and a place, the way every Belgian address is
written, with the name it belongs to on the line above; a site's footer, as a new user's trial
found it kept when the footer's phone and copyright lines around it went."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.importer.contact_labels import CONTACT
from reader.core.importer.furniture_patterns import PERSON
from reader.core.importer.raw import RawBlock

_PRESS_ROLE = re.compile(
    r"(?i:woordvoer(?:der|ster)|perswoordvoerder|persverantwoordelijke|perscontact|persattaché|"
    r"communicatie(?:adviseur|verantwoordelijke|medewerker)|adviseur communicatie|porte-parole|"
    r"attachée? de presse|chargée? de (?:communication|presse)|responsable (?:presse|communication)|"
    r"press officer|spokes(?:person|man|woman)|communications? officer)"
)
# a name, then at most a role's words; a scientist's or a lawyer's title may stand before it
_TITLE = r"(?:(?:ir|dr|prof|me|mr|ing|lic)\.?\s+)?"
_CARD_LINE = re.compile(rf"^{_TITLE}{PERSON}(?:\s+[\w'’.-]+){{0,6}}$")
_ROLE_LINE = re.compile(rf"^{_PRESS_ROLE.pattern}(?:\s+[\w'’.-]+){{0,4}}$", re.IGNORECASE)  # 'Attachée de presse'
# the card's own lines: its label ('Perscontact:', 'Contact presse :'), a button showing the address
_CARD_LABEL = re.compile(
    r"^(?:pers)?contact(?:persoon)?(?:\s+(?:presse|pers|press))?\s*:$|^contacts?\s+presse\s*:$|"
    r"^(?:toon|bekijk|afficher|voir|show)\s+(?:het\s+|l['’]\s*|l['’]adresse\s+)?e-?mail(?:adres)?$",
    re.IGNORECASE,
)
# a number alone: a trunk prefix 0 or a country code, then eight to ten digits grouped (a plain fact of
# the Belgian numbering plan, as shapes.py reads a help line's number)
_PHONE = re.compile(r"(?<!\s)\s*(?:\+\d{2,3}[\s./]?(?:\(0\)\s*)?|0)\d(?:[\s./-]?\d){6,10}\s*")
_MAX_CARD_LINES = 8
_QUESTION_WORDS = 12  # 'Meer weten?', 'Vous avez des questions ou vous souhaitez en savoir plus ?'


def card_line(line: str) -> bool:
    flat = " ".join(line.split())
    if _ROLE_LINE.match(flat) or _CARD_LABEL.match(flat):
        return True
    return bool(_CARD_LINE.match(flat)) and not flat.endswith((".", "!", "?", ":", ","))


def _card(run: list[tuple[int, int, str]]) -> bool:
    """A run of card lines is a contact card when it names a press role, or has a card's label or
    button beside a person's name."""
    lines = [" ".join(line.split()) for _, _, line in run]
    if any(_PRESS_ROLE.search(line) for line in lines):
        return True
    return any(_CARD_LABEL.match(line) for line in lines) and any(_CARD_LINE.match(line) for line in lines)


def _question_over(blocks: list[RawBlock], b: int) -> bool:
    """The block above a card is its question ('Meer weten?'): one short line asking."""
    if b <= 1:
        return False  # the page's first block is its headline, whatever it asks
    text = " ".join(blocks[b - 1].text.split())
    return "\n" not in blocks[b - 1].text.strip() and text.endswith("?") and len(text.split()) <= _QUESTION_WORDS


def _label_over(blocks: list[RawBlock], first: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """The contact label right over a card's first line ('Contact presse', 'Perscontact'), on the line
    above in its block or alone in the block above: the card's heading, which goes with it (trial B,
    F7: 'Contact presse' stayed alone when the name, role and phone under it went)."""
    b, k, _ = first
    if k > 0:
        line = blocks[b].text.split("\n")[k - 1].strip()
        return (b, k - 1, line) if CONTACT.match(line) else None
    above = blocks[b - 1].text.strip() if b > 1 and blocks[b - 1].kind in ("", "heading") else ""
    return (b - 1, 0, above) if "\n" not in above and CONTACT.match(above) else None


def without_cards(blocks: list[RawBlock], dropped: list[str], kept: Callable[[str], bool]) -> list[RawBlock]:
    """The blocks without their contact card's lines (listed in `dropped`, so the user can keep
    them): a run of name-and-role lines, across blocks, with a press role among them, under the
    page's first block (the release stands above it). `kept`: a line the user keeps."""
    places = [
        (b, k, line)
        for b, block in enumerate(blocks)
        if b > 0 and block.kind in ("", "heading")
        for k, line in enumerate(block.text.split("\n"))
        if line.strip()
    ]
    gone: set[tuple[int, int]] = set()
    run: list[tuple[int, int, str]] = []
    for place in [*places, (-1, -1, "")]:
        card = place[0] >= 0 and card_line(place[2])
        # the card's phone number alone on its line, under its name or role (trial V: a rail manager's
        # sidebar lost its label, name and role, its '02 525 40 40' left as the first paragraph)
        card = card or (bool(run) and place[0] >= 0 and bool(_PHONE.fullmatch(place[2])))
        if card and (not run or run[-1][0] in (place[0], place[0] - 1)):
            run.append(place)  # the next line of the run, in its block or the next one
            continue
        if run and len(run) <= _MAX_CARD_LINES and _card(run):
            first = run[0][0]
            if run[0][1] == 0 and _question_over(blocks, first) and not kept(blocks[first - 1].text.strip()):
                run.insert(0, (first - 1, 0, blocks[first - 1].text.strip()))
            elif (label := _label_over(blocks, run[0])) is not None and not kept(label[2]):
                run.insert(0, label)
            # the lines the user keeps stay, the card still a card around them: kept, they had broken
            # the run, and its other lines (a phone number) came back glued to them (a new user's trial)
            run = [(b, k, line) for b, k, line in run if not kept(line)]
            gone.update((b, k) for b, k, _ in run)
            dropped.extend(line.strip() for _, _, line in run)
        run = [place] if card else []
    return _without(blocks, gone)


# 'Vooruitgangstraat 56, 1210 Brussel', 'City Atrium, Rue du Progrès 56 bte 3, B-1210 Bruxelles':
# a street and its number, then a postcode of four digits (1000-9999) and the place.
# A footer sets it on one line with the name before it and its links after it, between dashes or bars:
# 'FOD X - Vooruitgangstraat 56 - 1210 Brussel', 'Régie X – Avenue Y 87, 1060 Bruxelles – Mentions
# légales' (two new users' pages).
_SEP = r"(?:,|\s[-–—|])"
# (the name may hold an abbreviation's dots, 'FOD Economie, K.M.O., …'; the number a box, 'Galileelaan
# 5/2'; the links after it a domain, '– www.ccb.belgium.be': a new user's footers)
_NAME = r"(?:[^.!?:]|\.(?=[^\s.]|,)){0,80}?"
_LINKS = r"(?:\s[-–—|]\s(?:[^.!?\d\n]|\.(?=\S)){1,40}){0,4}$"
_PLACE = r"(?:B-)?[1-9]\d{3}\s+[A-ZÀ-Þ][\w'’-]+(?:[ -][\w'’()-]+){0,3}\.?"
_ADDRESS = re.compile(
    rf"^(?:{_NAME}{_SEP}\s*)?[A-ZÀ-Þ][\w'’.-]*(?:[ -][\w'’.-]+){{0,5}}\s+\d{{1,4}}[a-zA-Z]?(?:/\d{{1,3}})?"
    rf"(?:\s*(?:bus|boîte|bte|b\.)\s*\w+)?{_SEP}?\s+{_PLACE}{_LINKS}"
)
# a building named in place of a street ('Federale Pensioendienst – Zuidertoren, 1060 Brussel'): only
# after the name it belongs to and a dash, as a footer sets it
_BUILDING = re.compile(rf"^{_NAME}\s[-–—|]\s[A-ZÀ-Þ][\w'’ .-]{{1,40}},\s+{_PLACE}{_LINKS}")
_TEXT_WORDS = 8  # a paragraph of the release: a sentence of this many words or more, ended (no footer line is)
_NAME_WORDS = 6  # the name over an address: a few words, no sentence


def _text(block: RawBlock) -> bool:
    flat = " ".join(block.text.split())
    return block.kind == "" and len(flat.split()) >= _TEXT_WORDS and flat.endswith((".", "!", "?", "»", '"', "”"))


def without_addresses(blocks: list[RawBlock], dropped: list[str], kept: Callable[[str], bool]) -> list[RawBlock]:
    """The blocks without a postal address set under the text, nor the name on the line above it
    (listed in `dropped`, so the user can keep them); an address inside a sentence, or above the
    release's last paragraph (an event's place), stays. `kept`: a line the user keeps."""
    last = max((b for b, block in enumerate(blocks) if _text(block)), default=None)
    if last is None:
        return blocks
    places = [
        (b, k, line.strip())
        for b, block in enumerate(blocks)
        if b > last and block.kind in ("", "heading")
        for k, line in enumerate(block.text.split("\n"))
        if line.strip()
    ]
    gone: set[tuple[int, int]] = set()
    for n, (b, k, line) in enumerate(places):
        if not (_ADDRESS.match(line) or _BUILDING.match(line)) or kept(line):
            continue
        gone.add((b, k))
        if n and (above := places[n - 1])[2][:1].isupper() and not kept(above[2]):
            name = above[2]
            if len(name.split()) <= _NAME_WORDS and not name.endswith((".", "!", "?", ":", ",")):
                gone.add(above[:2])
    dropped.extend(line for b, k, line in places if (b, k) in gone)
    return _without(blocks, gone)


def _without(blocks: list[RawBlock], gone: set[tuple[int, int]]) -> list[RawBlock]:
    """The blocks without the lines `gone` names (block, line); a block left empty goes too."""
    if not gone:
        return blocks
    out: list[RawBlock] = []
    for b, block in enumerate(blocks):
        lines = [line for k, line in enumerate(block.text.split("\n")) if (b, k) not in gone]
        if any(line.strip() for line in lines):
            block.text = "\n".join(lines)
            out.append(block)
    return out
