"""A firm's or a brand's name that the text introduces as one ('van het merk X', 'de la marque X', 'de
firma X', 'la société X') is a firm's name whatever its words: trial B's recalls had 'Chèvrerie
Dumoulin' / 'Chèvrerie Dumoulain' (headline and body) and 'Traiteur Lemaire' / 'Traiteur Lemaitre'
pass, the firm rule knowing a firm only by a financial word in its name (Capital, Group, NV). Names
and sentences made up here."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from reader.core.review.firm_names import firm_spelled
from tests.core.test_checks import make_release


@pytest.mark.parametrize(
    ("nl", "fr", "pair"),
    [
        (
            "Het gaat om koekjes van het merk Bakkerij Verhoeve uit Kortrijk.",
            "Il s'agit de biscuits de la marque Bakkerij Verhoene de Courtrai.",
            ("Bakkerij Verhoeve", "Bakkerij Verhoene"),
        ),
        (
            "Terugroeping van paté van het merk Charcuterie Delvaux",
            "Rappel de pâté de la marque Charcuterie Delvau",
            ("Charcuterie Delvaux", "Charcuterie Delvau"),
        ),
        (
            "In overleg met het FAGG roept de firma Orvalith Pharma een lot terug.",
            "En accord avec l'AFMPS, la firme Orvalit Pharma rappelle un lot.",
            ("Orvalith Pharma", "Orvalit Pharma"),
        ),
        # one word, a letter apart, after the noun that names it a firm
        (
            "De firma Pelvanor roept een lot terug.",
            "La firme Pelvanar rappelle un lot.",
            ("Pelvanor", "Pelvanar"),
        ),
    ],
)
def test_a_name_introduced_as_a_firm_changed_in_one_letter_is_a_warning(nl: str, fr: str, pair: tuple[str, str]):
    assert firm_spelled(nl, fr) == [pair]
    assert firm_spelled(fr, nl) == [pair[::-1]]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        (
            "Het gaat om koekjes van het merk Bakkerij Verhoeve.",
            "Il s'agit de biscuits de la marque Bakkerij Verhoeve.",
        ),
        ("De firma Pelvanor roept een lot terug.", "La firme Pelvanor rappelle un lot."),
        # a generic word of a name is translated; its proper part is kept: no firm introduced here
        ("Het Paleis Stoclet gaat open.", "Le Palais Stoclet ouvre."),
        ("Een bezoek aan het Instituut Pasteur.", "Une visite à l'Institut Pasteur."),
        # two firms, each named whole on the other side
        ("De merken Valdor en Pelvanor roepen terug.", "Les marques Valdor et Pelvanor rappellent."),
        # one word after the noun that names a firm, another firm altogether: no slip of one letter
        ("De firma Pelvanor roept terug.", "La firme Dravelo rappelle."),
    ],
)
def test_a_firm_named_alike_or_a_translated_name_is_no_warning(nl: str, fr: str):
    assert firm_spelled(nl, fr) == []
    assert firm_spelled(fr, nl) == []


def test_a_firm_the_headline_introduces_is_one_in_the_body_too(tmp_path: Path):
    """The body names the firm at a sentence's start, with no 'merk' before it: the headline said it."""
    nl = "Chèvrerie Dubuisson roept verse geitenkaas terug.\n"
    fr = "La Chèvrerie Dubuissin rappelle du fromage de chèvre frais.\n"
    make_release(
        tmp_path,
        "2024-03-19-kaas",
        nl,
        fr,
        "Terugroeping van geitenkaas van het merk Chèvrerie Dubuisson",
        "Rappel de fromage de chèvre de la marque Chèvrerie Dubuissin",
    )
    report = check_release(Library.load(tmp_path).get("2024-03-19-kaas"), "nl", "fr")
    flags = [(p.index, f.message) for p in report.pairs for f in p.flags if f.code == "name"]
    said = "spelled differently: «Chèvrerie Dubuisson» / «Chèvrerie Dubuissin»"
    assert flags == [(0, said), (1, said)], flags


def test_a_firm_both_name_checks_see_is_said_once(tmp_path: Path):
    """'troisième' holds 'roi', which the person check takes for a role: it sees the firm's name too,
    and the flag names the pair once, not twice (trial B's probe, read fr→nl)."""
    nl = "Het derde product is ham van het merk Slagerij Dubuisson.\n"
    fr = "Le troisième produit est du jambon de la marque Slagerij Dubuissin.\n"
    make_release(tmp_path, "2024-03-19-ham", nl, fr)
    report = check_release(Library.load(tmp_path).get("2024-03-19-ham"), "fr", "nl")
    flags = [f.message for p in report.pairs for f in p.flags if f.code == "name"]
    assert flags == ["spelled differently: «Slagerij Dubuissin» / «Slagerij Dubuisson»"], flags
