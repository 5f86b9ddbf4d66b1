"""A quote's speaker, marked as HTML marks it (a footer or a cite inside the blockquote), stays with
the quote on import. Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import apply_import, plan_import
from reader.core.library import Library
from reader.core.review.checks import check_release

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Stad</title></head>
<body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/pers">Pers</a></nav></header>
{open}
<h1>{title}</h1>
<p>{date}</p>
<p>{lead}</p>
<blockquote><p>{said}</p>{credit}</blockquote>
<p>{rest}</p>
{close}
<footer class="site-footer"><p>© 2025 {city}</p></footer>
</body></html>
"""
FR = {
    "lang": "fr",
    "city": "Ville de Liège",
    "title": "Les piscines communales ouvrent plus tôt cet été",
    "date": "Liège, le 3 juin 2025",
    "lead": "Dès le 14 juin, les quatre piscines de la Ville ouvrent à 7 heures du matin, du lundi au samedi, "
    "pour accueillir les nageurs avant leur journée de travail.",
    "said": "« Nager avant le bureau, c'est une demande que nous entendions depuis des années. »",
    "speaker": "la bourgmestre Marie Dupont",
    "rest": "Les maîtres-nageurs seront douze par jour et l'entrée reste fixée à trois euros pour les adultes.",
}
NL = {
    "lang": "nl",
    "city": "Stad Luik",
    "title": "Gemeentelijke zwembaden gaan deze zomer vroeger open",
    "date": "Luik, 3 juni 2025",
    "lead": "Vanaf 14 juni gaan de vier zwembaden van de Stad om 7 uur 's ochtends open, van maandag tot zaterdag, "
    "zodat zwemmers voor hun werkdag terechtkunnen.",
    "said": "“Zwemmen voor het werk is een vraag die we al jaren horen.”",
    "speaker": "burgemeester Marie Dupont",
    "rest": "Er zijn twaalf redders per dag en de toegang blijft drie euro voor volwassenen.",
}
ARTICLE = ("<main><article>", "</article></main>")


def _page(tmp_path: Path, fields: dict[str, str], credit: str, around: tuple[str, str] = ARTICLE) -> Path:
    page = tmp_path / f"{fields['lang']}.html"
    html = PAGE.format(**fields, credit=credit.format(**fields), open=around[0], close=around[1])
    page.write_text(html, encoding="utf-8")
    return page


def _quote(path: Path, library: Library) -> str:
    plan = plan_import(path, library)
    quotes = [b.text for b in plan.blocks if b.kind == "quote"]
    assert len(quotes) == 1, plan.blocks
    assert not any("Dupont" in line for line in plan.dropped), plan.dropped
    return quotes[0]


@pytest.mark.parametrize("fields", [FR, NL], ids=["fr", "nl"])
def test_a_footer_in_a_blockquote_is_the_quotes_last_line(tmp_path: Path, fields: dict[str, str]):
    """A new user's trial: the speaker's footer vanished from both versions, not even listed as left out."""
    page = _page(tmp_path, fields, "<footer>— {speaker}</footer>")
    assert _quote(page, Library.load(tmp_path)) == f"{fields['said']} — {fields['speaker']}"


def test_a_cite_in_a_blockquote_does_not_run_into_the_quotes_last_word(tmp_path: Path):
    page = _page(tmp_path, FR, "<cite>— {speaker}</cite>")
    assert _quote(page, Library.load(tmp_path)) == f"{FR['said']} — {FR['speaker']}"


def test_a_quotes_footer_with_a_footers_class_outside_the_article_is_kept(tmp_path: Path):
    """Bootstrap's 'blockquote-footer', on a page with no main or article: still the quote's, while
    the page's own footer stays out."""
    credit = '<footer class="blockquote-footer">{speaker}</footer>'
    page = _page(tmp_path, FR, credit, ("<div class='content'>", "</div>"))
    assert _quote(page, Library.load(tmp_path)) == f"{FR['said']} {FR['speaker']}"
    assert not any("©" in b.text for b in plan_import(page, Library.load(tmp_path)).blocks)


def test_a_cite_naming_a_work_inside_the_quote_stays_in_its_sentence(tmp_path: Path):
    said = "« Comme l'écrivait <cite>Le Soir</cite> hier, les nageurs du matin sont nombreux. »"
    page = _page(tmp_path, {**FR, "said": said}, "")
    inline = "« Comme l'écrivait Le Soir hier, les nageurs du matin sont nombreux. »"
    assert _quote(page, Library.load(tmp_path)) == inline


def test_the_name_checks_compare_the_speakers_of_the_two_versions(tmp_path: Path):
    """A person is read after a role (speakers.py): the Dutch quote credited to another mayor is flagged."""
    fr = _page(tmp_path, FR, "<footer>— {speaker}</footer>")
    nl = _page(tmp_path, {**NL, "speaker": "burgemeester Jan Peeters"}, "<footer>— {speaker}</footer>")
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    release = apply_import(plan_import(fr, library), library)
    apply_import(plan_import(nl, library, release_id=release.id, lang="nl"), library)
    report = check_release(Library.load(tmp_path / "lib").get(release.id), "fr", "nl")
    quoted = [p for p in report.pairs if "Nager" in p.source]
    assert quoted and any(f.code == "name" and "Marie Dupont" in f.message for p in quoted for f in p.flags), quoted


@pytest.mark.parametrize("credit", ["<footer>— <cite>{speaker}</cite></footer>", "<cite>{speaker}</cite>"])
def test_a_credit_on_its_own_source_line_stays_with_the_quote(tmp_path: Path, credit: str):
    """A CMS writes the quote's paragraph and its credit on lines of their own, indented: the line
    break and the break set before the credit made a blank line, so the blockquote was read as two
    paragraphs and the credit was lost (a footer) or run into the last word (a cite): an import trial."""
    page = _page(tmp_path, FR, "\n      " + credit + "\n    ")
    page.write_text(page.read_text(encoding="utf-8").replace("<blockquote><p>", "<blockquote>\n      <p>"), "utf-8")
    said = _quote(page, Library.load(tmp_path))
    assert said.startswith(FR["said"]) and said.endswith(FR["speaker"]) and f"»{FR['speaker'][:2]}" not in said
