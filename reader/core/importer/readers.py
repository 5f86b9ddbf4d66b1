"""Read a file into raw blocks of text: .txt, .md, .html, .pdf, .docx. Each failure names the file.

A raw block keeps its line breaks (a letterhead needs them) and a hint of its kind when the format
says so (an HTML <h1>, a Word heading style, a Markdown list item).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import ImportFailed

MAX_BYTES = 5 * 1024 * 1024  # a press release is a few kB; 5 MB of text is not one
SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")




@dataclass
class RawBlock:
    text: str
    kind: str = ""  # "", "heading", "title", "list_item", "quote", "letterhead"
    marker: str = ""
    lang: str | None = None


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 if it is valid, else a declared charset that decodes cleanly, else charset-normalizer."""
    if b"\x00" in data[:8192]:
        raise ImportFailed(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    if declared:
        try:
            name = declared.group(1).decode("ascii")
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_16", "iso8859_15"]).best()
    if best is None or best.encoding is None:
        raise ImportFailed(path, "cannot tell the text encoding (tried UTF-8, cp1252, latin-1)")
    text, encoding = str(best), best.encoding
    if encoding.replace("-", "_") in ("latin_1", "iso8859_1", "iso8859_15"):
        try:  # Belgian Windows documents: cp1252 is latin-1 plus € and curly quotes where latin-1 has controls
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t")) > len(text) * 0.01:
        raise ImportFailed(path, "binary or undecodable content")
    return text, encoding


_LIST = re.compile(r"^\s*(?P<marker>[-*•–]|\d{1,3}[.)])\s+(?P<text>.+)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")


def _strip_markup(text: str) -> str:
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text, flags=re.DOTALL)
    return text.replace("**", "").strip()


_FENCE = re.compile(r"^:::\s*letterhead(?:\s+(?P<lang>[a-z]{2}))?\s*\n(?P<body>.*?)\n:::\s*$", re.MULTILINE | re.DOTALL)


def blocks_from_text(text: str, markdown: bool = False) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown:  # press-reader's own body format: letterhead fences come first
        while fence := _FENCE.match(text.lstrip()):
            for part in re.split(r"\n\s*\n", fence.group("body").strip()):
                blocks.append(RawBlock(part.strip(), "letterhead", lang=fence.group("lang")))
            text = text.lstrip()[fence.end():]
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.rstrip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if all(_LIST.match(line) for line in lines) and len(lines) >= 1 and not _looks_like_date_only(lines):
            for line in lines:
                m = _LIST.match(line)
                assert m is not None
                blocks.append(RawBlock(_strip_markup(m.group("text")), "list_item", m.group("marker")))
            continue
        heading = _MD_HEADING.match(lines[0]) if markdown and len(lines) == 1 else None
        if heading:
            kind = "title" if len(heading.group(1)) == 1 else "heading"
            blocks.append(RawBlock(_strip_markup(heading.group(2)), kind))
            continue
        if markdown and all(line.lstrip().startswith(">") for line in lines):
            blocks.append(RawBlock(_strip_markup(" ".join(line.lstrip()[1:].strip() for line in lines)), "quote"))
            continue
        blocks.append(RawBlock(_strip_markup("\n".join(line.strip() for line in lines))))
    return blocks


def _looks_like_date_only(lines: list[str]) -> bool:
    return len(lines) == 1 and bool(re.match(r"^\s*\d{1,2}[.)]\s+\w+\s+\d{4}\s*$", lines[0]))


def read_html(text: str, path: Path) -> tuple[list[RawBlock], dict[str, str]]:
    from reader.core.importer.html import extract_html

    return extract_html(text, path)


def read_pdf(path: Path) -> list[RawBlock]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ImportFailed(path, f"unreadable PDF ({exc})") from None
    text = "\n".join(pages)
    if len(re.sub(r"\s", "", text)) < 20:
        raise ImportFailed(path, "the PDF has no text layer (a scan?); run OCR first or import a text version")
    return blocks_from_text(_pdf_paragraphs(text))


def _pdf_paragraphs(text: str) -> str:
    """PDF text comes as lines; a line ending a sentence and shorter than the column starts a new paragraph."""
    lines = [line.strip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        if not line:
            out.append("")
            continue
        out.append(line)
        if re.search(r"[.!?:”»\"]$", line) and len(line) < width * 0.85 or len(line) < width * 0.6:
            out.append("")
    return "\n".join(out)


def read_docx(path: Path) -> list[RawBlock]:
    try:
        import docx

        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for broken files
        raise ImportFailed(path, f"unreadable Word document ({type(exc).__name__}: {exc})") from None
    blocks: list[RawBlock] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        if style == "title":
            blocks.append(RawBlock(text, "title"))
        elif style.startswith("heading"):
            blocks.append(RawBlock(text, "title" if style in ("heading 1", "heading1") else "heading"))
        elif "list" in style:
            blocks.append(RawBlock(text, "list_item", "-"))
        elif "quote" in style:
            blocks.append(RawBlock(text, "quote"))
        else:
            blocks.append(RawBlock(text))
    return blocks


def read_file(path: Path) -> tuple[list[RawBlock], dict[str, str]]:
    """Raw blocks and facts the format states itself (encoding, an HTML <time>, ...)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ImportFailed(path, f"unsupported file type '{suffix or '(none)'}' (use {', '.join(SUPPORTED)})")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFailed(path, "no such file") from None
    if size == 0:
        raise ImportFailed(path, "the file is empty")
    if size > MAX_BYTES and suffix not in (".pdf", ".docx"):
        raise ImportFailed(path, f"{size / 1e6:.0f} MB is too large for a press release (limit 5 MB)")
    if suffix == ".pdf":
        return read_pdf(path), {}
    if suffix == ".docx":
        return read_docx(path), {}
    text, encoding = decode(path.read_bytes(), path)
    facts = {"encoding": encoding}
    if suffix in (".html", ".htm"):
        blocks, html_facts = read_html(text, path)
        facts.update(html_facts)
    else:
        blocks = blocks_from_text(text, markdown=suffix in (".md", ".markdown"))
    if not blocks:
        raise ImportFailed(path, "no text found")
    return blocks, facts
