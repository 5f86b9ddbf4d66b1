"""A report's front pages (a table of contents with dot leaders, a colophon in small type) do not
change how its body pages are read (trial E: with a contents page in front, every wrapped line that
started or ended on a figure cut its paragraph, '… verloopt. In' / '2025 behandelde …'; the same
body pages alone read whole). The front pages' lines run longer than the body's column, and their
leaders end on dots: the statistics taken over the whole text read them as a web page's copy, a
paragraph a line. Own words; the PDFs are built as tests/fixtures_gen.py builds its."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import MissingFields, plan_import
from reader.core.importer.line_shapes import marks_paragraphs
from reader.core.library import Library
from tests.fixtures_gen import write_pdf_pages

COVER = ["Dienst voor Waterbeheer Hoeveldonk", "", "Jaarverslag 2025", "", "Hoeveldonk, 3 maart 2026", ""]
CONTENTS = [
    "Inhoud",
    "",
    *[
        f"{chapter}.{section} {name} " + "." * (96 - len(name))
        for chapter in range(1, 6)
        for section, name in enumerate(["Leidingen", "Meters en tellers", "Klantendienst", "Werven"], 1)
    ],
    "",
]
COLOPHON = [
    "Verantwoordelijke uitgever: Jef Vandersteen, directeur, Molenstraat 14, 9999 Hoeveldonk, tel. 000 00 00 00",
    "",
]
PARAGRAPHS = [
    [
        "Het waterbedrijf legde vorig jaar elf kilometer nieuwe leidingen aan in de dorpskern. In",
        "2025 kwamen er ook 1.240 nieuwe aansluitingen bij, vooral in de wijk rond het station,",
        "waar een verkaveling van twee straten klaar kwam. De oude gietijzeren buizen onder de",
        "markt en de kerkstraat zijn nu allemaal vervangen door buizen van kunststof, die minder",
        "snel breken bij vorst en die de ploegen ook sneller kunnen herstellen als het toch misgaat.",
    ],
    [
        "Het aantal lekken op het net daalde dankzij de vervangen leidingen met 6,5",
        "%. De ploegen herstelden er nog 212, meestal binnen een dag na de melding door een",
        "bewoner of door de sensoren die sinds het voorjaar in de putten hangen. Die sensoren",
        "meten de druk elke minuut en sturen een bericht naar de wachtdienst zodra die plots",
        "daalt, ook midden in de nacht of in het weekend, wanneer niemand op de dienst is.",
    ],
    [
        "De klantendienst beantwoordde 8.300 vragen, de meeste over de nieuwe meters die vanaf",
        "45 / 418 gemeenten in de regio uitgelezen worden zonder dat iemand langs moet komen. Wie",
        "liever nog een papieren factuur krijgt, kan dat aanvragen aan het loket in het gemeentehuis",
        "of met een briefje aan de dienst, zonder dat daar extra kosten tegenover staan. Het",
        "aantal klachten over de facturen daalde in dat jaar met 2,9",
        "%.",
    ],
]


def _body_page(k: int) -> list[str]:
    lines = [f"{k}. Werking in het jaar", ""]
    for paragraph in PARAGRAPHS:
        lines += [*paragraph, ""]
    return lines


def _paragraphs(tmp_path: Path, pages: list[list[str]]) -> list[str]:
    path = write_pdf_pages(tmp_path / "verslag.pdf", pages)
    (tmp_path / "lib").mkdir(exist_ok=True)
    try:
        plan = plan_import(path, Library.load(tmp_path / "lib"))
    except MissingFields as exc:
        plan = exc.plan
    said = " ".join(" ".join(p) for p in PARAGRAPHS)
    return [b.text for b in plan.blocks if b.kind in ("paragraph", "heading") and b.text in said]


def test_a_contents_page_in_front_cuts_no_paragraph_of_the_body(tmp_path: Path):
    body = [_body_page(k) for k in range(1, 4)]
    alone = _paragraphs(tmp_path, [COVER, *body])
    assert alone[:3] == [" ".join(p) for p in PARAGRAPHS]
    assert _paragraphs(tmp_path, [COVER, CONTENTS, COLOPHON, *body]) == alone


def test_a_unit_alone_on_the_last_line_is_the_paragraphs_end_not_a_site_line(tmp_path: Path):
    """'%.' alone on a line, a percentage's sign the wrap sent down: a line of no letter or figure
    was dropped as a site's rule or bullet, and 'met 2,9' lost its unit."""
    body = [_body_page(k) for k in range(1, 4)]
    assert _paragraphs(tmp_path, [COVER, CONTENTS, *body])[2].endswith("daalde in dat jaar met 2,9 %.")


def test_a_colophon_line_longer_than_the_column_cuts_no_paragraph(tmp_path: Path):
    body = [_body_page(k) for k in range(1, 4)]
    assert _paragraphs(tmp_path, [COVER + COLOPHON, *body])[:3] == [" ".join(p) for p in PARAGRAPHS]


def test_dot_leaders_are_no_sentence_ends():
    """A contents page's lines end on their leaders: not prose whose sentences end at a line's end."""
    page = "\n\n".join("\n".join(p) for p in PARAGRAPHS)
    assert marks_paragraphs(page)
    assert marks_paragraphs("\n".join(CONTENTS) + "\n\n" + page)
