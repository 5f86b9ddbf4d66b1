"""A name spelled two ways: two neighbouring letters swapped, across the versions or inside one; one
letter more, less or another inside a long name.
Fixtures in our own words."""

import pytest

from reader.core.review.checks import check_release
from tests.core.releases import paragraph_release


def _names(nl: list[str], fr: list[str], src: str = "nl", tgt: str = "fr") -> list[str]:
    report = check_release(paragraph_release(nl, fr), src, tgt)
    return [f.message for p in report.pairs for f in p.flags if f.code == "name" and f.severity != "info"]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_surname_with_two_letters_swapped_in_one_version_is_flagged(src: str, tgt: str) -> None:
    nl = ["De bemiddelaar Tomas Kowlasky legt zijn voorstel maandag voor."]
    fr = ["Le médiateur Tomas Kowalsky présente sa proposition lundi."]
    assert any("spelled differently" in m and "Kowlasky" in m for m in _names(nl, fr, src, tgt))


@pytest.mark.parametrize(
    ("nl_word", "fr_word"),
    [("Ministers", "Ministres"), ("Systeem", "Système"), ("Registers", "Registres")],
)
def test_a_cognates_ending_is_the_language_not_a_slip(nl_word: str, fr_word: str) -> None:
    nl = [f"De {nl_word} van het project komen morgen samen in de grote zaal."]
    fr = [f"Les {fr_word} du projet se réunissent demain dans la grande salle."]
    assert not any("spelled" in m for m in _names(nl, fr))


def test_an_acronym_follows_its_languages_word_order() -> None:
    nl = ["De verkiezingen in de DRC worden gevolgd door waarnemers van de EU."]
    fr = ["Les élections en RDC sont suivies par des observateurs de l'UE."]
    assert not any("spelled" in m for m in _names(nl, fr))


def test_an_acronym_written_once_with_two_letters_swapped_inside_one_version_is_flagged() -> None:
    nl = [
        "Het PLB maakt elk jaar een raming van de begroting.",
        "Volgens het PLB blijft het tekort stabiel.",
        "Het LPB publiceert de volledige tabellen op zijn website.",
    ]
    fr = [
        "Le BPL établit chaque année une estimation du budget.",
        "Selon le BPL, le déficit reste stable.",
        "Le BPL publie les tableaux complets sur son site.",
    ]
    said = _names(nl, fr)
    assert said == ["spelled two ways in the Dutch: «LPB» here, «PLB» elsewhere"]
    assert _names(nl, fr, "fr", "nl") == said  # seen from either side


def test_an_adjectives_ending_inside_one_version_is_no_slip() -> None:
    nl = ["De Europese Commissie keurt het plan goed.", "Het Europees Parlement stemt volgende week."]
    fr = ["La Commission européenne approuve le plan.", "Le Parlement européen vote la semaine prochaine."]
    assert not any("spelled" in m for m in _names(nl, fr))


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
def test_a_letter_added_inside_a_long_foreign_name_is_flagged(src: str, tgt: str) -> None:
    nl = ["Het model was het Zollkriminalamt in Keulen, dat de dienst in 1990 bezocht."]
    fr = ["Le modèle était le Zollskriminalamt de Cologne, que le service visita en 1990."]
    assert any(
        "«Zollkriminalamt» / «Zollskriminalamt»" in m or "«Zollskriminalamt» / «Zollkriminalamt»" in m
        for m in _names(nl, fr, src, tgt)
    )


@pytest.mark.parametrize(
    ("nl_word", "fr_word"),
    [("Palestina", "Palestine"), ("Instituut", "Institut"), ("Colombia", "Colombie"), ("Programma", "Programme")],
)
def test_a_names_ending_in_another_language_is_no_slip(nl_word: str, fr_word: str) -> None:
    """Languages differ at a word's end: a letter more or another there is a language's form."""
    nl = [f"Het bezoek aan {nl_word} werd volgende maand door de delegatie voorbereid."]
    fr = [f"La visite {fr_word} a été préparée par la délégation le mois prochain."]
    assert not any("spelled" in m for m in _names(nl, fr))


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        (
            "Minister van Werk Lotte Vermeersch stelt het plan voor.",
            "La ministre de l'Emploi Lotte Vermeersh présente le plan.",
        ),
        ("Burgemeester Marieke Claeys opent de zaal.", "La bourgmestre Marike Claes ouvre la salle."),
        # a surname with its particles: 'Van der …' was no name to this check (a new user's trial)
        (
            "Minister van Energie Anna Van der Velden stelde het plan voor.",
            "La ministre de l'Énergie Anna Van der Veldenn a présenté le plan.",
        ),
        ("Burgemeester Luc de la Vallée opent de zaal.", "Le bourgmestre Luc de la Valée ouvre la salle."),
        # the first name alone written otherwise (a long review's trial)
        (
            "Dat is goed nieuws, zegt minister Marieke Voorbeeld.",
            "C'est une bonne nouvelle, déclare la ministre Mariekke Voorbeeld.",
        ),
    ],
)
def test_a_persons_name_written_alike_but_not_the_same_is_flagged(nl: str, fr: str):
    """A person's name is carried over whole: two trials' 'Sofie Vandamme' / 'Sophie Vandame' passed as
    a cognate's ending (names here in our own words)."""
    from reader.core.review.analysis import SegmentAnalysis
    from reader.core.review.spelling import person_spelled

    assert person_spelled(SegmentAnalysis(nl, "nl"), SegmentAnalysis(fr, "fr"))


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Minister van Justitie Jan Voorbeeld tekent.", "Le ministre de la Justice Jan Voorbeeld signe."),
        ("Vice-Eerste Minister Jan Voorbeeld tekent.", "Le Vice-Premier Ministre Jan Voorbeeld signe."),
        ("Het European Netwerk tekent.", "Le European Network signe."),
        ("Minister Anna Van der Velden tekent.", "La ministre Anna Van der Velden signe."),
        # a portfolio over the first name, translated: no first name written otherwise
        ("Minister van Defensie Lotte Voorbeeld tekent.", "La ministre de la Défense Lotte Voorbeeld signe."),
    ],
)
def test_a_role_or_a_portfolio_before_the_same_name_is_no_misspelling(nl: str, fr: str):
    from reader.core.review.analysis import SegmentAnalysis
    from reader.core.review.spelling import person_spelled

    assert person_spelled(SegmentAnalysis(nl, "nl"), SegmentAnalysis(fr, "fr")) == []


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        # a courtesy title before the name, the role after it
        (
            "Op voorstel van mevrouw Katrien Dewulf, minister van Leefmilieu, keurt de regering het plan goed.",
            "Sur proposition de Mme Katrien Dewullf, ministre de l'Environnement, le gouvernement approuve le plan.",
        ),
        # the speaker after a verb of saying, the role after the name
        (
            "“Wie wacht, betaalt meer”, zegt Hanne Verschueren, minister van Energie.",
            "« Qui attend paie plus », déclare Hanne Verschuere, ministre de l'Énergie.",
        ),
        # the same letters but an accent: another surname
        (
            "“Elke stem telt”, zegt Chloé Lemaître, directeur van de dienst.",
            "« Chaque voix compte », déclare Chloé Lemaitre, directrice du service.",
        ),
    ],
)
def test_a_person_named_after_a_courtesy_title_or_a_verb_of_saying_is_read_as_one(nl: str, fr: str):
    """Two trials' ministers, misspelt in one version, passed: the check read a person only after a
    role before the name ('Mme X, ministre', 'zegt X, minister' were no persons to it)."""
    from reader.core.review.analysis import SegmentAnalysis
    from reader.core.review.spelling import person_spelled

    assert person_spelled(SegmentAnalysis(nl, "nl"), SegmentAnalysis(fr, "fr"))
    assert person_spelled(SegmentAnalysis(fr, "fr"), SegmentAnalysis(nl, "nl"))
    assert _names([nl], [fr]) and _names([nl], [fr], "fr", "nl")


def test_the_same_person_after_a_courtesy_title_is_no_misspelling():
    from reader.core.review.analysis import SegmentAnalysis
    from reader.core.review.spelling import person_spelled

    nl = "“Wie wacht, betaalt meer”, zegt mevrouw Hanne Verschueren, minister van Energie."
    fr = "« Qui attend paie plus », déclare Mme Hanne Verschueren, ministre de l'Énergie."
    assert person_spelled(SegmentAnalysis(nl, "nl"), SegmentAnalysis(fr, "fr")) == []
