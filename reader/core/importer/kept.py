"""Lines the user keeps (`--keep LINE`, the preview's toggle) stay in the release whatever rule
dropped them: the page's own rules each honour `keep` where they can, and this is the guarantee
behind them all, so a kept line is never both kept and dropped, nor kept nowhere."""

from __future__ import annotations

import re
from collections.abc import Collection

from reader.core.importer.furniture import line_key
from reader.core.importer.raw import RawBlock
from reader.core.model import Block

# the cells of a run of labels copied as one line: two spaces or more, a bar, a middle dot, an arrow
_CELLS = re.compile(r"\s{2,}|\s+[|·>»]\s+")


def _position(line: str, page: list[RawBlock]) -> int | None:
    key = line_key(line)
    return next((i for i, b in enumerate(page) if any(line_key(x) == key for x in b.text.split("\n"))), None)


def in_page_order(dropped: list[str], page: list[RawBlock]) -> list[str]:
    """The lines left out as the page has them, top to bottom: a user looks for them there (the
    rules' own order listed a share row's label after its buttons and a contact card after the
    footer: a new user's trial). A line no longer found as written goes last, in its order."""
    lines = "\n" + "\n".join(" ".join(x.split()) for b in page for x in b.text.split("\n")) + "\n"

    def where(line: str) -> int:
        said = " ".join(line.split())
        at = lines.find(f"\n{said}\n")  # the whole line first: 'Nieuws' is no part of 'Nieuws.belgium.be'
        at = at if at >= 0 else lines.find(said)
        return at if at >= 0 else len(lines)

    return sorted(dropped, key=where)


def _held(key: str, body: list[Block], title: str) -> bool:
    return any(line_key(x) == key for text in [title, *(b.text for b in body)] for x in text.split("\n"))


def restore_kept(
    keep: Collection[str], dropped: list[str], body: list[Block], page: list[RawBlock], title: str
) -> None:
    """Each kept line that a rule dropped anyway goes back into the text where the page has it,
    as a paragraph, and out of `dropped` (from a run of labels listed as one line, only itself)."""
    for line in keep:
        key = line_key(line)
        if not key or _held(key, body, title):
            continue
        for n, entry in enumerate(dropped):
            # the whole line, or one label of a run of labels listed as one ('Home   Over ons |
            # Pers'): never the first words of a sentence, which cut a caption in two (a new user's trial)
            cells = [cell for cell in _CELLS.split(entry) if cell.strip()]
            at = next((i for i, cell in enumerate(cells) if line_key(cell) == key), None)
            if line_key(entry) == key:
                rest = ""
            elif at is not None and len(cells) >= 2:
                rest = "   ".join(cells[:at] + cells[at + 1 :]).strip()
            else:
                continue
            if rest:
                dropped[n] = rest
            else:
                del dropped[n]
            break
        else:
            continue  # in nothing dropped: a typo, or a line of another page (the CLI says so)
        where = _position(line, page)
        index = len(body)
        if where is not None:
            later = [
                i for i, b in enumerate(body) if (p := _position(b.text.split("\n")[0], page)) is not None and p > where
            ]
            index = later[0] if later else len(body)
        body.insert(index, Block("paragraph", " ".join(line.split())))
