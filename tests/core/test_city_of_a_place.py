"""A city named after its place is that place: 'Quebec-stad' = 'Quebec City' = 'Québec' (trial B:
'Quebec-stad' was a name in the target only). '-stad' after a place name is the same place, a plain
fact of Dutch. Own words, a made-up visit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.model import Block, LanguageVersion, Provenance, Release
from reader.core.review.checks import check_release

EN = "During the visit the delegation also met the mayor in {} and toured the old harbour."
NL = "Tijdens het bezoek ontmoette de delegatie ook de burgemeester in {} en bezocht ze de oude haven."


def _release(en: str, nl: str) -> Release:
    versions = {
        lang: LanguageVersion(
            lang, Provenance("official"), "Title", Path(f"{lang}.md"), _blocks=[Block("paragraph", t)]
        )
        for lang, t in (("en", en), ("nl", nl))
    }
    return Release("r", dt.date(2024, 5, 2), "", "en", Path("."), versions)


def _names(en: str, nl: str, src: str, tgt: str) -> list[str]:
    return [f.message for p in check_release(_release(en, nl), src, tgt).pairs for f in p.flags if f.code == "name"]


@pytest.mark.parametrize(("src", "tgt"), [("en", "nl"), ("nl", "en")])
def test_a_dutch_city_compound_is_its_place(src: str, tgt: str) -> None:
    assert _names(EN.format("Quebec City"), NL.format("Quebec-stad"), src, tgt) == []


def test_another_place_before_stad_is_still_flagged() -> None:
    assert _names(EN.format("Quebec City"), NL.format("Halifax-stad"), "en", "nl") != []
