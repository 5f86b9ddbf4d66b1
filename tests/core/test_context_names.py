"""A name one version gives where the other relies on context, a name shortened to its acronym,
and the release's own date said again (review/order.py, names.py, years.py); fixtures in our own words."""

import pytest

from reader.core.model import Release
from reader.core.review.checks import check_release
from reader.core.review.names import acronyms
from tests.core.releases import paragraph_release


def _flags(release: Release, src: str, tgt: str, severity: str = "warning") -> list[tuple[int, str, str]]:
    return [
        (p.index, f.code, f.message)
        for p in check_release(release, src, tgt).pairs
        for f in p.flags
        if (f.severity == "info") == (severity == "info")
    ]


NL = [
    "De FOD Financiën publiceert vandaag zijn verslag over het afgelopen jaar.",
    "De medewerkers verwerkten meer dan 4.000 dossiers, een record.",
]
FR = [
    "Le SPF Finances publie aujourd'hui son rapport sur l'année écoulée.",
    "Les agents du SPF Finances ont traité plus de 4.000 dossiers, un record.",
]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_an_institution_named_here_and_elsewhere_in_the_other_version_is_a_note(src: str, tgt: str) -> None:
    release = paragraph_release(NL, FR)
    assert not [f for f in _flags(release, src, tgt) if f[1] == "name"]
    assert any("only elsewhere" in message for _, _, message in _flags(release, src, tgt, "info"))


def test_an_institution_the_other_version_never_names_is_still_a_warning() -> None:
    nl = ["De regering publiceert vandaag haar verslag.", NL[1]]
    flagged = _flags(paragraph_release(nl, FR), "nl", "fr")
    assert any(code == "name" and "SPF Finances" in message for _, code, message in flagged)


def test_a_category_in_lower_case_dropped_from_a_list_is_still_flagged() -> None:
    nl = ["Zelfstandigen en kmo's kunnen steun vragen tot eind mei.", "Ook kmo's met personeel komen in aanmerking."]
    fr = ["Les indépendants peuvent demander une aide jusqu'à fin mai.", "Les PME avec du personnel sont aussi visées."]
    assert [i for i, code, _ in _flags(paragraph_release(nl, fr), "nl", "fr") if code in ("name", "coordination")] != []


def test_a_name_shortened_to_its_acronym_is_the_name() -> None:
    nl = ["De analyses gebruiken de middelen van de FOD Economie, zegt de minister."]
    fr = ["Les analyses utilisent les moyens du SPFE, dit le ministre."]
    assert not [f for f in _flags(paragraph_release(nl, fr), "nl", "fr") if f[1] == "name"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SPF Economie", {"spfe"}),
        ("Commissariat général aux réfugiés et aux apatrides", {"cgra"}),
        ("Brussel Preventie en Veiligheid", {"bpv"}),
        ("Luik", set()),
        ("Hof van Beroep", {"hofb"}),
    ],
)
def test_acronyms_follow_how_the_languages_shorten_names(name: str, expected: set[str]) -> None:
    assert set(acronyms(name)) == expected


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_the_release_s_own_date_over_one_version_s_text_is_no_lost_date(src: str, tgt: str) -> None:
    nl = ["02.05.2024 De stad opent een nieuw zwembad voor de zomer.", "Het telt 120 plaatsen."]
    fr = ["La ville ouvre une nouvelle piscine pour l'été.", "Elle compte 120 places."]
    assert not [f for f in _flags(paragraph_release(nl, fr), src, tgt) if f[1] == "date"]


def test_another_date_over_one_version_s_text_is_still_flagged() -> None:
    nl = ["03.05.2024 De stad opent een nieuw zwembad voor de zomer.", "Het telt 120 plaatsen."]
    fr = ["La ville ouvre une nouvelle piscine pour l'été.", "Elle compte 120 places."]
    assert [f for f in _flags(paragraph_release(nl, fr), "nl", "fr") if f[1] == "date"]


def test_a_place_replaced_by_another_name_stays_flagged_though_named_elsewhere() -> None:
    nl = ["Het bedrijf bouwt een magazijn in Luik.", "Het magazijn komt naast de luchthaven van Luik."]
    fr = ["L'entreprise construit un entrepôt à Liège.", "L'entrepôt sera situé près de l'aéroport de Grâce."]
    assert [f for f in _flags(paragraph_release(nl, fr), "nl", "fr") if f[1] == "name"]


def test_a_name_left_out_of_a_list_stays_flagged_though_named_elsewhere() -> None:
    nl = ["Actiris begeleidt werkzoekenden in Brussel.", "Actiris, VDAB en Forem werken samen aan opleidingen."]
    fr = ["Actiris accompagne les chercheurs d'emploi à Bruxelles.", "Le VDAB et le Forem collaborent aux formations."]
    assert [f for f in _flags(paragraph_release(nl, fr), "nl", "fr") if f[1] == "name"]


@pytest.mark.parametrize("opener", ["Ensuite", "Par ailleurs"])
def test_an_adverb_opening_the_sentence_before_a_comma_makes_no_list(opener: str) -> None:
    """'Ensuite, Actiris…': the capital before the comma leads the sentence in; it is no list member."""
    nl = ["Actiris begeleidt werkzoekenden in Brussel.", "Daarna volgt een overzicht van de opleidingen."]
    fr = ["Actiris accompagne les chercheurs d'emploi à Bruxelles.", f"{opener}, Actiris présente ses formations."]
    assert not [f for f in _flags(paragraph_release(nl, fr), "nl", "fr") if f[1] == "name"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_an_act_cited_by_its_date_on_one_side_and_by_its_title_on_the_other_is_no_lost_date(src: str, tgt: str) -> None:
    nl = ["De aanvragen vallen onder de verblijfswet en worden binnen zes maanden behandeld."]
    fr = ["Les demandes relèvent de la loi du 12 mars 1996 et sont traitées dans les six mois."]
    assert not [f for f in _flags(paragraph_release(nl, fr), src, tgt) if f[1] == "date"]


def test_an_act_cited_by_another_date_is_still_flagged() -> None:
    nl = ["De aanvragen vallen onder de wet van 14 maart 1996 en worden binnen zes maanden behandeld."]
    fr = ["Les demandes relèvent de la loi du 12 mars 1996 et sont traitées dans les six mois."]
    assert [f for f in _flags(paragraph_release(nl, fr), "nl", "fr") if f[1] == "date"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_the_issuer_that_speaks_named_in_one_version_only_is_a_note(src: str, tgt: str) -> None:
    """'Le Centre observe…' / 'Wij stellen vast…': the release's own issuer, which one version names
    and the other leaves to 'we'; beside another name, or in a list, it stays a warning."""
    nl = ["Wij stellen vast dat het aantal aanvragen met een derde is gestegen."]
    fr = ["La Cour des comptes constate que le nombre de demandes a augmenté d'un tiers."]
    release = paragraph_release(nl, fr)
    assert any(code == "name" for _, code, _ in _flags(release, src, tgt))  # no issuer known: flagged
    release.issuer = "Rekenhof"  # as the Dutch page names it
    assert not any(code == "name" for _, code, _ in _flags(release, src, tgt))
    assert any("Cour des comptes" in message for _, _, message in _flags(release, src, tgt, "info"))
    listed = paragraph_release(
        ["Wij, de FOD Financiën en de RSZ werken samen aan het plan."],
        ["La Cour des comptes, le SPF Finances et l'ONSS collaborent au plan."],
    )
    listed.issuer = "Rekenhof"
    assert any(code == "name" for _, code, _ in _flags(listed, src, tgt))


@pytest.mark.parametrize("opening", ["Namen", "Bergen"])
def test_a_town_s_name_opening_a_sentence_is_a_noun_where_the_text_writes_it_in_lower_case(opening: str) -> None:
    """'Namen' is Namur and 'names'; 'Bergen' is Mons and 'mountains': the text decides."""
    noun = opening.lower()
    nl = [f"{opening} en adressen blijven bij de dienst.", f"De dienst bewaart geen {noun} van bezoekers."]
    fr = ["Les données restent au service.", "Le service ne conserve aucune donnée des visiteurs."]
    assert not [f for f in _flags(paragraph_release(nl, fr), "nl", "fr") if f[1] == "name"]
    town = [f"{opening} en Luik openen elk een loket.", "De dienst bewaart geen gegevens van bezoekers."]
    flagged = _flags(paragraph_release(town, ["Liège ouvre un guichet.", fr[1]]), "nl", "fr")
    assert [f for f in flagged if f[1] == "name" and opening in f[2]]


def test_a_name_written_word_for_word_in_cognates_is_there_in_any_order() -> None:
    nl = ["België zetelt opnieuw in de raad van de Internationaal Maritiem Organisatie, zo meldt de dienst."]
    fr = ["La Belgique siège à nouveau au conseil de l'Organisation Maritime Internationale, annonce le service."]
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        assert not [f for f in _flags(paragraph_release(nl, fr), src, tgt) if f[1] == "name"]
    other = ["België zetelt opnieuw in de raad van de Wereldgezondheidsorganisatie, zo meldt de dienst."]
    assert [f for f in _flags(paragraph_release(other, fr), "fr", "nl") if f[1] == "name"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_person_named_after_a_role_and_a_comma_who_changed_is_a_warning(src: str, tgt: str) -> None:
    """'de CEO van de maatschappij, Anne Wouters' / '…, Anne Wauters': apposition names a person,
    and a person's name is never translated."""
    nl = ["Volgens de directeur van het museum, Pieter Claes, trekt de tentoonstelling veel bezoekers."]
    fr = ["Selon le directeur du musée, Paul Claes, l'exposition attire beaucoup de visiteurs."]
    flagged = _flags(paragraph_release(nl, fr), src, tgt)
    assert any(code == "name" and "Pieter" in message and "Paul" in message for _, code, message in flagged)


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_the_year_before_named_as_what_a_rise_is_compared_with_is_a_note(src: str, tgt: str) -> None:
    nl = ["In 2023 steeg het aantal aanvragen met 8,5%."]
    fr = ["En 2023, le nombre de demandes a augmenté de 8,5% par rapport à 2022."]
    assert not [f for f in _flags(paragraph_release(nl, fr), src, tgt) if f[1] == "number"]
    other = ["En 2023, le nombre de demandes a augmenté de 8,5% par rapport à 2021."]
    assert [f for f in _flags(paragraph_release(nl, other), src, tgt) if f[1] == "number"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_hundred_per_cent_said_as_fully_is_a_note(src: str, tgt: str) -> None:
    nl = ["De minister steunt het voorstel voor 100%."]
    fr = ["Le ministre soutient pleinement la proposition."]
    assert not [f for f in _flags(paragraph_release(nl, fr), src, tgt) if f[1] == "number"]
    assert [f for f in _flags(paragraph_release(nl, ["Le ministre soutient la proposition."]), src, tgt)]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_french_name_after_an_elided_article_is_a_name_both_ways(src: str, tgt: str) -> None:
    """'d'Ostende' and 'l'ONSS' were no names: a town swapped for another passed with French as the
    source, and the Dutch side's message named only its own town (a translator's trial)."""
    nl = ["Het schip vertrekt maandag uit de haven van Zeebrugge.", "Het keert in juli terug."]
    fr = ["Le navire quitte lundi le port d'Ostende.", "Il reviendra en juillet."]
    flagged = [m for _, code, m in _flags(paragraph_release(nl, fr), src, tgt) if code == "name"]
    assert flagged and all("Ostende" in m and "Zeebrugge" in m for m in flagged)
    same = ["Le navire quitte lundi le port de Zeebrugge, jusqu'à l'ONSS.", "Il reviendra en juillet."]
    nl_same = ["Het schip vertrekt maandag uit de haven van Zeebrugge, tot bij de RSZ.", "Het keert in juli terug."]
    assert not [f for f in _flags(paragraph_release(nl_same, same), src, tgt) if f[1] == "name"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_headlines_that_say_different_things_raise_no_name_warning(src: str, tgt: str) -> None:
    """A two-word Dutch headline's first word was taken for a name put in another's place, and the
    French headline's 'Prime' (a bonus) for the English 'Prime' of a Prime Minister (a checks
    trial, in the shape of a Council pair whose two headlines name different measures)."""
    import dataclasses

    release = paragraph_release(
        ["De regering verlengt de maatregel met een jaar."], ["Le gouvernement prolonge la mesure d'un an."]
    )
    titles = {"nl": "Energiezuinige verbouwingen", "fr": "Prime prolongée pour les toitures isolées"}
    for lang, version in release.versions.items():
        release.versions[lang] = dataclasses.replace(version, title=titles[lang])
    assert not [f for f in _flags(release, src, tgt) if f[1] == "name"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_name_spelled_otherwise_is_said_once(src: str, tgt: str) -> None:
    """'Sofie' / 'Sophie' came as two warnings in one segment: a name lost and added, and the same
    name spelled differently (a checks trial)."""
    nl = ["Minister Sofie Claeys licht de regeling morgen toe in de Kamer.", "Er is geen wachtlijst."]
    fr = ["La ministre Sophie Claeys présentera le régime demain à la Chambre.", "Il n'y a pas de liste d'attente."]
    flagged = [m for _, code, m in _flags(paragraph_release(nl, fr), src, tgt) if code == "name"]
    assert len(flagged) == 1 and flagged[0].startswith("spelled differently"), flagged


def test_a_portfolio_over_a_first_name_is_no_name_spelled_otherwise() -> None:
    """'Justitie Lutgart' / 'Justice Lutgarde' was offered as a name spelled otherwise, beside the
    person's own pair, and 'the same name' then put the portfolio into the glossary (a translator's
    trial). Only the person's name is said."""
    nl = [
        "Volgens minister van Justitie Lutgart Van den Berghe is de hervorming klaar.",
        "Ze treedt in juni in werking.",
    ]
    fr = [
        "Selon la ministre de la Justice Lutgarde Vandenberghe, la réforme est prête.",
        "Elle entre en vigueur en juin.",
    ]
    flagged = [m for _, code, m in _flags(paragraph_release(nl, fr), "nl", "fr") if code == "name"]
    assert flagged == ["spelled differently: «Lutgart Van den Berghe» / «Lutgarde Vandenberghe»"], flagged


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_body_with_its_acronym_put_in_another_s_place_is_flagged(src: str, tgt: str) -> None:
    """Each side names one body with its acronym in brackets, as a release first names it; when the
    glossary knows the two as different bodies ('(RSZ)' against '(INAMI)'), the acronyms vouch for
    nothing (a trial's pair was clean at every severity)."""
    nl = ["Het Beheerscomité van de Rijksdienst voor Sociale Zekerheid (RSZ) keurde het plan goed."]
    fr = ["Le Comité de gestion de l'Institut national d'assurance maladie-invalidité (INAMI) a approuvé le plan."]
    assert any(code == "name" for _, code, _ in _flags(paragraph_release(nl, fr), src, tgt))
    same = ["Le Comité de gestion de l'Office national de sécurité sociale (ONSS) a approuvé le plan."]
    assert not any(code == "name" for _, code, _ in _flags(paragraph_release(nl, same), src, tgt))


def _items(texts: list[str], lead: str = "Het plan steunt op vier punten:") -> list:  # noqa: ANN202 - Blocks
    from reader.core.model import Block

    return [Block("paragraph", lead)] + [Block("list_item", t, marker="-") for t in texts]


NL_ITEMS = [
    "het aantal overnachtingen steeg met 12 procent tot 41,8 miljoen;",
    "de kust blijft de populairste bestemming met 35 procent van de overnachtingen;",
    "de kunststeden trekken vooral bezoekers uit Duitsland en Frankrijk;",
    "de sector kampt met een tekort aan personeel, vooral in de keuken en de bediening.",
]
FR_ITEMS = [
    "le secteur souffre d'une pénurie de personnel, surtout en cuisine et en salle ;",
    "le nombre de nuitées a augmenté de 12 pour cent pour atteindre 41,8 millions ;",
    "la côte reste la destination la plus populaire avec 35 pour cent des nuitées ;",
    "les villes d'art attirent surtout des visiteurs d'Allemagne et de France.",
]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_list_item_the_other_version_sets_elsewhere_in_the_list_is_a_note(src: str, tgt: str) -> None:
    """The last of four items set first in French: one 'missing' and one 'with no counterpart' (a trial)."""
    from tests.core.releases import block_release

    nl, fr = _items(NL_ITEMS), _items(FR_ITEMS, "Le plan repose sur quatre points :")
    flagged = _flags(block_release(nl, fr), src, tgt)
    assert not [f for f in flagged if f[1] in ("omission", "addition")], flagged
    assert any("moved within the list" in f[2] for f in _flags(block_release(nl, fr), src, tgt, "info"))
    other = _items(["les bateaux de croisière restent à quai pendant tout l'hiver ;", *FR_ITEMS[1:]], "Le plan :")
    assert [f for f in _flags(block_release(nl, other), src, tgt) if f[1] in ("omission", "addition")]
