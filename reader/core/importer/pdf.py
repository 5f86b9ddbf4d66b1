"""A PDF's text layer read as a printed release is laid out: lines, and a blank line where the page
leaves space or the type changes size (pypdf's own text has no blank lines)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core.errors import ImportFailed
from reader.core.importer.contents import contents_apart, leaders_joined
from reader.core.importer.issuer import KICKER, org_line
from reader.core.importer.pdf_logo import logo_joined
from reader.core.importer.pdf_pages import (
    Margins,
    Piece,
    body_size,
    column_joins,
    columns,
    cut_sentence,
    margins,
    page_joins,
    set_apart,
    without_marks,
)
from reader.core.importer.raw import RawBlock


def pdf_text(path: Path, max_bytes: int, too_much: Callable[[], ImportFailed]) -> tuple[str, list[str], list[str]]:
    """The text of a PDF's pages, paragraphs set apart by blank lines, the lines set aside (its
    footnotes, a running header's repeats: pdf_pages.py) and the headline the first page sets apart
    in larger type (set_apart); `too_much` is the error past `max_bytes` of text (a PDF may hold far
    more text than its size on disk)."""
    import logging
    import warnings

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings would spill before our one line
    pages: list[str] = []
    found: list[Margins] = []
    headlines: list[str] = []
    size = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(str(path))
            if reader.is_encrypted:
                try:
                    if not reader.decrypt(""):
                        raise ImportFailed(path, "the PDF is encrypted with a password; save an unprotected copy")
                except (DependencyError, NotImplementedError) as exc:
                    raise ImportFailed(path, f"the PDF is encrypted in a way that cannot be read ({exc})") from None
            read: list[tuple[str, list[Piece], float]] = []
            for page in reader.pages:
                read.append(_pieces(page))
                size += len(read[-1][0].encode("utf-8"))
                if size > max_bytes:
                    raise too_much()
            # the document's text size: a cover sets most of its few words in display type
            text_size = body_size([piece for _plain, pieces, _width in read for piece in pieces])
            for plain, pieces, width in read:
                text, margin, large = _page_text(plain, pieces, width, text_size)
                headlines += large if not pages else []
                pages.append(text)
                found.append(margin)
    except ImportFailed:
        raise
    except FileNotDecryptedError:
        raise ImportFailed(path, "the PDF is encrypted with a password; save an unprotected copy") from None
    except LimitReachedError as exc:  # pypdf's own bounds: a stream that inflates to hundreds of MB,
        # a page tree of 100,000 entries (a hostile-input trial: exit 70, the file not named)
        raise ImportFailed(path, f"the PDF is past what a press release holds ({str(exc)[:100]})") from None
    except (
        PyPdfError,
        PdfReadError,
        ValueError,
        KeyError,
        OSError,
        TypeError,
        AttributeError,
        RecursionError,
        IndexError,
        AssertionError,
        ZeroDivisionError,
    ) as exc:
        raise ImportFailed(path, f"unreadable PDF ({type(exc).__name__}: {str(exc)[:100]})") from None
    first = next((line for line in (pages[0] if pages else "").split("\n") if line.strip()), "")
    text, aside = page_joins(pages, found, letterhead=bool(org_line(first)))
    text, contents = contents_apart(text)  # a long document's table of contents, one dropped line
    aside = contents + aside
    if len(re.sub(r"\s", "", text)) < 20:
        raise ImportFailed(path, "the PDF has no text layer (a scan?); run OCR first or import a text version")
    return (text if "\n\n" in text else _pdf_paragraphs(text)), aside, headlines


def _pieces(page: Any) -> tuple[str, list[Piece], float]:
    """A page's plain text (pypdf's), its pieces of text where the page sets them, and its width."""
    pieces: list[Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text:
            scale = abs(tm[3] * cm[3]) or 1.0
            pieces.append(Piece(tm[5] * cm[3] + cm[5], size * scale, text, tm[4] * cm[0] + cm[4]))

    plain = page.extract_text(visitor_text=visit) or ""
    return plain, pieces, float(page.mediabox.width)


def _page_text(plain: str, pieces: list[Piece], width: float, text_size: float) -> tuple[str, Margins, list[str]]:
    """A page's lines, with a blank line where the page leaves vertical space or the font size
    changes: that is how a printed release separates its headline and paragraphs (pypdf's own
    text has no blank lines at all). Its footnote marks and margins apart (pdf_pages.py); a page
    set in two columns side by side is read a column after the other (pdf_pages.columns).

    A page set mostly in type a fifth larger than the document's text is a cover (trial E: a
    dossier's issuer, kicker, a 26-point headline over three lines, its date line at the foot):
    its text size is the document's, so that its date line is no margin under its 'text' (it was
    moved to the body's end and the import refused) and its headline is set apart."""
    pieces = logo_joined(pieces)  # a logo's name on two lines, apart (trial V's 'provincie' / 'ANTWERPEN')
    pieces = leaders_joined(pieces)  # a contents line's page number kept on its line (contents.py)
    size = body_size(pieces)
    size = text_size if text_size and size >= 1.2 * text_size else 0.0
    texts: list[str] = []
    found = Margins([], [], [])
    for column in columns(pieces, width):
        ys = [p.y for p in column if p.text.strip()]
        steps = sorted(abs(a - b) for a, b in zip(ys, ys[1:], strict=False) if abs(a - b) > 0.5)
        if len(steps) < 3:
            return plain, Margins([], [], []), []
        step = steps[len(steps) // 4]  # the line step: paragraph gaps are rarer than lines, not always rare
        marks: list[str] = []
        body, margin = margins(without_marks(column, marks), size)
        found.top += margin.top
        found.foot += margin.foot
        found.notes += margin.notes
        found.marks += marks
        texts.append(_lines(body, step))
    return column_joins(texts), found, set_apart(pieces, size)


def _lines(body: list[Piece], step: float) -> str:
    out: list[str] = []
    last_y: float | None = None
    last_size = last_x = 0.0
    for piece in body:
        y, size, text = piece.y, piece.size, piece.text
        if not text.strip():
            continue
        if last_y is not None and abs(y - last_y) > 0.5:
            # 1.4 lines: a word processor's space after a paragraph is often half a line (trial G's
            # 22 points under 14-point lines; at 1.6 its narrow columns' lines were paragraphs each)
            # (a larger type's own leading, 1.2 times its size, as typesetting sets it by default: a
            # headline's second line at 15 points was set apart and dropped, trial V)
            lead = max(step, 1.2 * size)
            gap = abs(y - last_y) > 1.4 * lead or abs(size - last_size) > 0.15 * max(size, last_size)
            if gap and y > last_y and piece.x > last_x and cut_sentence("".join(out), text):
                gap = False  # the next column, drawn after the first, goes on with its sentence
            if not out[-1].endswith("\n"):
                out.append("\n")
            if gap:
                out.append("\n")
        out.append(text)
        last_y, last_size, last_x = y, size, piece.x
    return "".join(out)


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


def headline_marked(blocks: list[RawBlock], headlines: list[str]) -> list[RawBlock]:
    """The first block the PDF sets apart in larger type (pdf_pages.set_apart) that names no
    institution (a logo of several words) and is no kicker is its headline."""
    for headline in headlines:
        if org_line(headline) or KICKER.match(headline):
            continue
        for block in blocks:
            if " ".join(block.text.split()) == headline:
                block.kind = "title"
                return blocks
    return blocks
