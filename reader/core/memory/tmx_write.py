"""The whole memory as one TMX 1.4: every pair it keeps (the library's and the imported), one unit a
distinct pair, written as the rows are read (trial D: the memory could only go out a release at a
time, and one string of a 380,000-pair archive would be hundreds of MB). What the memory keeps is
what it trusts already: a flagged or machine-made rendering never went in (pairs.py, tmx_read.py)."""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reader import __version__
from reader.core.memory.store import MemoryStore

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _stamp(date: str) -> str:
    """'2024-01-14' as TMX writes a date ('20240114T000000Z', 1.4b section 3)."""
    return date.replace("-", "")[:8] + "T000000Z"


def write_memory_tmx(store: MemoryStore, src: str, tgt: str, out: BinaryIO, region: str | None = None) -> int:
    """Write the memory's `src`-`tgt` pairs to `out` as TMX; the units written. A pair repeated
    across releases is one unit (its newest, a reviewed one first), as `concordance` shows it one row."""
    from lxml import etree

    l1, l2, flipped = store.orient(src, tgt)
    column, other = ("k2", "k1") if flipped else ("k1", "k2")
    cursor = store.conn.execute(
        "SELECT release, date, t1, t2, p1, p2, reviewed, k1, k2 FROM pairs WHERE l1 = ? AND l2 = ?"
        f" ORDER BY {column}, {other}, reviewed DESC, date DESC",
        (l1, l2),
    )
    tags = (f"{src}-{region}", f"{tgt}-{region}") if region else (src, tgt)
    written, previous = 0, None
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            header = {"creationtool": "press-reader", "creationtoolversion": __version__, "segtype": "sentence"}
            header |= {"o-tmf": "press-reader", "adminlang": "en", "srclang": tags[0], "datatype": "plaintext"}
            header["creationdate"] = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            xf.write(etree.Element("header", header))
            with xf.element("body"):
                for release, date, t1, t2, p1, p2, reviewed, k1, k2 in cursor:
                    if (k1, k2) == previous:
                        continue
                    previous = (k1, k2)
                    source, target = (t2, t1) if flipped else (t1, t2)
                    tu = etree.Element("tu", creationdate=_stamp(str(date)))
                    props = [("x-release", release), ("x-provenance", p1 if p1 == p2 else f"{p1}/{p2}")]
                    props += [("x-review-state", "ok")] if reviewed else []
                    for kind, value in props:
                        etree.SubElement(tu, "prop", type=kind).text = str(value)
                    for tag, text in zip(tags, (source, target), strict=True):
                        tuv = etree.SubElement(tu, "tuv", {_XML_LANG: tag})
                        etree.SubElement(tuv, "seg").text = str(text)
                    xf.write(tu)
                    written += 1
    return written
