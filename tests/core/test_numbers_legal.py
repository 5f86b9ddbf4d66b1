"""References to laws and judgments read as identifiers compared whole (trial L's ten NL/FR pairs
citing acts and judgments; the sentences here are written for these tests)."""

import pytest

from reader.core.text.numbers import extract, unmatched


def _differ(nl: str, fr: str) -> bool:
    missing, extra = unmatched(extract(nl, "nl"), extract(fr, "fr"))
    return bool(missing or extra)


# a Latin suffix marks an inserted article or point, the same word in both languages
@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De rechter paste artikel 235bis toe.", "Le juge a appliqué l'article 235ter."),
        ("Artikel 12bis geldt niet meer.", "L'article 12 ne s'applique plus."),
        ("zoals bepaald in punt 2°bis", "comme le prévoit le point 2°ter"),
        ("het nieuwe artikel 22quinquies", "le nouvel article 22quater"),
    ],
)
def test_a_changed_latin_suffix_is_another_article(nl, fr):
    assert _differ(nl, fr)


@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De rechter paste artikel 235bis toe.", "Le juge a appliqué l'article 235bis."),
        ("artikel 4, § 1, 2°bis, van het besluit", "l'article 4, § 1er, 2°bis, de l'arrêté"),
        ("artikel 259bis-8 van het wetboek", "l'article 259bis-8 du code"),
    ],
)
def test_the_same_suffixed_article_matches(nl, fr):
    assert not _differ(nl, fr)


def test_a_cassation_role_number_is_compared_whole():
    assert _differ("Het Hof verwierp het cassatieberoep P.24.0518.N.", "La Cour a rejeté le pourvoi P.24.0581.N.")
    assert _differ("in de zaak C.19.0206.F", "dans l'affaire C.19.0206.N")
    assert not _differ("Het Hof verwierp het cassatieberoep P.24.0518.N.", "La Cour a rejeté le pourvoi P.24.0518.N.")


@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De vergunning steunt op artikel 11.4.2 van de codex.", "Le permis se fonde sur l'article 11.4.1 du code."),
        ("Zie art. 9.3.14 en 9.3.15.", "Voir art. 9.3.14 et 9.3.16."),
        ("zoals artikel 4.3.1, § 1, vereist", "comme l'exige l'article 4.3.2, § 1er,"),
        ("In B.7.3 oordeelt het Hof anders.", "En B.7.2, la Cour en juge autrement."),
    ],
)
def test_a_codex_article_or_a_consideration_written_otherwise_differs(nl, fr):
    assert _differ(nl, fr)


@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De vergunning steunt op artikel 11.4.2 van de codex.", "Le permis se fonde sur l'article 11.4.2 du code."),
        ("Zie art. 9.3.14 en 9.3.15.", "Voir art. 9.3.14 et 9.3.15."),
        ("overeenkomstig 4.3.1, § 1, eerste lid", "conformément au 4.3.1, § 1er, alinéa 1er"),
        ("In B.7.3 oordeelt het Hof anders.", "En B.7.3, la Cour en juge autrement."),
        ("zie B.4 tot B.9 en B.1.1.", "voir B.4 à B.9 et B.1.1."),
    ],
)
def test_a_codex_article_or_a_consideration_matches_itself(nl, fr):
    assert not _differ(nl, fr)


def test_a_codex_article_is_no_date():
    assert [q.kind for q in extract("op grond van artikel 6.4.13 van de codex", "nl")] == ["code"]


@pytest.mark.parametrize("hyphen", ["\u2011", "\u2010"])
def test_a_case_number_with_a_unicode_hyphen_is_the_same_case(hyphen):
    assert not _differ(f"Het Hof verwijst naar zaak C{hyphen}311/23.", "La Cour renvoie à l'affaire C-311/23.")
    assert _differ(f"Het Hof verwijst naar zaak C{hyphen}311/23.", "La Cour renvoie à l'affaire C-313/23.")


@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De regels staan in Titel IV van het wetboek.", "Les règles figurent au Titre VI du code."),
        ("Hoofdstuk II regelt de termijnen.", "Le chapitre III règle les délais."),
        ("zie Boek IX", "voir le Livre XI"),
    ],
)
def test_a_roman_part_of_an_act_written_otherwise_differs(nl, fr):
    assert _differ(nl, fr)


@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De regels staan in Titel IV van het wetboek.", "Les règles figurent au Titre IV du code."),
        ("Hoofdstuk I bevat de definities.", "Le chapitre Ier contient les définitions."),
        ("Titel II, Hoofdstuk 3", "Titre II, Chapitre III"),
        ("Afdeling XIV is opgeheven.", "La section 14 est abrogée."),
    ],
)
def test_a_roman_part_of_an_act_matches_its_number(nl, fr):
    assert not _differ(nl, fr)


def test_a_capital_word_is_no_numeral_away_from_a_head():
    assert extract("Did I say so? Vi and Liv came to Section I.", "en") == []
    assert extract("Vi en Liv delen I en V van de prijs.", "nl") == []
