"""One release through any engine that decodes sentences: the part every engine shares.

Blocks are split into sentences here (letterhead lines, table cells, sentences), the archive's
official renderings are taken first, the rest is grouped by the language it is written in, and each
group goes to the engine's own `_run` with one `RunState` that counts progress across groups. The
local CTranslate2 engine (`translator.py`) and LibreTranslate servers (`remote.py`) differ only in
`_run`, `route` and `packages`, so sentence alignment, the guards and the cache work the same.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from reader.core.body import table_rows
from reader.core.engine.cache import TranslationCache
from reader.core.engine.packages import InstalledPackage
from reader.core.engine.protocol import Cancel, Memory, Progress
from reader.core.engine.result import BlockTranslation, SentencePair, TranslationResult
from reader.core.errors import PackageError
from reader.core.model import LANGUAGES, Block
from reader.core.text.segment import split_sentences

# A batch's translations by source sentence: (target, guard flags, whether it came from the cache).
Outputs = dict[str, tuple[str, list[str], bool]]


@dataclass
class RunState:
    """What one `translate_blocks` call shares with every `_run` it makes: progress is counted over
    the whole release, not per language group, so the bar moves once from 0 to `total`."""

    result: TranslationResult
    total: int
    progress: Progress | None = None
    cancel: Cancel | None = None
    done: int = 0

    def cancelled(self) -> bool:
        return bool(self.cancel and self.cancel())

    def report(self) -> None:
        if self.progress:  # in the result's own count (TranslationResult.counted), as a cancel says it
            done, total = self.result.counted()
            self.progress(done, total, self.result)

    def fill(self, pairs: list[SentencePair], outputs: Outputs, count: int) -> None:
        """Put a batch's translations on every pair that has that source; count the batch as done."""
        for pair in pairs:
            if pair.source in outputs:
                pair.target, pair.flags, pair.cached = outputs[pair.source]
                pair.done = True
        self.done += count


def passthrough(pairs: list[SentencePair]) -> None:
    """Sentences already in the target language (or that nothing can translate) stay as they are."""
    for pair in pairs:
        pair.target, pair.done, pair.cached = pair.source, True, True


def split_blocks(result: TranslationResult, blocks: list[Block], from_code: str, title: str | None) -> None:
    """The units an engine translates, in the order of the release; numbers-only units are done."""
    if title:
        result.blocks.append(BlockTranslation("title", [SentencePair(title)], lang=None))
    for block in blocks:
        shape: list[int] = []
        if block.kind == "letterhead":
            parts = [line.strip() for line in block.text.split("\n") if line.strip()]
            separator = "\n"
        elif block.kind == "table":  # cell by cell; the table is rebuilt around the translations
            rows = table_rows(block.text)
            parts, shape, separator = [cell for row in rows for cell in row], [len(row) for row in rows], " "
        else:
            parts = split_sentences(block.text, block.lang or from_code)
            separator = " "
        pairs = [SentencePair(p) for p in parts]
        for pair in pairs:
            if not any(ch.isalpha() for ch in pair.source):  # '886', '12,5 %', an empty cell
                pair.target, pair.done, pair.cached = pair.source, True, True
        result.blocks.append(
            BlockTranslation(block.kind, pairs, block.lang, block.level, block.marker, separator, shape)
        )


class SentenceEngine(ABC):
    """An engine that translates sentence by sentence: the `Translator` protocol, but for `_run`."""

    def __init__(self, cache: TranslationCache, batch_size: int) -> None:
        self.cache = cache
        self.batch_size = batch_size
        self._lock = threading.RLock()
        # The archive's official renderings, used before any model (None: no memory, `--no-tm`), and
        # whether to list fuzzy matches per sentence (a lookup each: only when someone will read them).
        self.memory: Memory | None = None
        self.memory_suggestions = False

    @abstractmethod
    def packages(self, refresh: bool = False) -> list[InstalledPackage]: ...

    @abstractmethod
    def route(self, from_code: str, to_code: str) -> list[InstalledPackage]: ...

    @abstractmethod
    def alternatives(self, sentence: str, from_code: str, to_code: str, n: int = 4) -> list[str]: ...

    @abstractmethod
    def _run(self, hops: list[InstalledPackage], pairs: list[SentencePair], run: RunState) -> bool:
        """Translate `pairs` (one language) through `hops`; False when the run was cancelled."""

    def translate_blocks(
        self,
        blocks: list[Block],
        from_code: str,
        to_code: str,
        title: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        apart: str = "",
    ) -> TranslationResult:
        if from_code not in LANGUAGES or to_code not in LANGUAGES:
            bad = from_code if from_code not in LANGUAGES else to_code
            raise PackageError(None, f"unknown language '{bad}' (known: {', '.join(LANGUAGES)})")
        main_route = self.route(from_code, to_code)  # raises MissingModelError before any work
        result = TranslationResult(
            from_code,
            to_code,
            [],
            models=[{"code": p.code, "version": p.version} for p in main_route],
            pivot=main_route[0].to_code if len(main_route) > 1 else None,
        )
        split_blocks(result, blocks, from_code, title)
        self._from_memory(result, from_code, to_code, apart)
        # Group sentences by the language they are written in (letterhead halves have their own).
        groups: dict[str, list[SentencePair]] = {}
        for translated in result.blocks:
            groups.setdefault(translated.lang or from_code, []).extend(s for s in translated.sentences if not s.done)
        total = len({(lang, s.source) for lang, pairs in groups.items() for s in pairs})
        run = RunState(result, total, progress, cancel)
        for lang, pairs in groups.items():
            if lang == to_code:
                passthrough(pairs)
                run.done += len({p.source for p in pairs})
                continue
            try:
                hops = main_route if lang == from_code else self.route(lang, to_code)
            except PackageError:
                passthrough(pairs)  # a letterhead half we cannot translate stays as it is
                run.done += len({p.source for p in pairs})
                continue
            if not self._run(hops, pairs, run):
                result.cancelled = True
                break
        run.report()
        return result

    def _from_memory(self, result: TranslationResult, from_code: str, to_code: str, apart: str = "") -> None:
        """Sentences the archive has an official rendering of are taken from it: no model runs for them."""
        if self.memory is None:
            return
        todo = [s for b in result.blocks if (b.lang or from_code) == from_code for s in b.sentences if not s.done]
        if not todo:
            return
        hits = self.memory.exact([s.source for s in todo], from_code, to_code, apart)
        for sentence in todo:
            hit = hits.get(sentence.source)
            if hit is not None:
                sentence.target, sentence.done, sentence.cached = hit.target, True, True
                sentence.memory = {"release": hit.release, "date": hit.date}
                if hit.renderings > 1:  # another rendering in the archive, none decided: said (trial D)
                    sentence.memory |= {"renderings": hit.renderings, "otherwise": hit.otherwise}
            elif self.memory_suggestions:
                sentence.suggestions = self.memory.suggestions(sentence.source, from_code, to_code)

    def translate_text(self, text: str, from_code: str, to_code: str, **kwargs: Any) -> TranslationResult:
        blocks = [Block("paragraph", " ".join(p.split())) for p in text.split("\n\n") if p.strip()]
        return self.translate_blocks(blocks, from_code, to_code, **kwargs)
