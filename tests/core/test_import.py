import datetime as dt
import os
from pathlib import Path

import pytest

from reader.core.importer.importer import apply_import, plan_import
from reader.core.importer.readers import ImportFailed
from reader.core.library import Library
from tests import fixtures_gen as gen
from tests.conftest import ROOT, SEED_ID, SEED_TXT

FR_TXT = ROOT / "tests" / "fixtures" / "seed_fr.txt"


@pytest.fixture
def empty_library(tmp_path: Path) -> Library:
    (tmp_path / "lib").mkdir()
    return Library.load(tmp_path / "lib")


@pytest.fixture
def seed_txt() -> Path:
    """The seed as received."""
    return SEED_TXT


def test_seed_txt_gives_the_bundled_release(seed_txt: Path, empty_library: Library):
    plan = plan_import(seed_txt, empty_library)
    bundled = Library.load(ROOT / "releases").get(SEED_ID)
    nl = bundled.versions["nl"]
    assert plan.date == dt.date(2018, 12, 5) == bundled.date
    assert plan.language == "nl"
    assert plan.title == nl.title
    assert plan.issuer == bundled.issuer
    assert [b for b in plan.blocks if b.kind == "letterhead"] == nl.letterhead
    assert [b.text for b in plan.blocks if b.kind != "letterhead"] == [b.text for b in nl.body]


def test_french_rendering_with_bilingual_letterhead(empty_library: Library):
    plan = plan_import(FR_TXT, empty_library)
    assert (plan.language, plan.date) == ("fr", dt.date(2018, 12, 5))
    assert plan.title.startswith("Kris Peeters et Alibaba signent")
    assert [b.lang for b in plan.blocks if b.kind == "letterhead"] == ["nl", "fr"]
    assert plan.issuer.startswith("Kris Peeters, Vice-Premier Ministre")


def test_markdown(tmp_path: Path, empty_library: Library):
    plan = plan_import(gen.write_md(tmp_path / "r.md"), empty_library)
    assert (plan.language, plan.date, plan.title) == ("nl", dt.date(2019, 3, 14), gen.NL_TITLE)
    assert plan.issuer == "FOD Financiën"
    assert [b.kind for b in plan.blocks][-2:] == ["list_item", "list_item"]


def test_html_cp1252_main_content_only(tmp_path: Path, empty_library: Library):
    plan = plan_import(gen.write_html_cp1252(tmp_path / "r.html"), empty_library)
    assert (plan.language, plan.date, plan.title) == ("fr", dt.date(2019, 3, 14), gen.FR_TITLE)
    text = " ".join(b.text for b in plan.blocks)
    assert "numériser entièrement" in text
    for noise in ("cookies", "Accueil", "Mentions légales", "À lire aussi", "2017"):
        assert noise not in text


def test_pdf_text_layer(tmp_path: Path, empty_library: Library):
    plan = plan_import(gen.write_pdf(tmp_path / "r.pdf"), empty_library)
    assert (plan.language, plan.date, plan.title) == ("nl", dt.date(2019, 3, 14), gen.NL_TITLE)
    assert any("18,5 miljoen euro" in b.text for b in plan.blocks)


def test_docx(tmp_path: Path, empty_library: Library):
    plan = plan_import(gen.write_docx(tmp_path / "r.docx"), empty_library)
    assert (plan.language, plan.date, plan.title) == ("fr", dt.date(2019, 3, 14), gen.FR_TITLE)
    assert plan.blocks[-1].kind == "list_item"


def test_date_in_the_title_counts(tmp_path: Path, empty_library: Library):
    path = tmp_path / "r.txt"
    path.write_text("Ministerraad van 19 maart 2004\n\n" + "\n\n".join(gen.NL_BODY), encoding="utf-8")
    plan = plan_import(path, empty_library)
    assert plan.date == dt.date(2004, 3, 19) and plan.title == "Ministerraad van 19 maart 2004"


@pytest.mark.parametrize(
    "text",
    [
        "Aide aux sinistrés des inondations entre le 24 et le 31 juillet 2000\n\n" + "\n\n".join(gen.FR_BODY),
        "Un titre sans date\n\nÀ partir du 1er juillet 2022, les règles changent pour tous les usagers.\n\n"
        + "\n\n".join(gen.FR_BODY),
    ],
    ids=["event-in-title", "event-in-first-paragraph"],
)
def test_an_event_date_is_never_the_version_date(tmp_path: Path, empty_library: Library, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailed, match="no date line found"):
        plan_import(path, empty_library)


def test_a_dateline_opening_the_first_paragraph_dates_it(tmp_path: Path, empty_library: Library):
    path = tmp_path / "r.txt"
    body = "Bruxelles, le 5 mai 2020 - " + gen.FR_BODY[0]
    path.write_text(f"{gen.FR_TITLE}\n\n{body}\n\n{gen.FR_BODY[1]}", encoding="utf-8")
    assert plan_import(path, empty_library).date == dt.date(2020, 5, 5)


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", b"\x00\x01\x02garbage" * 100, "binary file"),
        ("release.odt", b"anything", "unsupported file type '.odt'"),
        ("nobody.html", b"<html><head><title>x</title></head><body>  </body></html>", "no body text"),
        (
            "notitle.txt",
            (
                "Dit is een lange eerste alinea zonder titel die meteen begint met de tekst van het bericht, "
                "op 5 mei 2020, en die gewoon doorloopt tot het einde van de zin. " * 3
            ).encode(),
            "use --title",
        ),
        ("nodate.txt", ("Titel zonder datum\n\n" + gen.NL_BODY[1]).encode(), "use --date"),
    ],
)
def test_bad_input_is_a_clear_error_and_writes_nothing(tmp_path: Path, empty_library: Library, name, data, reason):
    path = _bad(tmp_path, name, data)
    with pytest.raises(ImportFailed, match=reason) as info:
        plan_import(path, empty_library)
    assert name in str(info.value)
    assert list(empty_library.root.iterdir()) == []


def test_too_large_and_scanned_pdf(tmp_path: Path, empty_library: Library):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
        handle.seek(0)
        handle.write(b"Titel\n\n")
    big.write_bytes(b"a" * (20 * 1024 * 1024))
    with pytest.raises(ImportFailed, match="too large"):
        plan_import(big, empty_library)
    with pytest.raises(ImportFailed, match="no text layer"):
        plan_import(gen.write_blank_pdf(tmp_path / "scan.pdf"), empty_library)
    os.remove(big)


def test_apply_dedupes_and_never_overwrites(seed_txt: Path, empty_library: Library):
    release = apply_import(plan_import(seed_txt, empty_library), empty_library)
    again = Library.load(empty_library.root)
    with pytest.raises(ImportFailed, match="already imported"):
        plan_import(seed_txt, again)
    apply_import(plan_import(FR_TXT, again, release_id=release.id, lang="fr"), again)
    edited = empty_library.root.parent / "fr-edited.txt"
    edited.write_text(FR_TXT.read_text(encoding="utf-8").replace("Aujourd'hui", "Ce mercredi"), encoding="utf-8")
    with pytest.raises(ImportFailed, match="already has a 'fr' version"):
        plan_import(edited, Library.load(empty_library.root), release_id=release.id, lang="fr")
    reloaded = Library.load(empty_library.root).get(release.id)
    assert reloaded.languages == ["nl", "fr"] and reloaded.versions["fr"].provenance.kind == "official"
    assert not [p for p in release.folder.iterdir() if p.name.endswith(".tmp")]
    forced = plan_import(FR_TXT, Library.load(empty_library.root), release_id=release.id, lang="fr", force=True)
    assert forced.language == "fr"


PAGE_LAYOUTS = {
    "article-header": """<html lang="nl"><body><header class="site-header"><a>Belgium.be</a><nav><a>Home</a></nav>
</header>
<main><article><header class="article-header"><h1>{title}</h1><time datetime="2019-03-14">14/03/2019</time></header>
{body}<footer class="article-footer">Deel dit bericht</footer></article></main>
<footer id="footer">© 2019 FOD Financiën · Privacy</footer></body></html>""",
    "page-header-div": """<html><body><div id="top-nav" class="navigation"><ul><li>Home</li><li>Nieuws</li></ul></div>
<div class="page-header"><h1 class="title">{title}</h1><div class="date">Donderdag 14 maart 2019</div></div>
<div class="region-content">{body}</div><div class="footer">Contact · Disclaimer · 2017</div></body></html>""",
    "no-main-table": """<html><body><table><tr><td class="menu">Home | Nieuws | Contact</td></tr>
<tr><td><b>{title}</b><br>Brussel, 14 maart 2019<br><br>{body}</td></tr></table></body></html>""",
    # the headline and the date in divs of their own over the text's div, under the section's name
    # (an HTML trial: the title was the section's 'Persberichten', the headline lost)
    "news-divs": """<html><head><title>Persberichten - Een instelling</title></head><body>
<nav><a>Home</a> <a>Nieuws</a></nav><div class="main"><h2 class="section-title">Persberichten</h2>
<div class="news"><div class="news-title">{title}</div><span class="date">14.03.2019</span>
<div class="news-body">{body}</div></div></div><footer><p>Contact - Privacy</p></footer></body></html>""",
}


@pytest.mark.parametrize("layout", sorted(PAGE_LAYOUTS))
def test_html_layouts(tmp_path: Path, empty_library: Library, layout: str):
    body = "".join(f"<p>{p}</p>" for p in gen.NL_BODY) if layout != "no-main-table" else "<br><br>".join(gen.NL_BODY)
    page = PAGE_LAYOUTS[layout].format(title=gen.NL_TITLE, body=body)
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1252"))
    plan = plan_import(path, empty_library)
    assert (plan.language, plan.date, plan.title) == ("nl", dt.date(2019, 3, 14), gen.NL_TITLE)
    text = " ".join(b.text for b in plan.blocks)
    assert "digitaliseren" in text and "Privacy" not in text and "Disclaimer" not in text


def test_a_one_language_letterhead_is_a_letterhead_not_a_title(tmp_path: Path, empty_library: Library):
    path = tmp_path / "fr.txt"
    letterhead = "Vice-Premier Ministre et\nMinistre de l'Emploi, de l'Economie et\ndes Consommateurs"
    path.write_text(f"{letterhead}\n\nBruxelles, le 5 décembre 2018\n\n{gen.FR_TITLE}\n\n" + "\n\n".join(gen.FR_BODY))
    plan = plan_import(path, empty_library)
    assert plan.title == gen.FR_TITLE
    assert plan.blocks[0].kind == "letterhead" and plan.blocks[0].text.startswith("Vice-Premier")
    assert plan.issuer.startswith("Vice-Premier Ministre et Ministre de l'Emploi")


def test_a_markdown_letterhead_wrapped_over_lines_gives_one_title_as_issuer(tmp_path: Path, empty_library: Library):
    """Exported Markdown imported again: the fenced letterhead's lines were joined with commas
    ('Minister van Werk, Economie en, Consumenten, belast met, ...')."""
    path = tmp_path / "r.md"
    path.write_text(
        "::: letterhead nl\nStaatssecretaris voor\nDigitalisering, belast met\nPrivacy\n:::\n\n"
        "::: letterhead fr\nSecrétaire d'État à\nla Digitalisation\n:::\n\n"
        f"# {gen.NL_TITLE}\n\n" + "\n\n".join(gen.NL_BODY),
        encoding="utf-8",
    )
    plan = plan_import(path, empty_library, lang="nl", date=dt.date(2020, 1, 2))
    assert plan.issuer == "Staatssecretaris voor Digitalisering, belast met Privacy"
    path.write_text("::: letterhead nl\nFOD Economie\nPersdienst\n:::\n\n" + "\n\n".join(gen.NL_BODY))
    assert plan_import(path, empty_library, lang="nl", date=dt.date(2020, 1, 2), title="T").issuer == (
        "FOD Economie, Persdienst"
    )


def test_a_headline_that_names_a_service_is_the_headline_not_the_issuer(tmp_path: Path, empty_library: Library):
    path = tmp_path / "r.txt"
    path.write_text(
        "Bruxelles, le 4 juin 2024\n\nLe SPF Finances rembourse 43.000 familles\n\n" + "\n\n".join(gen.FR_BODY)
    )
    plan = plan_import(path, empty_library)
    assert plan.title == "Le SPF Finances rembourse 43.000 familles"


def test_a_date_the_first_lines_name_is_offered_never_taken(tmp_path: Path, empty_library: Library):
    path = tmp_path / "r.txt"
    path.write_text(
        "Un titre sans date\n\nÀ partir du 1er juillet 2022, les règles changent pour tous les usagers.\n\n"
        + "\n\n".join(gen.FR_BODY),
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed, match="no date line found") as refused:
        plan_import(path, empty_library)
    assert "names 2022-07-01" in str(refused.value) and "an event's" in str(refused.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_text_saved_as_windows_unicode_is_read(tmp_path: Path, empty_library: Library, encoding: str):
    """UTF-16 with its byte-order mark ('utf-16') or without one: text, not a binary file."""
    page = tmp_path / "r.txt"
    page.write_bytes(SEED_TXT.read_text(encoding="utf-8").encode(encoding))
    plan = plan_import(page, empty_library)
    assert plan.language == "nl" and any("Alibaba" in b.text for b in plan.blocks)


def test_a_binary_file_is_still_refused(tmp_path: Path, empty_library: Library):
    page = tmp_path / "r.txt"
    page.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFailed, match="binary"):
        plan_import(page, empty_library)


def test_a_version_whose_page_names_its_issuer_in_its_language_keeps_that_name(tmp_path: Path, empty_library: Library):
    """The French page says 'SPF Mobilité' where the Dutch said 'FOD Mobiliteit': read in French, the
    release names its issuer as the French page did (it showed the Dutch name)."""
    from reader.core.importer.importer import apply_import, plan_import

    nl = tmp_path / "nl.txt"
    nl.write_text(
        "FOD Mobiliteit\n\nNieuwe regels voor drones\n\n4 maart 2024\n\n"
        "Vanaf juni gelden nieuwe regels voor wie een drone bestuurt boven een stad of een park.\n",
        encoding="utf-8",
    )
    release = apply_import(plan_import(nl, empty_library), empty_library)
    fr = tmp_path / "fr.txt"
    fr.write_text(
        "SPF Mobilité\n\nDe nouvelles règles pour les drones\n\n4 mars 2024\n\n"
        "Dès juin, de nouvelles règles s'appliquent à qui pilote un drone au-dessus d'une ville ou d'un parc.\n",
        encoding="utf-8",
    )
    apply_import(plan_import(fr, empty_library, release_id=release.id), empty_library)
    again = Library.load(empty_library.root).get(release.id)
    assert again.issuer_in("nl") == "FOD Mobiliteit" and again.issuer_in("fr") == "SPF Mobilité"


def test_a_name_that_is_not_there_is_said_so_whatever_its_suffix(tmp_path: Path, empty_library: Library):
    for name in ("nosuchdir", "nosuchdir/", "nosuch.odt"):
        with pytest.raises(ImportFailed, match="no such file or folder"):
            plan_import(tmp_path / name, empty_library)


def test_the_place_of_a_kicker_with_its_date_line_is_not_the_issuer(tmp_path: Path, empty_library: Library):
    """'Communiqué de presse – Namur, le 3 avril 2025': what the page is, where and when; nobody issues it."""
    for lang, kicker in (
        ("fr", "Communiqué de presse – Namur, le 3 avril 2025"),
        ("nl", "Persbericht – Gent, 3 april 2025"),
    ):
        path = tmp_path / f"{lang}.txt"
        title, body = (gen.FR_TITLE, gen.FR_BODY) if lang == "fr" else (gen.NL_TITLE, gen.NL_BODY)
        path.write_text(f"{kicker}\n\n{title}\n\n" + "\n\n".join(body), encoding="utf-8")
        plan = plan_import(path, empty_library, preview=True)
        assert plan.date == dt.date(2025, 4, 3) and plan.issuer == "", (lang, plan.issuer)


@pytest.mark.parametrize(("site", "issuer"), [("Agentschap Zorgnet", "Agentschap Zorgnet"), ("Belgium.be", "")])
def test_the_site_named_in_the_page_title_issues_a_release_that_speaks_of_it(
    tmp_path: Path, empty_library: Library, site: str, issuer: str
):
    """'Headline | Agentschap Zorgnet' over a release that names the agency: the site's owner issues it;
    a portal the release never names ('| Belgium.be') carries releases of others."""
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Het Agentschap Zorgnet opent vanaf maandag twaalf nieuwe loketten in vier provincies.",
            "De loketten zijn elke werkdag open van negen tot vijf uur, ook tijdens de schoolvakanties.",
        )
    )
    page = (
        f"<html lang='nl'><head><title>Twaalf nieuwe loketten | {site}</title></head><body><main><article>"
        f"<h1>Twaalf nieuwe loketten vanaf maandag</h1><p>3 april 2025</p>{paragraphs}</article></main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert plan_import(path, empty_library, preview=True).issuer == issuer


def test_a_file_just_over_the_limit_is_said_to_be_over_it(tmp_path: Path, empty_library: Library):
    """'5 MB is too large (limit 5 MB)' read as a contradiction: the size is said so it reads as more."""
    from reader.core.importer.readers import MAX_BYTES

    for size, said in ((MAX_BYTES + 1, f"{MAX_BYTES + 1:,} bytes is too large"), (MAX_BYTES * 11 // 10, "5.5 MB is")):
        page = tmp_path / "page.txt"
        page.write_bytes(b"a" * size)
        with pytest.raises(ImportFailed, match=said) as caught:
            plan_import(page, empty_library)
        assert "(limit 5 MB for a text file)" in str(caught.value)  # not an HTML page's 20 MB (a trial)


def test_a_preview_of_a_release_s_other_language_with_its_title_proposes_that_release(tmp_path: Path):
    """A Dutch page with the title and date of a French release already in: the preview said an
    import would be refused as the same release, and the dialog still proposed a new one (a trial)."""
    import datetime as dt

    from reader.core.importer.importer import plan_import
    from reader.core.library import Library
    from reader.core.model import Block, Provenance

    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    body = [Block("paragraph", "La ville ouvre un nouveau musée, annonce l'échevine Claire Dubois à Hyon.")]
    library.create_release(
        "2026-09-01-mons", dt.date(2026, 9, 1), "Ville", "fr", "Mons 2026", body, Provenance("official")
    )
    page = tmp_path / "nl.txt"
    page.write_text(
        "Mons 2026\n\n1 september 2026\n\nDe stad opent een nieuw museum, zegt schepen Karel Wouters in Nimy.\n"
    )
    plan = plan_import(page, Library.load(tmp_path / "lib"), preview=True)
    assert plan.language == "nl" and plan.suggested_release == "2026-09-01-mons"
    assert any("importing it would be refused" in w for w in plan.warnings)


def test_a_page_with_decomposed_accents_is_stored_composed(tmp_path: Path, empty_library: Library):
    """'é' written as e + a combining accent (some tools write it so): stored as written, its names
    matched nothing typed the usual way; text read from a file is composed (NFC)."""
    import unicodedata

    page = tmp_path / "page.txt"
    text = "Bruxelles, le 4 juin 2024\n\nLe café de la coopérative de Liège rouvre\n\n" + "\n\n".join(gen.FR_BODY)
    page.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    plan = plan_import(page, empty_library)
    assert plan.title == "Le café de la coopérative de Liège rouvre"
    assert all(unicodedata.is_normalized("NFC", b.text) for b in plan.blocks)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("Raad van State", "Raad van State schorst bouwvergunning voor een loods in Mechelen"),
        ("Conseil d'État", "Le Conseil d'État suspend le permis d'un entrepôt à Malines"),
        ("ACME – Commissie voor de Regulering van de Post", "Postbedeling duurder voor kleine bedrijven"),
        ("Bruxelles Environnement", "Dix nouvelles zones de recul pour les abeilles sauvages"),
    ],
)
def test_a_council_court_or_commission_over_the_dateline_is_the_issuer(
    tmp_path: Path, empty_library: Library, top: str, title: str
):
    """A council's, a court's or a commission's name opening a page was dropped as a site line or taken
    for the headline (a checks trial): it names who issues the release."""
    french = "Bruxelles" in top or "Conseil" in top
    dateline = "Bruxelles, jeudi 22 mai 2025" if french else "Brussel, donderdag 22 mei 2025"
    body = gen.FR_BODY if french else gen.NL_BODY
    page = tmp_path / "page.txt"
    page.write_text(f"{top}\n\n{dateline}\n\n{title}\n\n" + "\n\n".join(body), encoding="utf-8")
    plan = plan_import(page, empty_library)
    assert plan.title == title and plan.issuer == top


def test_an_html_list_typed_with_bullets_and_line_breaks_is_a_list_under_its_heading(
    tmp_path: Path, empty_library: Library
):
    """'<b>Sub</b><br>• a<br>• b' in a paragraph came out as one paragraph, the heading in it (an HTML
    trial, in a local police page's shape); and the same read twice where no <article> held it."""
    page = tmp_path / "uren.html"
    page.write_text(
        """<html lang="nl"><body><nav><a>Home</a></nav><div class="item"><h1>De bibliotheek opent langer</h1>
<div class="date">14/05/2025</div><div class="text"><p>De gemeentelijke bibliotheek is vanaf juni ook op
woensdagavond en zaterdagnamiddag open, zodat studenten er tijdens de examens terecht kunnen.</p>
<p><b>Nieuwe uren</b></p><p>• woensdag: van 13 tot 19 uur;<br>• zaterdag: van 9 tot 17 uur;<br>• zondag: gesloten.</p>
<p>Het personeel krijgt voor de zomer twee extra krachten die de uitleenbalie bemannen.</p></div></div>
</body></html>""",
        encoding="utf-8",
    )
    plan = plan_import(page, empty_library)
    kinds = [(b.kind, b.text[:12]) for b in plan.blocks]
    assert kinds == [
        ("paragraph", "De gemeentel"),
        ("heading", "Nieuwe uren"),
        ("list_item", "woensdag: va"),
        ("list_item", "zaterdag: va"),
        ("list_item", "zondag: gesl"),
        ("paragraph", "Het personee"),
    ], kinds
