"""The reader wraps a number with its percent, unit or group of thousands: '40' ended a line and '%'
opened the next (trial S, 8c), the space typed a plain one. The space is held in rendering only: the
text shown reads as stored. Texts in our words."""

from __future__ import annotations

import io

import pytest
from rich.console import Console, Group

from reader.render import Joined

TEXT = (
    "De gemeente plant 40 % meer fietsenstallingen, 1 500 plaatsen over 12 km aan kaaien, "
    "voor € 250 per plaats; in 2026 500 meer dan gepland op 14 maart."
)


def _shown(text: str, width: int) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(Group(Joined(text)))  # as the reader lays out its blocks
    return [line.rstrip() for line in console.export_text().splitlines()]


@pytest.mark.parametrize("width", range(20, 70))  # wide enough for every word
def test_a_number_and_its_unit_stay_on_one_line(width: int):
    lines = _shown(TEXT, width)
    assert not any(line.startswith(("%", "500 plaatsen", "km", "250")) for line in lines), lines
    assert " ".join(lines) == TEXT  # the spaces shown are the ones typed


def test_a_year_and_the_number_after_it_are_two_words():
    assert _shown("in 2026 500 mensen", 8) == ["in 2026", "500", "mensen"]
