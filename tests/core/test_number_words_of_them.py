"""A number word before 'of them' counts, whichever word it is: trial D's French left Dutch number
words standing ('Negen d'entre eux', 'Zeven d'entre eux'); nine, six and twelve were flagged, while
eleven and seven, which are also an elf and a sieve, passed and went into the memory. Sentences
invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.memory.pairs import figures_agree
from tests.core.test_numbers_said import _messages, _same


@pytest.mark.parametrize("word", ["Negen", "Zes", "Twaalf", "Elf", "Zeven", "Acht", "Vier"])
def test_a_dutch_number_word_left_in_the_french_is_flagged_whichever_it_is(tmp_path: Path, word: str) -> None:
    nl = f"{word} ervan waren niet veilig voor kinderen."
    fr = f"{word} d'entre eux n'étaient pas sûrs pour les enfants."
    said = _messages(tmp_path, nl, fr)
    assert [code for code, _sev, _msg in said] == ["number"], said
    assert word in said[0][2]
    assert not figures_agree(nl, "nl", fr, "fr")  # kept out of the memory, as nine always was


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Elf daarvan waren niet veilig.", "Onze d'entre eux n'étaient pas sûrs."),
        ("Zeven van hen kwamen terug.", "Sept d'entre eux sont revenus."),
    ],
)
def test_the_same_count_translated_passes(nl: str, fr: str) -> None:
    assert _same(nl, fr)


def test_an_elf_and_a_sieve_are_still_no_numbers() -> None:
    assert _same("De elf van het bos danste.", "Le lutin de la forêt dansait.")
    assert _same("Zeef het meel met een zeven van fijn gaas.", "Tamisez la farine avec un tamis fin.")
