"""Each side of a segment is read once: every check of a release reads one SegmentAnalysis per text.

`fold` and `numbers.extract` are counted where the review modules call them; a text that is a side
of a segment (a sentence, a block, a title, a list's lead) must be folded at most once and scanned
for quantities at most once in a whole `check_release`, however many checks read it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review import analysis, checks, names, structure
from reader.core.text import numbers
from tests.conftest import ROOT, SEED_ID

TRUST = ROOT / "benchmarks" / "data" / "trust"


def _releases() -> list[tuple[Path, str]]:
    out = [(ROOT / "releases", SEED_ID)]
    out += [(TRUST, folder.name) for folder in sorted(TRUST.iterdir()) if (folder / "release.yaml").is_file()]
    return out


@pytest.mark.parametrize(("root", "rid"), _releases(), ids=lambda value: getattr(value, "name", value))
def test_every_side_is_folded_and_scanned_once(root: Path, rid: str, monkeypatch: pytest.MonkeyPatch):
    release = Library.load(root).get(rid)
    folded: Counter[str] = Counter()
    extracted: Counter[tuple[str, str]] = Counter()
    made: Counter[tuple[str, str]] = Counter()
    real_fold, real_extract, real_init = analysis.fold, numbers.extract, analysis.SegmentAnalysis.__init__

    def counting_fold(text: str) -> str:
        folded[text] += 1
        return real_fold(text)

    def counting_extract(text: str, lang: str) -> list[numbers.Quantity]:
        if sys._getframe(1).f_globals["__name__"].startswith("reader.core.review"):  # not align's anchors
            extracted[(text, lang)] += 1
        return real_extract(text, lang)

    def counting_init(self: analysis.SegmentAnalysis, text: str, lang: str, *rest: object) -> None:
        made[(text, lang)] += 1
        real_init(self, text, lang, *rest)  # type: ignore[arg-type]

    for module in (analysis, names, structure):
        monkeypatch.setattr(module, "fold", counting_fold)
    monkeypatch.setattr(numbers, "extract", counting_extract)
    monkeypatch.setattr(analysis.SegmentAnalysis, "__init__", counting_init)

    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        folded.clear(), extracted.clear(), made.clear()
        report = checks.check_release(release, src, tgt)
        assert report.pairs and made
        assert [key for key, n in made.items() if n > 1] == []  # one analysis per text and language
        sides = {text for text, _ in made}
        assert [text for text in sides if folded[text] > 1] == []
        assert [key for key, n in extracted.items() if n > 1] == []
        assert all(key in made for key in extracted)  # every scan is an analysis's
