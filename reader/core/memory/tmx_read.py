"""Reading a CAT tool's TMX (1.4b, as Trados, memoQ and OmegaT write it) into memory units.

Trial D: a translator's existing memory could not be brought in (`import FILE.tmx` was refused and
nothing else read one). A TMX is a list of <tu>, each with a <tuv xml:lang> and its <seg> per
language (TMX 1.4b, section 3); a unit gives a pair for each two of nl, fr and en it holds, a region
(`nl-BE`, `NL`) narrowing a language without making it another. What is not taken is counted by why:
a unit of one language, an empty side, a side over the memory's segment bound, a unit the file marks
flagged or machine-made (press-reader's own export says so in <prop>s), a pair whose figures differ
(the memory's rule for every pair no reviewer passed). Inline codes (<bpt>, <ept>, <ph>, <it>, <ut>)
hold the original format's markup, not text (TMX 1.4b, section 3.7): dropped, their tails kept.

Bounded as an XLIFF is: the bytes read at most MAX_TMX_BYTES, the units at most MAX_TMX_UNITS, read as
the parser meets them (no tree of the whole file); a DTD declaring entities (a billion laughs, an
external file) is refused, as the XLIFF reader refuses one: no CAT tool declares any in a TMX.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core import atomic
from reader.core.errors import ImportFailed
from reader.core.memory.pairs import MAX_SEGMENT, Row, figures_agree
from reader.core.model import LANGUAGES
from reader.core.text.mojibake import garbled_xml

MAX_TMX_BYTES = 64 * 1024 * 1024  # a CAT tool's memory of a few hundred thousand units
MAX_TMX_UNITS = 250_000
IMPORTED = "imported"  # the provenance of every pair of an imported TMX
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODES = {"bpt", "ept", "ph", "it", "ut"}  # TMX 1.4b's inline elements that hold native code
_DATE = re.compile(r"(\d{4})(\d\d)(\d\d)T")


@dataclass
class TmxUnit:
    date: dt.date | None  # the unit's changedate or creationdate, when it says
    row: Row  # (l1, t1, p1, l2, t2, p2, position, reviewed), l1 < l2 as the store keeps them


@dataclass
class TmxRead:
    units: list[TmxUnit] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # why, and how many units
    created: dt.date | None = None  # the header's creationdate

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def tmx_date(value: str | None) -> dt.date | None:
    """TMX's dates are 'YYYYMMDDThhmmssZ' (1.4b, section 3: ASCII, UTC)."""
    found = _DATE.match(value or "")
    try:
        return dt.date(*(int(g) for g in found.groups())) if found else None
    except ValueError:
        return None


def read_tmx(path: Path) -> tuple[bytes, TmxRead]:
    """The file's bytes (as read, to be copied) and what it holds; ImportFailed naming it when refused."""
    try:
        data = atomic.read_limited(path, MAX_TMX_BYTES)  # a FIFO is refused, not waited on
    except OSError as exc:
        raise ImportFailed(path, f"cannot read ({atomic.describe(exc)})") from None
    if len(data) > MAX_TMX_BYTES:
        raise ImportFailed(path, f"over {MAX_TMX_BYTES // 2**20} MB; split the memory in a few files")
    return data, parse_tmx(data, path)


def parse_tmx(data: bytes, path: Path) -> TmxRead:
    from lxml import etree

    read = TmxRead()
    events = etree.iterparse(
        io.BytesIO(data), events=("start", "end"), resolve_entities=False, no_network=True,
        huge_tree=False, remove_comments=True, load_dtd=False,
    )  # fmt: skip
    count = 0
    try:
        for event, element in events:
            if event == "start" and element.getparent() is None:
                _root(path, element)
            elif event == "start" and element.tag == "header":
                read.created = tmx_date(element.get("creationdate"))
            elif event == "end" and element.tag == "tu":
                count += 1
                if count > MAX_TMX_UNITS:
                    raise ImportFailed(path, f"over {MAX_TMX_UNITS:,} units; split the memory in a few files")
                _unit(element, read)
                element.clear(keep_tail=False)
                while element.getprevious() is not None:  # the units read before it, let go
                    del element.getparent()[0]
    except etree.XMLSyntaxError as exc:
        if re.search(rb"<!ENTITY\b", data[:65536]):  # a billion laughs stops the parser first: said the same
            raise ImportFailed(path, "declares XML entities (a DTD); a TMX from a CAT tool has none") from None
        raise ImportFailed(path, f"not well-formed XML: {exc.msg}") from None
    if count == 0:
        raise ImportFailed(path, "no <tu> in it: not a TMX memory")
    # UTF-8 bytes under a declaration of Latin-1 came in as 'fÃ©dÃ©ral' (trial Z, F1): refused by name
    problem = garbled_xml(data, [text for unit in read.units for text in (unit.row[1], unit.row[4])])
    if problem is not None:
        raise ImportFailed(path, problem)
    return read


def _root(path: Path, root: Any) -> None:
    if str(root.tag).rsplit("}", 1)[-1] != "tmx":
        raise ImportFailed(path, "not a TMX file (its root is not <tmx>)")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        # text hidden behind entities (an external file, a billion laughs) would be taken word for word
        raise ImportFailed(path, "declares XML entities (a DTD); a TMX from a CAT tool has none")


def _unit(tu: Any, read: TmxRead) -> None:
    props = {str(p.get("type") or ""): (p.text or "").strip() for p in tu.iterfind("prop")}
    if props.get("x-review-state") == "flagged" or props.get("x-provenance") == "machine":
        read.skip("marked flagged or machine-made")  # press-reader's own export marks them so
        return
    sides: dict[str, str] = {}
    for tuv in tu.iterfind("tuv"):
        code = (tuv.get(_XML_LANG) or tuv.get("lang") or "").replace("_", "-").split("-")[0].lower()
        seg = tuv.find("seg")
        if code in LANGUAGES and code not in sides and seg is not None:
            sides[code] = unicodedata.normalize("NFC", " ".join(seg_text(seg).split()))
    if len(sides) < 2:
        read.skip("of one language")
        return
    date = tmx_date(tu.get("changedate") or tu.get("creationdate"))
    reviewed = props.get("x-review-state") == "ok"
    codes = sorted(sides)
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            ta, tb = sides[a], sides[b]
            if not ta or not tb or ta == tb:
                read.skip("empty or the same on both sides")
            elif len(ta) > MAX_SEGMENT or len(tb) > MAX_SEGMENT:
                read.skip(f"over {MAX_SEGMENT:,} characters")
            elif not reviewed and not figures_agree(ta, a, tb, b):
                read.skip("figures that differ")
            else:
                row = (a, ta, IMPORTED, b, tb, IMPORTED, len(read.units) + 1, reviewed)
                read.units.append(TmxUnit(date, row))


def seg_text(element: Any) -> str:
    """A <seg>'s (or <hi>'s) text: inline codes dropped, their tails kept, <hi> read through."""
    return "".join(_pieces(element))


def _pieces(element: Any) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _CODES:
            yield from _pieces(child)
        yield child.tail or ""
