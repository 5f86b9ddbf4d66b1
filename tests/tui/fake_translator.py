"""A fake translator for UI tests only: same interface as the Engine, no model, controllable speed."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.core.engine.packages import InstalledPackage, MissingModelError
from reader.core.engine.result import BlockTranslation, SentencePair, TranslationResult
from reader.core.model import Block
from reader.core.text.segment import split_sentences


class FakeTranslator:
    def __init__(
        self,
        pairs: tuple[tuple[str, str], ...] = (("nl", "en"), ("en", "nl"), ("en", "fr"), ("fr", "en")),
        batch_size: int = 4,
    ):
        self.pairs = set(pairs)
        self.batch_size = batch_size
        self.gate: threading.Event | None = None  # when set, each batch waits for the test to release it
        self.calls = 0

    def packages(self, refresh: bool = False) -> list[InstalledPackage]:
        return [InstalledPackage(f"translate-{a}_{b}", a, b, "1.0", Path("/fake"), 0) for a, b in sorted(self.pairs)]

    def route(self, source: str, target: str) -> list[InstalledPackage]:
        by = {(p.from_code, p.to_code): p for p in self.packages()}
        if (source, target) in by:
            return [by[(source, target)]]
        if (source, "en") in by and ("en", target) in by:
            return [by[(source, "en")], by[("en", target)]]
        missing = [f"translate-{source}_en"] if (source, "en") not in by else []
        missing += [] if ("en", target) in by else [f"translate-en_{target}"]
        raise MissingModelError(source, target, missing)

    def translate_blocks(
        self,
        blocks: list[Block],
        source: str,
        target: str,
        title: str | None = None,
        progress=None,  # noqa: ANN001
        cancel=None,  # noqa: ANN001
        apart: str = "",
    ) -> TranslationResult:
        self.calls += 1
        hops = self.route(source, target)
        result = TranslationResult(
            source,
            target,
            [],
            [{"code": p.code, "version": p.version} for p in hops],
            pivot="en" if len(hops) > 1 else None,
        )
        if title:
            result.blocks.append(BlockTranslation("title", [SentencePair(title)]))
        for block in blocks:
            parts = block.text.split("\n") if block.kind == "letterhead" else split_sentences(block.text, source)
            separator = "\n" if block.kind == "letterhead" else " "
            result.blocks.append(
                BlockTranslation(
                    block.kind, [SentencePair(p) for p in parts], block.lang, block.level, block.marker, separator
                )
            )
        pairs = result.sentences
        for start in range(0, len(pairs), self.batch_size):
            if cancel and cancel():
                result.cancelled = True
                break
            if self.gate is not None:
                self.gate.wait(5)
                self.gate.clear()
            for pair in pairs[start : start + self.batch_size]:
                pair.target, pair.done = f"[{target}] {pair.source}", True
            if progress:
                progress(min(start + self.batch_size, len(pairs)), len(pairs), result)
        return result
