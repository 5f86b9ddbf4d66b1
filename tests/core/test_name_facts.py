"""Names as facts: a word of a multi-word name is no name alone, an official name's forms are one
body, a name is the same in every language, and `expected:` speaks the target's language."""

import pytest

from reader.core.review.checks import check_release
from tests.core.releases import paragraph_release


def _warnings(nl: list[str], fr: list[str], src: str = "nl", tgt: str = "fr") -> list[tuple[str, str]]:
    report = check_release(paragraph_release(nl, fr), src, tgt)
    return [(f.code, f.message) for p in report.pairs for f in p.flags if f.severity != "info"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_word_of_a_country_s_name_is_no_country_in_another_name(src: str, tgt: str) -> None:
    nl = ["De voorzitter van het Verenigd College stelde het plan voor aan de pers."]
    fr = ["Le président du Collège réuni a présenté le plan à la presse."]
    assert _warnings(nl, fr, src, tgt) == []


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_the_forms_of_one_region_s_name_are_one_body(src: str, tgt: str) -> None:
    nl = ["Het project loopt in het hele Brussels Gewest tot eind volgend jaar."]
    fr = ["Le projet court dans toute la Région de Bruxelles-Capitale jusqu'à la fin de l'année prochaine."]
    assert _warnings(nl, fr, src, tgt) == []


def test_a_list_of_people_is_the_same_in_both_languages_not_untranslated() -> None:
    nl = ["De raad van bestuur telt twaalf leden.", "Mieke Vandenberghe", "Jean-Pierre Lambotte"]
    fr = ["Le conseil d'administration compte douze membres.", "Mieke Vandenberghe", "Jean-Pierre Lambotte"]
    assert not [code for code, _ in _warnings(nl, fr) if code == "untranslated"]


def test_an_untranslated_sentence_is_still_flagged() -> None:
    text = "De raad van bestuur vergadert elke maand in Brussel."
    assert [code for code, _ in _warnings([text], [text]) if code == "untranslated"]


def test_expected_names_no_form_of_a_third_language() -> None:
    nl = ["De leden werden benoemd door een stemming in het Parlement na een lange procedure."]
    fr = ["Les membres ont été nommés par un vote des députés après une longue procédure."]
    said = " ".join(message for code, message in _warnings(nl, fr) if code == "name")
    assert "Parliament" not in said


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_body_s_site_in_each_language_is_one_address(src: str, tgt: str) -> None:
    nl = ["Het volledige verslag staat op www.voorbeeldombudsman.be vanaf vandaag."]
    fr = ["Le rapport complet est disponible sur www.exemplemediateur.be dès aujourd'hui."]
    assert _warnings(nl, fr, src, tgt) == []


def test_a_third_language_s_name_copied_by_both_versions_is_not_untranslated() -> None:
    line = "Royal Institute of Natural Sciences, Department of Earth Observation"
    nl = ["Het project is een samenwerking van drie instellingen.", line]
    fr = ["Le projet est une collaboration entre trois institutions.", line]
    assert not [code for code, _ in _warnings(nl, fr) if code == "untranslated"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_sentence_of_the_other_version_copied_into_this_one_is_untranslated(src: str, tgt: str) -> None:
    line = "Bien plus que de simples contrôles aux frontières de l'aéroport"
    nl = [line, "De dienst telt tweehonderd medewerkers op de luchthaven."]
    fr = [line, "Le service compte deux cents collaborateurs à l'aéroport."]
    assert [code for code, _ in _warnings(nl, fr, src, tgt) if code == "untranslated"]


def test_an_english_sentence_left_in_both_versions_is_untranslated() -> None:
    line = "Please register here for the webinar on the fifth of May."
    nl = ["Het instituut organiseert een webinar over vulkanen.", line]
    fr = ["L'institut organise un webinaire sur les volcans.", line]
    assert [code for code, _ in _warnings(nl, fr) if code == "untranslated"]


def test_a_compass_compound_is_the_place_with_its_point_said_apart() -> None:
    nl = ["De onrust in Oost-Congo en de crisis in West-Afrika wegen op de projecten van het agentschap."]
    fr = ["Les troubles dans l'est du Congo et la crise en Afrique de l'Ouest pèsent sur les projets de l'agence."]
    assert _warnings(nl, fr) == []


def test_a_letter_category_and_a_language_s_adjective_are_no_names() -> None:
    nl = ["Het aantal arresten in Franstalige C-zaken en in P-zaken steeg vorig jaar sterk."]
    fr = ["Le nombre d'arrêts dans les affaires C du rôle français et dans les affaires P a fortement augmenté."]
    assert not [code for code, _ in _warnings(nl, fr) if code == "name"]


def test_an_official_name_matches_whichever_apostrophe_the_page_sets() -> None:
    nl = ["Een onderzoekster van het Koninklijk Museum voor Midden-Afrika leidde de studie."]
    fr = ["Une chercheuse du Musée royal de l’Afrique centrale a mené l'étude."]
    assert _warnings(nl, fr) == [] and _warnings(nl, fr, "fr", "nl") == []
