"""The negation check's false 'meaning reversed?' flags on correct renderings, each a plain fact of
the languages (three trials of the thirty-first session), beside the reversals it must still flag."""

from __future__ import annotations

import pytest

from reader.core.review.negation import negation_findings


def _flagged(nl: str, fr: str) -> list[bool]:
    """Whether the pair is flagged, read either way (nl→fr and fr→nl)."""
    return [bool(negation_findings(nl, fr, "nl", "fr")), bool(negation_findings(fr, nl, "fr", "nl"))]


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        ("Geen bussen op zaterdag", "Pas de bus le samedi", False),
        (
            "De fietsers mogen door, maar niet harder dan 20 km/u.",
            "Les cyclistes passent, mais pas à plus de 20 km/h.",
            False,
        ),
        (
            "Een leraar moet lesgeven, geen tabellen invullen.",
            "Un enseignant doit enseigner, pas remplir des tableaux.",
            False,
        ),
        # the noun 'pas' (a step) and 'pas mal de' (many) negate nothing
        ("De markt ligt vlak bij het station.", "Le marché est à deux pas de la gare.", False),
        ("Er kwamen heel wat bezoekers.", "Il y avait pas mal de visiteurs.", False),
        ("Het bestuur zet een eerste stap.", "La direction fait un premier pas.", False),
        ("De bus rijdt niet op zondag.", "Le bus roule le dimanche, pas à pas.", True),
        # a negation lost is still flagged, either way
        ("De bus rijdt niet op zondag.", "Le bus roule le dimanche.", True),
        ("De bus rijdt op zondag.", "Pas de bus le dimanche.", True),
    ],
)
def test_french_pas_without_ne_negates(nl: str, fr: str, flagged: bool):
    """'Pas de trains ce week-end', 'mais pas à plus de 30 km/h': headlines and spoken French leave
    'ne' out, and the French negates all the same (false flags of three trials)."""
    assert _flagged(nl, fr) == [flagged, flagged]


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        (
            "Het nieuwe tarief zou pas in het tweede kwartaal van 2027 gelden.",
            "Le nouveau tarif ne serait pas appliqué avant le deuxième trimestre de 2027.",
            False,
        ),
        ("De regel geldt pas vanaf 1 maart.", "La règle ne s'applique pas avant le 1er mars.", False),
        ("De regel geldt pas vanaf 1 maart.", "La règle ne s'applique qu'à partir du 1er mars.", False),
        ("De nieuwe lijn komt er pas in 2030.", "Pas de nouvelle ligne avant 2030.", False),
        # 'not before' said in both is no flag; a 'niet' lost or a 'pas' over another negation still is
        ("De regel geldt niet vóór 1 maart.", "La règle ne s'applique pas avant le 1er mars.", False),
        ("De regel geldt vanaf 1 maart.", "La règle ne s'applique pas avant le 1er mars.", True),
        ("De regel geldt pas vanaf 1 maart.", "La règle ne s'applique pas le 1er mars.", True),
        ("De regel geldt pas vanaf 1 maart.", "La règle ne s'applique jamais avant le 1er mars.", True),
    ],
)
def test_dutch_pas_renders_french_not_before(nl: str, fr: str, flagged: bool):
    """Dutch 'pas' (not until, only then) says what French 'ne … pas … avant' says: 'zou pas in het
    derde kwartaal worden bereikt' / 'ne serait pas atteint avant le troisième trimestre' was
    'the meaning reversed?' (a trial's false flag)."""
    assert _flagged(nl, fr) == [flagged, flagged]


def test_english_only_renders_french_not_before():
    """English says it with 'only' (then): the same fact, the same excuse; a lost 'not' still flags."""
    fr = "La règle ne s'applique pas avant le 1er mars."
    assert not negation_findings("The rule only applies from 1 March.", fr, "en", "fr")
    assert negation_findings("The rule applies from 1 March.", fr, "en", "fr")


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        (
            "Zondag is het weer Fietsloze Zondag in de stad.",
            "Dimanche, c'est à nouveau le Dimanche sans vélo en ville.",
            False,
        ),
        ("De werklozen krijgen een premie.", "Les personnes sans emploi reçoivent une prime.", False),
        ("Het plein is voortaan rookvrij.", "La place est désormais sans tabac.", False),
        ("Er komen meer alcoholvrije dranken.", "Il y aura plus de boissons sans alcool.", False),
        # a 'sans' or a 'niet' the other side lacks, with no such affix, still flags
        ("Het plein is voortaan open.", "La place est désormais sans surveillance.", True),
        ("De trein rijdt niet.", "Le train roule.", True),
    ],
)
def test_french_sans_is_a_dutch_loos_or_vrij(nl: str, fr: str, flagged: bool):
    """'Autoloze zondag' / 'Dimanche sans voiture', 'rookvrij' / 'sans tabac': Dutch negates by the
    affix ('-loze' declines '-loos' with one 'o', which was not read) where French says 'sans' (a
    trial's false flags)."""
    assert _flagged(nl, fr) == [flagged, flagged]


def test_english_free_is_a_french_sans():
    """English says it with '-free' ('smoke-free'): the same excuse."""
    assert not negation_findings("The square is smoke-free.", "La place est sans tabac.", "en", "fr")
    assert negation_findings("The square is open.", "La place est sans tabac.", "en", "fr")


def _flags(nl: list[str], fr: list[str]) -> list[str]:
    from reader.core.align import AlignedPair
    from reader.core.review.checks import Checker
    from reader.core.text import numbers

    pair = AlignedPair("paragraph", nl, fr)
    source, target = pair.source_text, pair.target_text
    missing, extra = numbers.unmatched(numbers.extract(source, "nl"), numbers.extract(target, "fr"))
    return [f.message for f in Checker("nl", "fr").check_pair(pair, target, missing, extra)]


_KEPT_FR = "Grâce à ce nouveau régime, le service disposera de places d'accueil en suffisance pendant l'hiver 2026."
_DROPPED_NL = "Zodra de koude voorbij is, worden de extra bedden niet langer bewaard en keert het personeel naar huis."


def test_the_negation_of_a_sentence_the_target_dropped_is_that_omission_alone():
    """A target that dropped a sentence with 'niet' was flagged twice: the sentence missing, and 'the
    Dutch negates, the French does not', misleading where the negated sentence is the one missing
    (a trial). The omission says it; a negation lost in the sentence rendered is still flagged."""
    kept = (
        "Met deze nieuwe regeling beschikt de dienst over voldoende opvangplaatsen tijdens de wintermaanden van 2026."
    )
    flags = _flags([kept, _DROPPED_NL], [_KEPT_FR])
    assert any("nothing in common" in m for m in flags), flags
    assert not any("negates" in m for m in flags), flags
    negated = kept.replace("beschikt de dienst over", "beschikt de dienst niet over")
    flags = _flags([negated, _DROPPED_NL], [_KEPT_FR])
    assert any("nothing in common" in m for m in flags), flags
    assert any("«niet»: the Dutch negates" in m for m in flags), flags


def test_the_negation_of_the_sentence_a_length_flag_finds_lost_is_that_omission_alone():
    """Trial A, r04: a clause and the sentence after it dropped, the pair is 'much shorter' (no lone
    sentence: the rest is no clean rendering either), and the dropped sentence's 'niet' was also 'the
    meaning reversed?'. The sentence sharing nothing with the target is the one lost: the omission
    says it. A negation in the sentence rendered is still flagged."""
    kept = "Wandelaar Jan Peeters draagt een blauwe jas en heeft een rode rugzak met kaarten en eten bij zich."
    dropped = "Hij heeft zijn telefoon niet meegenomen."
    fr = ["Le promeneur Jan Peeters porte une veste bleue."]
    flags = _flags([kept, dropped], fr)
    assert any("much shorter" in m for m in flags) and not any("negates" in m for m in flags), flags
    flags = _flags([kept.replace("draagt een", "draagt geen"), dropped.replace(" niet", "")], fr)
    assert any("much shorter" in m for m in flags), flags
    assert any("«geen»: the Dutch negates" in m for m in flags), flags


def test_the_negation_of_a_sentence_the_target_added_is_that_addition_alone():
    """The same the other way: a sentence the target added, with 'ne … plus', is the addition."""
    nl = "Met deze nieuwe regeling beschikt de dienst over voldoende opvangplaatsen tijdens de wintermaanden van 2026."
    added = "Une fois le froid passé, les lits supplémentaires ne seront plus gardés et le personnel rentrera."
    flags = _flags([nl], [_KEPT_FR, added])
    assert any("nothing in common" in m for m in flags), flags
    assert not any("negates" in m for m in flags), flags


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        ("Schrijf je in voordat de cursus begint.", "Inscrivez-vous avant que le cours ne commence.", False),
        ("Tenzij de raad het anders beslist.", "À moins que le conseil n'en décide autrement.", False),
        ("Uit vrees dat de prijzen stijgen, wachten ze.", "De peur que les prix ne montent, ils attendent.", False),
        # a full negation after the same conjunction still negates
        ("Voordat de dienst start.", "Avant que le service ne démarre pas.", True),
    ],
)
def test_the_french_expletive_ne_is_no_negation(nl: str, fr: str, flagged: bool) -> None:
    """'avant que … ne', 'à moins que … ne', 'de peur que … ne': the expletive 'ne' of French grammar
    (a memory trial's false flag on a translator's edit)."""
    assert _flagged(nl, fr) == [flagged, flagged]


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        (
            "De premie wordt per kwartaal betaald in plaats van per dag.",
            "La prime est payée par trimestre et non plus par jour.",
            False,
        ),
        (
            "De premie wordt per kwartaal betaald en niet per dag.",
            "La prime est payée par trimestre au lieu de par jour.",
            False,
        ),
        # a negation of the sentence besides the contrast still counts
        ("De premie wordt niet per kwartaal betaald.", "La prime est payée par trimestre au lieu de par jour.", True),
    ],
)
def test_an_alternative_set_aside_is_no_negation(nl: str, fr: str, flagged: bool) -> None:
    """'et non plus X' / 'in plaats van X' / 'instead of X' set an alternative aside (a fact of the
    languages; a Council of Ministers trial's false flag)."""
    assert _flagged(nl, fr) == [flagged, flagged]


@pytest.mark.parametrize(
    ("source", "src", "en", "flagged"),
    [
        (
            "Is het adres niet juist, dan past de gemeente het aan.",
            "nl",
            "If the address is incorrect, the town fixes it.",
            False,
        ),
        (
            "Een aanvraag die niet volledig is, wordt teruggestuurd.",
            "nl",
            "An incomplete application is sent back.",
            False,
        ),
        ("Een terugbetaling is dan niet mogelijk.", "nl", "A refund is then impossible.", False),
        (
            "Les bailleurs qui ne déclarent pas leurs loyers paient une amende.",
            "fr",
            "Landlords that fail to declare their rents pay a fine.",
            False,
        ),
        ("Ce parking n'est pas légal.", "fr", "This car park is illegal.", False),
        ("Un retard qui n'est pas régulier reste toléré.", "fr", "An irregular delay is still tolerated.", False),
        # a negation lost is still flagged
        (
            "Is het adres niet juist, dan past de gemeente het aan.",
            "nl",
            "If the address is correct, the town keeps it.",
            True,
        ),
        (
            "Les bailleurs qui ne déclarent pas leurs loyers paient une amende.",
            "fr",
            "Landlords that declare their rents pay a fine.",
            True,
        ),
        # 'in-' opening a word of no negation excuses nothing
        ("De index wordt niet aangepast.", "nl", "The index will be increased.", True),
    ],
)
def test_english_in_im_ir_il_adjectives_and_fail_to_negate(source: str, src: str, en: str, flagged: bool) -> None:
    assert bool(negation_findings(source, en, src, "en")) == flagged
    assert bool(negation_findings(en, source, "en", src)) == flagged


@pytest.mark.parametrize(
    ("source", "src", "en", "flagged"),
    [
        (
            "In zijn arrest nr. 17/2026 vernietigt het Hof de regel.",
            "nl",
            "In its judgment no. 17/2026 the Court annuls the rule.",
            False,
        ),
        ("L'avis n° 8 est publié.", "fr", "Opinion No. 8 is published.", False),
        ("L'avis n° 8 est publié.", "fr", "Opinion No.8 is published.", False),
        # 'no' that negates is still read
        ("Het Hof vernietigt de regel.", "nl", "The Court annuls no rule.", True),
    ],
)
def test_english_no_dot_before_a_figure_is_number(source: str, src: str, en: str, flagged: bool) -> None:
    """'arrêt n° 42/2025' / 'judgment no. 42/2025' was flagged: «no» read as a negation (trial K)."""
    assert bool(negation_findings(source, en, src, "en")) == flagged


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        # a negative pronoun as the subject of 'ne' negates, whatever 'que' follows (a comparative)
        ("Niemand zal nog langer wachten dan een week.", "Personne n'attendra plus longtemps qu'une semaine.", False),
        ("Iedereen zal langer wachten dan een week.", "Personne n'attendra plus longtemps qu'une semaine.", True),
        ("Niets kost zoveel als het wachten.", "Rien ne coûte autant que l'attente.", False),
        # 'ne … plus que' with the two together is still 'only'
        ("Er zijn nog maar drie plaatsen.", "Il n'y a plus que trois places.", False),
    ],
)
def test_negative_subject_and_comparative_que_negate(nl: str, fr: str, flagged: bool) -> None:
    """'niemand … langer' / 'personne n'attendra plus longtemps que' was flagged as the French not
    negating: its 'que' was read as the 'ne … que' of 'only' (trial M)."""
    assert bool(negation_findings(nl, fr, "nl", "fr")) == flagged


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        # an affixed word both sides keep excuses nothing
        ("Een onafhankelijk comité beoordeelt het plan.", "Le plan ne sera pas jugé par un comité indépendant.", True),
        (
            "Het plan wordt niet door een onafhankelijke dienst nagekeken.",
            "Le plan est vérifié par un service indépendant.",
            True,
        ),
        # the affix said on one side only still excuses the other's negation word
        ("Het bezoek gebeurt onaangekondigd.", "La visite a lieu sans annonce.", False),
    ],
)
def test_an_affix_both_sides_say_excuses_no_negation(nl: str, fr: str, flagged: bool) -> None:
    """'wordt geëvalueerd door een onafhankelijk comité' rendered 'ne sera pas évalué par un comité
    indépendant' passed: 'onafhankelijk' was taken for the Dutch saying the negation by an affix (trial M)."""
    assert bool(negation_findings(nl, fr, "nl", "fr")) == flagged


@pytest.mark.parametrize(
    ("nl", "fr", "flagged"),
    [
        ("Wie de regel niet volgt, krijgt een boete.", "À défaut, une amende est infligée.", False),
        (
            "Omdat er geen zaal vrij is, gaat het feest buiten door.",
            "Faute de salle libre, la fête a lieu dehors.",
            False,
        ),
        ("Wie de regel niet volgt, krijgt een boete.", "Celui qui suit la règle reçoit une amende.", True),
    ],
)
def test_a_negative_condition_said_by_a_french_phrase_is_no_reversal(nl: str, fr: str, flagged: bool) -> None:
    """Trial Q: 'À défaut, ils peuvent …' for 'Wie dat niet doet, kan …' was flagged as a dropped
    negation; 'à défaut' (failing that) and 'faute de' (for want of) carry it."""
    assert _flagged(nl, fr) == [flagged, flagged]
