"""Two sentences against one, the one much shorter: a sentence lost, or both said more briefly.
A lost sentence shares nothing with the other side; when each of the two shares a figure, a name
or a cognate with it, both were said and the length is only a note. Texts in our own words."""

from __future__ import annotations

from reader.core.align import AlignedPair
from reader.core.review.checks import Checker
from reader.core.text import numbers


def _omissions(nl: list[str], fr: list[str]) -> list[tuple[str, str]]:
    pair = AlignedPair("paragraph", nl, fr)
    source, target = pair.source_text, pair.target_text
    missing, extra = numbers.unmatched(numbers.extract(source, "nl"), numbers.extract(target, "fr"))
    flags = Checker("nl", "fr").check_pair(pair, target, missing, extra)
    return [(f.severity, f.message) for f in flags if f.code == "omission"]


def test_a_sentence_with_nothing_in_common_with_the_target_is_flagged_as_lost():
    nl = [
        "Met deze nieuwe regeling beschikt de dienst over voldoende opvangplaatsen tijdens de wintermaanden van 2026.",
        "Zodra de koude voorbij is, worden de extra bedden weer opgeborgen en keert het personeel terug naar huis.",
    ]
    fr = ["Grâce à ce nouveau régime, le service disposera de places d'accueil en suffisance pendant l'hiver 2026."]
    found = _omissions(nl, fr)
    assert found and found[0][0] in ("warning", "error"), found


def test_two_sentences_said_briefly_in_one_are_a_note():
    nl = [
        "Zoals eerder gezegd staan we voor een uitzonderlijke situatie in de regio.",
        "Het is belangrijk om deze periode met geduld, kalmte en solidariteit door te komen, samen met alle partners.",
    ]
    fr = ["Nous vivons dans la région une situation exceptionnelle, à traverser ensemble avec patience et solidarité."]
    found = _omissions(nl, fr)
    assert found and all(severity == "info" for severity, _ in found), found
    assert "said more briefly" in found[0][1]


def test_a_segment_empty_on_both_sides_is_no_omission():
    """A title neither version has (a page saved without its headline, both sides): nothing lost."""
    for kind in ("title", "paragraph"):
        flags = Checker("nl", "fr").check_pair(AlignedPair(kind, [""], [""]), "", [], [])
        assert flags == []
