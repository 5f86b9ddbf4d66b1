"""A page over 1 MB of HTML is read by our own extraction alone: trafilatura's time grows faster
than the page, and on such a page it found nothing ours lacked (benchmarks/bench_import.py)."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import html
from reader.core.importer.importer import plan_import
from reader.core.library import Library

# each paragraph its own (a page says a paragraph once: a copy is dropped as the page's repeat)
PARAGRAPH = "<div><p>De dienst publiceert vandaag een nieuw overzicht van de aanvragen in gemeente {n}.</p></div>\n"


def _page(paragraphs: int) -> str:
    return (
        "<html><body><nav class='menu'><a href='/'>Home</a></nav>"
        "<h1>Nieuw overzicht van de aanvragen</h1><p>Brussel, 19 maart 2024</p>"
        + "".join(PARAGRAPH.format(n=n) for n in range(paragraphs))
        + "</body></html>"
    )


def test_trafilatura_is_not_asked_over_a_megabyte(monkeypatch):
    import trafilatura

    asked: list[int] = []
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda text, **kw: asked.append(len(text)))
    assert html.main_content(_page(12_000), {}) == [] and asked == []
    html.main_content(_page(10), {})
    assert len(asked) == 1


def test_a_big_page_keeps_its_headline_date_and_paragraphs(tmp_path: Path):
    page = tmp_path / "big.html"
    page.write_text(_page(12_000), encoding="utf-8")
    assert page.stat().st_size > html.BIG_PAGE
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.title == "Nieuw overzicht van de aanvragen" and str(plan.date) == "2024-03-19"
    assert sum(b.kind == "paragraph" for b in plan.blocks) == 12_000
    assert not any(b.text == "Home" for b in plan.blocks)
