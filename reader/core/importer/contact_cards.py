"""A newsroom's contact card under the text: a name and a role a line ('Lies Maes Adviseur
communicatie', 'Tom Claes Woordvoerder burgemeester …'), one of them a press role. Whom to
call, no text of the release: two unrelated newsrooms of new users' trials (a water company's, a
city's) set it between the text and their closing lines, in one block or a block a line."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.importer.furniture_patterns import PERSON
from reader.core.importer.raw import RawBlock

_PRESS_ROLE = re.compile(
    r"(?i:woordvoer(?:der|ster)|perswoordvoerder|persverantwoordelijke|perscontact|persattaché|"
    r"communicatie(?:adviseur|verantwoordelijke|medewerker)|adviseur communicatie|porte-parole|"
    r"attachée? de presse|chargée? de (?:communication|presse)|responsable (?:presse|communication)|"
    r"press officer|spokes(?:person|man|woman)|communications? officer)"
)
_CARD_LINE = re.compile(rf"^{PERSON}(?:\s+[\w'’.-]+){{0,6}}$")  # a name, then at most a role's words
_MAX_CARD_LINES = 8


def _card_line(line: str) -> bool:
    flat = " ".join(line.split())
    return bool(_CARD_LINE.match(flat)) and not flat.endswith((".", "!", "?", ":", ","))


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
        card = place[0] >= 0 and _card_line(place[2]) and not kept(place[2])
        if card and (not run or run[-1][0] in (place[0], place[0] - 1)):
            run.append(place)  # the next line of the run, in its block or the next one
            continue
        if run and len(run) <= _MAX_CARD_LINES and any(_PRESS_ROLE.search(line) for _, _, line in run):
            gone.update((b, k) for b, k, _ in run)
            dropped.extend(line.strip() for _, _, line in run)
        run = [place] if card else []
    if not gone:
        return blocks
    out: list[RawBlock] = []
    for b, block in enumerate(blocks):
        lines = [line for k, line in enumerate(block.text.split("\n")) if (b, k) not in gone]
        if any(line.strip() for line in lines):
            block.text = "\n".join(lines)
            out.append(block)
    return out
