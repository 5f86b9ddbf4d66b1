"""A quote's last sentence dropped was flagged on the sentence before it (trial U, P1b): that one and
the one dropped shared no figure, name or cognate with the rendering between them, so the lengths
alone chose, and the sentence before joined the quote's opening as a 2-1, 'missing?', while the
dropped one faced the rendering of the other. The aligner cannot tell which the rendering is; the
flag names both. Texts in our own words."""

from __future__ import annotations

from reader.core.review.checks import check_release
from tests.core.releases import paragraph_release

NL = (
    'Een bakker uit Tienen zei me vorige week: "Mijn klanten willen geen goedkoper brood kopen. Ze willen '
    'weten wie het heeft gebakken. Daar moeten wij voor zorgen." Dat onthoud ik.'
)
FR = (
    "Un boulanger de Tirlemont me disait la semaine passée : « Mes clients ne veulent pas de pain moins cher. "
    "Ils veulent savoir qui l'a cuit. » Je le retiens."
)


def _lone(src: str, tgt: str, nl: str = NL, fr: str = FR) -> list[str]:
    release = paragraph_release([nl], [fr])
    pairs = check_release(release, src, tgt).pairs
    return [f.message for p in pairs for f in p.flags if f.code in ("omission", "addition") and "«" in f.message]


def test_a_lone_sentence_whose_neighbour_shares_nothing_either_names_both():
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        said = _lone(src, tgt)
        assert len(said) == 1, (src, said)
        assert "«Ze willen weten wie het heeft gebakken.»" in said[0], said
        assert "that next sentence" in said[0], said
        assert "«Ils veulent savoir qui l'a cuit. »»" in said[0], said


def test_the_flag_says_the_pairing_shown_and_does_not_contradict_it():
    """Trial G (F3): 'or the next sentence «B» is missing …, which renders one of them' while the screen
    paired «B» with its rendering 1-1 right below: read as a contradiction. The flag starts from that
    pairing and names the lone sentence as the likelier one missing."""
    (said,) = _lone("nl", "fr")
    assert said.startswith('the aligner paired «Daar moeten wij voor zorgen."» with «'), said
    assert "which renders one of them" not in said
    assert said.endswith("maybe «Ze willen weten wie het heeft gebakken.»"), said


def test_a_neighbour_that_shares_a_word_with_its_rendering_leaves_the_flag_as_it_was():
    """'Tienen' in the rendered neighbour: that pair is a rendering, the lone sentence alone is missing."""
    nl = NL.replace("Daar moeten wij voor zorgen.", "Daar moet Tienen voor zorgen.")
    fr = FR.replace("Ils veulent savoir qui l'a cuit.", "Tirlemont veut savoir qui l'a cuit.")
    said = _lone("nl", "fr", nl, fr)
    assert said and all("next sentence" not in message for message in said), said
