"""Who a saved page says publishes it, when no line of the page names an issuer: its JSON-LD
publisher, its og:site_name (never a portal's address or a section's name), a kicker's issuer after
a '|'. Pages in our own words, in the shapes of an import trial."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.html_meta import declared_publisher, site_issuer
from reader.core.importer.importer import plan_import
from reader.core.library import Library

GRAPH = """{"@context": "https://schema.org", "@graph": [
 {"@type": "Article", "@id": "https://x.example/a/#article", "headline": "Kop",
  "publisher": {"@id": "https://x.example/#organization"}},
 {"@type": "BreadcrumbList", "@id": "https://x.example/a/#breadcrumb", "itemListElement": []},
 {"@type": "Organization", "@id": "https://x.example/#organization", "name": "Kabinet van minister An Claes"}]}"""
INLINE = """{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Titre",
 "publisher": {"@type": "GovernmentOrganization", "name": "Agence fédérale des pensions"}}"""


def test_the_articles_publisher_is_read_from_the_graph_or_inline():
    assert declared_publisher([GRAPH]) == "Kabinet van minister An Claes"
    assert declared_publisher([INLINE]) == "Agence fédérale des pensions"
    assert declared_publisher(["{not json", '{"@type": "WebSite", "name": "Portaal"}']) == ""


@pytest.mark.parametrize(
    ("site", "issuer"),
    [("Stad Leuven", "Stad Leuven"), ("Statbel", "Statbel"), ("news.belgium.be", ""), ("nbb.be", ""), ("Nieuws", "")],
)
def test_a_site_name_is_an_issuer_unless_it_is_an_address_or_a_section(site: str, issuer: str):
    assert site_issuer(site) == issuer


PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title} - Nieuws</title>{meta}</head>
<body><nav><a href="/">Home</a> <a href="/nieuws">Nieuws</a></nav><main><article>{kicker}<h1>{title}</h1>
<p><time datetime="2025-10-14">14 oktober 2025</time></p>
<p>Vanaf november kunnen gepensioneerden hun pensioenattest voortaan ook in de app raadplegen. Het papieren
attest blijft bestaan voor wie erom vraagt, maar wordt niet langer automatisch verstuurd.</p>
<p>De aanpassing volgt op een bevraging waarin twee op de drie deelnemers zeiden de app al te gebruiken.</p>
</article></main><footer><p>Privacy</p></footer></body></html>"""
TITLE = "Pensioenattest voortaan ook in de app"


@pytest.mark.parametrize(
    ("meta", "kicker", "issuer"),
    [
        (f'<script type="application/ld+json">{GRAPH}</script>', "", "Kabinet van minister An Claes"),
        ('<meta property="og:site_name" content="Federale Pensioendienst">', "", "Federale Pensioendienst"),
        ('<meta property="og:site_name" content="www.pensioen.example">', "", ""),
        ("", "<div class='kicker'>Persbericht | Federale Pensioendienst</div>", "Federale Pensioendienst"),
    ],
)
def test_a_page_naming_its_publisher_only_in_its_metadata_has_it_as_issuer(
    tmp_path: Path, meta: str, kicker: str, issuer: str
):
    page = tmp_path / "attest.html"
    page.write_text(PAGE.format(title=TITLE, meta=meta, kicker=kicker), encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == TITLE and plan.issuer == issuer


def test_a_posts_meta_line_of_dates_and_category_dates_the_page_and_is_no_paragraph(tmp_path: Path):
    """'20 mei 202622 mei 2026 Nieuws' (published, updated, category, run together) was the first paragraph."""
    meta = (
        '<div class="entry-meta"><time class="published" datetime="2025-10-14T09:00:00+02:00">14 oktober 2025</time>'
        '<time class="updated" datetime="2025-10-16T10:00:00+02:00">16 oktober 2025</time>'
        ' <span class="cat-links"><a href="/nieuws">Nieuws</a></span></div>'
    )
    page = tmp_path / "attest.html"
    html = PAGE.format(title=TITLE, meta="", kicker="").replace(
        '<p><time datetime="2025-10-14">14 oktober 2025</time></p>', meta
    )
    page.write_text(html, encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert str(plan.date) == "2025-10-14"
    assert plan.blocks[0].text.startswith("Vanaf november"), plan.blocks[0]
