"""A version that lacks a paragraph, or has a section the other lacks, leaves those blocks facing
nothing: the blocks after them still face their own counterparts (the real pairs' finding: a page
missing one paragraph or its end had every later block paired one place off)."""

from __future__ import annotations

import pytest

from reader.core.align import align_blocks, align_sentences
from reader.core.model import Block

NL = [
    Block("paragraph", "De regering keurt een plan goed om de wachtlijsten in de zorg met een derde in te korten."),
    Block("paragraph", "Het plan kost 48 miljoen euro over drie jaar en start in januari in vier provincies."),
    Block("paragraph", "Nu wachten bijna 12.000 patiënten langer dan zes maanden op een afspraak bij een specialist."),
    Block("paragraph", "De ziekenhuizen krijgen extra middelen om avondraadplegingen te organiseren."),
    Block("paragraph", "Een evaluatie volgt na achttien maanden, met cijfers per provincie en per specialisme."),
    Block("paragraph", "Meer informatie staat op de website van de FOD Volksgezondheid."),
]  # fmt: skip
FR = [
    Block("paragraph", "Le gouvernement approuve un plan pour réduire d'un tiers les listes d'attente des soins."),
    Block("paragraph", "Le plan coûte 48 millions d'euros sur trois ans et démarre en janvier dans quatre provinces."),
    # the third paragraph (12.000 patients) is left out of the French version
    Block("paragraph", "Les hôpitaux reçoivent des moyens supplémentaires pour organiser des consultations en soirée."),
    Block("paragraph", "Une évaluation suivra après dix-huit mois, avec des chiffres par province et par spécialité."),
    Block("paragraph", "Plus d'informations sur le site du SPF Santé publique."),
]  # fmt: skip


def test_a_paragraph_one_version_lacks_faces_nothing_and_the_rest_keep_their_pairs():
    pairs = [(p.source, p.target) for p in align_blocks(NL, FR, "nl", "fr")]
    assert ([NL[2].text], []) in pairs
    for k in (3, 4, 5):
        assert ([NL[k].text], [FR[k - 1].text]) in pairs


def test_a_version_also_missing_its_last_paragraph_keeps_the_pairs_before_it():
    pairs = [(p.source, p.target) for p in align_blocks(NL, FR[:-1], "nl", "fr")]
    assert ([NL[2].text], []) in pairs
    assert ([NL[3].text], [FR[2].text]) in pairs


def test_a_heading_added_at_the_end_stands_in_a_row_of_its_own():
    nl = [
        Block("heading", "Nieuwe brug over de Schelde"),
        Block("paragraph", "De regering trekt 30 miljoen euro uit voor een fietsbrug bij Temse."),
    ]
    fr = [
        Block("heading", "Nouveau pont sur l'Escaut"),
        Block("paragraph", "Le gouvernement dégage 30 millions d'euros pour une passerelle cyclable à Tamise."),
        Block("heading", "Recrutement de douaniers"),
        Block("paragraph", "Le gouvernement autorise aussi le recrutement de 150 douaniers pour le port d'Anvers."),
    ]
    rows = align_sentences(align_blocks(nl, fr, "nl", "fr"), "nl", "fr")
    assert [r.target for r in rows if not r.source] == [["Recrutement de douaniers"], [fr[3].text]]


def test_two_very_long_blocks_whose_lengths_differ_in_proportion_still_pair():
    nl = [Block("paragraph", " ".join(f"De stad {i} krijgt {i} nieuwe bomen in haar parken." for i in range(300)))]
    fr = [Block("paragraph", " ".join(f"La ville {i} reçoit {i} arbres pour ses parcs." for i in range(300)))]
    pairs = align_blocks(nl, fr, "nl", "fr")
    assert [(p.source, p.target) for p in pairs] == [([nl[0].text], [fr[0].text])]


# One paragraph each; the Dutch opens on a lead sentence the French leaves out (the trials' shape,
# a buildings agency's and an asylum agency's pairs: the lead paired with the next sentence put every
# later sentence of the paragraph one place off).
LEAD_NL = Block(
    "paragraph",
    "Op 14 mei 2022 tekenden de stad en vier partners een akkoord over de nieuwe sporthal. "
    "Het gebouw komt op de plaats van de oude kazerne, aan de rand van het centrum. "
    "Er komen drie zalen, een zwembad en een cafetaria voor de clubs. "
    "De werken starten in het voorjaar en duren ongeveer twee jaar.",
)
LEAD_FR = Block(
    "paragraph",
    "Le bâtiment sera construit à la place de l'ancienne caserne, en bordure du centre. "
    "Il comptera trois salles, une piscine et une cafétéria pour les clubs. "
    "Les travaux commenceront au printemps et dureront environ deux ans.",
)


def test_a_lead_sentence_one_version_lacks_faces_nothing_and_the_rest_keep_their_pairs():
    blocks = align_blocks([LEAD_NL], [LEAD_FR], "nl", "fr")
    pairs = [(len(p.source), len(p.target)) for p in align_sentences(blocks, "nl", "fr")]
    assert pairs == [(1, 0), (1, 1), (1, 1), (1, 1)]


def _soup(words: list[str], lengths: list[int]) -> list[str]:
    import random

    rnd = random.Random(7)
    return [" ".join(rnd.choice(words) for _ in range(n)).capitalize() + "." for n in lengths]


def test_both_directions_pair_the_same_sentences():
    """Checking nl->fr and fr->nl shows one pairing: the lengths' cost is measured from one side.
    Computed from each, Gale and Church's deviation paired one release's sentences differently by
    direction (a trial's pair had one direction one sentence off from a paragraph on). Word soup of
    the lengths that made it: three Dutch sentences, the French merging the second into the first."""
    nl = _soup("de het een werk stad plan raam vloer muur dak gang zaal kast deur trap huis".split(), [25, 4, 25])
    fr = _soup("le la un une travail ville plan sol mur toit couloir salle porte maison".split(), [29, 5, 35])
    fr = [fr[0][:-1] + ", " + fr[1].lower(), *fr[2:]]
    a, b = [Block("paragraph", " ".join(nl))], [Block("paragraph", " ".join(fr))]
    there = [(p.source, p.target) for p in align_sentences(align_blocks(a, b, "nl", "fr"), "nl", "fr")]
    back = [(p.target, p.source) for p in align_sentences(align_blocks(b, a, "fr", "nl"), "fr", "nl")]
    assert there == back


STEP_NL = [
    Block("paragraph", "De stad neemt maatregelen voor wie met een deelstep rijdt in het centrum."),
    Block("list_item", "de snelheid gaat naar twintig kilometer per uur;"),
    Block("list_item", "parkeren op het voetpad mag niet meer;"),
    Block("list_item", "de boete voor een overtreding stijgt tot 174 euro."),
    Block("paragraph", "\u201cElke week belanden gemiddeld 35 rijders op de spoeddienst,\u201d zegt de schepen."),
]
STEP_FR = [
    Block("paragraph", "La ville prend des mesures pour les usagers de trottinettes partagées dans le centre."),
    Block("list_item", "la vitesse passe à vingt kilomètres par heure ;"),
    Block("list_item", "le stationnement sur le trottoir n'est plus permis."),
    Block("paragraph", "« Chaque semaine, en moyenne 35 usagers aboutissent aux urgences », déclare l'échevin."),
]


def test_a_list_one_item_short_keeps_the_paragraph_after_it_apart():
    """A list item set with the paragraph after the list, facing that paragraph alone: the item faces
    nothing and the paragraph its paragraph (a new user's trial showed the French quote bulleted)."""
    pairs = align_blocks(STEP_NL, STEP_FR, "nl", "fr")
    last = pairs[-1]
    assert last.source == [STEP_NL[-1].text] and last.target == [STEP_FR[-1].text]
    assert not any("list_item" in p.kinds and "paragraph" in p.kinds for p in pairs)


def test_closing_words_run_into_the_other_versions_last_item_stay_with_it():
    """The other version ran the closing sentence into its last item: the two face that item."""
    fr = STEP_FR[:2] + [Block("list_item", STEP_FR[2].text + " " + STEP_FR[3].text)]
    nl = STEP_NL[:2] + [Block("list_item", STEP_NL[2].text + " " + STEP_NL[3].text), STEP_NL[4]]
    pairs = align_blocks(nl, fr, "nl", "fr")
    assert ([], []) not in [(p.source, p.target) for p in pairs]
    assert all(p.target for p in pairs)  # no item left facing nothing


BIKE_NL = [
    "De minister van Mobiliteit stelt vandaag vijf maatregelen voor om het fietsen veiliger te maken.",
    "extra fietspaden langs de drukste invalswegen;",
    "een premie van 300 euro voor een elektrische fiets;",
    "betere verlichting in de tunnels onder het kanaal;",
    "gratis fietsenstallingen bij elk treinstation;",
    "een campagne over dode hoeken bij vrachtwagens.",
    "De maatregelen gaan in op 1 mei. Het budget bedraagt 12 miljoen euro.",
]
BIKE_FR = [
    "Le ministre de la Mobilité présente aujourd'hui cinq mesures pour rendre le vélo plus sûr.",
    "des pistes cyclables supplémentaires le long des axes d'entrée les plus fréquentés ;",
    "une prime de 300 euros pour un vélo électrique ;",
    "un meilleur éclairage dans les tunnels sous le canal ;",
    "des parkings vélos gratuits dans chaque gare ;",
    "une campagne sur les angles morts des camions.",
    "Les mesures entrent en vigueur le 1er mai. Le budget s'élève à 12 millions d'euros.",
]


def _listed(texts: list[str]) -> list[Block]:
    return [Block("list_item" if 0 < k < len(texts) - 1 else "paragraph", t) for k, t in enumerate(texts)]


@pytest.mark.parametrize("dropped", range(1, 6))
@pytest.mark.parametrize("direction", ["nl-fr", "fr-nl"])
def test_a_list_one_item_short_names_the_item_that_is_missing(dropped: int, direction: str):
    """Whichever item the rendering dropped, that one faces nothing and every other item faces its
    own, in both directions (new users' lists paired the items after the dropped one by position)."""
    nl, fr = _listed(BIKE_NL), _listed(BIKE_FR[:dropped] + BIKE_FR[dropped + 1 :])
    pairs = align_blocks(nl, fr, "nl", "fr") if direction == "nl-fr" else align_blocks(fr, nl, "fr", "nl")
    alone = [p.source or p.target for p in pairs if not (p.source and p.target)]
    assert alone == [[BIKE_NL[dropped]]]
    assert all(len(p.source) == 1 and len(p.target) == 1 for p in pairs if p.source and p.target)


def test_a_pair_of_items_the_reviewer_holds_stays_when_the_list_is_aligned_again():
    """The items aligned again by their content keep a pair a reviewer marked or edited, as the
    alignment does everywhere else: an edit never regroups the segments around it."""
    nl, fr = _listed(BIKE_NL), _listed(BIKE_FR[:3] + BIKE_FR[4:])  # the French lacks the third item

    def held(source: str, target: str) -> bool:
        return source == BIKE_NL[3] and target == BIKE_FR[4]  # the reviewer paired these two

    pairs = align_blocks(nl, fr, "nl", "fr", held=held)
    assert ([BIKE_NL[3]], [BIKE_FR[4]]) in [(p.source, p.target) for p in pairs]
