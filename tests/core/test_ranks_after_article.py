"""An ordinal is a number: a rank after an indefinite article changed is an error (trial B: 'a third
instalment' / 'une quatrième tranche' passed at every severity, both read as soft ranks, and 'the
second time' / 'la troisième fois' was a note, settled by the neighbour's 'third'). Own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.model import Block, LanguageVersion, Provenance, Release
from reader.core.review.checks import check_release


def _numbers(release: Release, src: str = "en", tgt: str = "fr") -> list[tuple[int, str, str]]:
    report = check_release(release, src, tgt)
    return [(p.index, f.severity or "", f.message) for p in report.pairs for f in p.flags if f.code == "number"]


def _release(en: list[str], fr: list[str]) -> Release:
    versions = {
        lang: LanguageVersion(lang, Provenance("official"), "Title", Path(f"{lang}.md"), _blocks=blocks)
        for lang, blocks in (("en", [Block("paragraph", t) for t in en]), ("fr", [Block("paragraph", t) for t in fr]))
    }
    return Release("r", dt.date(2024, 5, 2), "", "en", Path("."), versions)


def test_a_rank_after_an_article_changed_is_an_error_and_a_neighbours_rank_does_not_settle_it() -> None:
    en = [
        "The agency today granted the town a third loan of 40 million euros for its harbour.",
        "This is the second time this winter that the agency lends to the town.",
        "The next report on the harbour will follow in May.",
    ]
    fr = [
        "L'agence a accordé aujourd'hui à la ville un quatrième prêt de 40 millions d'euros pour son port.",
        "C'est la troisième fois cet hiver que l'agence prête à la ville.",
        "Le prochain rapport sur le port suivra en mai.",
    ]
    flags = _numbers(_release(en, fr))
    assert [(s, m) for _, s, m in flags] == [
        ("error", "numbers differ: «a third» not in the target; «quatrième» not in the source"),
        ("error", "numbers differ: «second» not in the target; «troisième» not in the source"),
    ], flags


def test_a_rank_after_an_article_said_without_one_is_still_no_flag() -> None:
    en = ["The agency today granted the town a third loan of 40 million euros for its harbour."]
    fr = ["L'agence a accordé aujourd'hui à la ville un nouveau prêt de 40 millions d'euros pour son port."]
    assert _numbers(_release(en, fr)) == []


def test_a_fraction_a_third_against_a_rank_elsewhere_is_read_as_before() -> None:
    en = ["A third of the loans went to the harbour, the second to the station."]
    fr = ["Un tiers des prêts est allé au port, le second à la gare."]
    assert _numbers(_release(en, fr)) == []
