"""A headline that reads as a sentence, told by how the page sets it apart, and a kicker with its
date that a language guess must not turn into a letterhead. Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import MissingFields, plan_import
from reader.core.library import Library

LONG = (
    "Het agentschap zet dit najaar twaalf inzamelpunten op in vijf gemeenten. Bewoners kunnen er "
    "grof huisvuil, oude toestellen en snoeiafval kwijt, telkens op zaterdag van negen tot vijf uur."
)
MORE = "De gemeenten kiezen zelf de plaats en maken de data bekend in hun infoblad."


def _plan(tmp_path: Path, text: str, name: str = "page.txt", **kwargs):  # noqa: ANN202
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (tmp_path / "lib").mkdir(exist_ok=True)
    return plan_import(page, Library.load(tmp_path / "lib"), **kwargs)


@pytest.mark.parametrize(
    "headline",
    [
        "Het mobiele containerpark komt terug naar uw wijk!",
        "Wordt grof huisvuil binnenkort gratis opgehaald?",
        "De inzamelpunten zijn nog niet allemaal bekend.",
    ],
)
def test_a_first_line_set_apart_over_the_text_is_the_headline_whatever_its_mark(tmp_path: Path, headline: str):
    plan = _plan(tmp_path, f"{headline}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == headline
    assert [b.text for b in plan.blocks if b.kind == "paragraph"][0] == LONG


def test_a_record_s_subject_over_its_fields_is_the_headline_though_it_ends_on_a_full_stop(tmp_path: Path):
    """A parliament's written question: its subject, one sentence, over who asked whom set in lines."""
    subject = "Schriftelijke vraag over de ligging van de nieuwe inzamelpunten voor grof huisvuil."
    fields = "Vraagsteller\nAnna Peeters\naan\nJan Maes, bevoegd voor Leefmilieu en Natuur (vraag nr 17)"
    plan = _plan(tmp_path, f"{subject}\n\n{fields}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == subject


def test_a_lead_sentence_is_no_headline_and_the_headline_is_asked_for(tmp_path: Path):
    lead = "Op 2 september 2024, na een proefperiode van een jaar, opende het agentschap twee nieuwe punten."
    with pytest.raises(MissingFields) as failed:
        _plan(tmp_path, f"{lead}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert "title" in failed.value.missing


def test_a_kicker_with_its_date_is_no_half_of_a_letterhead(tmp_path: Path):
    text = f"De inzamelpunten gaan open in vijf gemeenten\n\n02/09/2024\n\nPERSBERICHT - 2 september 2024\n\n{LONG}\n"
    plan = _plan(tmp_path, text)
    assert plan.title == "De inzamelpunten gaan open in vijf gemeenten"
    assert plan.date == dt.date(2024, 9, 2)
    assert not [b for b in plan.blocks if b.kind == "letterhead"]


def test_a_headline_run_into_its_kicker_is_the_headline(tmp_path: Path):
    line = "Persbericht : Evaluatie van de inzamelpunten toont grote verschillen tussen de gemeenten"
    plan = _plan(tmp_path, f"{line}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == line


def test_a_short_headline_run_into_its_kicker_is_the_headline_not_an_issuer(tmp_path: Path):
    line = "Persbericht - Artikel over de \u201cbrandstofbende\u201d"
    plan = _plan(tmp_path, f"{line}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == line and plan.issuer != "Artikel over de \u201cbrandstofbende\u201d"


def test_a_kicker_with_its_issuer_is_still_a_kicker(tmp_path: Path):
    text = f"Persbericht - Agentschap Net Gemeente\n\nTwaalf nieuwe inzamelpunten dit najaar\n\n{LONG}\n"
    plan = _plan(tmp_path, text, date=dt.date(2024, 9, 2))
    assert plan.title == "Twaalf nieuwe inzamelpunten dit najaar"


def test_the_other_version_s_headline_on_this_page_is_dropped_and_listed(tmp_path: Path):
    nl = "Twaalf nieuwe inzamelpunten in vijf gemeenten dit najaar"
    fr = "Douze nouveaux points de collecte dans cinq communes cet automne"
    plan = _plan(tmp_path, f"{nl}\n\n{fr}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == nl
    assert fr in plan.dropped and all(fr not in b.text for b in plan.blocks)


def test_a_release_in_both_languages_keeps_its_lines_in_both(tmp_path: Path):
    fr_long = (
        "L'agence installe cet automne douze points de collecte dans cinq communes. Les habitants peuvent y "
        "déposer leurs encombrants, leurs vieux appareils et leurs déchets de taille, chaque samedi."
    )
    fr = "Douze nouveaux points de collecte dans cinq communes cet automne"
    text = f"Twaalf nieuwe inzamelpunten in vijf gemeenten\n\n{LONG}\n\n{fr}\n\n{fr_long}\n"
    plan = _plan(tmp_path, text, date=dt.date(2024, 9, 2))
    assert fr not in plan.dropped


def test_a_date_in_brackets_after_the_headline_dates_the_page_and_leaves_it(tmp_path: Path):
    # the brackets date the page, the words head it (trial B, F7: the title kept '(21/11/2026)')
    line = "Jaarverslag 2023 van de inzameldienst (04 maart 2024)"
    plan = _plan(tmp_path, f"{line}\n\n{LONG}\n\n{MORE}\n")
    assert plan.title == "Jaarverslag 2023 van de inzameldienst" and plan.date == dt.date(2024, 3, 4)


def test_a_headline_with_a_bracketed_aside_that_is_no_date_is_undated(tmp_path: Path):
    from reader.core.importer.datelines import run_in_date

    assert run_in_date("Jaarverslag van de inzameldienst (tweede uitgave)", "nl") is None


def test_a_page_that_sets_its_text_again_under_the_teaser_gives_headline_and_date(tmp_path: Path):
    headline = "Laatste overleg over de inzamelpunten onder Belgisch voorzitterschap van de Raad."
    teaser = "De minister betreurt dat er voorlopig geen akkoord is over het nieuwe plan van de gemeenten."
    whole = f"{headline} Brussel, 29/06/2007. {teaser} {MORE}"
    plan = _plan(tmp_path, f"{headline}\n{teaser}\n{teaser}\n{whole}\n")
    assert plan.title == headline and plan.date == dt.date(2007, 6, 29)


def test_the_other_version_s_headline_above_this_one_is_never_the_headline(tmp_path: Path):
    fr = "Douze nouveaux points de collecte dans cinq communes cet automne"
    nl = "Twaalf nieuwe inzamelpunten in vijf gemeenten dit najaar"
    text = f"Home > Nieuws\nNL | FR\n{fr}\n{nl}\nPersbericht - 2 september 2024\n{LONG}\n{MORE}\n"
    plan = _plan(tmp_path, text)
    assert plan.title == nl and fr in plan.dropped


def test_a_title_given_keeps_the_page_s_headline_once_and_lists_the_line_it_replaces(tmp_path: Path):
    site = "Samen voor een propere gemeente"  # a slogan the page sets first: taken for the headline
    text = f"{site}\n\nTwaalf nieuwe inzamelpunten\n\n{LONG}\n"
    assert _plan(tmp_path, text, date=dt.date(2024, 9, 2)).title == site
    plan = _plan(tmp_path, text, title="Twaalf nieuwe inzamelpunten", date=dt.date(2024, 9, 2))
    texts = [b.text for b in plan.blocks]
    assert plan.title == "Twaalf nieuwe inzamelpunten" and "Twaalf nieuwe inzamelpunten" not in texts
    assert site in plan.dropped
    kept = _plan(tmp_path, text, title="Twaalf nieuwe inzamelpunten", date=dt.date(2024, 9, 2), keep=[site])
    assert kept.blocks[0].text == site and site not in kept.dropped


def test_a_line_of_social_links_alone_is_listed_as_the_page_writes_it(tmp_path: Path):
    plan = _plan(
        tmp_path, f"Facebook Twitter LinkedIn\n\nTwaalf nieuwe inzamelpunten\n\n{LONG}\n", date=dt.date(2024, 9, 2)
    )
    assert "Facebook Twitter LinkedIn" in plan.dropped


def test_a_version_added_to_a_release_is_not_told_to_name_an_issuer(tmp_path: Path):
    from reader.core.importer.importer import apply_import

    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    nl = tmp_path / "nl.txt"
    nl.write_text(f"Twaalf nieuwe inzamelpunten\n\n{LONG}\n", encoding="utf-8")
    release = apply_import(
        plan_import(nl, library, date=dt.date(2024, 9, 2), issuer="Agentschap Net Gemeente"), library
    )
    fr = tmp_path / "fr.txt"
    fr.write_text(
        "Douze nouveaux points de collecte\n\nL'agence installe cet automne douze points de collecte dans cinq "
        "communes, chaque samedi de neuf à dix-sept heures.\n",
        encoding="utf-8",
    )
    plan = plan_import(fr, Library.load(tmp_path / "lib"), release_id=release.id, lang="fr")
    assert not [w for w in plan.warnings if "issuer" in w]


def test_a_headline_over_lines_pasted_without_blank_lines_is_found(tmp_path: Path):
    text = "Nieuwe regels voor de inzameling in Gent\n" + LONG + "\nDe maatregel kost 3,5 miljoen euro.\n"
    plan = _plan(tmp_path, text, date=dt.date(2024, 9, 2))
    assert plan.title == "Nieuwe regels voor de inzameling in Gent"


@pytest.mark.parametrize(
    "navigation",
    ["FR | NL | EN\n\nMenu", "Kies uw taal", "Home > Nieuws > Persberichten", "Zoeken"],
)
def test_what_stands_above_the_sites_navigation_is_its_header_not_the_headline(tmp_path: Path, navigation: str):
    """A site's name and slogan over its language menu or breadcrumb: the headline comes after."""
    head = "Stedelijke Bibliotheek van Oostkust\n\nLezen voor iedereen !"
    headline = "Wat lenen we uit?"
    plan = _plan(tmp_path, f"{head}\n\n{navigation}\n\n{headline}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == headline
    kept = [b.text for b in plan.blocks]
    assert "Lezen voor iedereen !" not in kept and "Stedelijke Bibliotheek van Oostkust" not in kept
    assert "Lezen voor iedereen !" in plan.dropped


def test_a_headline_above_the_navigation_stays_when_nothing_below_can_be_one(tmp_path: Path):
    headline = "Het mobiele containerpark komt terug naar uw wijk"
    plan = _plan(tmp_path, f"{headline}\n\nFR | NL\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == headline


def test_a_header_line_the_user_keeps_stays(tmp_path: Path):
    text = f"Lezen voor iedereen !\n\nMenu\n\nWat lenen we uit?\n\n{LONG}\n"
    plan = _plan(tmp_path, text, date=dt.date(2024, 9, 2), keep=["Lezen voor iedereen !"])
    assert "Lezen voor iedereen !" in [b.text for b in plan.blocks]


def test_a_kicker_run_into_a_long_headline_opens_the_headline_not_the_text(tmp_path: Path):
    """'Persbericht: ...' over a headline of a sentence's length, naming the body that speaks and
    ending on '!': a kicker opens a headline, never a paragraph."""
    headline = "Persbericht: Hervorming: De Raad van Toezicht steunt het plan maar blijft op zijn hoede!"
    plan = _plan(tmp_path, f"{headline}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == headline
    assert [b.text for b in plan.blocks if b.kind == "paragraph"][0] == LONG


def test_a_headline_over_tag_lines_in_another_language_is_no_letterhead(tmp_path: Path):
    """Two English tag lines under a Dutch headline are the site's, not the other half of a
    bilingual letterhead that would take the headline with it."""
    headline = "Inzamelpunten in 2024: bijna twee ophalingen per dag"
    plan = _plan(tmp_path, f"{headline}\n\nWaste collection\nServices\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == headline
    assert not any(b.kind == "letterhead" for b in plan.blocks)


def test_a_byline_under_the_headline_is_not_the_text(tmp_path: Path):
    """'door' / a name / a role, and the US-order date a CMS writes under it ('09/14/2023' can only
    be 14 September): who wrote the page and when, not paragraphs of the release."""
    page = (
        "Het agentschap opent twaalf inzamelpunten\n\ndoor\nJan Verstraete\n\nCommunicatie @ Agentschap\n"
        f"op do, 09/14/2023 - 10:15\n\n{LONG}\n\n{MORE}\n"
    )
    plan = _plan(tmp_path, page)
    assert plan.date == dt.date(2023, 9, 14)
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == [LONG, MORE]
    assert "Jan Verstraete" in " ".join(plan.dropped)


@pytest.mark.parametrize("line", ["Participation des communes", "Doorbraak voor de gemeenten", "Bye-laws van de stad"])
def test_a_subtitle_opening_on_a_byline_s_word_is_kept(tmp_path: Path, line: str):
    """'Par', 'door', 'by' begin words too ('Participation', 'Doorbraak'): only the word is a byline.
    The subtitle as a Council page sets it: under the topic, said twice in a row."""
    page = f"14 mrt 2008 12:00\n\nInzamelpunten\n\n{line}\n\n{line}\n\n{LONG}\n\n{MORE}\n"
    plan = _plan(tmp_path, page, date=dt.date(2024, 9, 2))
    assert [b.text for b in plan.blocks].count(line) == 1 and plan.dropped.count(line) == 1  # its repeat


@pytest.mark.parametrize("section", ["I. Inleiding", "1. Context", "A) Doel"])
def test_a_numbered_section_under_the_headline_is_the_text_s_not_a_tag(tmp_path: Path, section: str):
    """A short line between headline and text is a tag or a breadcrumb, unless numbered as a
    document numbers its sections: one language kept 'I. Inleiding', the other dropped its twin."""
    page = f"Het agentschap opent twaalf inzamelpunten\n\n{section}\n\n{LONG}\n\n{MORE}\n"
    plan = _plan(tmp_path, page, date=dt.date(2024, 9, 2))
    words = section.split(maxsplit=1)[1]  # '1. Context' is read as an item numbered 1: its marker apart
    assert any(b.text.endswith(words) for b in plan.blocks) and section not in plan.dropped


def test_the_section_a_page_belongs_to_is_no_headline_and_gives_its_date(tmp_path: Path):
    """'Appartient à Conseil des ministres du 3 mars 2021' over a Council item: the portal's section
    line, whose date is the page's; the headline is the line under it."""
    page = (
        "Appartient à Conseil des ministres du 3 mars 2021\nNouveaux points de collecte dans cinq communes\n"
        "Sur proposition du ministre, le Conseil des ministres approuve douze nouveaux points de collecte.\n"
        "Les communes choisissent elles-mêmes l'emplacement et annoncent les dates dans leur bulletin.\n"
    )
    plan = _plan(tmp_path, page)
    assert plan.title == "Nouveaux points de collecte dans cinq communes" and plan.date == dt.date(2021, 3, 3)
    assert "Appartient à Conseil des ministres du 3 mars 2021" in plan.dropped


def test_a_kicker_run_into_a_headline_of_a_long_sentence_is_still_the_headline(tmp_path: Path):
    headline = (
        "Communiqué de presse: Réforme annoncée : le Conseil de surveillance soutient le plan du gouvernement "
        "mais reste attentif !"
    )
    text = (
        "Le plan présenté hier décrit les intentions du prochain gouvernement pour le Conseil de surveillance.\n\n"
        "Le Conseil salue l'abandon de la proposition qui devait lui retirer une partie de ses missions.\n"
    )
    plan = _plan(tmp_path, f"{headline}\n\n{text}", date=dt.date(2024, 9, 2))
    assert plan.title == headline


def test_a_line_in_brackets_is_an_aside_not_the_headline(tmp_path: Path):
    aside = "(Wettekst: besluit van 3 maart 2021 over de inzameling)"
    page = f"Nieuwe inzamelpunten in vijf gemeenten\n\n{aside}\n\n{LONG}\n\n{MORE}\n"
    plan = _plan(tmp_path, page, date=dt.date(2024, 9, 2))
    assert plan.title == "Nieuwe inzamelpunten in vijf gemeenten"
    bracketed = f"(Wettekst: besluit van 3 maart 2021 over de inzameling)\n\nNieuwe inzamelpunten\n\n{LONG}\n"
    assert _plan(tmp_path, bracketed, date=dt.date(2024, 9, 2)).title == "Nieuwe inzamelpunten"


def test_a_list_s_lead_in_and_its_items_are_never_the_headline(tmp_path: Path):
    lead = "Om kandidaat te zijn voor de gemeenteraad moet u op de dag van de verkiezing:"
    items = "- achttien jaar oud zijn;\n- in de gemeente ingeschreven zijn;\n- uw kiesrecht niet verloren hebben."
    with pytest.raises(MissingFields) as caught:
        _plan(tmp_path, f"{lead}\n{items}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert caught.value.missing == ("title",)
    titled = _plan(tmp_path, f"Kandidaat voor de gemeenteraad\n\n{lead}\n{items}\n\n{LONG}\n", date=dt.date(2024, 9, 2))
    assert titled.title == "Kandidaat voor de gemeenteraad"


def test_a_caption_run_into_the_lead_under_the_headline_is_the_sites(tmp_path: Path):
    caption = "Vrijwilligers bij de opening van het eerste inzamelpunt"
    page = f"Grof huisvuil wordt dichter bij huis ingezameld\n\n{caption}\n{LONG}\n\nVerder\n\n{MORE}\n"
    plan = _plan(tmp_path, page, date=dt.date(2024, 9, 2))
    assert plan.title == "Grof huisvuil wordt dichter bij huis ingezameld"
    assert [b.text for b in plan.blocks][0] == LONG
    assert caption in plan.dropped


def test_a_subheading_run_into_a_later_paragraph_stays(tmp_path: Path):
    heading = "Wat de gemeenten zelf regelen"
    page = f"Grof huisvuil wordt dichter bij huis ingezameld\n\n{LONG}\n\n{heading}\n{MORE} {MORE}\n"
    plan = _plan(tmp_path, page, date=dt.date(2024, 9, 2))
    assert heading in [b.text for b in plan.blocks]
    assert heading not in plan.dropped


def test_a_headline_run_into_its_lead_stays_the_headline(tmp_path: Path):
    page = f"Menu\n\nGrof huisvuil wordt dichter bij huis ingezameld\n{LONG}\n\n{MORE}\n"
    plan = _plan(tmp_path, page, date=dt.date(2024, 9, 2))
    assert plan.title == "Grof huisvuil wordt dichter bij huis ingezameld"


SAVED_AS_MARKDOWN = f"""Home | Dienst | Nieuws | Contact

Home > Nieuws

# Inzamelpunten voor grof huisvuil in vijf gemeenten

Brussel, 2 september 2024

{LONG}

{MORE}

Delen | Afdrukken

© Dienst Afval – Alle rechten voorbehouden
"""


def test_a_page_saved_as_markdown_leaves_its_site_lines_out(tmp_path: Path):
    """A browser's save-as-Markdown keeps the menus and the footer: the page's rules read it as
    any copied page (a new user's trial: the menu became the letterhead and the footer a paragraph)."""
    plan = _plan(tmp_path, SAVED_AS_MARKDOWN, "page.md", date=dt.date(2024, 9, 2))
    assert plan.title == "Inzamelpunten voor grof huisvuil in vijf gemeenten"
    assert [b.text for b in plan.blocks] == [LONG, MORE]
    assert "Delen | Afdrukken" in plan.dropped and "Home > Nieuws" in plan.dropped


def test_a_markdown_pages_links_and_emphasis_are_the_words_they_mark(tmp_path: Path):
    """A saved page's share line of links ('Delen: [Facebook](#) …') was kept as text, its markup
    shown in the reader and translated (a new user's trial); a date in italics dates the page."""
    page = (
        "[Home](/) · [Nieuws](/nieuws) · [Contact](/contact)\n\n"
        "# Inzamelpunten voor grof huisvuil in vijf gemeenten\n\n"
        "*Gepubliceerd op 2 september 2024*\n\n"
        f"{LONG}\n\n"
        "De gemeenten kiezen zelf de plaats en maken de data bekend op [hun website](https://example.be).\n\n"
        "Delen: [Facebook](#) [LinkedIn](#) · [Afdrukken](#)\n"
    )
    plan = _plan(tmp_path, page, "page.md")
    assert plan.date == dt.date(2024, 9, 2)
    assert [b.text for b in plan.blocks] == [
        LONG,
        "De gemeenten kiezen zelf de plaats en maken de data bekend op hun website.",
    ]
    assert "Delen: Facebook LinkedIn · Afdrukken" in plan.dropped


def test_a_markdown_pages_linked_logo_is_its_name():
    """'[![FOD Mobiliteit](/logo.svg)](/nl)' became the issuer '![FOD Mobiliteit](/nl)' (a trial)."""
    from reader.core.importer.readers import _strip_markup

    assert _strip_markup("[![FOD Mobiliteit en Vervoer](/logo.svg)](/nl)") == "FOD Mobiliteit en Vervoer"


def test_a_release_body_in_its_own_folder_is_read_as_written(tmp_path: Path):
    folder = tmp_path / "2024-09-02-inzamelpunten"
    folder.mkdir()
    (folder / "release.yaml").write_text("id: 2024-09-02-inzamelpunten\n", encoding="utf-8")
    body = folder / "nl.md"
    body.write_text(f"{LONG}\n\n{MORE}\n\nDelen | Afdrukken\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    plan = plan_import(body, Library.load(tmp_path / "lib"), title="Inzamelpunten", date=dt.date(2024, 9, 2))
    assert [b.text for b in plan.blocks] == [LONG, MORE, "Delen | Afdrukken"]


def test_the_texts_last_sentence_over_the_sites_rights_line_stays(tmp_path: Path):
    """'© Dienst' closing the page is the site's rights, no photo's credit: the sentence above it is the
    release's last (a new user's trial lost it as a caption)."""
    last = "Wie vragen heeft, kan de dienst op een gratis nummer bellen."
    plan = _plan(
        tmp_path, f"Een titel over de inzameling\n\n{LONG}\n\n{last}\n\n© Dienst Afval\n", date=dt.date(2024, 9, 2)
    )
    assert [b.text for b in plan.blocks] == [LONG, last]
    assert plan.dropped == ["© Dienst Afval"]


def test_a_caption_over_its_credit_inside_the_page_is_still_the_photos(tmp_path: Path):
    page = f"Een titel over de inzameling\n\n{LONG}\n\nDe nieuwe container.\n© Dienst Afval\n\n{MORE}\n"
    plan = _plan(tmp_path, page, date=dt.date(2024, 9, 2))
    assert [b.text for b in plan.blocks] == [LONG, MORE]


def test_the_press_office_with_its_address_is_a_contact_line_and_names_the_service(tmp_path: Path):
    page = f"Een titel over de inzameling\n\n{LONG}\n\n{MORE}\n\nPersdienst FOD Economie – pers@economie.example.be\n"
    plan = _plan(tmp_path, page, date=dt.date(2024, 9, 2))
    assert [b.text for b in plan.blocks] == [LONG, MORE]
    assert plan.issuer.startswith("FOD Economie")


def test_a_headline_run_into_the_kicker_after_a_dash_is_the_headline_not_the_issuer(tmp_path: Path):
    line = "Persbericht - Afscheid van erevoorzitter Jan Voorbeeld"
    plan = _plan(tmp_path, f"{line}\n\n{LONG}\n\n{MORE}\n", date=dt.date(2024, 9, 2))
    assert plan.title == line and plan.issuer != "Afscheid van erevoorzitter Jan Voorbeeld"
    named = _plan(
        tmp_path, f"Persbericht - Stad Voorbeeld\n\nEen titel over de inzameling\n\n{LONG}\n", date=dt.date(2024, 9, 2)
    )
    assert named.title == "Een titel over de inzameling" and named.issuer == "Stad Voorbeeld"


def test_the_search_boxs_label_is_no_headline(tmp_path: Path):
    """A headline that ends on '...' under the search box's label: the label was taken for it."""
    headline = "Utiliser mes données ? Oui, mais ..."
    lead = (
        "Le service a lancé un débat public sur les données génétiques. Pendant six mois, des citoyens "
        "ont discuté des usages possibles et de leurs limites."
    )
    more = "Les recommandations seront présentées aux experts et aux décideurs politiques au printemps."
    page = f"Formulaire de recherche\n\n{headline}\n02/09/2024 - 09:38\nPhoto: Banque photo\n\n{lead}\n\n{more}\n"
    plan = _plan(tmp_path, page)
    assert plan.title == headline and "Formulaire de recherche" in plan.dropped


@pytest.mark.parametrize(
    "footer",
    [
        "Dienst Afval - Kanaalstraat 56 - 1210 Brussel",
        "Dienst Afval – Kanaalstraat 56, 1210 Brussel – Privacy – Cookies",
        "Dienst Afval | Kanaalstraat 56 | 1210 Brussel",
    ],
)
def test_the_sites_address_on_one_footer_line_is_left_out(tmp_path: Path, footer: str):
    """The name, the street and the postcode on one line between dashes or bars, the site's links
    after it: two new users' pages kept it as the text's last paragraph."""
    plan = _plan(tmp_path, f"Een titel over de inzameling\n\n{LONG}\n\n{MORE}\n\n{footer}\n", date=dt.date(2024, 9, 2))
    assert [b.text for b in plan.blocks] == [LONG, MORE] and footer in plan.dropped


@pytest.mark.parametrize(
    ("kicker", "lang"),
    [("Persbericht - 14 maart 2025", "nl"), ("Communiqué de presse – 14 mars 2025", "fr")],
)
def test_a_dated_kicker_over_the_headline_with_no_blank_line_keeps_the_headline(
    tmp_path: Path, kicker: str, lang: str
) -> None:
    """A page copied without blank lines (a new user's: a menu row, a trail, the kicker and its date,
    the headline, the lead): the kicker's line took the headline with it, and the menu row was taken
    for the headline."""
    menu, headline, body = ("Home Nieuws Pers Contact", "Nieuwe inzamelpunten voor grof huisvuil", f"{LONG}\n\n{MORE}")
    if lang == "fr":
        menu, headline = ("Accueil Actualités Presse Contact", "De nouveaux points de collecte")
        body = (
            "L'agence installe cet automne douze points de collecte dans cinq communes. Les habitants "
            "peuvent y déposer leurs encombrants, chaque samedi de neuf à cinq heures.\n\n"
            "Les communes choisissent elles-mêmes les lieux et annoncent les dates dans leur bulletin."
        )
    page = f"{menu}\nHome / Pers / Berichten\n{kicker}\n{headline}\n{body}\n"
    plan = _plan(tmp_path, page)
    assert plan.title == headline
    assert plan.date == dt.date(2025, 3, 14)
    assert menu in plan.dropped and not any(menu in b.text for b in plan.blocks)


def test_capitalised_words_that_are_no_site_words_are_a_headline(tmp_path: Path) -> None:
    plan = _plan(tmp_path, f"Brussel Stad Nieuws Vandaag\n\n14 maart 2025\n\n{LONG}\n\n{MORE}\n")
    assert plan.title == "Brussel Stad Nieuws Vandaag"
