"""A field's label under the headline ('publish date' over '30.09.2025') is no rest of the headline a
wrap broke (a provincial page of trial C, thirty-second session, ran the label into its headline).
Texts in our own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

HEADLINE = "Nieuw fietspad verbindt drie dorpen langs de oude spoorwegbedding"  # long: a wrap's length
TEXT = (
    "De provincie heeft het nieuwe fietspad van acht kilometer langs de oude spoorwegbedding geopend. "
    "Het pad verbindt drie dorpen met de scholen in de stad."
)
MORE = "De aanleg kostte 2,4 miljoen euro; het pad is verlicht tot elf uur 's avonds."


@pytest.mark.parametrize(("label", "value"), [("publish date", "14.05.2025"), ("datum", "14 mei 2025")])
def test_a_label_over_its_date_is_no_part_of_the_headline(tmp_path: Path, label: str, value: str):
    page = tmp_path / "fietspad.txt"
    page.write_text(f"Nieuws\nZoeken\n{HEADLINE}\n{label}\n{value}\n{TEXT}\n\n{MORE}\n", encoding="utf-8")
    plan = plan_import(page, Library.load(tmp_path))
    assert plan.title == HEADLINE and plan.date == dt.date(2025, 5, 14)


def test_a_line_under_the_headline_naming_no_date_is_read_as_before(tmp_path: Path):
    # a wrapped headline's last words over the date line are no label: they go on as they did
    page = tmp_path / "fietspad.txt"
    page.write_text(f"Nieuws\nZoeken\n{HEADLINE}\nin het noorden\n14.05.2025\n{TEXT}\n\n{MORE}\n", encoding="utf-8")
    assert plan_import(page, Library.load(tmp_path)).title == f"{HEADLINE} in het noorden"
