"""Numbered and nested lists of a saved web page: numbers kept, each item once, in order. Pages in
our own words, in the shapes of an import trial (a WordPress minister's site, a federal portal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.body import parse_markdown, to_markdown
from reader.core.importer.importer import apply_import, plan_import
from reader.core.library import Library

STEPS = """<ol{start}>
  <li>Maak een account aan op het loket.</li>
  <li>Controleer de gegevens die al ingevuld zijn:
    <ul>
      <li>je adres en je gezinssamenstelling;</li>
      <li>het nummer van je bankrekening.</li>
    </ul>
  </li>
  <li>Onderteken de aanvraag met je identiteitskaart.</li>
</ol>"""
PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Aanvraag | Dienst</title></head>
<body><header class="site-header"><nav><ul><li><a href="/">Home</a></li>
<li><a href="/nieuws">Nieuws</a></li></ul></nav></header>
{open}<h1>De huurpremie vraag je voortaan online aan</h1>
<p><time datetime="2025-09-02">2 september 2025</time></p>
<p>Wie recht heeft op een huurpremie, kan de aanvraag vanaf oktober volledig online indienen. Een papieren
formulier blijft mogelijk voor wie geen computer heeft, maar de behandeling duurt dan langer.</p>
<h2>Zo gaat het</h2>
{steps}
<p>De premie wordt binnen twee maanden na een volledige aanvraag uitbetaald, met terugwerkende kracht vanaf
de eerste maand waarin de voorwaarden vervuld waren.</p>{close}
<footer class="site-footer"><p>Contact en privacy</p></footer></body></html>"""
AROUND = {"article": ("<main><article>", "</article></main>"), "div": ("<div class='content'>", "</div>")}


def _items(tmp_path: Path, start: str = "", around: str = "article") -> list[tuple[str, str]]:
    page = tmp_path / "premie.html"
    steps = STEPS.format(start=start)
    page.write_text(PAGE.format(steps=steps, open=AROUND[around][0], close=AROUND[around][1]), encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    return [(b.marker, b.text) for b in plan.blocks if b.kind == "list_item"]


@pytest.mark.parametrize("around", list(AROUND))
def test_an_ordered_list_keeps_its_numbers_and_a_sub_list_follows_its_item_once(tmp_path: Path, around: str):
    assert _items(tmp_path, around=around) == [
        ("1.", "Maak een account aan op het loket."),
        ("2.", "Controleer de gegevens die al ingevuld zijn:"),
        ("-", "je adres en je gezinssamenstelling;"),
        ("-", "het nummer van je bankrekening."),
        ("3.", "Onderteken de aanvraag met je identiteitskaart."),
    ]


def test_an_ordered_list_starts_where_the_page_says(tmp_path: Path):
    """'<ol start="4">': the steps go on from an earlier list; trafilatura numbers from 1."""
    assert [marker for marker, _ in _items(tmp_path, ' start="4"')] == ["4.", "5.", "-", "-", "6."]


def test_numbered_items_are_stored_and_read_back_as_they_were_imported(tmp_path: Path):
    page = tmp_path / "premie.html"
    page.write_text(PAGE.format(steps=STEPS.format(start=""), open="<article>", close="</article>"), "utf-8")
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    release = apply_import(plan_import(page, library), library)
    blocks = Library.load(tmp_path / "lib").get(release.id).versions["nl"].blocks
    assert [b.marker for b in blocks if b.kind == "list_item"] == ["1.", "2.", "-", "-", "3."]
    assert parse_markdown(to_markdown(blocks)) == blocks


TABLE = """<table class="table">
  <caption>Aanvragen per provincie (in duizendtallen)</caption>
  <thead><tr><th>Provincie</th><th>2024</th><th>2025</th></tr></thead>
  <tbody><tr><td>Antwerpen</td><td>12,4</td><td>13,1</td></tr><tr><td>Limburg</td><td>6,2</td><td>6,9</td></tr></tbody>
</table>"""


@pytest.mark.parametrize("around", list(AROUND))
def test_a_table_caption_is_a_line_above_the_table_not_its_first_row(tmp_path: Path, around: str):
    page = tmp_path / "premie.html"
    page.write_text(PAGE.format(steps=TABLE, open=AROUND[around][0], close=AROUND[around][1]), encoding="utf-8")
    blocks = plan_import(page, Library.load(tmp_path)).blocks
    at = next(i for i, b in enumerate(blocks) if b.kind == "table")
    assert blocks[at - 1].text == "Aanvragen per provincie (in duizendtallen)"
    assert blocks[at].text.splitlines()[0] == "| Provincie | 2024 | 2025 |"
