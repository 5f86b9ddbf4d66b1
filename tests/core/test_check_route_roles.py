"""A place one version goes to and the other comes from: the same names on both sides, so the name
check is quiet, and the route is reversed (trial M, finding 2: 'van Luik naar Brussel' / 'de Bruxelles
vers Liège' and 'richting Brussel' / 'en provenance de Bruxelles' passed). The words of direction are a
closed set of each language; a word with another sense ('van' of, French 'de', 'à') says a role only
in a pair ('van X naar Y', 'de X vers Y'). Sentences made up here."""

from __future__ import annotations

import pytest

from reader.core.align import AlignedPair
from reader.core.review.checks import Checker
from reader.core.text import numbers


def _flags(source: str, target: str, src: str = "nl", tgt: str = "fr") -> list[str]:
    pair = AlignedPair("paragraph", [source], [target])
    missing, extra = numbers.unmatched(numbers.extract(source, src), numbers.extract(target, tgt))
    found = Checker(src, tgt, None).check_pair(pair, target, list(missing), list(extra), source)
    return [f.message for f in found if f.code == "term"]


@pytest.mark.parametrize(
    ("nl", "other", "tgt", "message"),
    [
        (
            "De bussen van Namen naar Luik rijden vandaag om.",
            "Les bus de Liège vers Namur sont déviés aujourd'hui.",
            "fr",
            "a place's direction differs: «van Namen» / «vers Namur»; «naar Luik» / «de Liège»",
        ),
        (
            "Het verkeer richting Gent rijdt stapvoets.",
            "La circulation en provenance de Gand roule au pas.",
            "fr",
            "a place's direction differs: «richting Gent» / «en provenance de Gand»",
        ),
        (
            "De trein vanuit Bergen heeft vertraging.",
            "Le train à destination de Mons a du retard.",
            "fr",
            "a place's direction differs: «vanuit Bergen» / «à destination de Mons»",
        ),
        (
            "De vluchten naar Rome zijn geschrapt.",
            "The flights from Rome are cancelled.",
            "en",
            "a place's direction differs: «naar Rome» / «from Rome»",
        ),
    ],
)
def test_a_place_gone_to_in_one_version_and_come_from_in_the_other_is_flagged(
    nl: str, other: str, tgt: str, message: str
):
    assert _flags(nl, other, "nl", tgt) == [message]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("De bussen van Namen naar Luik rijden om.", "Les bus de Namur à Liège sont déviés."),
        ("De burgemeester van Gent reist naar Brussel.", "Le bourgmestre de Gand se rend à Bruxelles."),
        ("De trein naar Brussel is vertraagd.", "Le train de Bruxelles a du retard."),  # 'de' alone: either
        ("De treinen rijden tussen Luik en Namen.", "Les trains circulent de Namur vers Liège."),
        (
            "De treinen rijden van Brussel naar Luik en van Luik naar Brussel.",
            "Les trains circulent de Liège vers Bruxelles et de Bruxelles vers Liège.",
        ),
        ("Wie uit Brussel komt, rijdt richting Gent.", "Qui vient de Bruxelles roule en direction de Gand."),
    ],
)
def test_the_same_route_or_a_role_said_in_one_version_only_is_no_flag(nl: str, fr: str):
    assert _flags(nl, fr) == []
