"""`check` with a model translates the whole page for the alignment before it prints anything: on a
long page 31-52 s of silence (trial B). Its progress is said on stderr when that is a terminal, as
the index and translate say theirs; never with --json."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import pytest

from reader.core.library import Library
from tests.conftest import ROOT, SEED_ID


class _Counting:
    """An engine that routes every pair and says its progress sentence by sentence."""

    def __init__(self) -> None:
        self.told: list[tuple[int, int]] = []
        self.given: list[bool] = []

    def route(self, src: str, tgt: str) -> list[str]:
        return [f"{src}_{tgt}"]

    def translate_blocks(self, blocks, src, tgt, title=None, progress=None, cancel=None, apart=""):  # noqa: ANN001, ANN201
        from reader.core.engine.result import BlockTranslation, SentencePair, TranslationResult

        self.given.append(progress is not None)
        result = TranslationResult(src, tgt, [], models=[{"code": "count", "version": "1"}])
        texts = [b.text for b in blocks]
        for done, text in enumerate(texts, 1):
            result.blocks.append(BlockTranslation("paragraph", [SentencePair(text, text, done=True)]))
            if progress is not None:
                progress(done, len(texts), result)
                self.told.append((done, len(texts)))
        return result


class _Context:
    def __init__(self, engine: _Counting) -> None:
        self._engine = engine

    def engine(self, *_args: Any) -> _Counting:
        return self._engine


@pytest.mark.parametrize(
    ("terminal", "json", "said"), [(True, False, True), (False, False, False), (True, True, False)]
)
def test_the_translation_for_the_check_says_its_progress_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, terminal: bool, json: bool, said: bool
):
    from reader.commands.review import _mt

    monkeypatch.setattr(sys.stderr, "isatty", lambda: terminal)
    engine = _Counting()
    release = Library.load(ROOT / "releases").get(SEED_ID)
    args = argparse.Namespace(no_mt=False, source="nl", target="fr", json=json)
    helper = _mt(args, _Context(engine), release)  # type: ignore[arg-type]
    assert helper is not None and engine.given == [said]
    assert bool(engine.told) is said
