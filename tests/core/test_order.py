"""What two versions say in another order is not missing (review/order.py); fixtures in our own words."""

from reader.core.model import Release
from reader.core.review.checks import check_release
from tests.core.releases import block_release, paragraph_release


def _flags(release: Release, src: str = "nl", tgt: str = "fr") -> list[tuple[int, str, str]]:
    return [
        (p.index, f.code, f.severity or "")
        for p in check_release(release, src, tgt).pairs
        for f in p.flags
        if f.severity != "info"
    ]


NL = [
    "De stad opent twee nieuwe zwembaden voor de zomer.",
    "Het zwembad in Namen telt 120 plaatsen en opent in juni.",
    "Het werk begon al in 2019 met een eerste studie.",
    "Het zwembad in Hoei telt 80 plaatsen en opent in juli.",
    "Het werk begon pas in 2022 na een lange procedure.",
]
FR = [
    "La ville ouvre deux nouvelles piscines pour l'été.",
    "La piscine de Huy compte 80 places et ouvre en juillet.",
    "Les travaux n'ont commencé qu'en 2022 après une longue procédure.",
    "La piscine de Namur compte 120 places et ouvre en juin.",
    "Les travaux ont déjà commencé en 2019 par une première étude.",
]


def test_two_sections_in_the_other_order_are_no_error_in_either_direction():
    release = paragraph_release(NL, FR)
    assert _flags(release) == [] and _flags(release, "fr", "nl") == []
    notes = [f for p in check_release(release, "nl", "fr").pairs for f in p.flags if f.severity == "info"]
    assert any("another order" in f.message for f in notes)


def test_figures_swapped_between_places_that_stay_in_order_are_errors():
    fr = [FR[0], FR[3].replace("120", "80"), FR[4], FR[1].replace("80", "120"), FR[2]]
    flagged = {(index, code) for index, code, _ in _flags(paragraph_release(NL, fr))}
    assert {(2, "number"), (4, "number")} <= flagged


def test_a_name_and_a_figure_moved_into_the_next_segment_are_there():
    from reader.core.review.checks import CheckedPair, Finding
    from reader.core.review.name_forms import Lost
    from reader.core.review.order import settle

    lost = Lost("phrase", "Raad van State", ("Conseil d'État",))
    added = Lost("glossary", "Conseil d'État", ("Raad van State",))
    missing = [("12", "not in the target", ("number", "12"))]
    extra = [("12", "not in the source", ("number", "12"))]

    def first() -> list[Finding]:
        return [Finding("name", "lost", detail=([lost], [])), Finding("number", "missing", detail=list(missing))]

    def second() -> list[Finding]:
        return [Finding("name", "added", detail=([], [added])), Finding("number", "extra", detail=list(extra))]

    pairs = [
        CheckedPair(1, "paragraph", "a", "b", "1-1", first()),
        CheckedPair(2, "paragraph", "c", "d", "1-1", second()),
    ]
    settle(pairs, lambda message: Finding("omission", message, "info", confidence=0.3))
    assert [p.flags for p in pairs] == [[], []]
    far = [CheckedPair(1, "paragraph", "a", "b", "1-1", first()), CheckedPair(2, "paragraph", "e", "f", "1-1", [])]
    far.append(CheckedPair(3, "paragraph", "c", "d", "1-1", second()))
    settle(
        far, lambda message: Finding("omission", message, "info")
    )  # two segments apart, holding no name of each other: still flagged
    assert [len(p.flags) for p in far] == [2, 0, 2]


def test_a_year_the_other_version_gives_elsewhere_is_a_note_and_a_wrong_year_an_error():
    nl = ["In 2023 ontving de dienst meer klachten dan ooit.", "Dat blijkt uit het jaarverslag van de dienst."]
    fr = [
        "En 2023, le service a reçu plus de plaintes que jamais.",
        "C'est ce qui ressort du rapport annuel 2023 du service.",
    ]
    assert _flags(paragraph_release(nl, fr)) == [] and _flags(paragraph_release(nl, fr), "fr", "nl") == []
    wrong = [fr[0], "C'est ce qui ressort du rapport annuel 2022 du service."]
    assert (2, "number", "error") in _flags(paragraph_release(nl, wrong))


def test_a_share_a_heading_says_again_is_a_note_and_a_count_under_ten_stays_an_error():
    """A heading restating a share the text gives (the other version's heading without it) is context
    the release holds; a count under ten recurs by chance, so it keeps its flag."""
    nl = [
        "Van alle klachten ging 31 % over valse webwinkels.",
        "Valse webwinkels het vaakst gemeld",
        "Meer daarover volgt.",
    ]
    fr = [
        "Sur l'ensemble des plaintes, 31 % portaient sur de faux webshops.",
        "Les faux webshops en tête : 31 % des plaintes",
        "La suite viendra bientôt.",
    ]
    assert _flags(paragraph_release(nl, fr)) == [] and _flags(paragraph_release(nl, fr), "fr", "nl") == []
    fr_other = [fr[0], "Les faux webshops en tête : 13 % des plaintes", fr[2]]
    assert (2, "number", "error") in _flags(paragraph_release(nl, fr_other))
    nl_three = ["Drie diensten kregen 3 nieuwe loketten.", "Loketten in de provincie", "Meer daarover volgt."]
    fr_three = [
        "Trois services ont reçu 3 nouveaux guichets.",
        "3 guichets dans la province",
        "La suite viendra bientôt.",
    ]
    assert (2, "number", "error") in _flags(paragraph_release(nl_three, fr_three))


def test_a_held_pair_stays_a_pair_whatever_the_lengths_say():
    """A pair the reviewer marked or edited is kept: here the lengths alone would read 1-2 then 2-1."""
    from reader.core.align import align_lengths

    source = [
        "Een lange zin over de haven en de schepen die er elke dag aanmeren, ook in de winter en bij storm.",
        "Een tweede zin.",
        "Slot van het bericht.",
    ]
    target = [
        "Court.",
        "Une longue phrase sur le port et les navires qui y accostent chaque jour, même en hiver.",
        "Fin du communiqué.",
    ]
    assert align_lengths(source, target, 1.1) == [([0], [0, 1]), ([1, 2], [2])]
    held = align_lengths(source, target, 1.1, held=lambda s, t: (s, t) == (source[1], target[1]))
    assert held == [([0], [0]), ([1], [1]), ([2], [2])]


def test_a_date_one_version_restates_for_then_is_a_note_and_a_new_date_an_error():
    """'Sinds dan' where the French says the month again, which both gave in the sentence before."""
    nl = [
        "In maart 2021 opende de dienst een eerste loket in de stad.",
        "Sinds dan kwamen er elke maand meer aanvragen binnen.",
    ]
    fr = [
        "En mars 2021, le service a ouvert un premier guichet en ville.",
        "Depuis mars 2021, les demandes augmentent chaque mois.",
    ]
    assert _flags(paragraph_release(nl, fr)) == [] and _flags(paragraph_release(nl, fr), "fr", "nl") == []
    fr_new = [fr[0], "Depuis mai 2021, les demandes augmentent chaque mois."]
    assert [(i, code) for i, code, _ in _flags(paragraph_release(nl, fr_new))] == [(2, "date")]


def test_a_table_cell_changed_to_a_figure_said_elsewhere_is_an_error_when_its_own_figure_is_lost():
    """Trial Q: a table giving '+0,2 %' in two rows, the first written '+0,7 %' in the French, was
    only a note 'a figure the other version gives elsewhere' (0,7 % came in a later paragraph of the
    Dutch): the row's own figure is lost and another stands in its place, a substitution."""
    from reader.core.model import Block

    nl_table = "| Sector | Groei |\n|---|---|\n| Landbouw | +0,2% |\n| Handel | -0,5% |\n| Totaal | +0,2% |"
    fr_table = (
        "| Secteur | Croissance |\n|---|---|\n| Agriculture | +0,7 % |\n| Commerce | -0,5 % |\n| Total | +0,2 % |"
    )
    nl = [Block("table", nl_table), Block("paragraph", "De export steeg met 0,7 procent tegenover vorig jaar.")]
    fr = [Block("table", fr_table), Block("paragraph", "Les exportations ont progressé de 0,7 % sur un an.")]
    assert (1, "number", "error") in _flags(block_release(nl, fr))
    same = [Block("table", fr_table.replace("+0,7 %", "+0,2 %")), fr[1]]
    assert _flags(block_release(nl, same)) == []
