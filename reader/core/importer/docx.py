"""Word documents read as a stream: paragraphs, headings, list items, quotes and tables.

python-docx loads the whole document.xml into one tree, so a small zip that unpacks to gigabytes
reaches memory before a single limit applies. Here the main part is parsed with `iterparse`, each
paragraph or table is cleared once read, and reading stops when the text passes the limit.
Footers are not read: in a release they hold page numbers and furniture; the page header is, for
a template's letterhead and date (`_headers`); the footnotes are set aside, listed (`_footnotes`).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from reader.core.body import table_text
from reader.core.errors import ImportFailed
from reader.core.importer.pdf_pages import note_mark
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


class Numbering:
    """Word's list numbering (numbering.xml): which lists count ('decimal') and where each is, so a
    numbered step keeps its number (it was stored as a bullet: an import trial)."""

    def __init__(self, part: Any, styles: Any = None) -> None:
        self.formats: dict[tuple[str, str], tuple[str, int]] = {}
        self.counts: dict[tuple[str, str], int] = {}
        # a style that numbers its paragraphs ('List Number'): its numPr, for paragraphs that have none
        self.by_style: dict[str, Any] = {}
        for style in styles.iter(f"{W}style") if styles is not None else ():
            numbered = style.find(f"{W}pPr/{W}numPr")
            if numbered is not None and style.get(f"{W}styleId"):
                self.by_style[style.get(f"{W}styleId", "")] = numbered
        if part is None:
            return
        abstract: dict[str, dict[str, tuple[str, int]]] = {}
        for node in part.iter(f"{W}abstractNum"):
            levels = abstract.setdefault(node.get(f"{W}abstractNumId", ""), {})
            for level in node.iter(f"{W}lvl"):
                fmt, start = level.find(f"{W}numFmt"), level.find(f"{W}start")
                value = start.get(f"{W}val", "1") if start is not None else "1"
                first = int(value) if value.isdigit() and len(value) <= 3 else 1
                levels[level.get(f"{W}ilvl", "0")] = (fmt.get(f"{W}val", "") if fmt is not None else "", first)
        for node in part.iter(f"{W}num"):
            ref = node.find(f"{W}abstractNumId")
            for ilvl, found in abstract.get(ref.get(f"{W}val", "") if ref is not None else "", {}).items():
                self.formats[(node.get(f"{W}numId", ""), ilvl)] = found

    def marker(self, numbered: Any) -> str:
        num, lvl = numbered.find(f"{W}numId"), numbered.find(f"{W}ilvl")
        key = (num.get(f"{W}val", "") if num is not None else "", lvl.get(f"{W}val", "0") if lvl is not None else "0")
        fmt, first = self.formats.get(key, ("", 1))
        if fmt != "decimal":
            return "-"
        self.counts[key] = self.counts.get(key, first - 1) + 1
        return f"{self.counts[key]}." if self.counts[key] <= 999 else "-"


def _raised(node: Any) -> bool:
    """The text's run is set superscript (w:vertAlign), as Word sets a note's mark typed by hand."""
    run = node.getparent()
    align = run.find(f"{W}rPr/{W}vertAlign") if run is not None and run.tag == f"{W}r" else None
    return align is not None and align.get(f"{W}val") == "superscript"


def _text(element: Any, tab: str = " ") -> str:
    """The element's text; a note's mark set superscript after a word or a figure is no part of it
    (trial E: '7.070 in 2024' + a raised '2' read 'in 20242'), as a PDF's raised mark (pdf_pages)."""
    parts: list[str] = []
    for node in element.iter(f"{W}t", f"{W}br", f"{W}cr", f"{W}tab"):
        if (
            node.tag == f"{W}t"
            and _raised(node)
            and (said := note_mark("".join(parts), (node.text or "").strip())) is not None
        ):
            parts.append(said)
        elif node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append(tab)
        else:
            parts.append("\n")
    return "".join(parts).strip()


# Word's built-in list styles name their level ('List Bullet 2', 'List Number 3', up to 5), each with
# a one-level numbering of its own, so their w:ilvl is 0 (python-docx's template too: trial V's D5)
_LEVELLED_STYLE = re.compile(r"list(?: bullet| number| continue)? ([2-9])")


def _depth(numbered: Any, style: str) -> int:
    """A list item's depth: its numbering's level (w:ilvl, 0 to 8), else its style's, else 0: trial
    V's nested bullets were one flat list, the two under the first item read as items of their own."""
    ilvl = numbered.find(f"{W}ilvl") if numbered is not None else None
    value = ilvl.get(f"{W}val", "0") if ilvl is not None else "0"
    if value.isdigit() and 0 < int(value) <= 8:
        return int(value)
    levelled = _LEVELLED_STYLE.fullmatch(style)
    return int(levelled.group(1)) - 1 if levelled else 0


def _paragraph(element: Any, styles: dict[str, str], numbering: Numbering | None = None) -> RawBlock | None:
    text = _text(element)
    if not text:
        return None
    props = element.find(f"{W}pPr")
    style_id = ""
    listed = False
    marker = "-"
    numbered = None
    if props is not None:
        style = props.find(f"{W}pStyle")
        style_id = style.get(f"{W}val", "") if style is not None else ""
        numbered = props.find(f"{W}numPr")
        if numbered is None and numbering is not None:
            numbered = numbering.by_style.get(style_id)
        listed = numbered is not None
        if numbered is not None and numbering is not None:
            marker = numbering.marker(numbered)
    style = styles.get(style_id, style_id.lower())
    if style == "title" or style.replace(" ", "") == "heading1":
        return RawBlock(text, "title")
    if style.startswith("heading"):
        return RawBlock(text, "heading")
    if re.fullmatch(r"toc \d", style):  # Word's contents: its tab to the page number kept (contents.py)
        return RawBlock(_text(element, "\t"))
    if listed or "list" in style:
        return RawBlock(text, "list_item", marker, level=_depth(numbered, style))
    if "quote" in style:
        return RawBlock(text, "quote")
    return RawBlock(text)


def _cell_lines(cell: Any) -> list[str]:
    """A cell's paragraphs, each its own line (run together, a contact box read 'PerscontactJoris')."""
    lines = [" ".join(_text(paragraph).split()) for paragraph in cell.iter(f"{W}p")]
    return [line for line in lines if line]


def _table(element: Any, first: bool = False) -> list[RawBlock]:
    cells = [[_cell_lines(cell) for cell in row.iter(f"{W}tc")] for row in element.iter(f"{W}tr")]
    cells = [row for row in cells if any(row)]
    # A table of figures has a line a cell; a letterhead or a contact box laid out in a table holds
    # lines of a name, titles and an address in a cell, and a letterhead opens the document (its
    # issuer was read as a table: an import trial)
    layout = first or len(cells) < 2 or max(len(row) for row in cells) < 2
    layout = layout or any(len(lines) > 1 for row in cells for lines in row)
    if not layout:
        return [RawBlock(table_text([[" ".join(lines) for lines in row] for row in cells]), "table")]
    return [RawBlock(line) for row in cells for lines in row for line in lines]  # a layout table: its lines


# Markup compatibility (ECMA-376 part 3): Word writes a text box as DrawingML in mc:Choice and again
# as VML in mc:Fallback, for readers that know no DrawingML; a reader that takes the choice skips the
# fallback (trial V: each line of a box read twice, then left out as said twice; kept, it came twice)
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _stream(
    handle: IO[bytes], styles: dict[str, str], too_much: Callable[[], ImportFailed], numbering: Numbering | None = None
) -> list[RawBlock]:
    from lxml import etree

    blocks: list[RawBlock] = []
    boxed: list[RawBlock] = []  # a text box's paragraphs, read before the paragraph that anchors it
    size = 0
    for _event, element in etree.iterparse(handle, events=("end",), tag=(f"{W}p", f"{W}tbl"), **_parser_options()):
        tags = {ancestor.tag for ancestor in element.iterancestors()}
        if f"{W}tbl" in tags:
            continue  # a paragraph in a cell is read with its table
        if _FALLBACK in tags:
            element.clear()  # a text box's VML copy for old readers: its DrawingML twin (mc:Choice) is read
            continue
        if element.tag == f"{W}tbl":
            found = _table(element, first=not blocks)
        else:
            found = [b for b in [_paragraph(element, styles, numbering)] if b]
        size += sum(len(block.text.encode("utf-8")) for block in found)
        if size > 5 * 1024 * 1024:
            raise too_much()
        if f"{W}txbxContent" in tags:
            boxed.extend(found)  # content (trial V's box of figures 'In cijfers')
        else:  # the box after its anchor's text: never between the headline and the lead
            blocks.extend(found + boxed)
            boxed = []
        element.clear()
        parent = element.getparent()
        while parent is not None and element.getprevious() is not None:
            del parent[0]  # what was read leaves memory
    return blocks + boxed


def _headers(archive: zipfile.ZipFile, styles: dict[str, str], body: list[RawBlock]) -> list[RawBlock]:
    """The page header's lines that the body does not hold: a cabinet's template sets its letterhead
    and the date there, and the import found no date (a trial, two documents). Footers hold page
    numbers and stay unread; a header line said on every page is said once."""
    said = {" ".join(block.text.split()) for block in body}
    lines: list[RawBlock] = []
    for name in sorted(n for n in archive.namelist() if re.fullmatch(r"word/header\d{0,3}\.xml", n)):
        part = _small_part(archive, name)
        if part is None:
            continue
        for element in part:
            found = _table(element, first=True) if element.tag == f"{W}tbl" else [_paragraph(element, styles)]
            for block in found:
                if block is not None and " ".join(block.text.split()) not in said:
                    said.add(" ".join(block.text.split()))
                    lines.append(RawBlock(block.text))  # a header's line, whatever its style
    return lines


# Word's own notes that are no footnote: the rules over the notes and a note's continuation notice
_NOT_NOTES = ("separator", "continuationSeparator", "continuationNotice")


def _footnotes(archive: zipfile.ZipFile) -> list[RawBlock]:
    """The footnotes, each with its number, as lines set aside (listed as left out, the user's to
    keep), as a PDF's footnotes are: trial G's Word release had two, neither in the text nor in the
    list of what was left out, so no `--keep` could bring one back."""
    part = _small_part(archive, "word/footnotes.xml")
    if part is None:
        return []
    notes = [note for note in part.iter(f"{W}footnote") if note.get(f"{W}type") not in _NOT_NOTES]
    texts = [" ".join(_text(note).split()) for note in notes]
    return [RawBlock(f"{number} {text}", "caption") for number, text in enumerate(texts, 1) if text]


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
                numbering = Numbering(
                    _small_part(archive, "word/numbering.xml"), _small_part(archive, "word/styles.xml")
                )
                body = _stream(handle, styles, too_much, numbering)
            return _headers(archive, styles, body) + body + _footnotes(archive)
    except zipfile.BadZipFile as exc:
        raise ImportFailed(path, f"not a Word document or a damaged one ({str(exc)[:80]})") from None
    except etree.XMLSyntaxError as exc:
        raise ImportFailed(path, f"unreadable Word document (broken XML: {str(exc)[:80]})") from None
    except (OSError, EOFError, ValueError) as exc:
        raise ImportFailed(path, f"unreadable Word document ({type(exc).__name__}: {str(exc)[:80]})") from None
