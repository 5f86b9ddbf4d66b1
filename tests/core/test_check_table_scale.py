"""A table's scale stated once, in its header ('2023 (miljoen euro)', '(en milliers d'euros)', 'x 1.000
euro'), is part of every figure under it: the same figures under 'miljoen euro' and 'milliers d'euros'
differ by a factor 1,000 and were 0 flagged at every severity (a parliaments trial's probe of a Court
of Audit table), while '14,8 miljard' / '14,8 millions' in running text is flagged."""

from __future__ import annotations

import pytest

from reader.core.model import Block
from reader.core.review.checks import Finding, check_release
from tests.core.releases import block_release

NL_LEAD = "De provincie legt haar uitgaven per dienst voor."
FR_LEAD = "La province présente ses dépenses par service."
NL_BODY = ["| Wegen | 4.310 | 4.420 |", "| Scholen | 2.105 | 2.250 |", "| Cultuur | 615 | 640 |"]
FR_BODY = ["| Routes | 4 310 | 4 420 |", "| Écoles | 2 105 | 2 250 |", "| Culture | 615 | 640 |"]


def _table(header: str, body: list[str]) -> str:
    width = header.count("|") - 1
    return "\n".join([header, "|" + "|".join(["---"] * width) + "|", *body])


def _table_flags(nl_header: str, fr_header: str, src: str) -> list[Finding]:
    nl = [Block("paragraph", NL_LEAD), Block("table", _table(nl_header, NL_BODY))]
    fr = [Block("paragraph", FR_LEAD), Block("table", _table(fr_header, FR_BODY))]
    report = check_release(block_release(nl, fr), src, "fr" if src == "nl" else "nl")
    (table,) = [p for p in report.pairs if p.kind == "table"]
    return list(table.flags)


@pytest.mark.parametrize("src", ["nl", "fr"])
@pytest.mark.parametrize(
    ("nl_header", "fr_header", "said"),
    [
        (
            "| Dienst | 2025 (miljoen euro) | 2026 (miljoen euro) |",
            "| Service | 2025 (milliers d'euros) | 2026 (milliers d'euros) |",
            ("millions", "thousands"),
        ),
        (
            "| Dienst (in duizend euro) | 2025 | 2026 |",
            "| Service (en millions d'euros) | 2025 | 2026 |",
            ("thousands", "millions"),
        ),
        (
            "| Dienst (x 1.000 euro) | 2025 | 2026 |",
            "| Service (en milliards d'euros) | 2025 | 2026 |",
            ("thousands", "billions"),
        ),
        (
            "| Dienst | 2025 (mln. euro) | 2026 (mln. euro) |",
            "| Service | 2025 (k€) | 2026 (k€) |",
            ("millions", "thousands"),
        ),
    ],
)
def test_a_header_scale_changed_is_an_error(nl_header: str, fr_header: str, said: tuple[str, str], src: str):
    """Each side's scale is named, source first, as an error: every figure is off by the factor."""
    flags = [f for f in _table_flags(nl_header, fr_header, src) if "scale" in f.message]
    assert len(flags) == 1, _table_flags(nl_header, fr_header, src)
    (flag,) = flags
    first, second = said if src == "nl" else said[::-1]
    assert flag.code == "number" and flag.severity == "error"
    assert f"in {first} in the source, in {second} in the target" in flag.message


@pytest.mark.parametrize("src", ["nl", "fr"])
@pytest.mark.parametrize(
    ("nl_header", "fr_header"),
    [
        (
            "| Dienst | 2025 (miljoen euro) | 2026 (miljoen euro) |",
            "| Service | 2025 (millions d'euros) | 2026 (millions d'euros) |",
        ),
        ("| Dienst (x 1.000 euro) | 2025 | 2026 |", "| Service (en milliers d'euros) | 2025 | 2026 |"),
        ("| Dienst | 2025 (duizend euro) | 2026 |", "| Service | 2025 (× 1 000 €) | 2026 |"),
        # one side says no scale in the table (it may stand in a caption line apart): nothing to compare
        ("| Dienst | 2025 (miljoen euro) | 2026 (miljoen euro) |", "| Service | 2025 | 2026 |"),
    ],
)
def test_the_same_scale_written_otherwise_is_no_flag(nl_header: str, fr_header: str, src: str):
    assert [f for f in _table_flags(nl_header, fr_header, src) if f.code == "number"] == []


def _captioned(nl_caption: str, fr_caption: str, nl_header: str, fr_header: str, src: str) -> list[Finding]:
    """The table's flags with a caption paragraph set just above it on each side."""
    nl = [Block("paragraph", NL_LEAD), Block("paragraph", nl_caption), Block("table", _table(nl_header, NL_BODY))]
    fr = [Block("paragraph", FR_LEAD), Block("paragraph", fr_caption), Block("table", _table(fr_header, FR_BODY))]
    report = check_release(block_release(nl, fr), src, "fr" if src == "nl" else "nl")
    (table,) = [p for p in report.pairs if p.kind == "table"]
    return [f for f in table.flags if "scale" in f.message]


@pytest.mark.parametrize("src", ["nl", "fr"])
def test_a_caption_states_the_scale_of_a_table_that_says_none(src: str):
    """'Uitgaven per dienst, in miljoen euro.' above the table is its scale; so is a header's on the other side."""
    plain_nl, plain_fr = "| Dienst | 2025 | 2026 |", "| Service | 2025 | 2026 |"
    caption_nl, caption_fr = "Uitgaven per dienst, in miljoen euro.", "Dépenses par service, en milliers d'euros."
    assert len(_captioned(caption_nl, caption_fr, plain_nl, plain_fr, src)) == 1
    same_fr = "Dépenses par service, en millions d'euros."
    assert _captioned(caption_nl, same_fr, plain_nl, plain_fr, src) == []
    header_fr = "| Service | 2025 (milliers d'euros) | 2026 (milliers d'euros) |"
    assert len(_captioned(caption_nl, "Dépenses par service.", plain_nl, header_fr, src)) == 1


@pytest.mark.parametrize("src", ["nl", "fr"])
def test_a_figure_of_its_own_is_no_scale(src: str):
    """'2,5 miljoen euro' above a table is an amount (the figures' check reads it), not the table's scale."""
    nl_caption = "De provincie besteedt 2,5 miljoen euro aan de wegen."
    fr_caption = "La province consacre 2 500 milliers d'euros aux routes."
    flags = _captioned(nl_caption, fr_caption, "| Dienst | 2025 | 2026 |", "| Service | 2025 | 2026 |", src)
    assert flags == []
