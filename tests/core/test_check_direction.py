"""A figure that rises in one version and falls in the other: the same figure on both sides, so the
number check is quiet, and the news is reversed (a statistics trial). Pairs in our own words."""

from __future__ import annotations

import pytest

from reader.core.align import AlignedPair
from reader.core.review.checks import Checker
from reader.core.text import numbers


def _flags(source: str, target: str, src: str = "nl", tgt: str = "fr") -> list[tuple[str, str]]:
    pair = AlignedPair("paragraph", [source], [target])
    missing, extra = numbers.unmatched(numbers.extract(source, src), numbers.extract(target, tgt))
    found = Checker(src, tgt, None).check_pair(pair, target, list(missing), list(extra), source)
    return [(f.code, f.message) for f in found]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        (
            "De huurprijzen stegen in mei met 1,3 % tegenover april.",
            "Les loyers ont baissé de 1,3 % en mai par rapport à avril.",
        ),
        ("Het aantal bezoekers nam af met 6 % op een jaar.", "Le nombre de visiteurs a augmenté de 6 % sur un an."),
        (
            "Er werden 812 vergunningen afgeleverd, een daling met 4,5 %.",
            "812 permis ont été délivrés, soit 4,5 % de plus.",
        ),
    ],
)
def test_a_rise_said_as_a_fall_is_flagged_both_ways(nl: str, fr: str) -> None:
    for source, target, src, tgt in ((nl, fr, "nl", "fr"), (fr, nl, "fr", "nl")):
        said = [m for c, m in _flags(source, target, src, tgt) if c == "number"]
        assert any("the other way" in m for m in said), (source, said)


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De huurprijzen stegen in mei met 1,3 %.", "Les loyers ont progressé de 1,3 % en mai."),
        (
            "De werkloosheid daalde met 0,3 %, terwijl de lonen met 2,1 % stegen.",
            "Le chômage a reculé de 0,3 %, tandis que les salaires ont augmenté de 2,1 %.",
        ),
        ("Na een daling van 1 % volgde een stijging van 2 %.", "Après une baisse de 1 %, une hausse de 2 % a suivi."),
        ("Het aandeel bedraagt 35 %.", "La part augmente encore pour atteindre 35 %."),  # one side only: no flag
    ],
)
def test_the_same_direction_or_one_said_on_one_side_only_is_quiet(nl: str, fr: str) -> None:
    assert not any("the other way" in m for _, m in _flags(nl, fr)), _flags(nl, fr)


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Het is de prijs van gas die met 2,4 % steeg.", "C'est le prix du gaz qui a baissé de 2,4 %."),
        ("De werkloosheid is in maart met 0,6 % gedaald.", "Le chômage a augmenté de 0,6 % en mars."),
        ("Wij zien dat de lonen met 1,8 % zijn gestegen.", "Nous constatons que les salaires ont reculé de 1,8 %."),
    ],
)
def test_a_dutch_verb_after_its_figure_says_the_direction(nl: str, fr: str) -> None:
    """Dutch sets the verb last in a subordinate clause and after the figure in a perfect (a fact of
    the language; the thirty-first session left 'met 2,1 % stegen' unread)."""
    for source, target, src, tgt in ((nl, fr, "nl", "fr"), (fr, nl, "fr", "nl")):
        said = [m for c, m in _flags(source, target, src, tgt) if c == "number"]
        assert any("the other way" in m for m in said), (source, said)


def test_a_verb_after_a_figure_not_marked_as_a_change_is_not_its_direction() -> None:
    nl = "Voor 40 % van de gezinnen stegen de kosten."
    fr = "Pour 40 % des ménages, les coûts ont baissé."  # a wrong verb, but not the figure's direction
    assert not any("the other way" in m for _, m in _flags(nl, fr))


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        (
            "Het aandeel fietsers liep op tot 22 %, een daling met 3,5 procentpunt.",
            "La part des cyclistes atteint 22 %, en hausse de 3,5 points.",
        ),
        (
            "De bezettingsgraad steeg met 4 procentpunten op een jaar.",
            "Le taux d'occupation a reculé de 4 points sur un an.",
        ),
        ("De slaagkans is met 1,2 procentpunt gedaald.", "Le taux de réussite progresse de 1,2 point de pourcentage."),
    ],
)
def test_a_change_in_points_of_a_rate_that_goes_the_other_way_is_flagged(nl: str, fr: str) -> None:
    """A rate's change in points reads as a bare number, whose direction went unread (trial A:
    'en recul de 1,4 point' rendered 'een stijging met 1,4 procentpunt' passed, with '%' it did not)."""
    for source, target, src, tgt in ((nl, fr, "nl", "fr"), (fr, nl, "fr", "nl")):
        said = [m for c, m in _flags(source, target, src, tgt) if c == "number"]
        assert any("the other way" in m and ("point" in m or "punt" in m) for m in said), (source, said)


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De werkloosheid daalde met 0,8 procentpunt.", "Le chômage a reculé de 0,8 point."),
        ("Er kwamen 3 verkooppunten bij, een stijging.", "Il y a 3 points de vente en plus, une baisse du reste."),
    ],
)
def test_points_the_same_way_or_points_that_are_things_are_quiet(nl: str, fr: str) -> None:
    assert not any("the other way" in m for _, m in _flags(nl, fr)), _flags(nl, fr)


@pytest.mark.parametrize(
    ("source", "src", "en"),
    [
        ("Les ventes de vélos sont en hausse de 9 % sur un an.", "fr", "Bicycle sales were down 9% on a year."),
        ("De huurprijzen daalden met 2,5 %.", "nl", "Rents were up by 2.5%."),
        ("Le taux d'emploi recule de 0,3 point.", "fr", "The employment rate went up by 0.3 of a percentage point."),
        ("De spaarquote steeg met 1,1 procentpunt.", "nl", "The savings ratio was down 1.1 percentage points."),
    ],
)
def test_english_up_and_down_before_a_figure_are_its_direction(source: str, src: str, en: str) -> None:
    """'en hausse de 12 %' rendered 'down 12%' passed: English 'up' and 'down' were not read (trial K)."""
    said = [m for c, m in _flags(source, en, src, "en") if c == "number"]
    assert any("the other way" in m for m in said), said


@pytest.mark.parametrize(
    ("source", "src", "en"),
    [
        ("Les ventes de vélos sont en hausse de 9 % sur un an.", "fr", "Bicycle sales were up 9% on a year."),
        ("Le taux d'emploi recule de 0,3 point.", "fr", "The employment rate went down by 0.3 of a percentage point."),
        # a bound and a verb's particle say no change
        ("De boete daalt en bedraagt hoogstens 12 %.", "nl", "The fine is reduced and comes to up to 12%."),
        ("Het aandeel vrouwen daalde tot 46 %.", "nl", "Women now make up 46% of the staff, a smaller share."),
        ("Het tarief daalt naar 6 %.", "nl", "The decree drawn up in May sets the rate at 6%."),
        ("Het tarief stijgt naar 6 %.", "nl", "The law lays down 6% as the new rate."),
    ],
)
def test_english_up_and_down_the_same_way_or_as_a_particle_are_quiet(source: str, src: str, en: str) -> None:
    assert not any("the other way" in m for _, m in _flags(source, en, src, "en")), _flags(source, en, src, "en")


@pytest.mark.parametrize(
    ("source", "src", "target", "tgt"),
    [
        (
            "De tevredenheid van de klanten daalde met 0,6 punt.",
            "nl",
            "Customer satisfaction rose by 0.6 points.",
            "en",
        ),
        ("De score voor veiligheid steeg met 3 punten.", "nl", "Le score de sécurité a baissé de 3 points.", "fr"),
        (
            "Le moral des ménages a augmenté de 0,4 point.",
            "fr",
            "Het moreel van de gezinnen daalde met 0,4 punt.",
            "nl",
        ),
        ("Het vertrouwen daalde licht, met 0,2 punt.", "nl", "Confidence rose slightly, by 0.2 points.", "en"),
        ("De index steeg licht, met 1,5 %.", "nl", "L'indice a reculé légèrement, de 1,5 %.", "fr"),
    ],
)
def test_a_change_in_bare_points_or_set_apart_by_a_comma_that_goes_the_other_way_is_flagged(
    source: str, src: str, target: str, tgt: str
) -> None:
    """Trial S: 'daalde met 0,3 punt' rendered 'rose by 0.3 points' passed (Dutch 'punt'/'punten' alone
    was no change of a rate, as French 'point' and English 'points' are), and so did 'daalde licht,
    met 0,3 punt': the comma cut the verb off from its amount."""
    for one, one_lang, two, two_lang in ((source, src, target, tgt), (target, tgt, source, src)):
        said = [m for c, m in _flags(one, two, one_lang, two_lang) if c == "number"]
        assert any("the other way" in m for m in said), (one, said)


@pytest.mark.parametrize(
    ("nl", "en"),
    [
        ("De tevredenheid steeg met 0,6 punt.", "Satisfaction went up by 0.6 points."),
        ("Het vertrouwen daalde licht, met 0,2 punt.", "Confidence fell slightly, by 0.2 points."),
        ("Het plan telt 12 punten van actie, een daling.", "The plan has 12 points, up from last year."),
        ("De index steeg van 101,2 punten naar 103,4 punten.", "The index rose from 101.2 points to 103.4 points."),
    ],
)
def test_bare_points_the_same_way_or_things_counted_are_quiet(nl: str, en: str) -> None:
    assert not any("the other way" in m for _, m in _flags(nl, en, "nl", "en")), _flags(nl, en, "nl", "en")


@pytest.mark.parametrize(
    ("fr", "nl"),
    [
        (
            "Chèques-repas : la réduction d'impôt passe à 25 % dès 2027",
            "Maaltijdcheques: belastingvermindering stijgt naar 25 % vanaf 2027",
        ),
        (
            "La réduction de cotisations grimpe à 12 % pour les starters.",
            "De bijdragevermindering stijgt tot 12 % voor starters.",
        ),
    ],
)
def test_a_benefit_named_a_reduction_rising_is_no_fall(fr: str, nl: str) -> None:
    # trial F, F6: 'la réduction d'impôt passe à 30 %' / 'stijgt naar 30 %' was 'the change goes the other way'
    said = [m for c, m in _flags(fr, nl, "fr", "nl") if c == "number"]
    assert not any("the other way" in m for m in said), said


def test_a_reduction_of_a_figure_is_still_a_fall() -> None:
    said = [
        (c, m)
        for c, m in _flags("Les émissions ont connu une réduction de 8 %.", "De uitstoot steeg met 8 %.", "fr", "nl")
    ]
    assert any("the other way" in m for c, m in said), said
