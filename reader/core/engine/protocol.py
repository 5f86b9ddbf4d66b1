"""What the UI and the review code need from a translation engine.

The local CTranslate2 engine implements it, the test translator too, and a remote engine (a
LibreTranslate server) can: nothing above this layer knows which one it talks to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from reader.core.engine.packages import InstalledPackage
from reader.core.engine.result import TranslationResult
from reader.core.model import Block

Progress = Callable[[int, int, TranslationResult], None]
Cancel = Callable[[], bool]


class MemoryHit(Protocol):
    @property
    def release(self) -> str: ...
    @property
    def date(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def renderings(self) -> int: ...  # of the sentence in the archive, when no reviewer chose one (else 1)
    @property
    def otherwise(self) -> int: ...  # pairs that render it otherwise


class Memory(Protocol):
    """The archive's official renderings, looked up before any model runs (reader.core.memory)."""

    def exact(self, sentences: list[str], src: str, tgt: str, apart: str = "") -> Mapping[str, MemoryHit]:
        """The stored rendering of each sentence seen before, by its exact text; none of release `apart`."""
        ...

    def suggestions(self, sentence: str, src: str, tgt: str) -> list[dict[str, Any]]:
        """Fuzzy matches of a sentence not found exactly: score, source, target, release."""
        ...


class Translator(Protocol):
    def packages(self, refresh: bool = False) -> list[InstalledPackage]:
        """The installed pairs; `refresh` re-reads them after an install or a removal."""
        ...

    def route(self, from_code: str, to_code: str) -> list[InstalledPackage]:
        """The packages a pair goes through; raises MissingModelError naming what to install."""
        ...

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
        """Sentence-aligned translation; a cancelled run returns what finished (result.cancelled).
        `apart`: the release translated, whose own renderings the archive's memory never offers (a
        machine version would be its official text copied back)."""
        ...


class NBestTranslator(Translator, Protocol):
    """A translator that also gives the n best renderings of one sentence (`translate --alternatives`)."""

    def alternatives(self, sentence: str, from_code: str, to_code: str, n: int = 4) -> list[str]:
        """Distinct renderings, best first, at most n."""
        ...
