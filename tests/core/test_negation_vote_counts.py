"""A vote tally counts its 'no' votes: '70 oui, 41 non et 5 abstentions', '70 ja, 41 neen en 5
onthoudingen', '70 yes, 41 no and 5 abstentions'. The 'non' after a number is a counted noun (the
votes cast no), not a negation of the sentence: the check read it as 'the French negates, the Dutch
does not: the meaning reversed?' on every such tally of a parliaments trial (three of three)."""

from __future__ import annotations

import pytest

from reader.core.review.negation import negation_findings, negations


def _flagged(nl: str, other: str, lang: str = "fr") -> list[bool]:
    """Whether the pair is flagged, read either way."""
    return [bool(negation_findings(nl, other, "nl", lang)), bool(negation_findings(other, nl, lang, "nl"))]


@pytest.mark.parametrize(
    ("nl", "other", "lang"),
    [
        (
            "Het ontwerp werd goedgekeurd met 70 ja, 41 neen en 5 onthoudingen.",
            "Le projet a été adopté par 70 oui, 41 non et 5 abstentions.",
            "fr",
        ),
        ("De motie kreeg 12 nee-stemmen.", "La motion a recueilli 12 non.", "fr"),
        ("Er waren 9 ja en 3 nee.", "Il y eut 9 oui et 3 non ; le texte passe.", "fr"),
        (
            "Het ontwerp werd goedgekeurd met 70 ja, 41 neen en 5 onthoudingen.",
            "The bill passed with 70 yes, 41 no and 5 abstentions.",
            "en",
        ),
    ],
)
def test_counted_no_votes_negate_nothing(nl: str, other: str, lang: str):
    """A number before 'non' / 'no', the noun phrase ending there: votes counted, no negation."""
    assert _flagged(nl, other, lang) == [False, False]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        # a negation beside a tally is still a negation
        (
            "Het ontwerp werd goedgekeurd met 70 ja, 41 neen en 5 onthoudingen.",
            "Le projet n'a pas été adopté : 70 oui, 41 non et 5 abstentions.",
        ),
        # 'non' over what follows it, after a number, still negates it
        ("De 3 dossiers zijn afgehandeld.", "Les dossiers, au nombre de 3 non traités, sont clos."),
    ],
)
def test_a_negation_beside_a_count_still_flags(nl: str, fr: str):
    """Only the counted 'non' is set aside: a 'ne … pas' in the same sentence, or a 'non' that goes on
    to an adjective, is read as before."""
    assert _flagged(nl, fr) == [True, True]


def test_the_counted_word_alone_is_set_aside():
    """negations() drops the counted 'non' and keeps a real one in the same text."""
    assert negations("82 oui, 53 non et 4 abstentions ; la loi ne passe pas.", "fr") == ["ne"]
    assert negations("Vote : 82 yes, 53 no.", "en") == []
