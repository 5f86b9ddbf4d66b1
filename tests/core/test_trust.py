"""Checks on real-shaped official text: the corpus of benchmarks/data/trust, and each rule alone."""

from __future__ import annotations

import pytest
import yaml

from reader.core.library import Library
from reader.core.model import Block
from reader.core.review.checks import check_release
from reader.core.review.structure import coordination_finding, enumeration_findings
from reader.core.text.numbers import extract
from tests.conftest import ROOT, SEED_ID

CORPUS = ROOT / "benchmarks" / "data" / "trust"


def values(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q.kind, q.value) for q in extract(text, lang) if not q.soft]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("bijna de helft van de webshops", "près d'une boutique sur deux"),
        ("driemaal hoger", "trois fois plus élevé"),
        ("elk een derde van de kosten", "chacune un tiers des coûts"),
        ("twee derde van de leden", "deux tiers des membres"),
    ],
)
def test_fractions_and_multiplicatives_compare_equal(nl: str, fr: str):
    assert values(nl, "nl") == values(fr, "fr") != []


def test_idioms_and_ordinals_are_not_missing_numbers():
    assert values("zal de aanbevelingen in acht nemen", "nl") == []
    assert values("de derde fase", "nl") == [("ordinal", "3")]


def test_enumeration_counts_items_and_the_announced_count():
    nl = [Block("paragraph", "Het plan heeft drie delen:")] + [Block("list_item", t) for t in ("a;", "b;", "c.")]
    fr = [Block("paragraph", "Le plan a trois volets :")] + [Block("list_item", t) for t in ("a ;", "c.")]
    messages = [m for _, _, m in enumeration_findings(nl, fr, "nl", "fr")]
    assert "the French lists 2 items, the Dutch 3" in messages
    assert "the French announces 3 items and lists 2" in messages
    assert enumeration_findings(nl, nl, "nl", "nl") == []


def test_coordination_that_keeps_one_member():
    found = coordination_finding("de gas- en elektriciteitssector", "le secteur de l'électricité", "nl", "fr")
    assert found and "gas- en elektriciteitssector" in found
    assert (
        coordination_finding("de gas- en elektriciteitssector", "le secteur du gaz et de l'électricité", "nl", "fr")
        is None
    )
    assert coordination_finding("le secteur de l'électricité", "de gas- en elektriciteitssector", "fr", "nl")


@pytest.mark.parametrize("direction", [("nl", "fr"), ("fr", "nl")])
def test_the_corpus_clean_pairs_have_no_flag_and_labels_are_found(direction: tuple[str, str]):
    src, tgt = direction
    library = Library.load(CORPUS)
    assert len(library.releases) >= 16 and not library.problems
    false_flags = []
    for release in library.releases:
        labels = yaml.safe_load((release.folder / "labels.yaml").read_text(encoding="utf-8"))["discrepancies"]
        report = check_release(release, src, tgt)
        for pair in report.flagged:
            if not any(label[src] in pair.source or label[tgt] in pair.target for label in labels):
                false_flags.append((release.id, pair.index, [f.message for f in pair.flags]))
    assert false_flags == []


def test_the_seed_renderings_keep_no_flag():
    release = Library.load(ROOT / "releases").get(SEED_ID)
    assert check_release(release, "nl", "fr").flagged == []


def test_english_dates_and_amounts():
    assert values("Up to 3 may apply", "en") == [("number", "3")]  # 'may' is a verb here
    assert values("on December 5", "en") == values("op 5 december", "nl")
    assert values("€1.5bn", "en") == values("1,5 miljard euro", "nl")
