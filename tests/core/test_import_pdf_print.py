"""PDFs laid out as print sets a release (trial G): footnote marks set smaller and raised, footnotes
at the page's foot drawn before the text, a running header and page numbers on every page, a
paragraph running over a page break. The PDFs are built by hand, as tests/fixtures_gen.py builds its."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import MissingFields, plan_import
from reader.core.importer.pdf_pages import Piece, without_marks
from reader.core.library import Library
from tests.fixtures_gen import _pdf_escape, pdf_bytes

# (x, y, size, text, rise): one run of text; a run with x None goes on the line of the one before it
Run = tuple[float | None, float, float, str, float]


def _write(path: Path, pages: list[list[Run]]) -> Path:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font = 3 + 2 * len(pages)
    kids = []
    for runs in pages:
        content = b""
        for x, y, size, text, rise in runs:
            shown = b"(" + _pdf_escape(text) + b") Tj"
            if x is None:  # on the line: a new size and a text rise, as a word processor sets a superscript
                content = content.removesuffix(b" ET\n") + f" {rise:g} Ts /F1 {size:g} Tf ".encode() + shown + b" ET\n"
            else:
                content += f"BT 1 0 0 1 {x:g} {y:g} Tm /F1 {size:g} Tf {rise:g} Ts ".encode() + shown + b" ET\n"
        number = len(objects) + 1
        kids.append(f"{number} 0 R".encode())
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {number + 1} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count " + str(len(pages)).encode() + b" >>"
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    path.write_bytes(pdf_bytes(objects))
    return path


def _lines(y: float, lines: list[str], size: float = 10, step: float = 14) -> list[Run]:
    return [(56, y - k * step, size, line, 0) for k, line in enumerate(lines)]


def _plan(tmp_path: Path, path: Path):
    (tmp_path / "lib").mkdir(exist_ok=True)
    try:
        return plan_import(path, Library.load(tmp_path / "lib"))
    except MissingFields as exc:
        return exc.plan


FOOTNOTES: list[Run] = [  # drawn first, as a page template draws its foot before the text flows
    (56, 92, 6, "1", 0),
    (62, 90, 8, "Voorlopige telling op basis van de verkochte biljetten.", 0),
    (56, 80, 6, "2", 0),
    (62, 78, 8, "Zonder de abonnementen voor scholieren en studenten.", 0),
]
HEAD: list[Run] = [
    *_lines(790, ["Federale Overheidsdienst Mobiliteit en Vervoer"], size=11),
    *_lines(760, ["Brussel, 12 mei 2026"]),
    *_lines(730, ["Meer reizigers op de trein in april"], size=15),
]
FIRST: list[Run] = [
    (56, 700, 10, "In april 2026", 0),
    (None, 700, 7, "1", 4),
    (None, 700, 10, " namen 12,4 miljoen reizigers de trein, 3 % meer dan een jaar eerder.", 0),
    *_lines(686, ["Vooral de reizen tussen de grote steden namen toe, ook in het weekend."]),
]
SECOND: list[Run] = [
    (56, 654, 10, "Het aantal abonnementen", 0),
    (None, 654, 7, "2", 4),
    (None, 654, 10, " steeg met 1,8 %, tot 410.000 stuks. In Gent kreeg het station", 0),
    (56, 640, 10, "een nieuw perron van 40 m", 0),
    (None, 640, 7, "2", 4),
    (None, 640, 10, " voor de treinen naar de kust.", 0),
]
LAST = _lines(608, ["De maatschappij verwacht dat die groei het hele jaar zal aanhouden, ook na de zomer."])


def test_a_raised_mark_is_no_part_of_its_number_and_footnotes_close_the_text(tmp_path: Path):
    """'april 2026¹' read as 'april 20261'; the footnotes, drawn first, took the headline's place.
    The notes the text calls are its own: they close it, together (trial E: left out, unsaid)."""
    path = _write(tmp_path / "cijfers.pdf", [FOOTNOTES + HEAD + FIRST + SECOND + LAST])
    plan = _plan(tmp_path, path)
    assert plan.title == "Meer reizigers op de trein in april"
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("In april 2026 namen 12,4 miljoen reizigers")
    assert paragraphs[1].startswith("Het aantal abonnementen steeg met 1,8 %")
    assert "perron van 40 m² voor de treinen" in paragraphs[1]
    notes = [
        "1 Voorlopige telling op basis van de verkochte biljetten.",
        "2 Zonder de abonnementen voor scholieren en studenten.",
    ]
    assert len(paragraphs) == 5 and paragraphs[3:] == notes
    assert not any("telling" in p or "scholieren" in p for p in paragraphs[:3])
    assert not set(notes) & set(plan.dropped)


def test_a_footnote_kept_by_the_user_comes_back_as_a_paragraph(tmp_path: Path):
    path = _write(tmp_path / "cijfers.pdf", [FOOTNOTES + HEAD + FIRST + SECOND + LAST])
    (tmp_path / "lib").mkdir(exist_ok=True)
    note = "1 Voorlopige telling op basis van de verkochte biljetten."
    plan = plan_import(path, Library.load(tmp_path / "lib"), keep=[note])
    assert note in [b.text for b in plan.blocks] and note not in plan.dropped


def test_a_raised_letter_after_a_figure_is_an_ordinal_and_stays():
    pieces = [Piece(700, 10, "le 1"), Piece(700, 7, "er"), Piece(700, 10, " juin"), Piece(686, 10, "2")]
    assert "".join(p.text for p in without_marks(pieces)) == "le 1er juin2"


def _frame(page: int) -> list[Run]:
    """A running header and a page number, drawn first on every page, in small type."""
    return [(330, 810, 8, "SPF Mobilité — Communiqué de presse", 0), (280, 30, 8, f"Page {page}/2", 0)]


PAGE_ONE = [
    *_lines(760, ["Bruxelles, le 4 juin 2026"], size=11),
    *_lines(730, ["Plus de places assises dans les trains du matin"], size=15),
    *_lines(
        700,
        [
            "Le SPF Mobilité a conclu avec l'opérateur un accord qui ajoute deux voitures aux trains",
            "du matin entre Namur et Bruxelles à partir du mois de septembre prochain.",
        ],
        size=11,
    ),
    *_lines(
        660,
        [
            "Les voyageurs se plaignaient depuis longtemps de devoir rester debout pendant tout le",
            "trajet, surtout les lundis et les vendredis, quand les trains sont les plus remplis.",
        ],
        size=11,
    ),
    *_lines(
        90,
        [
            "« Nous voulons que chaque voyageur puisse s'asseoir, même aux heures les plus",
            "chargées de la semaine, et nous suivrons de près le nombre de places",
        ],
        size=11,
    ),
]
PAGE_TWO = [
    *_lines(760, ["libres dans chaque train », précise la porte-parole du service public."], size=11),
    *_lines(
        728,
        [
            "Les nouvelles voitures seront accessibles aux personnes en fauteuil roulant et disposeront",
            "chacune de deux emplacements pour les vélos, réservables en ligne la veille du voyage.",
        ],
        size=11,
    ),
]


def test_a_running_header_is_set_aside_and_a_paragraph_over_a_page_break_is_one(tmp_path: Path):
    """The header repeated on page 2 stood in the middle of a quote and cut it in two."""
    path = _write(tmp_path / "trains.pdf", [_frame(1) + PAGE_ONE, _frame(2) + PAGE_TWO])
    plan = _plan(tmp_path, path)
    assert plan.title == "Plus de places assises dans les trains du matin"
    paragraphs = [b.text for b in plan.blocks if b.kind == "paragraph"]
    quote = next(p for p in paragraphs if p.startswith("« Nous voulons"))
    assert quote.endswith("nombre de places libres dans chaque train », précise la porte-parole du service public.")
    assert len(paragraphs) == 4 and not any("Communiqué" in p or "Page" in p for p in paragraphs)
    assert {"SPF Mobilité — Communiqué de presse", "Page 1/2", "Page 2/2"} <= set(plan.dropped)


def test_the_issuer_in_a_running_header_is_the_owner_without_the_kicker(tmp_path: Path):
    path = _write(tmp_path / "trains.pdf", [_frame(1) + PAGE_ONE, _frame(2) + PAGE_TWO])
    assert _plan(tmp_path, path).issuer == "SPF Mobilité"
