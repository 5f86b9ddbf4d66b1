"""A running header over most pages is the page's furniture, never the issuer, when the first page
opens on its letterhead (trial E: 'SPF Mobilité et Transports — Dossier de presse', the header, was
taken as the issuer over the letterhead 'Service public fédéral Mobilité et Transports'). Own words;
the PDFs are built as test_import_pdf_print's."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_import_pdf_print import Run, _lines, _plan, _write

LETTERHEAD = "Federale Overheidsdienst Binnenlandse Zaken"
HEADER = "FOD Binnenlandse Zaken — Persdossier"
SENTENCES = [
    "De dienst verwerkte vorig jaar {n}.120 aanvragen voor een nieuwe identiteitskaart.",
    "Het aantal aanvragen via de gemeenteloketten daalde met {n} % tegenover het jaar voordien.",
    "De wachttijd aan de loketten bleef gemiddeld onder de twintig minuten.",
]


def _page(number: int, head: list[Run]) -> list[Run]:
    lines = [line.format(n=number) for line in SENTENCES]
    return [(300, 815, 8, HEADER, 0), *head, *_lines(640, lines), (295, 40, 8, str(number), 0)]


def _pages(letterhead: bool) -> list[list[Run]]:
    head = [
        *(_lines(780, [LETTERHEAD], size=11) if letterhead else []),
        *_lines(740, ["Brussel, 4 mei 2026"]),
        *_lines(700, ["Minder wachten aan de loketten voor de identiteitskaart"], size=15),
    ]
    return [_page(1, head), *(_page(n, []) for n in range(2, 5))]


def test_a_running_header_is_not_the_issuer_under_a_letterhead(tmp_path: Path):
    plan = _plan(tmp_path, _write(tmp_path / "dossier.pdf", _pages(letterhead=True)))
    assert plan.issuer == LETTERHEAD
    assert HEADER in plan.dropped
    assert not [b.text for b in plan.blocks if HEADER in b.text]


def test_with_no_letterhead_the_header_still_stands_where_it_first_stands(tmp_path: Path):
    plan = _plan(tmp_path, _write(tmp_path / "dossier.pdf", _pages(letterhead=False)))
    assert plan.issuer == HEADER  # it may name the issuer: nothing else does
