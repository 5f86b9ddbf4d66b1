"""The body format: one Markdown file per language version, written to be edited by hand.

Only a small, predictable subset is given meaning:
- ``::: letterhead nl`` ... ``:::`` fences hold one letterhead block each; line breaks are kept;
- ``#`` headings, ``-``/``*``/``1.`` list items and ``>`` quotes; an item indented to the text of the
  item above it is under that item (its ``level`` one more), as Markdown nests lists;
- everything else is a paragraph, its wrapped lines joined by spaces (as Markdown does).
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.atomic import describe, read_limited
from reader.core.errors import LibraryError
from reader.core.model import LANGUAGES, Block, BlockKind
from reader.core.text.clean import clean_line, clean_text

MAX_BODY_BYTES = 5 * 1024 * 1024  # the import limit: no press release comes near it

_FENCE_OPEN = re.compile(r"^:::\s*letterhead(?:\s+(?P<lang>[A-Za-z-]+))?\s*$")
_FENCE_CLOSE = re.compile(r"^:::\s*$")
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_LIST = re.compile(r"^(?P<marker>[-*+•–]|\d{1,3}[.)])\s+(?P<text>.*)$")
_QUOTE = re.compile(r"^>\s?(?P<text>.*)$")


def read_body(path: Path) -> list[Block]:
    """Read and parse one body file; every failure names the file."""
    return _read_body(path, None)


def body_problems(path: Path) -> list[LibraryError]:
    """Every problem of one body file, for `validate`: reading stops at the first."""
    problems: list[LibraryError] = []
    try:
        _read_body(path, problems)
    except LibraryError as exc:
        problems.append(exc)
    return problems


def _read_body(path: Path, problems: list[LibraryError] | None) -> list[Block]:
    try:
        raw = read_limited(path, MAX_BODY_BYTES, follow=False)  # a link in a release folder is never followed
    except FileNotFoundError:
        raise LibraryError(path, "body file is missing") from None
    except OSError as exc:
        raise LibraryError(path, f"cannot read body file ({describe(exc)})") from None
    if len(raw) > MAX_BODY_BYTES:
        raise LibraryError(path, f"body file over the {MAX_BODY_BYTES // 2**20} MB limit")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LibraryError(path, f"not UTF-8 (byte {exc.start})") from None
    if problems is not None and (bad := re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)):
        # read, they are cleaned away; written there, they say the file is not the text it was (a trial)
        said = f"holds control characters (U+{ord(bad.group()):04X} first): not a text body"
        problems.append(LibraryError(path, said))
    blocks = parse_markdown(clean_text(text.removeprefix("\ufeff")), path, problems)
    if not any(b.kind != "letterhead" for b in blocks):
        raise LibraryError(path, "body is empty")
    return blocks


def table_text(rows: list[list[str]]) -> str:
    """A Markdown pipe table, the first row as its header; '|' inside a cell is escaped."""
    width = max(len(row) for row in rows)
    lines = []
    for n, row in enumerate(rows):
        cells = [" ".join(cell.split()).replace("|", "\\|") for cell in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)


def table_rows(text: str) -> list[list[str]]:
    """The cells of a pipe table, row by row, without the separator line."""
    rows = []
    for line in text.split("\n"):
        line = line.strip()
        if not line.startswith("|") or re.fullmatch(r"\|(?:\s*:?-{3,}:?\s*\|)+", line):
            continue
        cells = re.split(r"(?<!\\)\|", line.strip("|"))
        rows.append([cell.strip().replace("\\|", "|") for cell in cells])
    return rows


def parse_markdown(text: str, path: Path | str = "<text>", problems: list[LibraryError] | None = None) -> list[Block]:
    """The blocks of a body; with `problems`, a problem that leaves the rest readable is appended
    there and parsing goes on (`validate` lists them all), else the first is raised."""
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    para: list[str] = []
    kind: BlockKind = "paragraph"
    marker = ""
    depth = 0
    nested: list[int] = []  # the list's open items: the column each one's text starts at

    def flush() -> None:
        nonlocal para, kind, marker, depth
        if para:
            joined = " ".join(part.strip() for part in para if part.strip())
            if joined:
                blocks.append(Block(kind, joined, marker=marker, level=depth if kind == "list_item" else 0))
        para, kind, marker, depth = [], "paragraph", "", 0

    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        fence = _FENCE_OPEN.match(stripped)
        if fence:
            flush()
            lang = fence.group("lang")
            if lang and lang not in LANGUAGES:
                error = LibraryError(path, f"line {i + 1}: unknown letterhead language '{clean_line(lang)[:20]}'")
                if problems is None:
                    raise error
                problems.append(error)
                lang = None
            inner: list[str] = []
            i += 1
            opened = i
            while i < len(lines) and not _FENCE_CLOSE.match(lines[i].strip()):
                if _FENCE_OPEN.match(lines[i].strip()):  # a ':::' missing: the next fence would be text
                    raise LibraryError(path, f"line {opened}: letterhead fence not closed before line {i + 1}")
                inner.append(lines[i].rstrip())
                i += 1
            if i >= len(lines):
                raise LibraryError(path, f"line {opened}: letterhead fence opened but never closed")
            for chunk in "\n".join(inner).split("\n\n"):
                chunk = "\n".join(part.strip() for part in chunk.strip().split("\n"))
                if chunk:
                    blocks.append(Block("letterhead", chunk, lang=lang))
            i += 1
            continue
        if stripped and (not line.startswith((" ", "\t")) or not (kind == "list_item" or _listed(blocks, para))):
            nested.clear()  # a line at the margin, or indented under no item, ends the list's nesting
        if not stripped:
            flush()
        elif stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(lines[i].strip())
                i += 1
            blocks.append(Block("table", "\n".join(rows)))
            continue
        elif heading := _HEADING.match(stripped):
            flush()
            blocks.append(Block("heading", heading.group("text"), level=len(heading.group("hashes"))))
        elif (item := _LIST.match(stripped)) and (
            not line.startswith((" ", "\t")) or _under(line, nested, kind == "list_item" or _listed(blocks, para))
        ):
            flush()
            at = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
            while nested and at < nested[-1]:
                nested.pop()
            depth = len(nested)
            nested.append(at + len(item.group("marker")) + 1)
            kind, marker, para = "list_item", item.group("marker"), [item.group("text")]
        elif quote := _QUOTE.match(stripped):
            if kind != "quote":
                flush()
                kind = "quote"
            para.append(quote.group("text"))
        else:
            if kind == "quote":
                flush()
            if not para and stripped.startswith("\\"):
                stripped = stripped[1:]  # an escaped paragraph that looks like markup
            para.append(stripped)
        i += 1
    flush()
    return blocks


def _listed(blocks: list[Block], para: list[str]) -> bool:
    """An item was the last block, no paragraph begun since (a blank line may stand between items)."""
    return not para and bool(blocks) and blocks[-1].kind == "list_item"


def _under(line: str, nested: list[int], in_list: bool) -> bool:
    """An indented item line is an item under another when it starts at or past the text of the list's
    first item; indented less, it is the text of the item above, wrapped (as before nesting was read)."""
    at = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
    return in_list and bool(nested) and at >= nested[0]


def to_markdown(blocks: list[Block]) -> str:
    parts: list[str] = []
    previous: Block | None = None
    columns: list[int] = []  # where the text of each open item starts: a sub-item is indented to it
    for block in blocks:
        if block.kind == "letterhead":
            lang = f" {block.lang}" if block.lang else ""
            parts.append(f"::: letterhead{lang}\n{block.text}\n:::")
        elif block.kind == "heading":
            parts.append(f"{'#' * max(1, block.level)} {block.text}")
        elif block.kind == "list_item":
            if previous is None or previous.kind != "list_item":
                columns = []
            del columns[min(block.level, len(columns)) :]  # a level skipped is the next one down
            indent = columns[-1] if columns else 0
            item = " " * indent + f"{block.marker or '-'} {block.text}"
            columns.append(indent + len(block.marker or "-") + 1)
            if previous is not None and previous.kind == "list_item":
                parts[-1] += "\n" + item
                previous = block
                continue
            parts.append(item)
        elif block.kind == "quote":
            parts.append(f"> {block.text}")
        elif block.kind == "table":
            parts.append(block.text)
        else:
            text = block.text
            # Keep a paragraph that happens to look like markup from turning into it on reload.
            if (
                _HEADING.match(text)
                or _LIST.match(text.lstrip())  # indented under an item, it would be one
                or _QUOTE.match(text)
                or _FENCE_OPEN.match(text)
                or text.startswith("|")
            ):
                text = "\\" + text
            parts.append(text)
        previous = block
    return "\n\n".join(parts) + "\n"
