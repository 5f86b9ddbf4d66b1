"""A sentence set apart over a photo's credit alone is the text's, not the photo's caption: trial C
(thirty-fifth session, C-F1) lost a page's last sentence over 'Foto: <name>' / '© <town>', and a page of
one paragraph was refused 'no body text found after the title'. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

HEAD = "Nieuwe fietsenstalling aan het station\n\nLeuven, 9 april 2026"
BODY = "De gemeente bouwt een stalling voor achthonderd fietsen. Ze kost twee miljoen euro."
LAST = "De bouw start in juni."
CREDITS = ["Foto: Els Wouters\n\n© Stad Leuven", "Beeld: Els Wouters\n\n© Stad Leuven", "Photo : Els Wouters"]


def _plan(tmp_path: Path, text: str):  # noqa: ANN202 - an ImportPlan
    page = tmp_path / "page.txt"
    page.write_text(f"{HEAD}\n\n{text}\n", encoding="utf-8")
    return plan_import(page, Library.load(tmp_path))


@pytest.mark.parametrize("credits", CREDITS)
def test_the_text_s_last_sentence_over_a_credit_stays(tmp_path: Path, credits: str):
    plan = _plan(tmp_path, f"{BODY}\n\n{LAST}\n\n{credits}")
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == [BODY, LAST]
    assert LAST not in plan.dropped and credits.split("\n")[0] in plan.dropped


def test_a_page_of_one_paragraph_over_its_credits_keeps_it(tmp_path: Path):
    plan = _plan(tmp_path, f"{BODY}\n\n{CREDITS[0]}")
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == [BODY]


def test_a_caption_written_against_its_credit_still_goes(tmp_path: Path):
    caption = "Twee fietsers voor de nieuwe stalling."
    plan = _plan(tmp_path, f"{BODY}\n\n{caption}\n© Stad Leuven\n\n{LAST}")
    assert caption in plan.dropped and [b.text for b in plan.blocks if b.kind == "paragraph"] == [BODY, LAST]
