"""Machine translation as a helper for alignment and the meaning check (Bleualign-style).

The source is translated with the installed models; candidate pairs are scored by chrF between
that MT and the target. A model is only trusted when its MT resembles the target across the whole
document clearly better than the untranslated source does (names and cognates alone give nl/fr a
chrF near 28): median chrF >= 35 and 10 points above that copy baseline. A weak or random model
would otherwise mislead both the alignment and the meaning check, so it is ignored, and the
report says so.
"""

from __future__ import annotations

import statistics
from functools import lru_cache
from typing import Any

from reader.core.align import align_blocks
from reader.core.engine.protocol import Cancel, Progress
from reader.core.errors import PackageError
from reader.core.model import Release
from reader.core.text.segment import split_sentences

TRUST_MEDIAN = 35.0
TRUST_MARGIN = 10.0


@lru_cache(maxsize=1)
def _chrf() -> Any:
    from sacrebleu.metrics.chrf import CHRF

    return CHRF()


def chrf(hypothesis: str, reference: str) -> float:
    if not hypothesis.strip() or not reference.strip():
        return 0.0
    return float(_chrf().sentence_score(hypothesis, [reference]).score)


class MTHelper:
    def __init__(
        self,
        engine: Any,
        release: Release,
        src: str,
        tgt: str,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ):
        self.src, self.tgt = src, tgt
        self.trusted = False
        self.median = 0.0
        self.notes: list[str] = []
        self._mt: dict[str, str] = {}
        source, target = release.versions[src], release.versions[tgt]
        try:
            # never the release's own renderings from the memory: the meaning check would compare the
            # target with itself
            result = engine.translate_blocks(
                source.blocks, src, tgt, title=source.title, progress=progress, cancel=cancel, apart=release.id
            )
        except PackageError as exc:
            self.notes.append(f"aligned by length only ({exc})")
            return
        if result.cancelled:
            self.notes.append("machine-translation checks cancelled: aligned without MT")
            return
        self._mt = {pair.source: pair.target for pair in result.sentences}
        models = ", ".join(m["code"] for m in result.models)
        pairs = [
            p
            for p in align_blocks(source.blocks, target.blocks, src, tgt)
            if p.shape == "1-1" and p.kind != "letterhead"
        ]
        # The model is judged on what it wrote: sentences the archive gave (a person's rendering of
        # the same sentence in another release) made a random model look right, and its own nonsense
        # on the rest then raised meaning flags and regrouped the segments (a translator's trial: the
        # TUI, whose engine reads the archive, trusted a model the CLI's check ignored).
        own = {pair.source for pair in result.sentences if pair.memory is None}
        by_model = [p for p in pairs if all(s in own for s in split_sentences(p.source_text, src))]
        pairs = by_model or pairs  # all from the archive: people's renderings, judged as they are
        scores = [chrf(self.mt_of(p.source_text), p.target_text) for p in pairs]
        baseline = [chrf(p.source_text, p.target_text) for p in pairs]
        self.median = statistics.median(scores) if scores else 0.0
        copy = statistics.median(baseline) if baseline else 0.0
        self.trusted = self.median >= max(TRUST_MEDIAN, copy + TRUST_MARGIN)
        if self.trusted:
            self.notes.append(f"MT-assisted alignment and meaning check with {models} (median chrF {self.median:.0f})")
        else:
            self.notes.append(
                f"{models} ignored: the machine translation is no closer to the target than the untranslated "
                f"source (median chrF {self.median:.0f}, source itself {copy:.0f}); aligned without MT"
            )

    def mt_of(self, text: str) -> str:
        return " ".join(self._mt.get(s, "") for s in split_sentences(text, self.src)).strip()

    @lru_cache(maxsize=8192)  # noqa: B019 - one helper per check run
    def scorer(self, source: str, target: str) -> float:
        return chrf(self.mt_of(source), target) / 100

    def meaning(self, source: str, target: str) -> float | None:
        """The chrF when it is far below this document's norm, else None."""
        score = self.scorer(source, target) * 100
        return score if score < min(20.0, 0.5 * self.median) else None
