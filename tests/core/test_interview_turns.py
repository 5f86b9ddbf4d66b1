"""An interview's turn, 'Name Surname : answer' at a paragraph's head with no quote mark, names its
speaker: a turn credited to the journalist on one side and to the minister on the other went
unflagged, even at info, both names being elsewhere in the text (trial U, F2)."""

from __future__ import annotations

import pytest

from reader.core.review.checks import check_release
from reader.core.review.speakers import speaker
from tests.core.releases import paragraph_release

_FR = [
    "La ministre du Climat, Anna Claes, a répondu aux questions du journaliste Luc Martin.",
    "Luc Martin : Le printemps sera-t-il sec ?",
    "Anna Claes : Oui, mais nous sommes prêts.",
]


def _names(nl: list[str]) -> list[str]:
    report = check_release(paragraph_release(nl, _FR), "fr", "nl")
    return [f.message for p in report.pairs for f in p.flags if f.code == "name"]


def test_a_turn_credited_to_the_other_speaker_is_a_name_error() -> None:
    nl = [
        "Minister van Klimaat Anna Claes beantwoordde de vragen van journalist Luc Martin.",
        "Luc Martin: Wordt de lente droog?",
        "Luc Martin: Ja, maar we zijn klaar.",
    ]
    said = _names(nl)
    assert said and "Anna Claes" in said[0] and "Luc Martin" in said[0], said


def test_the_same_turns_are_no_flag() -> None:
    nl = [
        "Minister van Klimaat Anna Claes beantwoordde de vragen van journalist Luc Martin.",
        "Luc Martin: Wordt de lente droog?",
        "Anna Claes: Ja, maar we zijn klaar.",
    ]
    assert _names(nl) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna Claes : Oui, mais nous sommes prêts.", ["Anna", "Claes"]),
        ("Karel Van den Broeck: Dat klopt.", ["Karel", "Broeck"]),
        ("Brussel: de regering beslist vandaag.", None),  # one word: a dateline, a label
        ("Meer informatie: zie de website.", None),  # a phrase
        ("FOD Economie: Het loket is dicht.", None),  # a body
    ],
)
def test_a_turns_label_is_a_name_of_two_words_or_more(text: str, name: list[str] | None) -> None:
    assert speaker(text) == name


def test_a_turn_set_with_a_dialogue_dash_names_its_speaker_too() -> None:
    """Import keeps a turn's dash ('– Name: …', trial U's interviews); the swap passed behind it
    (thirty-fourth session, trial R)."""
    assert speaker("– Anna Claes : Oui, mais nous sommes prêts.") == ["Anna", "Claes"]
    assert speaker("- Karel Van den Broeck: Dat klopt.") == ["Karel", "Broeck"]
    assert speaker("– Meer informatie: zie de website.") is None
    fr = ["– " + text if n else text for n, text in enumerate(_FR)]
    nl = [
        "Minister van Klimaat Anna Claes beantwoordde de vragen van journalist Luc Martin.",
        "– Luc Martin: Wordt de lente droog?",
        "– Luc Martin: Ja, maar we zijn klaar.",
    ]
    report = check_release(paragraph_release(nl, fr), "fr", "nl")
    said = [f.message for p in report.pairs for f in p.flags if f.code == "name"]
    assert said and "Anna Claes" in said[0] and "Luc Martin" in said[0], said
