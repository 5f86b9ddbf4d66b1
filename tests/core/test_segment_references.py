"""Parliamentary and legal references are not sentence ends: '(Doc. 7-301/2)', 'art. 7, al. 3',
'(Parl. St. Kamer, nr. 7-301/1)'. A split after 'Doc.' made '… du climat (Doc.' one segment and
'7-301/2). Le texte …' the next, and exports carried the two halves as units (a parliaments trial).
The abbreviations are those of the languages' citations: 'al.' (alinea, alinéa), 'Doc.' (document,
'Doc. parl.'), 'Parl.' ('Parl. St.', 'Parl. Doc.'). 'al' is also a Dutch word (already) and 'doc' a
short word of its own, so those two hold a sentence together only before a number."""

from __future__ import annotations

import pytest

from reader.core.text.segment import split_sentences


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [
        ("fr", ["Le Sénat a voté une résolution sur l'eau (Doc. 7-301/2).", "Le texte passe par 40 voix."]),
        ("fr", ["La loi change l'art. 7, al. 3, du décret.", "Elle vaut dès 2027."]),
        ("nl", ["De wet wijzigt art. 7, al. 3, van het decreet.", "Ze geldt vanaf 2027."]),
        ("nl", ["Het voorstel (Parl. St. Kamer, nr. 7-301/1) werd verworpen.", "De stemming volgt."]),
        ("nl", ["De resolutie over water (Doc. 7-301/2) werd aangenomen.", "Er waren 9 onthoudingen."]),
        ("en", ["The bill (Parl. Doc. 7-301/1) was passed.", "The vote was close."]),
        ("en", ["Article 7, al. 3, of the decree changes.", "It applies from 2027."]),
    ],
)
def test_a_reference_holds_its_sentence_together(lang: str, sentences: list[str]):
    """'Doc.', 'al.' before a number and 'Parl.' before its document series end no sentence."""
    assert split_sentences(" ".join(sentences), lang) == sentences


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [
        # the Dutch word 'al' (already) ends a sentence before a capital
        ("nl", ["Dat wisten we al.", "De minister bevestigt het."]),
        ("nl", ["De prijzen stegen al.", "In 2026 volgt een tweede stap."]),
    ],
)
def test_the_words_still_end_sentences(lang: str, sentences: list[str]):
    """'al' and 'doc' as words end a sentence as any word does, unless a number follows: a sentence
    opening with a figure after 'al.' is the one shape given up ('Dat wisten we al. 12 mensen …')."""
    assert split_sentences(" ".join(sentences), lang) == sentences
