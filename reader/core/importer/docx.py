"""Word documents read as a stream: paragraphs, headings, list items, quotes and tables.

python-docx loads the whole document.xml into one tree, so a small zip that unpacks to gigabytes
reaches memory before a single limit applies. Here the main part is parsed with `iterparse`, each
paragraph or table is cleared once read, and reading stops when the text passes the limit.
Headers, footers and footnotes are not read: in a release they hold site-like furniture.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from reader.core.body import table_text
from reader.core.errors import ImportFailed
from reader.core.importer.raw import RawBlock

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
MAX_PARTS = 10_000
MAX_XML = 64 * 1024 * 1024  # the declared size of the unpacked XML; zipfile never reads past it
MAX_SMALL_PART = 8 * 1024 * 1024  # relationships and styles are a few kB


DTD_LOOK = 64 * 1024  # a DTD comes before the root element, in the first bytes


def _parser_options() -> dict[str, Any]:
    return {"resolve_entities": False, "no_network": True, "huge_tree": False, "load_dtd": False}


def _small_part(archive: zipfile.ZipFile, name: str) -> Any:
    from lxml import etree

    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_SMALL_PART:
        return None
    with archive.open(info) as handle:
        return etree.fromstring(handle.read(MAX_SMALL_PART + 1), etree.XMLParser(**_parser_options()))


def _main_part(archive: zipfile.ZipFile) -> str:
    rels = _small_part(archive, "_rels/.rels")
    if rels is not None:
        for rel in rels.iter(f"{_REL}Relationship"):
            target = (rel.get("Target") or "").lstrip("/")
            if rel.get("Type") == _OFFICE_DOCUMENT and target and ".." not in target:
                return target
    return "word/document.xml"


def _style_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """styleId -> the style's name, lowercased ('Kop1' -> 'heading 1' in a Dutch Word)."""
    styles = _small_part(archive, "word/styles.xml")
    names: dict[str, str] = {}
    if styles is not None:
        for style in styles.iter(f"{W}style"):
            name = style.find(f"{W}name")
            if style.get(f"{W}styleId") and name is not None:
                names[style.get(f"{W}styleId", "")] = (name.get(f"{W}val") or "").lower()
    return names


def _text(element: Any) -> str:
    parts: list[str] = []
    for node in element.iter(f"{W}t", f"{W}br", f"{W}cr", f"{W}tab"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts).strip()


def _paragraph(element: Any, styles: dict[str, str]) -> RawBlock | None:
    text = _text(element)
    if not text:
        return None
    props = element.find(f"{W}pPr")
    style_id = ""
    listed = False
    if props is not None:
        style = props.find(f"{W}pStyle")
        style_id = style.get(f"{W}val", "") if style is not None else ""
        listed = props.find(f"{W}numPr") is not None
    style = styles.get(style_id, style_id.lower())
    if style == "title" or style.replace(" ", "") == "heading1":
        return RawBlock(text, "title")
    if style.startswith("heading"):
        return RawBlock(text, "heading")
    if listed or "list" in style:
        return RawBlock(text, "list_item", "-")
    if "quote" in style:
        return RawBlock(text, "quote")
    return RawBlock(text)


def _table(element: Any) -> list[RawBlock]:
    rows = [[" ".join(_text(cell).split()) for cell in row.iter(f"{W}tc")] for row in element.iter(f"{W}tr")]
    rows = [row for row in rows if any(row)]
    if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
        return [RawBlock(table_text(rows), "table")]
    return [RawBlock(cell) for row in rows for cell in row if cell]  # a layout table: its cells' text


def _stream(handle: IO[bytes], styles: dict[str, str], too_much: Callable[[], ImportFailed]) -> list[RawBlock]:
    from lxml import etree

    blocks: list[RawBlock] = []
    size = 0
    for _event, element in etree.iterparse(handle, events=("end",), tag=(f"{W}p", f"{W}tbl"), **_parser_options()):
        if any(ancestor.tag == f"{W}tbl" for ancestor in element.iterancestors()):
            continue  # a paragraph in a cell is read with its table
        found = _table(element) if element.tag == f"{W}tbl" else [b for b in [_paragraph(element, styles)] if b]
        size += sum(len(block.text.encode("utf-8")) for block in found)
        if size > 5 * 1024 * 1024:
            raise too_much()
        blocks.extend(found)
        element.clear()
        parent = element.getparent()
        while parent is not None and element.getprevious() is not None:
            del parent[0]  # what was read leaves memory
    return blocks


def read_docx(path: Path, too_much: Callable[[], ImportFailed]) -> list[RawBlock]:
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise ImportFailed(path, "not a plausible Word document (too many parts)")
            xml = sum(info.file_size for info in infos if info.filename.endswith((".xml", ".rels")))
            if xml > MAX_XML:
                raise ImportFailed(path, f"the document unpacks to {xml // 2**20} MB of XML; refused (a zip bomb?)")
            styles = _style_names(archive)
            main = _main_part(archive)
            try:
                handle = archive.open(main)
            except KeyError:
                raise ImportFailed(path, f"not a Word document (no {main})") from None
            with handle:
                head = handle.read(DTD_LOOK)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                # OPC (ECMA-376 part 2) forbids DTDs in a package's XML: Word never writes one, and an
                # entity left unresolved took its sentence with it, unsaid (a hostile-input trial)
                raise ImportFailed(path, "a Word document declaring a DTD, which no Word file has; refused")
            handle = archive.open(main)
            with handle:
                return _stream(handle, styles, too_much)
    except zipfile.BadZipFile as exc:
        raise ImportFailed(path, f"not a Word document or a damaged one ({str(exc)[:80]})") from None
    except etree.XMLSyntaxError as exc:
        raise ImportFailed(path, f"unreadable Word document (broken XML: {str(exc)[:80]})") from None
    except (OSError, EOFError, ValueError) as exc:
        raise ImportFailed(path, f"unreadable Word document ({type(exc).__name__}: {str(exc)[:80]})") from None
