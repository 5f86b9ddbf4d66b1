"""Real-shaped pages (tests/fixtures/pages): pasted text, hard-wrapped text, saved HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reader.core.importer.furniture import drop_furniture, is_furniture
from reader.core.importer.importer import MissingFields, plan_import
from reader.core.importer.line_shapes import lines_are_paragraphs
from reader.core.importer.raw import RawBlock
from reader.core.importer.readers import blocks_from_text
from reader.core.library import Library
from tests.conftest import ROOT

PAGES = sorted(p for p in (ROOT / "tests" / "fixtures" / "pages").iterdir() if p.suffix != ".yaml")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_each_page_is_read_as_a_careful_reader_would(page: Path, tmp_path: Path):
    expected = yaml.safe_load(page.with_name(page.name.rsplit(".", 1)[0] + ".yaml").read_text(encoding="utf-8"))
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == expected["title"]
    assert plan.date.isoformat() == str(expected["date"])
    assert plan.language == expected["language"]
    assert plan.issuer == expected["issuer"]
    paragraphs = sum(1 for b in plan.blocks if b.kind in ("paragraph", "list_item", "quote"))
    assert abs(paragraphs - expected["paragraphs"]) <= 1


def test_pasted_lines_are_paragraphs_and_wrapped_lines_are_not():
    pasted = "Titel van het bericht\n" + "\n".join(
        f"Zin {i} is een volledige alinea van een bericht." for i in range(5)
    )
    wrapped = (
        "Een alinea die over\nmeerdere regels loopt\nen pas hier eindigt.\n\n"
        "Een tweede alinea die\nook doorloopt tot hier.\n"
    )
    assert lines_are_paragraphs(pasted) and len(blocks_from_text(pasted)) == 6
    assert not lines_are_paragraphs(wrapped) and len(blocks_from_text(wrapped)) == 2


def test_furniture_is_dropped_and_listed():
    blocks = [RawBlock(t) for t in ("Home", "Accueil > Actualités > Presse", "Le vrai titre", "Partager")]
    blocks += [RawBlock("Contact presse"), RawBlock("presse@example.be")]
    kept, dropped = drop_furniture(blocks)
    assert [b.text for b in kept] == ["Le vrai titre"]
    assert sorted(dropped) == sorted(
        ["Home", "Accueil > Actualités > Presse", "Partager", "Contact presse", "presse@example.be"]
    )
    assert not is_furniture("Print de folders af voor de vergadering van maandag.")


def test_footnote_markers_survive(tmp_path: Path):
    page = tmp_path / "voetnoot.txt"
    page.write_text(
        "Persbericht van de FOD Financiën\nBrussel, 3 mei 2022\nEen titel voor de test van voetnoten\n"
        "De belasting (*) daalt voor de laagste inkomens (**).\nDe maatregel geldt vanaf 1 juli.\n"
        "(**) tot 15.000 euro\n",
        encoding="utf-8",
    )
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert plan.issuer == "FOD Financiën"
    texts = [b.text for b in plan.blocks]
    assert "De belasting (*) daalt voor de laagste inkomens (**)." in texts and "(**) tot 15.000 euro" in texts


def test_br_paragraphs_in_a_div_stay_paragraphs_and_a_numeric_date_is_no_breadcrumb():
    from reader.core.importer.html import extract_html

    page = (
        "<html><body><div class='date'>03/06/2024</div><h1>Un titre de communiqué</h1><div>"
        "<span>Première phrase du premier paragraphe.</span><br><br>\nDeuxième paragraphe, seul.<br><br>"
        "Troisième paragraphe.<div>Un bloc à part.</div></div></body></html>"
    )
    blocks, _facts = extract_html(page, Path("p.html"))
    assert [b.text for b in blocks] == [
        "03/06/2024",
        "Un titre de communiqué",
        "Première phrase du premier paragraphe.",
        "Deuxième paragraphe, seul.",
        "Troisième paragraphe.",
        "Un bloc à part.",
    ]
    assert not is_furniture("03/06/2024") and is_furniture("Home / Nieuws / Persberichten")


def test_trafilatura_content_maps_to_our_blocks_and_tables_stay_tables():
    from lxml import etree

    from reader.core.importer.html import content_blocks

    body = etree.fromstring(
        "<body><head rend='h1'>Titel</head><p>Een<lb/><lb/>Twee</p>los<list><item>a</item><item>b</item></list>"
        "<table><row><cell>Jaar</cell><cell>Aantal</cell></row><row><cell>2023</cell><cell>886</cell></row></table>"
        "</body>"
    )
    got = [(b.kind, b.text) for b in content_blocks(body)]
    assert got[:6] == [
        ("title", "Titel"),
        ("", "Een"),
        ("", "Twee"),
        ("", "los"),
        ("list_item", "a"),
        ("list_item", "b"),
    ]
    assert got[6][0] == "table" and "| 2023 | 886 |" in got[6][1]


def test_merge_keeps_our_header_and_falls_back_when_trafilatura_keeps_too_little():
    from reader.core.importer.html import merge_content

    long = "Een volledige zin van het bericht die lang genoeg is om als alinea te tellen, echt waar."
    ours = [RawBlock("Kabinet van de minister"), RawBlock("Brussel, 5 mei 2020"), RawBlock("Titel", "title")]
    ours += [RawBlock(long), RawBlock("Gerelateerd nieuws")]
    theirs = [RawBlock("Titel", "title"), RawBlock(long), RawBlock("Een los stukje tekst dat wij misten.")]
    merged = [b.text for b in merge_content(ours, theirs)]
    assert merged == ["Kabinet van de minister", "Brussel, 5 mei 2020", "Titel", long, theirs[2].text]
    assert merge_content(ours, [RawBlock("kort")]) is ours


def test_a_big_saved_page_is_judged_by_its_text_not_its_markup(tmp_path: Path):
    from reader.core.importer.readers import read_file

    script = "<script>" + "var x = 1;\n" * 600_000 + "</script>"  # ~6.6 MB of markup, little text
    page = tmp_path / "big.html"
    page.write_text(
        f"<html><head>{script}</head><body><h1>Een titel</h1><p>Brussel, 5 mei 2020</p>"
        "<p>Een alinea van het bericht met genoeg woorden om te tellen.</p></body></html>",
        encoding="utf-8",
    )
    assert page.stat().st_size > 5 * 2**20
    blocks, _facts = read_file(page)
    assert blocks[0].text == "Een titel"


def test_a_word_table_stays_a_table_and_word_styles_give_kinds():
    from reader.core.importer.readers import read_file

    blocks, _facts = read_file(ROOT / "tests" / "fixtures" / "pages" / "14-fod-financien-word.nl.docx")
    kinds = [b.kind for b in blocks]
    assert kinds.count("title") == 1 and kinds.count("list_item") == 2
    table = next(b for b in blocks if b.kind == "table")
    assert "| Waals Gewest | 998.105 | 91 % |" in table.text


def test_a_word_document_is_read_as_a_stream_and_stops_at_the_limit(tmp_path: Path):
    import zipfile

    from reader.core.errors import ImportFailed
    from reader.core.importer.readers import read_file

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph = "<w:p><w:r><w:t>" + "tekst " * 200 + "</w:t></w:r></w:p>"
    path = tmp_path / "long.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f"<w:document {w}><w:body>" + paragraph * 6000 + "</w:body></w:document>")
    with pytest.raises(ImportFailed, match="5 MB"):
        read_file(path)


def test_news_site_lines_bylines_and_the_source_block_are_furniture():
    for line in (
        "Andere informatie en diensten van de overheid: www.belgium.be",
        "Bekijk dit persbericht in NL FR",
        "NL / FR",
        "Door Sarah Peeters, Jan Janssens",
        "Par Anne Dupont et Marc Peeters",
        "Termen:",
        "Autres informations et services officiels :",
        "www.belgium.be 🡕",
        "federal logo .be",
        "Logo FOD-SPF Economie",
    ):
        assert is_furniture(line), line
    for line in ("Par ailleurs, le ministre a dit", "Meer info op www.fin.belgium.be voor de aangifte van dit jaar"):
        assert not is_furniture(line), line
    kept, dropped = drop_furniture(
        [RawBlock("Een alinea van het bericht."), RawBlock("Bron"), RawBlock("FOD Justitie")]
    )
    assert [b.text for b in kept] == ["Een alinea van het bericht."] and dropped == ["Bron", "FOD Justitie"]


def test_the_other_language_of_a_release_of_the_same_date_is_pointed_to(tmp_path: Path):
    from reader.core.importer.importer import apply_import

    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    nl = tmp_path / "nl.txt"
    nl.write_text(
        "Ministerraad van 12 maart 2021\n\nDe ministerraad vergaderde vandaag over de begroting van het jaar.\n"
    )
    apply_import(plan_import(nl, library), library)
    fr = tmp_path / "fr.txt"
    fr.write_text(
        "Conseil des ministres du 12 mars 2021\n\nLe Conseil des ministres s'est réuni aujourd'hui sur le budget.\n"
    )
    plan = plan_import(fr, library)
    assert any("--release 2021-03-12-ministerraad-van-12-maart-2021" in w for w in plan.warnings)


def test_a_dateless_rendering_is_pointed_to_the_release_it_renders(tmp_path: Path):
    from reader.core.errors import ImportFailed
    from reader.core.importer.importer import apply_import

    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    nl = tmp_path / "nl.txt"
    nl.write_text(
        "Brussel, 4 juni 2024\n\nDe FOD Financiën betaalt 1.250 euro terug aan 43.000 gezinnen\n\n"
        "Vanaf 10 juni storten de FOD Financiën en de RVA 1.250 euro aan 43.000 gezinnen in Luik en Namen.\n"
    )
    apply_import(plan_import(nl, library), library)
    fr = tmp_path / "fr.txt"
    fr.write_text(
        "Le SPF Finances rembourse des familles\n\n"
        "À partir du 10 juin, le SPF Finances et l'ONEM versent 1.250 euros à 43.000 familles à Liège et Namur.\n"
    )
    with pytest.raises(ImportFailed, match="--release 2024-06-04-de-fod-financien"):
        plan_import(fr, library)


def test_a_tables_rule_line_is_no_site_line():
    table = RawBlock("| Jaar | Aantal |\n|---|---|\n| 2023 | 886 |", "table")
    kept, dropped = drop_furniture([RawBlock("Een titel voor de tabel"), table])
    assert dropped == [] and "|---|---|" in kept[-1].text


def test_a_page_header_holding_the_ministers_titles_in_two_languages_is_the_letterhead(tmp_path: Path):
    body = "".join(
        f"<p>De gemeente opent in het voorjaar bad nummer {n} met een sportief bad en een kleine sauna erbij.</p>"
        for n in range(1, 4)
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='nl'><body><nav><a href='/'>Home</a><a href='/c'>Contact</a></nav>"
        "<div class='header'><p>Minister van Sport, belast met de Zwembaden</p>"
        "<p>Ministre des Sports, chargé des Piscines</p></div>"
        f"<h1>Drie nieuwe zwembaden in het voorjaar</h1><p>Brussel, 3 april 2025</p>{body}</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library.load(tmp_path / "lib"))
    assert [(b.lang, b.text) for b in plan.blocks if b.kind == "letterhead"] == [
        ("nl", "Minister van Sport, belast met de Zwembaden"),
        ("fr", "Ministre des Sports, chargé des Piscines"),
    ]
    assert plan.issuer == "Minister van Sport, belast met de Zwembaden"


@pytest.mark.parametrize(
    ("service", "kicker"),
    [
        ("SPF Emploi et Travail", "Communiqué de presse – Namur, 3 mars 2025"),
        ("FOD Werkgelegenheid en Arbeid", "Mededeling aan de pers – Sint-Niklaas, 3 maart 2025"),
    ],
)
def test_the_place_of_a_dateline_is_no_issuer(service: str, kicker: str, tmp_path: Path):
    """'Communiqué de presse – Namur, 3 mars 2025': where the release was sent from; the service
    named above it issues it."""
    body = "La ministre présente aujourd'hui un plan de formation pour les demandeurs d'emploi de la région."
    if service.startswith("FOD"):
        body = "De minister stelt vandaag een opleidingsplan voor werkzoekenden in de regio voor."
    page = tmp_path / "page.txt"
    page.write_text(f"{service}\n\n{kicker}\n\nUn plan de formation\n\n{body}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.issuer == service and plan.date.isoformat() == "2025-03-03"


def test_a_dateline_in_figures_without_its_comma_dates_the_page(tmp_path: Path):
    """'Gent 14.03.2025. De stad …': the place's comma left out before a date in figures."""
    page = tmp_path / "page.txt"
    text = "Gent 14.03.2025. De stad opent drie nieuwe loketten voor wie een afspraak wil maken."
    page.write_text(f"Drie nieuwe loketten\n\n{text}\n\nDe loketten zijn ook 's avonds open.\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.date.isoformat() == "2025-03-14"


@pytest.mark.parametrize(
    ("stamp", "lang"), [("Geplaatst op 14 maart, 2025 om 09:30", "nl"), ("Publié le 14 mars 2025 à 09:30", "fr")]
)
def test_a_publication_stamp_run_into_the_first_paragraph_dates_the_page_and_goes(
    stamp: str, lang: str, tmp_path: Path
):
    body = {
        "nl": ("De stad opent drie nieuwe loketten voor wie een afspraak wil maken.", "Ze zijn ook 's avonds open."),
        "fr": ("La ville ouvre trois nouveaux guichets pour les rendez-vous.", "Ils sont aussi ouverts le soir."),
    }[lang]
    page = tmp_path / "page.txt"
    page.write_text(f"Drie nieuwe loketten\n\n{stamp}{body[0]}\n\n{body[1]}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.date.isoformat() == "2025-03-14"
    assert [b.text for b in plan.blocks] == list(body) and stamp in plan.dropped


@pytest.mark.parametrize(
    ("fields", "lang"),
    [
        ("Datum indiening: 02/02/2025 Datum publicatie: 14/03/2025 Datum antwoord: 01/03/2025", "nl"),
        ("Date de dépôt : 02/02/2025 Date de publication : 14/03/2025", "fr"),
        ("Publicatiedatum: 14 maart 2025", "nl"),
    ],
)
def test_the_field_that_names_the_publication_date_dates_the_page(fields: str, lang: str, tmp_path: Path):
    """Among a document's date fields, the one its words call the publication date is the page's."""
    body = {
        "nl": "De stad opent drie nieuwe loketten voor wie een afspraak wil maken, zegt de schepen.",
        "fr": "La ville ouvre trois nouveaux guichets pour les rendez-vous, selon l'échevin.",
    }[lang]
    page = tmp_path / "page.txt"
    page.write_text(f"Drie nieuwe loketten in de stad\n\n{fields}\n\n{body}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.date.isoformat() == "2025-03-14"


@pytest.mark.parametrize(
    ("stamp", "lang"),
    [("Ingediend op vr 14/03/2025", "nl"), ("Créé le ven 14/03/2025", "fr"), ("Publié le vendredi 14 mars 2025", "fr")],
)
def test_a_cms_stamp_under_a_banner_dates_the_page(stamp: str, lang: str, tmp_path: Path):
    """The site's banner (a notice of other news, two paragraphs long) stands above the item; the
    item's stamp, a weekday abbreviated before the date, still dates the page."""
    banner = {
        "nl": "De stad sluit drie parken na het onweer. De ploegen ruimen de gevallen bomen op en openen de "
        "parken weer zodra alle paden veilig zijn, wellicht nog deze week.",
        "fr": "La ville ferme trois parcs après l'orage. Les équipes dégagent les arbres tombés et rouvriront "
        "les parcs dès que tous les chemins seront sûrs, sans doute cette semaine.",
    }[lang]
    body = {
        "nl": "De stad opent drie nieuwe loketten voor wie een afspraak wil maken, zegt de schepen.",
        "fr": "La ville ouvre trois nouveaux guichets pour les rendez-vous, selon l'échevin de la population.",
    }[lang]
    page = tmp_path / "page.txt"
    page.write_text(f"{banner}\n\nDrie nieuwe loketten\n\n{stamp}\n\n{body}\n", encoding="utf-8")
    try:
        plan = plan_import(page, Library.load(tmp_path))
    except MissingFields as failed:  # the headline may be asked for; the date is found
        assert failed.missing == ("title",)
        plan = failed.plan
    assert plan.date.isoformat() == "2025-03-14"


def test_a_publication_named_in_a_sentence_does_not_date_the_page(tmp_path: Path):
    body = "Le rapport publié le 3 mai 2021 compte trois chapitres, selon le secrétaire d'État au budget."
    page = tmp_path / "page.txt"
    page.write_text(f"Trois chapitres pour le rapport\n\n{body}\n", encoding="utf-8")
    with pytest.raises(MissingFields) as failed:
        plan_import(page, Library.load(tmp_path))
    assert failed.value.missing == ("date",)


def test_a_line_of_print_links_is_no_headline(tmp_path: Path):
    page = tmp_path / "page.txt"
    body = "De stad opent drie nieuwe loketten voor wie een afspraak wil maken, zegt de schepen."
    head = "Tweetalige printerversie Eentalige printerversie\n\nDrie nieuwe loketten in de stad"
    text = f"{head}\n\nGent, 14 maart 2025\n\n{body}\n"
    page.write_text(text, encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == "Drie nieuwe loketten in de stad"
    dropped = " ".join(plan.dropped)
    assert "Tweetalige printerversie" in dropped and "Eentalige printerversie" in dropped


def test_a_letterhead_in_two_columns_is_two_halves_face_to_face(tmp_path: Path):
    """A word processor's two-column letterhead pasted as text: a language per column, on every line."""
    rows = [
        ("Federale Overheidsdienst Werkgelegenheid", "Service public fédéral Emploi"),
        ("Directie van de Arbeidsinspectie", "Direction de l'inspection du travail"),
    ]
    head = "\n".join(f"{nl:<50}{fr}" for nl, fr in rows)
    kicker = f"{'PERSBERICHT':<50}COMMUNIQUE DE PRESSE"
    body = "De inspectie controleerde vorig jaar meer dan 4.000 werkplaatsen in het hele land, meldt de dienst."
    page = tmp_path / "page.txt"
    page.write_text(f"{head}\n\n{kicker}\n\nGent, 3 maart 2025\n\nMeer controles op de werkvloer\n\n{body}\n", "utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    halves = [(b.lang, b.text) for b in plan.blocks if b.kind == "letterhead"]
    assert halves == [("nl", "\n".join(nl for nl, _ in rows)), ("fr", "\n".join(fr for _, fr in rows))]
    assert "PRESSE" not in plan.issuer.upper() and plan.title == "Meer controles op de werkvloer"


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_pipe_table_is_read_as_a_table(suffix: str, tmp_path: Path):
    table = "| Provincie | 2024 | 2025 |\n|---|---:|---:|\n| Namen | 1.204 | 1.310 |\n| Luik | 2.480 | 2.512 |"
    body = "Gent, 3 maart 2025 – Het aantal aanvragen steeg in beide provincies, meldt de dienst vandaag."
    page = tmp_path / f"page{suffix}"
    page.write_text(f"Meer aanvragen\n\n{body}\n\n{table}\n\nDe cijfers zijn voorlopig.\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    (found,) = [b for b in plan.blocks if b.kind == "table"]
    assert "| Namen | 1.204 | 1.310 |" in found.text


@pytest.mark.parametrize(
    ("line", "kicker"),
    [
        ("COMMUNIQUE DE PRESSE : Rachat OLO", False),
        ("Persbericht: Nieuwe loketten", False),
        ("Communiqué de presse : SPF Economie", True),
        ("Persbericht van de Regie der Gebouwen", True),
        ("Communiqué de presse - 14 mars 2025", True),
    ],
)
def test_a_kicker_s_colon_introduces_the_subject_a_headline(line: str, kicker: bool):
    """'Communiqué de presse : <words>' sets the headline after the kicker; an institution after it,
    or a date, is who issues it or when."""
    from reader.core.importer.shapes import is_kicker

    assert is_kicker(line) is kicker


def test_a_page_dated_only_by_its_update_stamp_takes_that_date(tmp_path: Path):
    """'Laatst bijgewerkt op …' is the day the page's text was last set: it dates a page that states
    no other date, and never outranks a date line."""
    body = "De dienst controleerde vorig jaar meer dan vierduizend winkels in het hele land, meldt ze."
    page = tmp_path / "page.txt"
    page.write_text(f"Jaarverslag van de dienst\n\nLaatst bijgewerkt op 03.02.2025\n\n{body}\n", encoding="utf-8")
    assert plan_import(page, Library.load(tmp_path)).date.isoformat() == "2025-02-03"
    dated = tmp_path / "dated.txt"
    dated.write_text(
        f"Jaarverslag van de dienst\n\nBrussel, 14 januari 2025\n\n{body}\n\nLaatst bijgewerkt op 03.02.2025\n",
        encoding="utf-8",
    )
    assert plan_import(dated, Library.load(tmp_path)).date.isoformat() == "2025-01-14"
