"""The offline translation engine: our own sentence splitter, SentencePiece, CTranslate2.

All sentences of a release are translated together: sorted by length and cut into batches, each
batch run through every hop of the route (nl->en->fr) before the next, so that a cancelled run
keeps whole, cached sentences. One ctranslate2.Translator per package, loaded once, in a small LRU.

A run that can be cancelled (the TUI passes `cancel`) starts with one sentence and then sizes each
CTranslate2 call to take about INTERACTIVE_SECONDS: a call cannot be stopped once it has started,
so its length is the latency of Esc and of quitting, and the first sentence shows progress at once.
A run nobody can cancel (the CLI) keeps whole batches, the fastest.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.body import table_rows
from reader.core.engine import guard
from reader.core.engine.cache import TranslationCache
from reader.core.engine.packages import InstalledPackage, list_packages, route
from reader.core.engine.protocol import Cancel, Progress
from reader.core.engine.result import BlockTranslation, SentencePair, TranslationResult
from reader.core.errors import PackageError, UsageError
from reader.core.model import LANGUAGES, Block
from reader.core.text.segment import split_sentences

# Decoding room per call to CTranslate2: sentences x beam x length bound. Measured on base-size
# models decoding every sentence to its bound (benchmarks/bench_engine.py), nl->en->fr peaks at
# 1,730 MiB unbounded, 786 at 4,096, 647 at 3,072, 563 at 2,048 (that worst case then runs 40%
# slower). Real sentences (about 30 tokens: a bound of 70 at beam 2) still go 14 to 16 at a time.
DECODE_BUDGET = 2048
# A cancellable run's CTranslate2 calls aim at this length (measured per call). The TUI no longer waits
# for a call to end (Esc and quit are immediate), so this bounds how long a cancelled run keeps the
# CPU and how often progress moves; shorter calls cost throughput: on base-size random models, where
# one sentence through two hops takes 2.7 s and calls stay at one sentence, +44% in all
# (benchmarks/bench_cancel.py); real sentences are shorter and grow to several per call.
INTERACTIVE_SECONDS = 1.0


@dataclass
class _Loaded:
    translator: Any  # ctranslate2.Translator
    sp: Any  # sentencepiece.SentencePieceProcessor
    target_prefix: str


class Engine:
    def __init__(
        self,
        folder: Path,
        cache: TranslationCache,
        *,
        device: str = "cpu",
        compute_type: str = "int8",
        threads: int | None = None,
        beam_size: int = 2,
        batch_size: int = 16,
        max_loaded: int = 2,
    ):
        if threads is not None and not 1 <= threads <= 1024:
            raise UsageError("--threads", f"must be from 1 to 1024, got {threads}")
        if not 1 <= beam_size <= 64:
            raise UsageError("--beam", f"must be from 1 to 64, got {beam_size}")
        if batch_size < 1 or max_loaded < 1:
            raise UsageError(None, "batch size and loaded models must be at least 1")
        self.folder = folder
        self.cache = cache
        self.device = device
        self.compute_type = compute_type
        self.threads = threads or os.cpu_count() or 1
        self.beam_size = beam_size
        self.batch_size = batch_size
        self.decode_budget = DECODE_BUDGET
        self.max_loaded = max_loaded
        self._loaded: OrderedDict[str, _Loaded] = OrderedDict()
        self._tokenizers: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._packages: list[InstalledPackage] | None = None
        self.loads = 0  # how many models were loaded: a cached release must load none

    @property
    def options(self) -> str:
        """What changes the output besides the model: part of every cache key."""
        return f"beam={self.beam_size}"

    # -- packages ---------------------------------------------------------------------------

    def packages(self, refresh: bool = False) -> list[InstalledPackage]:
        if self._packages is None or refresh:
            self._packages = list_packages(self.folder)[0]
        return self._packages

    def route(self, from_code: str, to_code: str) -> list[InstalledPackage]:
        return route(from_code, to_code, self.packages())

    def unload(self) -> None:
        with self._lock:
            self._loaded.clear()

    def loaded_models(self) -> list[str]:
        return list(self._loaded)

    def _tokenizer(self, package: InstalledPackage) -> Any:
        """The package's SentencePiece model alone: cheap, and enough to sort sentences by tokens."""
        key = f"{package.code}@{package.version}"
        if key not in self._tokenizers:
            import sentencepiece

            try:
                self._tokenizers[key] = sentencepiece.SentencePieceProcessor(
                    model_file=str(package.path / "sentencepiece.model")
                )
            except (RuntimeError, OSError) as exc:
                raise PackageError(package.path, f"corrupt package, bad sentencepiece.model ({exc})") from None
        return self._tokenizers[key]

    def _load(self, package: InstalledPackage) -> _Loaded:
        with self._lock:
            key = f"{package.code}@{package.version}"
            if key in self._loaded:
                self._loaded.move_to_end(key)
                return self._loaded[key]
            import ctranslate2

            sp = self._tokenizer(package)
            try:
                translator = ctranslate2.Translator(
                    str(package.path / "model"),
                    device=self.device,
                    compute_type=self.compute_type,
                    intra_threads=self.threads,
                )
            except (RuntimeError, OSError, ValueError) as exc:
                raise PackageError(package.path, f"corrupt package, cannot load the model ({exc})") from None
            import json

            metadata = json.loads((package.path / "metadata.json").read_text(encoding="utf-8"))
            loaded = _Loaded(translator, sp, str(metadata.get("target_prefix") or ""))
            self._loaded[key] = loaded
            self.loads += 1
            while len(self._loaded) > self.max_loaded:
                self._loaded.popitem(last=False)
            return loaded

    # -- translation ------------------------------------------------------------------------

    def translate_blocks(
        self,
        blocks: list[Block],
        from_code: str,
        to_code: str,
        title: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
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
        # Group sentences by the language they are written in (letterhead halves have their own).
        groups: dict[str, list[SentencePair]] = {}
        for translated in result.blocks:
            groups.setdefault(translated.lang or from_code, []).extend(s for s in translated.sentences if not s.done)
        total = len({(lang, s.source) for lang, pairs in groups.items() for s in pairs})
        state = {"done": 0}
        for lang, pairs in groups.items():
            if lang == to_code:
                self._passthrough(pairs)
                state["done"] += len({p.source for p in pairs})
                continue
            try:
                hops = main_route if lang == from_code else self.route(lang, to_code)
            except PackageError:
                self._passthrough(pairs)  # a letterhead half we cannot translate stays as it is
                state["done"] += len({p.source for p in pairs})
                continue
            if not self._run(hops, pairs, result, state, total, progress, cancel):
                result.cancelled = True
                break
        if progress:
            progress(state["done"], total, result)
        return result

    @staticmethod
    def _passthrough(pairs: list[SentencePair]) -> None:
        for pair in pairs:
            pair.target, pair.done, pair.cached = pair.source, True, True

    def _run(
        self,
        hops: list[InstalledPackage],
        pairs: list[SentencePair],
        result: TranslationResult,
        state: dict[str, int],
        total: int,
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> bool:
        unique = list(dict.fromkeys(p.source for p in pairs))
        # Similar token lengths batch well (less padding, a tighter length bound per batch). A fully
        # cached first hop needs no tokenizer at all.
        first = hops[0]
        if len(self.cache.get_many(first.code, first.version, unique, self.options)) < len(unique):
            sp = self._tokenizer(first)
            unique.sort(key=lambda text: len(sp.encode(text)))
        else:
            unique.sort(key=len)
        if progress and state["done"] == 0:
            progress(0, total, result)  # the bar shows "0 of N sentences", not an unknown length
        start, size = 0, 1 if cancel else self.batch_size
        while start < len(unique):
            if cancel and cancel():
                return False
            batch = unique[start : start + size]
            began = time.perf_counter()
            self._fill(pairs, self._translate_batch(hops, batch), state, len(batch))
            if progress:
                progress(state["done"], total, result)
            start += len(batch)
            if cancel:
                size = self._next_size(len(batch), time.perf_counter() - began)
        return True

    def _next_size(self, count: int, seconds: float) -> int:
        """Sentences for the next call of a cancellable run: as many as fit in INTERACTIVE_SECONDS."""
        fit = int(INTERACTIVE_SECONDS * count / seconds) if seconds > 0 else self.batch_size
        return max(1, min(self.batch_size, fit))

    @staticmethod
    def _fill(
        pairs: list[SentencePair], outputs: dict[str, tuple[str, list[str], bool]], state: dict[str, int], count: int
    ) -> None:
        """Put a batch's translations on every pair that has that source; count the batch as done."""
        for pair in pairs:
            if pair.source in outputs:
                pair.target, pair.flags, pair.cached = outputs[pair.source]
                pair.done = True
        state["done"] += count

    def _translate_batch(
        self, hops: list[InstalledPackage], sources: list[str]
    ) -> dict[str, tuple[str, list[str], bool]]:
        """Run one batch through every hop; each hop consults and fills the cache."""
        current = {s: s for s in sources}  # original source -> text entering this hop
        flags: dict[str, list[str]] = {s: [] for s in sources}
        all_cached = {s: True for s in sources}
        for package in hops:
            texts = list(dict.fromkeys(current.values()))
            hits = self.cache.get_many(package.code, package.version, texts, self.options)
            misses = [t for t in texts if t not in hits]
            fresh = self._decode(package, misses) if misses else {}
            if fresh:
                self.cache.put_many(
                    package.code, package.version, [(s, t, f) for s, (t, f) in fresh.items()], self.options
                )
            for original, text in current.items():
                target, hop_flags = hits.get(text) or fresh[text]
                if text not in hits:
                    all_cached[original] = False
                flags[original] = sorted(set(flags[original]) | set(hop_flags))
                current[original] = target
        out = {}
        src, tgt = hops[0].from_code, hops[-1].to_code
        for original in sources:
            # Identity is judged end to end: a pivot hop may copy a name and still be fine.
            final_flags = [f for f in flags[original] if f != "identical"]
            if guard.is_identical(original, current[original]):
                final_flags.append("identical")
            if guard.numbers_differ(original, current[original], src, tgt):
                final_flags.append("numbers")
            out[original] = (current[original], sorted(final_flags), all_cached[original])
        return out

    def _decode(self, package: InstalledPackage, texts: list[str]) -> dict[str, tuple[str, list[str]]]:
        loaded = self._load(package)
        tokenized = [loaded.sp.encode(t, out_type=str) for t in texts]
        limit = guard.max_decoding_length(max((len(t) for t in tokenized), default=1))
        prefix = [[loaded.target_prefix]] * len(tokenized) if loaded.target_prefix else None
        # The decoder's state grows with sentences x beam x decoded length: long sentences go fewer
        # at a time (CTranslate2 cuts the batch), so the peak memory has a bound, not the batch size.
        room = max(1, self.decode_budget // (limit * self.beam_size))
        results = loaded.translator.translate_batch(
            tokenized,
            target_prefix=prefix,
            beam_size=self.beam_size,
            max_batch_size=min(self.batch_size, room),
            max_decoding_length=limit,
            min_decoding_length=1,
            replace_unknowns=True,
        )
        out: dict[str, tuple[str, list[str]]] = {}
        for text, tokens, res in zip(texts, tokenized, results, strict=True):
            hyp = res.hypotheses[0]
            if loaded.target_prefix and hyp[:1] == [loaded.target_prefix]:
                hyp = hyp[1:]
            target = loaded.sp.decode(hyp).strip()
            own_limit = guard.max_decoding_length(len(tokens))
            out[text] = (target, guard.flags_for(text, target, hyp, min(limit, own_limit + 1)))
        return out

    def translate_text(self, text: str, from_code: str, to_code: str, **kwargs: Any) -> TranslationResult:
        blocks = [Block("paragraph", " ".join(p.split())) for p in text.split("\n\n") if p.strip()]
        return self.translate_blocks(blocks, from_code, to_code, **kwargs)

    def alternatives(self, sentence: str, from_code: str, to_code: str, n: int = 4) -> list[str]:
        """n-best renderings of one sentence: earlier hops take their best, the last hop gives n."""
        if not 1 <= n <= 32:
            raise UsageError("--alternatives", f"must be from 1 to 32, got {n}")
        hops = self.route(from_code, to_code)
        text = sentence
        for package in hops[:-1]:
            text = self._translate_batch([package], [text])[text][0]
        loaded = self._load(hops[-1])
        tokens = loaded.sp.encode(text, out_type=str)
        res = loaded.translator.translate_batch(
            [tokens],
            target_prefix=[[loaded.target_prefix]] if loaded.target_prefix else None,
            beam_size=max(n, self.beam_size),
            num_hypotheses=n,
            max_decoding_length=guard.max_decoding_length(len(tokens)),
            min_decoding_length=1,
            replace_unknowns=True,
        )[0]
        seen: list[str] = []
        for hyp in res.hypotheses:
            if loaded.target_prefix and hyp[:1] == [loaded.target_prefix]:
                hyp = hyp[1:]
            decoded = loaded.sp.decode(hyp).strip()
            if decoded not in seen:
                seen.append(decoded)
        return seen
