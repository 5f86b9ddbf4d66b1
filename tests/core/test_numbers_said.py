"""Figures said so that a check once misread them (a new user's trial): a range stating its unit
once, 'een derde' as a rank."""

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from reader.core.text.numbers import extract, unmatched
from tests.core.test_checks import make_release


def _messages(root: Path, nl: str, fr: str) -> list[tuple[str, str, str]]:
    rid = "2024-05-06-cijfers"
    make_release(root, rid, nl + "\n", fr + "\n")
    report = check_release(Library.load(root).get(rid), "nl", "fr")
    return [(f.code, f.severity, f.message) for pair in report.flagged for f in pair.flags]


def _same(nl: str, fr: str) -> bool:
    return unmatched(extract(nl, "nl"), extract(fr, "fr")) == ([], [])


@pytest.mark.parametrize(
    "nl, fr",
    [
        ("De inflatie zakt van 6,2 % naar 5,8 %.", "L'inflation recule de 6,2 à 5,8 %."),
        ("Het tekort ligt tussen 2 en 3 %.", "Le déficit se situe entre 2 et 3 %."),
        ("Het tekort ligt tussen 2 % en 3 %.", "Le déficit se situe entre 2 et 3 %."),
        ("Het project kost 7 miljoen tot 9 miljoen euro.", "Le projet coûte de 7 à 9 millions d'euros."),
        ("Het project kost 7 tot 9 miljoen euro.", "Le projet coûte de 7 à 9 millions d'euros."),
        ("De rente stijgt van 2 tot 3 %.", "Le taux monte de 2 % à 3 %."),
    ],
)
def test_a_range_that_states_its_unit_once_gives_it_to_both_ends(tmp_path: Path, nl: str, fr: str) -> None:
    assert _messages(tmp_path, nl, fr) == []


def test_a_range_keeps_a_figure_written_in_full_and_a_changed_end_is_still_flagged() -> None:
    # '250.000 tot 4 miljoen': the first end stands alone, no 250 000 million
    assert _same("van 250.000 tot 4 miljoen", "de 250 000 à 4 millions")
    assert not _same("van 6,2 % naar 5,8 %", "de 6,3 à 5,8 %")
    assert not _same("tussen 2 en 3 %", "entre 2 et 4 %")


def test_een_derde_before_a_noun_is_a_rank_and_elsewhere_a_fraction(tmp_path: Path) -> None:
    assert (
        _messages(
            tmp_path / "a", "Een derde proefproject start in juni.", "Un troisième projet pilote démarre en juin."
        )
        == []
    )
    assert _messages(tmp_path / "b", "Er komt een vijfde editie.", "Il y aura une cinquième édition.") == []
    assert _same("Een derde van de scholen doet mee.", "Un tiers des écoles participe.")
    assert _same("De uitstoot is met een derde gedaald.", "Les émissions ont baissé d'un tiers.")
    assert _same("Dat is een derde minder dan vorig jaar.", "C'est un tiers de moins que l'an dernier.")
    assert not _same("Een derde van de scholen doet mee.", "Un quart des écoles participe.")
