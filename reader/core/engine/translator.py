"""The offline translation engine: our own sentence splitter, SentencePiece, CTranslate2.

All sentences of a release are translated together: sorted by length and cut into batches as large
as the memory bound allows (``memory.py``), each batch run through every hop of the route
(nl->en->fr) before the next, so the second hop is fed as the first finishes a batch and a cancelled
run keeps whole, cached sentences. One ctranslate2.Translator per package, loaded once, in a small LRU.

An interactive engine (the TUI's: someone waits on the screen) takes the text from its top (a cancel
keeps the opening) in a cancellable run that starts with one sentence and then sizes each CTranslate2
call to take about INTERACTIVE_SECONDS, never more than the memory bound's call at that point: a call
cannot be stopped once it has started, so its length is the latency of Esc and of quitting, and the
first sentence shows progress at once. The CLI's engine
keeps the bound's whole calls, the fastest (a cancel, such as `translate --all`'s Ctrl-C, is seen
between calls), and every call's sentences are cached as it ends, so an interrupt keeps them.
"""

from __future__ import annotations

import os
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.engine import guard, memory
from reader.core.engine.cache import TranslationCache
from reader.core.engine.pacing import next_size
from reader.core.engine.packages import InstalledPackage, MissingModelError, list_packages, route
from reader.core.engine.protocol import Cancel
from reader.core.engine.result import SentencePair
from reader.core.engine.run import Outputs, RunState, SentenceEngine
from reader.core.errors import PackageError, UsageError

# Sentences per CTranslate2 call when memory allows: what raw translate_batch is given in the
# benchmark. A bigger call buys little speed on a CPU and makes a cancel wait longer.
BATCH_SIZE = 16
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


def _folder_stamp(folder: Path) -> tuple[int, ...]:
    """The packages folder and each package folder as they are now: an install or a removal changes it."""
    try:
        stamps = [folder.stat().st_mtime_ns]
        stamps += [child.stat().st_mtime_ns for child in sorted(folder.iterdir()) if child.is_dir()]
    except OSError:
        return ()
    return tuple(stamps)


class Engine(SentenceEngine):
    """CTranslate2 models of installed Argos packages, decoding on this machine."""

    def __init__(
        self,
        folder: Path,
        cache: TranslationCache,
        *,
        device: str = "cpu",
        compute_type: str = "int8",
        threads: int | None = None,
        beam_size: int = 2,
        batch_size: int = BATCH_SIZE,
        max_loaded: int = 2,
        max_memory: int | None = None,
        interactive: bool = False,
    ):
        if threads is not None and not 1 <= threads <= 1024:
            raise UsageError("--threads", f"must be from 1 to 1024, got {threads}")
        if not 1 <= beam_size <= 64:
            raise UsageError("--beam", f"must be from 1 to 64, got {beam_size}")
        if batch_size < 1 or max_loaded < 1:
            raise UsageError(None, "batch size and loaded models must be at least 1")
        super().__init__(cache, batch_size)
        self.folder = folder
        self.device = device
        self.compute_type = compute_type
        self.threads = threads or os.cpu_count() or 1
        self.beam_size = beam_size
        # The whole process's memory while decoding (None: a share of what the machine has free now),
        # and the hook that makes the next calls small while a cancel is pending (bound.call_cap).
        self.bound = memory.Bound(max_memory, batch_size)
        self.max_loaded = max_loaded
        self.interactive = interactive  # size a cancellable run's calls by time (see the module's docstring)
        self._loaded: OrderedDict[str, _Loaded] = OrderedDict()
        self._tokenizers: dict[str, Any] = {}
        self._packages: list[InstalledPackage] | None = None
        self._packages_stamp: tuple[int, ...] = ()
        self.loads = 0  # how many models were loaded: a cached release must load none

    @property
    def options(self) -> str:
        """What changes the output besides the model: part of every cache key."""
        return f"beam={self.beam_size}"

    # -- packages ---------------------------------------------------------------------------

    def packages(self, refresh: bool = False) -> list[InstalledPackage]:
        """The installed packages, listed again when another process installed or removed one: a
        removed model is dropped from memory, a reinstalled one (other digest) loaded afresh."""
        stamp = _folder_stamp(self.folder)
        if self._packages is None or refresh or stamp != self._packages_stamp:
            packages = list_packages(self.folder)[0]
            keys = {f"{p.code}@{p.cache_version}" for p in packages}
            with self._lock:
                for key in [k for k in self._loaded if k not in keys]:
                    del self._loaded[key]
                for key in [k for k in self._tokenizers if k not in keys]:
                    del self._tokenizers[key]
            self._packages, self._packages_stamp = packages, stamp
        return self._packages

    def route(self, from_code: str, to_code: str) -> list[InstalledPackage]:
        try:
            return route(from_code, to_code, self.packages())
        except MissingModelError as exc:
            if self.folder.exists() and not self.folder.is_dir():  # the variable is wrong, not a model missing
                exc.reason = (
                    f"{self.folder}: the models folder (ARGOS_PACKAGES_DIR) is a file, not a folder; " + exc.reason
                )
            raise

    def loaded_models(self) -> list[str]:
        return list(self._loaded)

    def _tokenizer(self, package: InstalledPackage) -> Any:
        """The package's SentencePiece model alone: cheap, and enough to sort sentences by tokens."""
        key = f"{package.code}@{package.cache_version}"
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
            key = self._key(package)
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

    def _run(self, hops: list[InstalledPackage], pairs: list[SentencePair], run: RunState) -> bool:
        unique = list(dict.fromkeys(p.source for p in pairs))
        # What an earlier run finished (the TUI's, cancelled; a CLI run interrupted) is there at once,
        # whatever this run's order: an interrupt keeps it and shows it, and the bar starts from it.
        known = self._from_cache(hops, unique)
        if known:
            run.fill(pairs, known, len(known))
            run.report()
            unique = [text for text in unique if text not in known]
            if not unique:
                return True
        # Similar token lengths batch well (less padding, a tighter length bound per call), and the
        # memory bound decides how many go at once. A fully cached first hop needs no tokenizer at all.
        first = hops[0]
        if len(self.cache.get_many(first.code, first.cache_version, unique, self.options)) < len(unique):
            sp = self._tokenizer(first)
            lengths = {text: len(sp.encode(text)) for text in unique}
            unique.sort(key=lengths.__getitem__)
            sizes = [min(lengths[text], memory.MAX_INPUT) for text in unique]
            bounds = [guard.max_decoding_length(n) for n in sizes]
            with self._lock:
                pending = sum(memory.model_bytes(p.path) for p in hops if self._key(p) not in self._loaded)
            room = self.bound.room(self._loaded_bytes(), pending, starting=True)
            calls = memory.plan_calls(
                sizes, bounds, self.beam_size, memory.model_dims(first.path), room, self.bound.cap()
            )
        else:
            unique.sort(key=len)
            calls = [(i, min(i + self.batch_size, len(unique))) for i in range(0, len(unique), self.batch_size)]
        timed = run.cancel is not None and self.interactive
        if timed:
            # Someone reads as it comes, and may stop it: the text is taken from its top, in calls a
            # few sentences long (each sorted by length inside `_decode`, which also holds each call
            # to the memory bound), so a cancel keeps the opening, not the shortest sentences.
            unique = list(dict.fromkeys(p.source for p in pairs))
            calls = [(0, len(unique))]
        if run.done == 0:
            run.report()  # the bar shows "0 of N sentences", not an unknown length
        with self.bound.running():
            # One loop for both runs: a batch run takes the bound's whole calls; an interactive one
            # starts with one sentence and sizes each call by time, never past the bound's call.
            start, size = 0, 1 if timed else len(unique)
            while start < len(unique):
                if run.cancelled():
                    return False
                batch = unique[start : start + min(size, _planned(calls, start))]
                began = time.perf_counter()
                outputs = self._translate_batch(hops, batch, run.cancel)
                if outputs is None:
                    return False
                run.fill(pairs, outputs, len(batch))
                run.report()
                start += len(batch)
                if timed:  # by the sentences ahead's lengths, not their count (trial E, F3: pacing.py)
                    ahead = unique[start : start + self.batch_size]
                    size = next_size(batch, time.perf_counter() - began, ahead, self.batch_size, INTERACTIVE_SECONDS)
        return True

    # -- memory -----------------------------------------------------------------------------

    @staticmethod
    def _key(package: InstalledPackage) -> str:
        return f"{package.code}@{package.cache_version}"  # a reinstall with other weights is another model

    def _loaded_bytes(self) -> int:
        with self._lock:
            return sum(memory.model_bytes(p.path) for p in self.packages() if self._key(p) in self._loaded)

    def _translate_batch(
        self, hops: list[InstalledPackage], sources: list[str], cancel: Cancel | None = None
    ) -> Outputs | None:
        """Run one batch through every hop, each consulting and filling the cache; None if cancelled
        (what finished is in the cache, so a rerun starts from there)."""
        current = {s: s for s in sources}  # original source -> text entering this hop
        flags: dict[str, list[str]] = {s: [] for s in sources}
        all_cached = {s: True for s in sources}
        for index, package in enumerate(hops):
            if index and cancel and cancel():
                return None
            texts = list(dict.fromkeys(current.values()))
            hits = self.cache.get_many(package.code, package.cache_version, texts, self.options)
            misses = [t for t in texts if t not in hits]
            fresh = self._decode(package, misses, cancel) if misses else {}
            if len(fresh) < len(misses):
                return None
            for original, text in current.items():
                target, hop_flags = hits.get(text) or fresh[text]
                if text not in hits:
                    all_cached[original] = False
                flags[original] = sorted(set(flags[original]) | set(hop_flags))
                current[original] = target
        return {s: self._end_to_end(hops, s, current[s], flags[s], all_cached[s]) for s in sources}

    def _from_cache(self, hops: list[InstalledPackage], sources: list[str]) -> Outputs:
        """The sentences every hop of the route has in the cache, as `_translate_batch` gives them."""
        current = {s: s for s in sources}
        flags: dict[str, list[str]] = {s: [] for s in sources}
        for package in hops:
            texts = list(dict.fromkeys(current.values()))
            hits = self.cache.get_many(package.code, package.cache_version, texts, self.options)
            found: dict[str, str] = {}
            for original, text in current.items():
                if text in hits:
                    found[original], hop_flags = hits[text]
                    flags[original] = sorted(set(flags[original]) | set(hop_flags))
            current = found
            if not current:
                return {}
        return {s: self._end_to_end(hops, s, t, flags[s], True) for s, t in current.items()}

    @staticmethod
    def _end_to_end(
        hops: list[InstalledPackage], original: str, target: str, flags: list[str], cached: bool
    ) -> tuple[str, list[str], bool]:
        # Identity is judged end to end: a pivot hop may copy a name and still be fine.
        src, tgt = hops[0].from_code, hops[-1].to_code
        final_flags = [f for f in flags if f != "identical"]
        if guard.is_identical(original, target):
            final_flags.append("identical")
        if guard.numbers_differ(original, target, src, tgt):
            final_flags.append("numbers")
        return target, sorted(final_flags), cached

    def _decode(
        self, package: InstalledPackage, texts: list[str], cancel: Cancel | None = None
    ) -> dict[str, tuple[str, list[str]]]:
        """Decode in calls cut by length and by the memory bound, each bounded by its own longest
        sentence, each cached as it ends (an interrupt or a cancel keeps what finished)."""
        loaded = self._load(package)
        dims = memory.model_dims(package.path)
        tokens = {t: loaded.sp.encode(t, out_type=str) for t in texts}
        order = sorted(texts, key=lambda t: len(tokens[t]))
        sizes = [min(len(tokens[t]), memory.MAX_INPUT) for t in order]
        bounds = [guard.max_decoding_length(n) for n in sizes]
        out: dict[str, tuple[str, list[str]]] = {}
        start = 0
        while start < len(order):
            if start and cancel and cancel():
                break
            end = start + self.bound.next_call(
                self._key(package), self._loaded_bytes(), sizes[start:], bounds[start:], self.beam_size, dims
            )
            done: dict[str, tuple[str, list[str]]] = {}
            self._call(loaded, order[start:end], tokens, bounds[end - 1], done)
            self.cache.put_many(
                package.code, package.cache_version, [(s, t, f) for s, (t, f) in done.items()], self.options
            )
            out.update(done)
            start = end
        return out

    def _call(
        self,
        loaded: _Loaded,
        texts: list[str],
        tokens: dict[str, list[str]],
        limit: int,
        out: dict[str, tuple[str, list[str]]],
    ) -> None:
        """One translate_batch call; its translations and their flags go into `out`."""
        batch = [tokens[t] for t in texts]
        results = loaded.translator.translate_batch(
            batch,
            target_prefix=[[loaded.target_prefix]] * len(batch) if loaded.target_prefix else None,
            beam_size=self.beam_size,
            max_batch_size=len(batch),
            max_decoding_length=limit,
            min_decoding_length=1,
            replace_unknowns=True,
        )
        for text, res in zip(texts, results, strict=True):
            hyp = res.hypotheses[0]
            if loaded.target_prefix and hyp[:1] == [loaded.target_prefix]:
                hyp = hyp[1:]
            target = loaded.sp.decode(hyp).strip()
            own_limit = guard.max_decoding_length(len(tokens[text]))
            out[text] = (target, guard.flags_for(text, target, hyp, min(limit, own_limit + 1)))

    def alternatives(self, sentence: str, from_code: str, to_code: str, n: int = 4) -> list[str]:
        """n-best renderings of one sentence: earlier hops take their best, the last hop gives n."""
        if not 1 <= n <= 32:
            raise UsageError("--alternatives", f"must be from 1 to 32, got {n}")
        hops = self.route(from_code, to_code)
        text = sentence
        for package in hops[:-1]:
            outputs = self._translate_batch([package], [text])
            assert outputs is not None  # no cancel was given
            text = outputs[text][0]
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


def _planned(calls: list[tuple[int, int]], start: int) -> int:
    """How many sentences the memory bound lets one call take from `start` on."""
    for begin, end in calls:
        if begin <= start < end:
            return max(1, end - start)
    return 1
