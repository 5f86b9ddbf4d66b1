"""LibreTranslate servers as an engine: the same Translator as the local one, for whole archives.

Sentences are split here, as locally, and sent in batches (`q` as a list), so the sentence
alignment, the guards and the cache work unchanged; only the decoding happens elsewhere. Batches
are spread over every server (round robin, a bounded number in flight per server). A 429 or a 5xx
is retried with backoff; a server that cannot be reached or keeps failing is dropped for the run
and its batches go to the others. When no server is left, local models take over if they can
(said once), and otherwise the run stops with one line naming the servers and why.

Nothing here opens a socket unless the user named a server: the CLI and the TUI build this engine
only from `--engine-url` or PRESS_READER_ENGINE_URLS.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from pathlib import Path
from typing import Any

from reader.core.engine import guard
from reader.core.engine.cache import TranslationCache
from reader.core.engine.fallback_said import FallbackSaid
from reader.core.engine.lt_wire import (
    PairMissing,
    Retry,
    Server,
    ServerFailed,
    check_url,
    in_daemon,
    post_with_retries,
    request,
)
from reader.core.engine.packages import InstalledPackage, MissingModelError
from reader.core.engine.protocol import Cancel, NBestTranslator, Progress
from reader.core.engine.result import SentencePair, TranslationResult
from reader.core.engine.run import RunState, SentenceEngine
from reader.core.errors import PackageError, UsageError
from reader.core.model import Block
from reader.core.text.clean import clean_line

log = logging.getLogger("reader")
ENGINE = "libretranslate"


class RemoteError(PackageError):
    """No server could do the work (and no local model could stand in)."""


REVIVE_AFTER = 30.0  # seconds a dropped server is left alone before it is asked again


class RemoteEngine(SentenceEngine):
    """Decoding on LibreTranslate servers; `fallback` (any translator, local models in practice) is
    called through the protocol for what no server can do."""

    def __init__(
        self,
        urls: list[str],
        cache: TranslationCache,
        api_key: str | None = None,
        fallback: NBestTranslator | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 120.0,
        in_flight: int = 2,
        batch_size: int = 16,
        retries: int = 4,
        backoff: float = 0.5,
    ) -> None:
        if not urls:
            raise UsageError("--engine-url", "at least one server URL is needed")
        super().__init__(cache, batch_size)
        self.servers = [Server(check_url(url), in_flight) for url in dict.fromkeys(urls)]
        self.api_key = api_key
        self.fallback = fallback
        self.connect_timeout, self.read_timeout = connect_timeout, read_timeout
        self.retries, self.backoff = retries, backoff
        self._discovered = False
        self._turn = 0
        self.fallback_said = FallbackSaid()  # logged once; told to the TUI's run too (`listening`)
        self.local_why = ""  # why the local models translate instead, when no server can
        self.requests = 0  # HTTP requests made: the benchmark reports the overhead per request

    @property
    def options(self) -> str:
        return f"engine={ENGINE}"

    # -- discovery -----------------------------------------------------------------------------

    def _discover(self) -> None:
        """Ask each server what it offers: all at first, then a server dropped REVIVE_AFTER ago once
        more (a TUI session kept a restarted server dropped for good: an archive team's trial)."""
        now = time.monotonic()
        # each drop doubles the wait twice over: a server failing every batch is asked again at 30 s,
        # 2 min, 8 min, not every 30 s of a long run (trial E: 195 requests to a server answering 500)
        todo = [
            s
            for s in self.servers
            if not self._discovered or (s.down and now - s.down_at >= REVIVE_AFTER * 4 ** max(0, s.drops - 1))
        ]
        self._discovered = True
        for server in todo:
            server.down, server.pairs = None, set()
            try:
                languages = self._request(server, "GET", "/languages")
                spec = self._request(server, "GET", "/spec")
            except (ServerFailed, Retry, PairMissing) as exc:
                server.drop(str(exc) or "no answer")
                continue
            if not isinstance(languages, list):
                server.drop("answered /languages with something else than a list")
                continue
            for entry in languages:
                if isinstance(entry, dict) and isinstance(entry.get("targets"), list):
                    source = clean_line(str(entry.get("code", "")))[:12]
                    server.pairs |= {(source, clean_line(str(t))[:12]) for t in entry["targets"] if t != source}
            info = spec.get("info", {}) if isinstance(spec, dict) else {}
            server.version = clean_line(str(info.get("version", "")))[:40] if isinstance(info, dict) else ""

    def live(self) -> list[Server]:
        self._discover()
        return [s for s in self.servers if s.down is None]

    def _why_none(self) -> str:
        return "; ".join(f"{s.name} ({s.down})" for s in self.servers if s.down) or "no server"

    def packages(self, refresh: bool = False) -> list[InstalledPackage]:
        """Each pair a live server offers, as a package named after the engine."""
        pairs = sorted({pair for server in self.live() for pair in server.pairs})
        return [self._package(a, b) for a, b in pairs]

    def _package(self, source: str, target: str) -> InstalledPackage:
        serving = [s for s in self.servers if (source, target) in s.pairs]
        versions = sorted({s.version for s in serving if s.version})
        return InstalledPackage(
            f"{ENGINE}:{source}_{target}",
            source,
            target,
            ",".join(versions),
            Path("."),
            0,
            name=" ".join(s.name for s in serving),
        )

    def route(self, from_code: str, to_code: str) -> list[InstalledPackage]:
        if any((from_code, to_code) in s.pairs for s in self.live()):
            return [self._package(from_code, to_code)]
        if self.fallback is not None:
            try:
                hops = self.fallback.route(from_code, to_code)
            except PackageError:
                pass
            else:
                # a server that never answered is said as such, not as one lacking the language pair
                why = f"no LibreTranslate server answered ({self._why_none()})" if not self.live() else ""
                self.local_why = why or f"no LibreTranslate server offers {from_code}->{to_code}"
                self.fallback_said(self.local_why)
                return hops
        if not self.live():
            raise RemoteError(None, f"no LibreTranslate server answered: {self._why_none()}")
        urls = [s.name for s in self.live()]
        raise MissingModelError(from_code, to_code, [f"{from_code}->{to_code}"], servers=urls)

    # -- translation ---------------------------------------------------------------------------

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
        hops = self.route(from_code, to_code)
        if self.fallback is not None and not hops[0].code.startswith(f"{ENGINE}:"):
            if isinstance(self.fallback, SentenceEngine):  # the archive's memory first, whoever translates
                self.fallback.memory, self.fallback.memory_suggestions = self.memory, self.memory_suggestions
            result = self.fallback.translate_blocks(blocks, from_code, to_code, title, progress, cancel, apart)
            result.fell_back = self.local_why  # said where the run is read (the TUI), not only in a log
            return result
        result = super().translate_blocks(blocks, from_code, to_code, title, progress, cancel, apart)
        result.models = [self._model_entry(m, result.servers) for m in result.models]
        result.served_by(ENGINE)  # or made whole by the local models, every server gone before its first sentence
        return result

    def _model_entry(self, model: dict[str, str], served: list[str]) -> dict[str, str]:
        """A server's route with the servers that answered its batches (every server offering the pair
        was named, one that only answered 500 too: trial E), or offer it when all came from the cache;
        a local model that took over when the servers were gone stays as the local run described it."""
        code = model["code"]
        if not code.startswith(f"{ENGINE}:"):
            return model
        source, target = code.split(":", 1)[1].split("_", 1)
        package = self._package(source, target)
        return {"code": code, "version": package.version, "servers": " ".join(served) or package.name}

    def _run(self, hops: list[InstalledPackage], pairs: list[SentencePair], run: RunState) -> bool:
        package = hops[0]
        if not package.code.startswith(f"{ENGINE}:"):  # a letterhead half only local models can do
            return self._by_fallback(pairs, package.from_code, hops[-1].to_code, run) if self.fallback else True
        unique = list(dict.fromkeys(p.source for p in pairs))
        # keyed by the servers too: another server's model under one LibreTranslate version answered
        # from the first one's cache, its provenance naming the second (an archive team's trial)
        keyed = f"{package.version}@{package.name}"
        hits = self.cache.get_many(package.code, keyed, unique, self.options)
        hits = {text: hit for text, hit in hits.items() if not guard.REJECTED & set(hit[1])}  # an older cache's
        outputs = {text: (clean_line(target), flags, True) for text, (target, flags) in hits.items()}
        run.fill(pairs, outputs, len(hits))
        if hits:
            run.report()
        # In the text's order: a server translates each text of a batch apart (nothing to gain from
        # sorting by length), and an interrupted run keeps the text's opening, not its shortest lines.
        todo = [t for t in unique if t not in hits]
        batches = [todo[i : i + self.batch_size] for i in range(0, len(todo), self.batch_size)]
        if not batches:
            return True
        source, target = package.from_code, package.to_code
        workers = max(1, sum(s.in_flight for s in self.live()))
        pending: dict[Future[tuple[list[str], str]], list[str]] = {}
        queue = list(batches)
        failed: RemoteError | None = None
        while queue or pending:
            if run.cancelled():
                return False  # the batches in flight finish in their threads, and are let go
            while queue and len(pending) < workers:
                batch = queue.pop(0)
                pending[in_daemon(self._translate_remote, batch, source, target)] = batch
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                batch = pending.pop(future)
                try:
                    translated, by = future.result()
                except RemoteError as exc:
                    if self.fallback is None:  # the batches in flight still finish and are cached
                        failed, queue = failed or exc, []
                        continue
                    return self._finish_locally(pairs, source, target, run)
                fresh = {
                    text: guard.remote_flags(text, out, source, target)
                    for text, out in zip(batch, translated, strict=True)
                }
                good = [(s, t, f) for s, (t, f) in fresh.items() if not guard.REJECTED & set(f)]
                self.cache.put_many(package.code, keyed, good, self.options)
                run.fill(pairs, {s: (t, f, False) for s, (t, f) in fresh.items()}, len(batch))
                run.result.servers += [by] if by not in run.result.servers else []
                run.report()
        if failed is not None:
            kept = f"; the {run.done} sentence(s) done are kept in the cache: run again to go on"
            raise RemoteError(None, failed.reason + (kept if run.done else ""))
        return True

    def _finish_locally(self, pairs: list[SentencePair], source: str, target: str, run: RunState) -> bool:
        """Every server is gone mid-run: local models translate what is left (said once)."""
        assert self.fallback is not None
        try:
            self.fallback.route(source, target)
        except PackageError:
            missing = f"; and no local model for {source}->{target} to go on with (press-reader models)"
            raise RemoteError(None, f"no LibreTranslate server is left: {self._why_none()}{missing}") from None
        why = f"no LibreTranslate server is left ({self._why_none()})"
        self.fallback_said(why)
        run.result.fell_back = why  # the TUI says it too: a run that changed engines is no news to hide
        left = [p for p in pairs if not p.done]
        if not any(p.done for p in pairs):
            run.result.models = []  # nothing came from a server: the local models made it all, and say so
        return self._by_fallback(left, source, target, run, add_models=True)

    def _by_fallback(
        self, pairs: list[SentencePair], source: str, target: str, run: RunState, add_models: bool = False
    ) -> bool:
        """Hand sentences to the fallback through `translate_blocks`, one block per sentence, and put its
        translations back on them; its progress continues this run's count. A line goes as a letterhead
        line (translated as it stands); a text holding a line break as a paragraph, which the splitter
        that made it keeps whole."""
        assert self.fallback is not None
        unique = list(dict.fromkeys(p.source for p in pairs))
        blocks = [Block("paragraph" if "\n" in text else "letterhead", text) for text in unique]
        base = run.done

        def progress(done: int, total: int, partial: TranslationResult) -> None:
            run.done = base + done
            run.report()

        local = self.fallback.translate_blocks(blocks, source, target, None, progress, run.cancel)
        if add_models:
            run.result.models += local.models
        outputs = {}
        for text, translated in zip(unique, local.blocks, strict=True):
            if all(s.done for s in translated.sentences):
                flags = sorted({flag for s in translated.sentences for flag in s.flags})
                outputs[text] = (translated.target, flags, all(s.cached for s in translated.sentences))
        for pair in pairs:
            if pair.source in outputs:
                pair.target, pair.flags, pair.cached = outputs[pair.source]
                pair.done = True
        run.done = base + len(outputs)
        return not local.cancelled

    def alternatives(self, sentence: str, from_code: str, to_code: str, n: int = 4) -> list[str]:
        if not 1 <= n <= 32:
            raise UsageError("--alternatives", f"must be from 1 to 32, got {n}")
        hops = self.route(from_code, to_code)
        if not hops[0].code.startswith(f"{ENGINE}:") and self.fallback is not None:
            return self.fallback.alternatives(sentence, from_code, to_code, n)
        answer, _by = self._post_to_any({"q": sentence, "source": from_code, "target": to_code, "alternatives": n - 1})
        best = answer.get("translatedText")
        others = answer.get("alternatives")
        others = others if isinstance(others, list) else []
        texts = [best] if isinstance(best, str) else []
        texts += [t for t in others if isinstance(t, str)]
        return list(dict.fromkeys(clean_line(t) for t in texts))[:n]

    # -- the wire -------------------------------------------------------------------------------

    def _translate_remote(self, batch: list[str], source: str, target: str) -> tuple[list[str], str]:
        """A server's texts are untrusted input: cleaned like a file's (no ESC, OSC, bidi override)."""

        def malformed(answer: dict[str, Any]) -> str | None:
            texts = answer.get("translatedText")
            if not isinstance(texts, list) or len(texts) != len(batch) or not all(isinstance(t, str) for t in texts):
                return "answered a batch with the wrong number of texts"
            return None

        answer, by = self._post_to_any(
            {"q": batch, "source": source, "target": target}, pair=(source, target), malformed=malformed
        )
        return [clean_line(t) for t in answer["translatedText"]], by

    def _candidates(self, pair: tuple[str, str] | None, tried: set[str]) -> list[Server]:
        return [s for s in self.live() if (pair is None or pair in s.pairs) and s.url not in tried]

    def _next_server(self, pair: tuple[str, str] | None, tried: set[str]) -> Server | None:
        with self._lock:
            candidates = self._candidates(pair, tried)
            if not candidates:
                return None
            self._turn += 1
            return candidates[self._turn % len(candidates)]

    def _post_to_any(
        self,
        body: dict[str, Any],
        pair: tuple[str, str] | None = None,
        malformed: Callable[[dict[str, Any]], str | None] | None = None,
    ) -> tuple[dict[str, Any], str]:
        """Round robin over live servers; a server that fails is dropped and the next one tried. The
        answer, and the name of the server that gave it."""
        body = dict(body, format="text")
        if self.api_key:
            body["api_key"] = self.api_key
        tried: set[str] = set()
        while True:
            server = self._next_server(pair, tried)
            if server is None:
                raise RemoteError(None, f"no LibreTranslate server could translate: {self._why_none()}")
            tried.add(server.url)
            try:
                with server.slots:
                    try:
                        answer = post_with_retries(
                            server,
                            lambda: self._request(server, "POST", "/translate", body),  # noqa: B023 - called at once
                            self.retries,
                            self.backoff,
                            self.read_timeout,
                        )
                    except ServerFailed as exc:  # dropped holding the slot: a batch waiting for it sees that
                        self._drop(server, str(exc), pair, tried)
                        continue
            except PairMissing:
                server.pairs.discard(pair) if pair else None
                continue
            wrong = "answered with something else than a JSON object" if not isinstance(answer, dict) else None
            wrong = wrong or (malformed(answer) if malformed is not None else None)
            if wrong is None:
                with self._lock:
                    server.served += 1
                return answer, server.name
            self._drop(server, wrong, pair, tried)

    def _drop(self, server: Server, why: str, pair: tuple[str, str] | None, tried: set[str]) -> None:
        """Said once, when other servers go on: the last one's drop is said by the line that no server
        is left (local models, or the error), which names it and why (two lines of one failure: trial E)."""
        with self._lock:
            first = server.drop(why)
        if first and self._candidates(pair, tried):
            log.warning("%s dropped for this run: %s", server.name, why)

    def _request(self, server: Server, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        self.requests += 1
        return request(server, method, path, body, self.connect_timeout, self.read_timeout)
