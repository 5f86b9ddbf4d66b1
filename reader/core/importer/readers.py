"""Read a file into raw blocks of text: .txt, .md, .html, .pdf, .docx. Each failure names the file.

A raw block keeps its line breaks (a letterhead needs them) and a hint of its kind when the format
says so (an HTML <h1>, a Word heading style, a Markdown list item).
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.atomic import describe
from reader.core.body import table_rows, table_text
from reader.core.errors import ImportFailed
from reader.core.importer.docx import read_docx
from reader.core.importer.doubled import said_once
from reader.core.importer.encoding import decode
from reader.core.importer.flat_tables import flat_rows, flat_table
from reader.core.importer.front_matter import split_front_matter
from reader.core.importer.html import extract_html
from reader.core.importer.line_shapes import lines_are_paragraphs, marks_paragraphs
from reader.core.importer.pdf import headline_marked, pdf_text
from reader.core.importer.raw import BULLETS, RawBlock
from reader.core.importer.spaced_tables import spaced_table
from reader.core.importer.tmx_refused import tmx_refused
from reader.core.importer.wrap import OPEN_END, OPEN_WORDS
from reader.core.text.clean import clean_line, clean_text

MAX_BYTES = 5 * 1024 * 1024  # a press release is a few kB; 5 MB of text is not one
SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")


_LIST = re.compile(rf"^\s*(?P<marker>[{re.escape(BULLETS)}]|\d{{1,3}}[.)])\s+(?P<text>.+)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")


# Markdown's link and image: the words a reader sees ('[Facebook](#)' is 'Facebook'), so that a share
# line or a menu of links reads as one (a new user's page kept 'Partager : [Facebook](#) …' as text)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
# emphasis by one star or underscore around words ('*Publié le 20 janvier 2025*'); a lone '(*)' stays
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])\1(?![\w*])")


def _strip_markup(text: str, markdown: bool = True) -> str:
    """Bold markers go (text copied from Word or a mail has them too); footnote markers such as
    '(**)' or '(*)' stay as they are. In Markdown, links and emphasis are the words they mark."""
    text = re.sub(r"(?<![(\w*])(\*\*|__)(?=[^\s*)])(.+?)(?<=[^\s(*])\1(?![\w*])", r"\2", text, flags=re.DOTALL)
    if markdown:
        # an image first, so that a linked logo ('[![Name](logo.svg)](/fr)') is its name
        text = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", _MD_IMAGE.sub(r"\1", text)))
    return text.strip()


_FENCE = re.compile(r"^:::\s*letterhead(?:\s+(?P<lang>[a-z]{2}))?\s*\n(?P<body>.*?)\n:::\s*$", re.MULTILINE | re.DOTALL)


_PIPE_RULE = re.compile(r"(?<!\s)\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")  # (?<!\s): linear when searched


# A line drawn across the page: three or more of one rule character, alone on the line (Markdown's
# thematic break; plain-text pages rule off their record's fields the same way).
_RULE = re.compile(r"(?m)^[ \t]*([_=*—–-])(?:[ \t]*\1){2,}[ \t]*$")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"\t| {3,}", line.strip())]


def blocks_from_text(text: str, markdown: bool = False, laid_out: bool = False) -> list[RawBlock]:
    """Paragraphs, lists, headings; rows of tab-separated cells (a table copied from a page or a
    sheet) become one table block, so that '886' and '105' in two cells never read as 886105.
    `laid_out`: a PDF's lines as its pages set them (pdf.py), each a line of the page's width,
    never a paragraph a line: a web page's copy is read so (lines_are_paragraphs), and a report's
    contents page or colophon, its lines longer than the body's column, made the whole report read
    so (trial E: every wrapped line opening or closing on a figure cut its paragraph)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    per_line = not markdown and not laid_out and lines_are_paragraphs(text)  # decided once for the whole file
    if markdown:
        return _tabbed(text, markdown, per_line)
    out: list[RawBlock] = []
    lines = text.split("\n")
    while (table := _first_table(lines)) is not None:  # pipe or spaced tables, one line per row
        start, end, block = table
        out += [*_flat_tables(lines[:start], per_line), block]
        lines = lines[end:]
    out = outline_headings(out + _flat_tables(lines, per_line))
    if not per_line and marks_paragraphs(text):
        for block in out:
            block.reflow = block.kind == ""
    return out


def outline_headings(blocks: list[RawBlock]) -> list[RawBlock]:
    """A numbered line on its own ('1. Activities in figures') over lines numbered under it ('1.1
    Opinions', '1.1.1 …') is a chapter's heading, not a list of one item: decimal outline numbering,
    as reports number their chapters and sections (a plain fact of document structure). Its number
    stays with it."""
    out = list(blocks)
    for i, block in enumerate(out):
        number = re.fullmatch(r"(\d{1,2})[.)]", block.marker) if block.kind == "list_item" else None
        if number is None or any(out[j].kind == "list_item" for j in (i - 1, i + 1) if 0 <= j < len(out)):
            continue
        under = re.compile(rf"{number.group(1)}\.\d{{1,2}}\.?(?:\d{{1,2}}\.?)*\s+\S")
        if any(under.match(later.text) for later in out[i + 1 :]):
            out[i] = RawBlock(f"{number.group(1)}. {block.text}", "heading", lang=block.lang, after_nav=block.after_nav)
    return out


def _flat_tables(lines: list[str], per_line: bool) -> list[RawBlock]:
    """Tables a browser copied cell by cell, a row per line (flat_tables.py); around them, the text."""
    out: list[RawBlock] = []
    tabbed = any("\t" in line for line in lines)  # a sheet's own rows: read by _tabbed
    while not tabbed and (table := flat_table(lines)) is not None:
        start, end = table
        out += [*_tabbed("\n".join(lines[:start]), False, per_line)]
        out.append(RawBlock(table_text(flat_rows(lines[start:end])), "table"))
        lines = lines[end:]
    return out + _tabbed("\n".join(lines), False, per_line)


def _tabbed(text: str, markdown: bool, per_line: bool) -> list[RawBlock]:
    if not markdown and "\t" in text:
        out: list[RawBlock] = []
        lines = text.split("\n")
        start = 0
        i = 0
        while i < len(lines):
            j = i
            while j < len(lines) and "\t" in lines[j] and len([c for c in _cells(lines[j]) if c]) >= 2:
                j += 1
            if j - i >= 2:
                out += _text_blocks("\n".join(lines[start:i]), markdown, per_line)
                out.append(RawBlock(table_text([_cells(line) for line in lines[i:j]]), "table"))
                start = i = j
            else:
                i += 1
        return out + _text_blocks("\n".join(lines[start:]), markdown, per_line)
    return _text_blocks(text, markdown, per_line)


# A field's label over its date ('publish date' / '30.09.2025'): a label of its own, never the rest
# of a headline a wrap broke (a provincial page of trial C, thirty-second session, ran the label into
# its headline); a value under a label that names it is how a site files a page's fields (page_fields.py).
_DATE_VALUE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+[^\W\d_]+\s+\d{4}|\d{4}-\d{2}-\d{2})"
_DATE_LABEL = r"(?:[^\W\d_]+[ \t]){0,2}?(?:\w*dat(?:e|um)|publi\w*|gepubliceerd|geplaatst|gepost|posted)\b"
_NO_LABEL = rf"(?!{_DATE_LABEL}(?:[ \t][^\W\d_]+)?[ \t]*:?[ \t]*\n[ \t]*{_DATE_VALUE}[ \t]*$)"


def _text_blocks(text: str, markdown: bool, per_line: bool) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    if per_line:
        # One sentence a wrap broke, among whole-paragraph lines: a long line (a wrap's, 60 characters
        # or more) ending inside a sentence over one that goes on in lowercase ('… Le gouvernement
        # prévoit' / 'des économies de …') is joined. A short one is a headline over its kicker.
        text = re.sub(rf"(?m)^(.{{59,}}[^\W\d_])[ \t]*\n[ \t]*(?=[a-zà-ÿ]){_NO_LABEL}", r"\1 ", text.strip())
        # (and over a capital when the line ends on a word no sentence ends on: wrap.OPEN_END)
        text = re.sub(rf"(?m)^(.{{55,}}[ \t](?:{OPEN_WORDS}))[ \t]*\n[ \t]*(?=\S)", r"\1 ", text)
        text = re.sub(r"\n\s*", "\n\n", text)
    if markdown:  # press-reader's own body format: letterhead fences come first
        while fence := _FENCE.match(text.lstrip()):
            for part in re.split(r"\n\s*\n", fence.group("body").strip()):
                blocks.append(RawBlock(part.strip(), "letterhead", lang=fence.group("lang")))
            text = text.lstrip()[fence.end() :]
    text = _RULE.sub(r"\n\g<0>\n", text)  # a rule ('________', '---') stands apart: it separates blocks
    for chunk in re.split(r"\n\s*\n", text):
        for is_list, lines in _list_runs([line.rstrip() for line in chunk.split("\n") if line.strip()]):
            if is_list:
                items = [(m if m[0].isdigit() else "-", item) for m, item in _hanging_items(lines)]  # a Markdown list
                blocks += [RawBlock(_strip_markup(item, markdown), "list_item", marker) for marker, item in items]
            else:
                blocks += _chunk_block(lines, markdown)
    return blocks


def _loose_table(lines: list[str]) -> tuple[int, int] | None:
    """Where a pipe table sits in a chunk: a header row over a rule ('---|---|'), then its rows, the
    outer pipes optional (as GitHub-flavoured Markdown writes them), with a caption above or a
    source line under it in the same chunk."""
    for k in range(1, len(lines)):
        if _PIPE_RULE.fullmatch(lines[k].strip()) and lines[k - 1].count("|") >= 1:
            end = k + 1
            while end < len(lines) and "|" in lines[end] and not _PIPE_RULE.fullmatch(lines[end].strip()):
                end += 1
            if end < len(lines) and _PIPE_RULE.fullmatch(lines[end].strip()) and end - 1 > k:
                end -= 1  # the next table's rule: the row over it is that table's header
            return k - 1, end
    return None


def _first_table(lines: list[str]) -> tuple[int, int, RawBlock] | None:
    """The first table of the lines, pipe or spaced: where it starts and ends, as one table block."""
    piped, spaced = _loose_table(lines), spaced_table(lines)
    if spaced is not None and (piped is None or spaced[0] < piped[0]):
        start, end = spaced
        return start, end, RawBlock(table_text([_cells(line) for line in lines[start:end]]), "table")
    if piped is not None:
        return piped[0], piped[1], _table_block(lines[piped[0] : piped[1]])
    return None


def _table_block(lines: list[str]) -> RawBlock:
    """A pipe table's lines as one table block, outer pipes added where the page left them out."""
    piped = [
        ("" if ln.strip().startswith("|") else "| ") + ln.strip() + ("" if ln.strip().endswith("|") else " |")
        for ln in lines
    ]
    return RawBlock(table_text(table_rows("\n".join(piped))), "table")


def _chunk_block(lines: list[str], markdown: bool) -> list[RawBlock]:
    """One chunk of lines that is no list: a heading, a quote or a paragraph; or a pipe table."""
    table = _loose_table(lines) if len(lines) >= 2 else None
    if table is not None:
        # a Markdown pipe table ('| Gewest | 2025 |' over '|---|---|'), written or pasted: a table
        start, end = table
        before = _chunk_block(lines[:start], markdown) if start else []
        after = _chunk_block(lines[end:], markdown) if end < len(lines) else []
        return [*before, _table_block(lines[start:end]), *after]
    heading = _MD_HEADING.match(lines[0]) if markdown and len(lines) == 1 else None
    if heading:
        return [RawBlock(_strip_markup(heading.group(2)), "title" if len(heading.group(1)) == 1 else "heading")]
    if markdown and all(line.lstrip().startswith(">") for line in lines):
        return [RawBlock(_strip_markup(" ".join(line.lstrip()[1:].strip() for line in lines)), "quote")]
    return [RawBlock(_strip_markup("\n".join(line.strip() for line in lines), markdown))]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _list_runs(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """A chunk cut into its paragraph lines and its lists: a lead ('three points:') and the items under
    it (a web page's list pasted as text, bullets often indented) are two blocks, never one paragraph.

    A run of item lines is a list when it has two items or more, follows a line ending in ':', or is
    the whole chunk; a single '- ' or '– ' inside running text (a dash a wrapping column put first)
    stays in its paragraph. An item reads on over lines indented deeper than its marker, or that go on
    in lower case (or after an article or a preposition: wrap.OPEN_END) inside a sentence."""
    parts: list[tuple[bool, list[str]]] = []
    i = 0
    while i < len(lines):
        j, count = i, 0
        while j < len(lines):
            if _LIST.match(lines[j]):
                count, j = count + 1, j + 1
            elif count and (_indent(lines[j]) > _indent(lines[i]) or _reads_on(lines[j - 1], lines[j])):
                j += 1
            else:
                break
        lead = bool(parts) and not parts[-1][0] and parts[-1][1][-1].endswith(":")
        whole = i == 0 and j == len(lines) and not _looks_like_date_only(lines)
        if count and (count >= 2 or lead or whole):
            parts.append((True, lines[i:j]))
            i = j
            continue
        if parts and not parts[-1][0]:
            parts[-1][1].append(lines[i])
        else:
            parts.append((False, [lines[i]]))
        i += 1
    return parts


def _reads_on(previous: str, line: str) -> bool:
    """`line` goes on with the sentence `previous` left open: in lower case, or after a word no
    phrase ends on ('… avec les' / 'Régions': trial E's two-column PDF made 'Régions' a heading)."""
    open_end = bool(OPEN_END.search(previous.rstrip()))
    return not re.search(r"[.!?;:]$", previous.rstrip()) and (line.lstrip()[:1].islower() or open_end)


def _hanging_items(lines: list[str]) -> list[tuple[str, str]]:
    """A list whose every line is an item, or an item and the lines it wraps onto, indented deeper
    than its marker (a hanging indent: how a hard-wrapped list item reads on)."""
    items: list[tuple[str, str]] = []
    indent = 0
    for line in lines:
        m = _LIST.match(line)
        if m:
            items.append((m.group("marker"), m.group("text").strip()))
            indent = len(line) - len(line.lstrip())
        elif items and (len(line) - len(line.lstrip()) > indent or _reads_on(items[-1][1], line)):
            items[-1] = (items[-1][0], f"{items[-1][1]} {line.strip()}")
        else:
            return []
    return items


def _looks_like_date_only(lines: list[str]) -> bool:
    return len(lines) == 1 and bool(re.match(r"^\s*\d{1,2}[.)]\s+\w+\s+\d{4}\s*$", lines[0]))


def read_html(text: str, path: Path, keep: tuple[str, ...] = ()) -> tuple[list[RawBlock], dict[str, str]]:
    """A page's blocks; markup nested deeper than the parser goes is read flat, and said."""
    from reader.core.importer.markup_depth import DEPTH, flatten

    text, flattened = flatten(text)
    blocks, facts = extract_html(text, path, keep)
    if flattened:
        facts["flattened"] = f"{flattened} tags nested over {DEPTH} levels deep were read as flat text"
    return blocks, facts


MAX_FILE_BYTES = 50 * 1024 * 1024  # a PDF or Word file with images; its text must still fit MAX_BYTES
MAX_HTML_BYTES = 20 * 1024 * 1024  # a saved page is mostly markup and scripts; its text must fit MAX_BYTES


def _over(size: int, limit: int) -> str:
    """The size said so that it reads as more than the limit: '5.3 MB', '5,242,881 bytes' (just over)."""
    said = f"{size / 2**20:.1f} MB"
    return said if said != f"{limit / 2**20:.1f} MB" else f"{size:,} bytes"


def _too_much_text(path: Path) -> ImportFailed:
    return ImportFailed(path, f"over {MAX_BYTES // 2**20} MB of text; a press release is a few kB (limit 5 MB)")


def read_file(path: Path, keep: tuple[str, ...] = ()) -> tuple[list[RawBlock], dict[str, str]]:
    """Raw blocks and facts the format states itself (encoding, an HTML <time>, ...)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        raise ImportFailed(path, "is a directory, not a file (name the files in it)")
    if path.exists() and not path.is_file():  # a named pipe read waits for a writer for ever (a trial)
        raise ImportFailed(path, "is not a regular file (a pipe or a device); save the text as a file and import that")
    if suffix not in SUPPORTED and not path.exists():
        raise ImportFailed(path, "no such file or folder")  # a mistyped name, not a format
    if suffix not in SUPPORTED:
        use = ", ".join(SUPPORTED)
        said = f"unsupported file type '{suffix or '(none)'}' (use {use}; .xlf or .xliff for XLIFF)"
        raise tmx_refused(path) or ImportFailed(path, said)
    try:
        size = path.stat().st_size
        if size == 0:
            raise ImportFailed(path, "the file is empty")
        html = suffix in (".html", ".htm")
        limit = MAX_FILE_BYTES if suffix in (".pdf", ".docx") else MAX_HTML_BYTES if html else MAX_BYTES
        if size > limit:
            kind = "a PDF or Word file" if limit == MAX_FILE_BYTES else "an HTML page" if html else "a text file"
            raise ImportFailed(
                path, f"{_over(size, limit)} is too large for a press release (limit {limit / 2**20:g} MB for {kind})"
            )
        if suffix == ".pdf":
            text, aside, headlines = pdf_text(path, MAX_BYTES, lambda: _too_much_text(path))
            # a footnote, a running header's repeat: listed as left out, the user's to keep (as a caption)
            blocks = headline_marked(blocks_from_text(text, laid_out=True), headlines)
            return _cleaned(blocks + [RawBlock(line, "caption") for line in aside], path), {}
        if suffix == ".docx":
            return _cleaned(read_docx(path, lambda: _too_much_text(path)), path), {}
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ImportFailed(path, "no such file") from None
    except OSError as exc:
        raise ImportFailed(path, f"cannot read ({describe(exc)})") from None
    if len(data) > limit:
        raise _too_much_text(path) if not html else ImportFailed(path, f"over {limit // 2**20} MB; refused")
    text, encoding = decode(data, path)
    text = clean_text(text)
    facts = {"encoding": encoding}
    if html:
        blocks, html_facts = read_html(text, path, keep)
        facts.update(html_facts)
        if sum(len(block.text.encode("utf-8")) for block in blocks) > MAX_BYTES:
            raise _too_much_text(path)
    else:
        markdown = suffix in (".md", ".markdown")
        if markdown:
            text, front = split_front_matter(text)
            facts.update(front)
        blocks = blocks_from_text(text, markdown=markdown)
    return _cleaned(blocks, path), {key: clean_line(value) for key, value in facts.items()}


def _cleaned(blocks: list[RawBlock], path: Path) -> list[RawBlock]:
    """No control character (an ESC from HTML's &#27;, a form feed from a PDF) gets into a release."""
    for block in blocks:
        block.text = said_once(clean_text(block.text)).strip()
    blocks = [block for block in blocks if block.text]
    if not blocks:
        raise ImportFailed(path, "no text found")
    return blocks


def own_body(path: Path, raw: list[RawBlock]) -> bool:
    """A release's body as press-reader writes it (beside its release.yaml, or with its letterhead
    fenced), not a page a browser's extension saved as Markdown with its menus and footer."""
    markdown = path.suffix.lower() in (".md", ".markdown")
    return markdown and (any(b.kind == "letterhead" for b in raw) or (path.parent / "release.yaml").is_file())
