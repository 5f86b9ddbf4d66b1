import sys
from pathlib import Path

import pytest

from reader.core.text.segment import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_segment import load  # noqa: E402


@pytest.mark.parametrize("lang, gold", load())
def test_gold_splits(lang, gold):
    assert split_sentences(" ".join(gold), lang) == gold


def test_letterhead_lines_and_empty():
    assert split_sentences("", "nl") == []
    letterhead = "Vice-Eersteminister en\nMinister van Werk"
    assert split_sentences(letterhead, "nl") == [letterhead]
