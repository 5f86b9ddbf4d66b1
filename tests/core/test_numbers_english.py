"""English figures a trial's pairs with English versions misread (trial K): 'quarter' as a period
of three months, English ordinals against Dutch and French ones, and an amount before 'in <year>'.
Pairs in our own words."""

from __future__ import annotations

import pytest

from reader.core.text.numbers import extract, unmatched


def _left(source: str, src: str, target: str) -> tuple[list[str], list[str]]:
    """The figures each side has and the other (English) lacks, as written."""
    missing, extra = unmatched(extract(source, src), extract(target, "en"))
    return [q.text for q in missing], [q.text for q in extra]


@pytest.mark.parametrize(
    ("source", "src", "target"),
    [
        ("De omzet van de havens stijgt in het tweede kwartaal.", "nl", "Port turnover rises in the second quarter."),
        (
            "De uitvoer groeit voor het derde opeenvolgende kwartaal.",
            "nl",
            "Exports grow for the third quarter in a row.",
        ),
        (
            "De uitvoer groeit voor het derde opeenvolgende kwartaal.",
            "nl",
            "Exports grow for a third quarter in a row.",
        ),
        ("Le chômage recule au troisième trimestre 2026.", "fr", "Unemployment falls in the third quarter of 2026."),
        ("Le rapport paraît chaque trimestre.", "fr", "The report comes out every quarter."),
        ("Het verslag verschijnt per kwartaal.", "nl", "The report comes out once a quarter."),
        ("Het verslag van het vierde kwartaal volgt.", "nl", "The report on the 4th quarter follows."),
        ("Le onzième trimestre de hausse.", "fr", "The eleventh quarter of growth."),
        ("De twaalfde editie van de beurs.", "nl", "The twelfth edition of the fair."),
    ],
)
def test_a_quarter_after_a_rank_or_a_determiner_is_the_period(source: str, src: str, target: str) -> None:
    """'in the second quarter' was «quarter» not in the source (the fraction 1/4) and 'the third'
    the fraction 1/3 against 'derde': five false flags on two statistics pairs of trial K."""
    assert _left(source, src, target) == ([], [])


@pytest.mark.parametrize(
    ("source", "src", "target"),
    [
        ("Een kwart van de gemeenten doet mee.", "nl", "A quarter of the municipalities take part."),
        ("Les trois quarts des écoles participent.", "fr", "Three quarters of the schools take part."),
        ("De kosten dalen met een derde.", "nl", "Costs fall by a third."),
        ("Een derde van het personeel werkt thuis.", "nl", "A third of the staff work from home."),
        ("Le budget baisse d'un quart.", "fr", "The budget falls by one quarter."),
    ],
)
def test_a_counted_quarter_or_third_is_still_the_fraction(source: str, src: str, target: str) -> None:
    assert _left(source, src, target) == ([], [])
    wrong = target.replace("quarter", "half").replace("third", "half")
    assert _left(source, src, wrong) != ([], [])


@pytest.mark.parametrize(
    ("source", "wrong"),
    [
        ("De export daalt in het derde kwartaal.", "Exports fall in the second quarter."),
        ("De export daalt in het tweede kwartaal.", "Exports fall in the 3rd quarter."),
        ("De export daalt in het eerste kwartaal.", "Exports fall in the fourth quarter."),
    ],
)
def test_another_rank_of_the_quarter_is_flagged(source: str, wrong: str) -> None:
    missing, extra = _left(source, "nl", wrong)
    assert len(missing) == 1 and len(extra) == 1


def test_a_count_of_quarters_is_still_compared() -> None:
    nl = "De prijzen stijgen al drie kwartalen."
    assert _left(nl, "nl", "Prices have risen for the last three quarters.") == ([], [])
    assert _left(nl, "nl", "Prices have risen for the last two quarters.") == (["drie"], ["two"])


@pytest.mark.parametrize(
    ("source", "src", "target"),
    [
        ("Le plan coûtera 42,5 millions d'euros en 2027.", "fr", "The plan will cost EUR 42.5 million in 2027."),
        ("Het fonds krijgt 3,5 miljard euro in 2028.", "nl", "The fund receives EUR 3.5 billion in 2028."),
        ("De inflatie bedroeg 1,5 procent in 2023.", "nl", "Inflation stood at 1.5 percent in 2023."),
        ("Het fonds krijgt 64 miljoen euro in 2028.", "nl", "The fund receives EUR 64 million in 2028."),
        ("Er waren 7 klachten in 2022.", "nl", "There were 7 complaints in 2022."),
    ],
)
def test_an_amount_before_in_and_a_year_is_the_amount_and_the_year(source: str, src: str, target: str) -> None:
    """'EUR 187.5 million in 2026' was read as the ratio '5 in 2026' (one driver in three), so the
    amount and the year were both said missing and a ratio added: three false flags of trial K."""
    assert _left(source, src, target) == ([], [])
    assert [q.kind for q in extract(target, "en") if q.kind == "fraction"] == []


@pytest.mark.parametrize(
    ("source", "target", "wrong"),
    [
        ("Eén bestuurder op drie rijdt te snel.", "One driver in three drives too fast.", "One driver in four"),
        ("Twee leerlingen op vijf slagen.", "Two pupils out of five pass.", "Two pupils out of six pass."),
        ("1 op 20 inwoners doet mee.", "1 in 20 residents take part.", "1 in 25 residents take part."),
    ],
)
def test_a_ratio_in_english_is_still_a_ratio(source: str, target: str, wrong: str) -> None:
    assert _left(source, "nl", target) == ([], [])
    assert _left(source, "nl", wrong) != ([], [])
