"""A PDF page's pieces of text read as print sets them: a footnote marker set smaller and raised
is no part of the word or figure it follows, and what stands above and below the text in smaller
type (a running header, a page number, the footnotes) is the page's margin, not its text.

Trial G, PDFs in the shape of federal releases: 'in oktober 2026¹' read as 'in oktober 20261' (a
wrong year in the text, the translations and the checks), the footnotes at the page's foot came
first (pypdf reads in drawing order) and one became the headline, and a running header on page 2
cut a quote in two.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# A footnote's mark: up to three figures (a report numbers its notes through, past 99), asterisks, a
# dagger (how print marks a note; a letter raised after a figure is an ordinal, '1er', '2e', and stays)
_MARK = re.compile(r"\d{1,3}|\*{1,3}|[†‡]")
# A square or a cube: '2' or '3' raised after a unit of length ('m²', 'km²'), not a note
_UNIT = re.compile(r"(?<![^\W\d_])(?:k|c|d|m)?m$")
# A footnote at the foot of a page: its mark, then its text opening on a capital
_NOTE = re.compile(r"^(?P<mark>\d{1,3}|\*{1,3}|[†‡¹²³])\s*[A-ZÀ-Þ]")
_SENTENCE_END = re.compile(r"[.!?:]\s*[”»\"']?\s*$")


@dataclass
class Piece:
    y: float
    size: float
    text: str
    x: float = 0.0


def columns(pieces: list[Piece], width: float) -> list[list[Piece]]:
    """The page's pieces, or its two columns, the left one first: a page is set in two columns when
    it has eight lines or more and half of them have text on both sides of the page's middle. Trial
    G's release set Dutch left and French right (26 of its 34 lines on both sides; a table page
    had 5 of 27): read line by line, its halves ran into each other and it was refused, without a
    headline or a date line."""
    middle = width / 2
    sides: dict[int, set[bool]] = {}
    for piece in pieces:
        if piece.text.strip():
            sides.setdefault(round(piece.y), set()).add(piece.x >= middle)
    both = sum(1 for seen in sides.values() if len(seen) == 2)
    if len(sides) < 8 or 2 * both < len(sides):
        return [pieces]
    left = [p for p in pieces if p.x < middle]
    return [left, [p for p in pieces if p.x >= middle]]


def cut_sentence(before: str, after: str) -> bool:
    """`before` ends without a sentence's end and `after` opens on a lower-case letter: one sentence a
    column break cut (a plain fact of prose: a sentence opens on a capital and closes on its mark).
    Trial V's two-column release: 'Le budget annuel du dispositif | s'élève à 465 000 euros' was two
    paragraphs."""
    first = next((c for c in after if c.isalpha()), "")
    return bool(before.strip()) and not _SENTENCE_END.search(before) and first.islower()


def column_joins(texts: list[str]) -> str:
    """The columns' texts as one, each a paragraph apart, but for a sentence the column break cut."""
    out = ""
    for text in texts:
        text = text.strip("\n")
        if text.strip():
            out = f"{out}{chr(10) if cut_sentence(out, text) else chr(10) * 2 if out else ''}{text}"
    return out


def without_marks(pieces: list[Piece], marks: list[str] | None = None) -> list[Piece]:
    """The pieces without the footnote marks set smaller and raised (or on the baseline, as pypdf
    reports a text rise) right after a word or a figure; a '2' or '3' after a unit is its power.
    `marks` gets the marks taken out: a foot line opening on one is that mark's note (page_joins)."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        mark = piece.text.strip()
        if (
            last is not None
            and note_mark(last.text, mark) is not None
            and piece.size < 0.85 * last.size
            and -0.5 <= piece.y - last.y <= 0.6 * last.size
        ):
            power = note_mark(last.text, mark) or ""
            last.text += power
            if marks is not None and not power:
                marks.append(mark)
            if piece.text.endswith("\n"):
                last.text += "\n"
            continue
        out.append(piece)
    return out


def note_mark(before: str, mark: str) -> str | None:
    """What a raised `mark` right after `before` adds to it: nothing for a note's mark glued to the
    word or figure it marks ('2024' + '2' is no year 20242), '²' or '³' for a unit's power ('m' +
    '2'); None when it is no mark (a raised letter after a figure is an ordinal, '1er', and stays).
    Set raised by a PDF's text rise and smaller size, or by a Word run's superscript (docx.py)."""
    if not _MARK.fullmatch(mark) or not before[-1:].strip():  # glued to what it marks
        return None
    if mark in ("2", "3") and _UNIT.search(before):
        return "²" if mark == "2" else "³"
    return ""


def body_size(pieces: list[Piece]) -> float:
    """The size most of the page's characters are set in."""
    sizes: Counter[float] = Counter()
    for piece in pieces:
        sizes[round(piece.size * 2) / 2] += len(piece.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def set_apart(pieces: list[Piece], text_size: float = 0.0) -> list[str]:
    """The runs of lines set in larger type than the text (a fifth larger) that hold four words or
    more, in reading order: the headline as the page sets it apart (or a logo of several words: the
    caller reads which names an institution). A logo of a word or three ('plan.be') is none; a
    department's line under it is set smaller than the text. Trial V's table PDF took 'Economische
    analyses en vooruitzichten' (8 points, under the logo) as its headline over the 15-point one.

    A run is one size, and the largest type comes first: a cover (`text_size` the document's text
    size, pdf._page_text) sets its issuer, its kicker and its headline each larger than the text,
    the headline largest (trial E: 'Federale Overheidsdienst … Persdossier Federaal fietsplan …'
    would be one run)."""
    size = text_size or body_size(pieces)
    runs: list[tuple[float, str]] = []
    run: list[str] = []
    run_size = 0.0
    for piece in [*pieces, Piece(0.0, 0.0, "end")]:
        if not piece.text.strip():
            continue
        if piece.size >= 1.2 * size and (not run or abs(piece.size - run_size) <= 0.15 * run_size):
            run.append(piece.text)
            run_size = piece.size
            continue
        said = " ".join(" ".join(run).split())
        if len(said.split()) >= 4:
            runs.append((run_size, said))
        run, run_size = ([piece.text], piece.size) if piece.size >= 1.2 * size else ([], 0.0)
    return [said for _size, said in sorted(runs, key=lambda r: -r[0])]


@dataclass
class Margins:
    top: list[str]  # small type above the text: a running header
    foot: list[str]  # small type under it: a page number, an address line
    notes: list[str]  # footnotes, each with its mark
    marks: list[str] = field(default_factory=list)  # the note marks the page's text sets raised


def margins(pieces: list[Piece], text_size: float = 0.0) -> tuple[list[Piece], Margins]:
    """The page's text, and the lines set in smaller type above its first line or below its last
    (`text_size`, when given, the text's: a cover's, set mostly in display type, pdf._page_text)."""
    size = text_size or body_size(pieces)
    text_ys = [p.y for p in pieces if p.text.strip() and p.size >= 0.9 * size]
    found = Margins([], [], [])
    if not text_ys:
        return pieces, found
    top, bottom = max(text_ys), min(text_ys)
    body: list[Piece] = []
    foot: list[Piece] = []
    for piece in pieces:
        small = piece.size < 0.9 * size and piece.text.strip()
        if small and piece.y > top:
            found.top.append(" ".join(piece.text.split()))
        elif small and piece.y < bottom:
            foot.append(piece)
        else:
            body.append(piece)
    last_note = False
    for line in _foot_lines(foot):
        if _NOTE.match(line):
            found.notes.append(line)
            last_note = True
        elif last_note and not _SENTENCE_END.search(found.notes[-1]):
            found.notes[-1] += f" {line}"  # a note's line the wrap sent down ('… over de' / 'weg.')
        else:
            found.foot.append(line)
            last_note = False
    return body, found


def _foot_lines(pieces: list[Piece]) -> list[str]:
    """The foot's pieces as lines, top to bottom; a mark raised over its note's line is its start. A
    page's number set on the line of an address stays a line of its own (set aside: page_joins)."""
    lines: list[tuple[float, float, str]] = []
    for piece in sorted(pieces, key=lambda p: -p.y):
        text = " ".join(piece.text.split())
        number = bool(_PAGE_NUMBER.fullmatch(text)) and bool(lines) and not _MARK.fullmatch(lines[-1][2])
        if lines and abs(lines[-1][0] - piece.y) <= 0.6 * max(piece.size, lines[-1][1]) and not number:
            y, size, said = lines[-1]
            lines[-1] = (piece.y if _MARK.fullmatch(said) else y, max(size, piece.size), f"{said} {text}")
        else:
            lines.append((piece.y, piece.size, text))
    return [text for _y, _size, text in lines if text]


# A page's number as print sets it alone: '2 / 3', '2/3', 'pagina 2 van 3', 'Page 1 sur 1', 'p. 2',
# 'Seite 2 von 3' (plain facts of nl/fr/en/de page numbering); a bare figure is one too
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:pagina|page|pag\.|p\.|blz\.|seite)\s*)?\d{1,3}(?:\s*(?:/|van|sur|of|de|von)\s*\d{1,3})?\s*$",
    re.IGNORECASE,
)


def _heading_last(text: str) -> bool:
    """The text ends on a short line standing alone, no sentence end: a heading a page break left
    last on its page (its paragraph opens the next page)."""
    last = text.rstrip().rsplit("\n\n", 1)[-1].strip()
    return bool(last) and "\n" not in last and len(last.split()) <= 8 and not re.search(r"[,;]$", last)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).casefold())


def page_joins(texts: list[str], found: list[Margins], letterhead: bool = False) -> tuple[str, list[str]]:
    """The pages' texts as one, and the lines set aside: a running header is kept where it first
    stands (it may name the issuer) and set aside on later pages; a foot line that every page
    repeats ('Page 1/2') is set aside; other foot lines close the text. A footnote whose mark the
    page's text sets raised is the text's: the notes close the text together, before those lines
    (trial E: a report's 278 notes were left out as site lines, their lines alike but for their
    figures read as a footer every page repeats); a note no mark calls is set aside. A
    paragraph that runs over a page break is one paragraph: the pages join with no blank line
    unless the page ended a sentence or a heading (a short line standing alone: trial V's 'Aanbevelingen'
    last on its page was glued onto the paragraph opening the next).

    A header that first stands on page 2 (trial V: 'Persbericht Rekenhof – 27 mei 2026' over '2 / 3'
    from page 2 on) repeats on a later page or numbers the page: set aside wherever it starts, or it
    cuts the sentence the page break cut. A page-number line is set aside on a page of its own too
    ('Page 1 sur 1'): what print sets in a page's margin, not text."""
    aside: list[str] = []
    seen_top: set[str] = set()
    top_shapes = Counter(_shape(line) for m in found for line in set(map(_shape, m.top)))
    # over most pages, under a first page that opens on its letterhead: the running header is the
    # page's furniture on the first page too, never the issuer (trial E: 'SPF Mobilité et Transports
    # — Dossier de presse' over 'Service public fédéral Mobilité et Transports')
    furniture = {shape for shape, n in top_shapes.items() if n >= 2 and 2 * n > len(found)} if letterhead else set()
    foot_shapes = Counter(_shape(line) for m in found for line in set(map(_shape, m.foot)))
    closing: list[str] = []
    notes: list[str] = []
    out = ""
    for number, (text, m) in enumerate(zip(texts, found, strict=True)):
        running = {
            _shape(x)
            for x in m.top
            if _PAGE_NUMBER.search(x) or (number and top_shapes[_shape(x)] > 1) or _shape(x) in furniture
        }
        top = [line for line in m.top if _shape(line) not in seen_top | running]
        aside += [line for line in m.top if _shape(line) in seen_top | running]
        seen_top |= {_shape(line) for line in m.top}
        for line in m.foot:
            repeated = len(found) > 1 and foot_shapes[_shape(line)] > 1
            (aside if repeated or _PAGE_NUMBER.fullmatch(line) else closing).append(line)
        for line in m.notes:
            called = (mark := _NOTE.match(line)) is not None and mark.group("mark") in m.marks
            (notes if called else aside).append(line)
        page = "\n\n".join([*top, text.strip("\n")]) if top else text.strip("\n")
        if not page:
            continue
        ended = (bool(_SENTENCE_END.search(out.rstrip())) or _heading_last(out)) and "\n\n" in out + page
        out = f"{out}{chr(10) * (2 if ended else 1) if out else ''}{page}"
    if notes or closing:
        out += "\n\n" + "\n\n".join([*notes, *closing])
    return out, aside
