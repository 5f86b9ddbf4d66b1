"""What keeps a list open is no item, and a list both versions give alike is no difference."""

from reader.core.model import Block
from reader.core.review.analysis import bracket_lists, inline_items
from reader.core.review.checks import check_release
from tests.core.releases import block_release


def test_etc_and_enzovoort_close_a_list_without_being_an_item():
    assert bracket_lists("de doelen (armoede, honger, gezondheid, onderwijs, enzovoort)", "nl") == [4]
    assert bracket_lists("les objectifs (pauvreté, faim, santé, éducation, etc.)", "fr") == [4]
    assert inline_items("Drie sectoren: bouw, handel, horeca, enzovoort.", "nl") == (3, ["bouw", "handel", "horeca"])


def test_a_count_both_versions_announce_alike_is_no_flag():
    nl = [
        Block("paragraph", "We geven hierbij vier opmerkingen:"),
        *(Block("list_item", f"opmerking {i}") for i in "abc"),
    ]
    fr = [Block("paragraph", "Voici quatre remarques :"), *(Block("list_item", f"remarque {i}") for i in "abc")]
    report = check_release(block_release(nl, fr), "nl", "fr")
    assert not [f for p in report.pairs for f in p.flags if f.code == "enumeration"]
    fr_two = [Block("paragraph", "Voici quatre remarques :"), *(Block("list_item", f"remarque {i}") for i in "ab")]
    report = check_release(block_release(nl, fr_two), "nl", "fr")
    assert [f for p in report.pairs for f in p.flags if f.code == "enumeration"]


def test_an_item_opening_on_including_says_more_of_the_item_before_it():
    """'a, inclusief b, c en d' lists three items, as its lead announces ('y compris', 'including')."""
    from reader.core.review.analysis import inline_items

    said = inline_items("De drie grootste posten: personeel, inclusief de pensioenen, gebouwen en informatica.", "nl")
    assert said is not None and said[0] == 3 and len(said[1]) == 3


def test_items_holding_commas_are_set_apart_by_semicolons():
    from reader.core.review.analysis import inline_items

    said = inline_items("Les trois volets : l'accueil, rénové ; les guichets, ouverts le samedi ; le site web.", "fr")
    assert said is not None and said[0] == 3 and len(said[1]) == 3


def test_a_first_bullet_ending_in_a_colon_announces_the_list_and_is_none_of_its_items():
    nl = [
        Block("paragraph", "De oefening liep de hele dag."),
        Block("list_item", "De oefening testte vooral:"),
        *(Block("list_item", f"onderdeel {i}") for i in "abc"),
    ]
    fr = [
        Block("paragraph", "L'exercice a duré toute la journée."),
        Block("paragraph", "L'exercice a surtout testé :"),
        *(Block("list_item", f"volet {i}") for i in "abc"),
    ]
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        report = check_release(block_release(nl, fr), src, tgt)
        assert not [f for p in report.pairs for f in p.flags if f.code == "enumeration"]
    report = check_release(block_release(nl, fr[:-1]), "nl", "fr")
    assert [f for p in report.pairs for f in p.flags if f.code == "enumeration"]


def _enumeration(nl: list[Block], fr: list[Block]) -> list[tuple[str, str]]:
    report = check_release(block_release(nl, fr), "nl", "fr")
    return [(f.severity or "", f.message) for p in report.pairs for f in p.flags if f.code == "enumeration"]


def test_items_run_together_on_one_side_are_a_layout_note_not_a_lost_item():
    """The French sets two sanctions on one line: every item is there, the count differs by layout."""
    nl = [
        Block("paragraph", "De commissie kan de volgende sancties opleggen:"),
        Block("list_item", "een schriftelijke waarschuwing;"),
        Block("list_item", "een officiële berisping;"),
        Block("list_item", "een tijdelijke schorsing."),
    ]
    fr = [
        Block("paragraph", "La commission peut infliger les sanctions suivantes :"),
        Block("list_item", "un avertissement écrit ; un blâme officiel ;"),
        Block("list_item", "une suspension temporaire."),
    ]
    found = _enumeration(nl, fr)
    assert found and all(severity == "info" for severity, _ in found)
    assert "set with another" in found[0][1]


def test_an_item_lost_is_no_layout_when_the_single_item_runs_nothing_together():
    """Five measures, the French four: the aligner sets two Dutch items beside one longer French one
    (French runs long), alike enough in weight; but nothing in the French item parts two items, so it
    is one item and the other is lost (a reviewer's trial: 12 of 17 such items read as layout)."""
    items = (
        "meer onderhoud van de bovenleidingen in de winter;",
        "extra personeel in de drukste stations tijdens de spits;",
        "een nieuwe app die vertragingen sneller meldt aan reizigers;",
        "betere afspraken met de netbeheerder over werken in het weekend;",
        "een jaarlijkse evaluatie door een onafhankelijk comité.",
    )
    nl = [Block("paragraph", "Het plan bevat de volgende onderdelen:"), *(Block("list_item", t) for t in items)]
    fr = [Block("paragraph", "Le plan comprend les éléments suivants :")] + [
        Block("list_item", t)
        for t in (
            "davantage d'entretien des caténaires en hiver ;",
            "du personnel supplémentaire dans les gares les plus fréquentées aux heures de pointe ;",
            "de meilleurs accords avec le gestionnaire du réseau sur les travaux le week-end ;",
            "une évaluation annuelle par un comité indépendant.",
        )
    ]
    found = _enumeration(nl, fr)
    assert any(severity != "info" and "lists 4 items, the Dutch 5" in said for severity, said in found), found
    assert not any("set with another" in said for _, said in found)


def test_a_name_the_alignment_sets_with_its_neighbour_is_still_an_item_added():
    """A list of members where the French names one more: the aligner may pair the lone Dutch name
    with both French ones, but the French side is then far longer: an item added, an error."""
    nl = [
        Block("paragraph", "Voor zes jaar benoemde leden:"),
        Block("list_item", "Marie Vandamme"),
        Block("list_item", "Pieter Claes"),
    ]
    fr = [
        Block("paragraph", "Membres nommés pour six ans :"),
        Block("list_item", "Marie Vandamme"),
        Block("list_item", "Pieter Claes"),
        Block("list_item", "Jean-Marc Dubois-Lefèvre (démissionnaire)"),
    ]
    found = _enumeration(nl, fr)
    assert found and any(severity == "error" for severity, _ in found)


def test_a_count_past_a_comma_announces_no_list():
    """'Deux semaines de cours, qui portent sur des domaines : …' counts weeks, not the domains listed."""
    said = inline_items(
        "Les agents suivent trois semaines de cours, qui portent sur des thèmes précis : le droit, la gestion, "
        "les achats, la communication.",
        "fr",
    )
    assert said is not None and said[0] is None and len(said[1]) == 4
    said = inline_items("Het plan steunt op vier pijlers: werk, zorg, wonen en klimaat.", "nl")
    assert said == (4, ["werk", "zorg", "wonen", "klimaat"])


def test_a_correlative_pair_is_two_members_not_a_list():
    """'d'une part, a, et, d'autre part, b' has commas around its markers, not four items."""
    text = "La réforme a deux volets : d'une part, un nouveau statut, et, d'autre part, une autre carrière."
    assert inline_items(text, "fr") is None
    text = "De hervorming heeft twee luiken: enerzijds, een statuut, en anderzijds, een loopbaan."
    assert inline_items(text, "nl") is None


def test_a_lead_in_announcing_an_item_its_list_lost_never_says_the_text_is_there():
    """'Trois mesures :' over two items, the Dutch three over three: the list's count is an error and
    the lead-in a note that says the count, never 'its text is there, set with another', which is
    said of items run together and was false here (a new user's trial)."""
    nl = [Block("paragraph", "De stad neemt drie maatregelen:")] + [
        Block("list_item", t)
        for t in ("een dijk van twee kilometer;", "vier nieuwe pompen;", "een waarschuwingssysteem.")
    ]
    fr = [Block("paragraph", "La ville prend trois mesures :")] + [
        Block("list_item", t) for t in ("une digue de deux kilomètres ;", "un système d'alerte.")
    ]
    report = check_release(block_release(nl, fr), "nl", "fr")
    said = [f for p in report.pairs for f in p.flags if f.code == "enumeration"]
    assert any(f.severity != "info" and "the French lists 2 items, the Dutch 3" in f.message for f in said)
    announced = [f for f in said if "announces 3 items and lists 2" in f.message]
    assert announced and all("its text is there" not in f.message for f in announced)


def test_examples_after_a_colon_are_no_announced_list():
    """'… beide oorlogen: bijvoorbeeld a in 1920 en b in 1946': the marker is no item, and examples
    of what the lead counts are not all of it (a statistics office's real pair read '2 announced, 3
    listed', the marker counted as an item)."""
    fr = "Les mariages ont culminé après les deux guerres : par exemple, 12,5 pour mille en 1921 et 9,8 en 1947."
    assert inline_items(fr, "fr") is None
    assert inline_items("Vijf steden: onder meer Gent, Brugge, Luik en Namen.", "nl") == (
        None,
        ["Gent", "Brugge", "Luik", "Namen"],
    )
    nl = [
        Block(
            "paragraph", "De huwelijken pieken na beide oorlogen: bijvoorbeeld 12,5 per duizend in 1921 en 9,8 in 1947."
        )
    ]
    report = check_release(block_release(nl, [Block("paragraph", fr)]), "nl", "fr")
    assert not [f for p in report.pairs for f in p.flags if f.code == "enumeration"]


def test_a_list_counts_every_member_wherever_its_conjunction_stands():
    """One version joins two members with 'en' inside the list, the other with commas: as many members."""
    nl = "de functies (kantoren, winkels, sportieve en sociale diensten, parkings)"
    fr = "les fonctions (bureaux, commerces, services sportifs, sociaux et parkings)"
    assert bracket_lists(nl, "nl") == bracket_lists(fr, "fr") == [5]
    assert bracket_lists("de partners (politie, brandweer en stewards)", "nl") == [3]
