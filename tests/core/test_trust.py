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
    assert "the French lists 2 items, the Dutch 3 (the French itself announces 3)" in messages
    assert "the French announces 3 items and lists 2" in messages
    assert enumeration_findings(nl, nl, "nl", "nl") == []


def test_coordination_that_keeps_one_member():
    found = coordination_finding("de gas- en elektriciteitssector", "le secteur de l'électricité", "nl", "fr")
    assert found and "gas- en elektriciteitssector" in found[0] and found[1] == 1.0
    assert (
        coordination_finding("de gas- en elektriciteitssector", "le secteur du gaz et de l'électricité", "nl", "fr")
        is None
    )
    assert coordination_finding("le secteur de l'électricité", "de gas- en elektriciteitssector", "fr", "nl")


@pytest.mark.parametrize(
    "corpus",
    [
        "trust",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
    ],
)
@pytest.mark.parametrize("direction", [("nl", "fr"), ("fr", "nl")])
def test_the_corpus_clean_pairs_have_no_flag_and_labels_are_found(direction: tuple[str, str], corpus: str):
    src, tgt = direction
    library = Library.load(CORPUS.parent / corpus)
    assert len(library.releases) >= 6 and not library.problems
    false_flags, missed = [], []
    for release in library.releases:
        labels = yaml.safe_load((release.folder / "labels.yaml").read_text(encoding="utf-8"))["discrepancies"]
        report = check_release(release, src, tgt)
        for pair in report.pairs:  # the default view: notes (only plausible) are hidden
            pair.flags = [f for f in pair.flags if f.severity != "info"]
        for pair in report.flagged:
            if not any(label[src] in pair.source or label[tgt] in pair.target for label in labels):
                false_flags.append((release.id, pair.index, [f.message for f in pair.flags]))
        for label in labels:
            if not any(label[src] in p.source or label[tgt] in p.target for p in report.flagged):
                missed.append((release.id, label["kind"], label[src]))
    assert false_flags == []
    assert missed == []


def test_the_seed_renderings_keep_no_flag():
    release = Library.load(ROOT / "releases").get(SEED_ID)
    assert check_release(release, "nl", "fr").flagged == []


def test_english_dates_and_amounts():
    assert values("Up to 3 may apply", "en") == [("number", "3")]  # 'may' is a verb here
    assert values("on December 5", "en") == values("op 5 december", "nl")
    assert values("€1.5bn", "en") == values("1,5 miljard euro", "nl")


class OracleTranslator:
    """A deterministic test translator: each source sentence 'translates' to the target sentence
    the aligner pairs it with, except those in `wrong`, which come out as something else. It makes
    the trusted-MT path run for real (MTHelper's trust test, the MT-assisted alignment, `meaning`)."""

    def __init__(self, release, src: str, tgt: str, wrong: tuple[str, ...] = ()) -> None:  # noqa: ANN001
        from reader.core.align import align_versions

        self.table: dict[str, str] = {}
        for pair in align_versions(release.versions[src], release.versions[tgt]):
            if len(pair.source) == 1 and pair.target:
                self.table[pair.source[0]] = " ".join(pair.target)
        self.wrong = wrong

    def translate_blocks(self, blocks, src, tgt, title=None, progress=None, cancel=None, apart=""):  # noqa: ANN001, ANN201
        from reader.core.engine.result import BlockTranslation, SentencePair, TranslationResult
        from reader.core.text.segment import split_sentences

        result = TranslationResult(src, tgt, [], models=[{"code": "oracle", "version": "1"}])
        for text in ([title] if title else []) + [b.text for b in blocks]:
            pairs = []
            for sentence in split_sentences(text, src):
                out = self.table.get(sentence, sentence)
                if any(w in sentence for w in self.wrong):
                    out = "Zzz qqq xxx www."  # nothing in common with any rendering
                pairs.append(SentencePair(sentence, out, done=True))
            result.blocks.append(BlockTranslation("paragraph", pairs))
        return result


def test_the_trusted_mt_path_is_exercised_with_a_deterministic_translator():
    from reader.core.review.mt import MTHelper

    release = Library.load(ROOT / "releases").get(SEED_ID)
    helper = MTHelper(OracleTranslator(release, "nl", "fr"), release, "nl", "fr")
    assert helper.trusted, helper.notes
    assert check_release(release, "nl", "fr", mt=helper).flagged == []
    # A rendering that says something else than the MT: the meaning check speaks, and only there.
    pair = next(p for p in check_release(release, "nl", "fr", mt=helper).pairs if "gunstig kader" in p.source)
    assert helper.meaning(pair.source, pair.target) is None
    assert helper.meaning(pair.source, "Zzz qqq xxx www, rien à voir avec la phrase.") is not None


def test_the_bundled_glossary_has_no_term_twice():
    """YAML keeps the last of two equal keys silently: a second entry would hide the first."""
    import re
    from collections import Counter

    section, seen = "", Counter()
    for line in (ROOT / "reader" / "core" / "text" / "glossary.yaml").read_text(encoding="utf-8").split("\n"):
        if re.match(r"^[a-z]{2}:", line):
            section = line[:2]
        elif match := re.match(r"^  ([^#:][^:]*):", line):
            seen[(section, match.group(1).strip())] += 1
    assert [key for key, count in seen.items() if count > 1] == []


def test_semicolon_chained_clauses_align_one_to_one():
    release = Library.load(CORPUS).get("2004-03-19-ministerraad-overzicht")
    pairs = check_release(release, "nl", "fr").pairs
    chained = [p for p in pairs if "(persbericht" in p.source]
    assert len(chained) == 3 and all(p.shape == "1-1" and "(communiqué" in p.target for p in chained)


def test_a_model_is_judged_on_its_own_sentences_not_on_the_archive_s():
    """Most sentences from the archive (a person's rendering, exact) and the rest from a random
    model: the median looked trustworthy and the model's nonsense raised meaning flags."""
    from reader.core.engine.result import TranslationResult
    from reader.core.review.mt import MTHelper

    release = Library.load(ROOT / "releases").get(SEED_ID)
    oracle = OracleTranslator(release, "nl", "fr")

    class ArchiveThenNoise:
        def translate_blocks(self, blocks, src, tgt, title=None, progress=None, cancel=None, apart=""):  # noqa: ANN001, ANN201
            result: TranslationResult = oracle.translate_blocks(blocks, src, tgt, title, progress, cancel, apart)
            for n, pair in enumerate(result.sentences):
                if n % 4 == 3:
                    pair.target = "Zzz qqq xxx www."  # the model's own, nothing like any rendering
                else:
                    pair.memory = {"release": "2018-01-01-other", "date": "2018-01-01"}
            return result

    helper = MTHelper(ArchiveThenNoise(), release, "nl", "fr")
    assert not helper.trusted, helper.notes
    assert check_release(release, "nl", "fr", mt=helper).flagged == []
