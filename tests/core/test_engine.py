import threading
import time
from pathlib import Path

import pytest

from reader.core.engine import guard
from reader.core.engine.cache import TranslationCache
from reader.core.engine.pacing import next_size, padded
from reader.core.engine.packages import MissingModelError
from reader.core.engine.translator import Engine
from reader.core.errors import PackageError
from reader.core.library import Library
from tests.conftest import ROOT, SEED_ID


@pytest.fixture
def seed_nl():
    release = Library.load(ROOT / "releases").get(SEED_ID)
    return release.versions["nl"]


@pytest.fixture
def engine(installed_packages, tmp_path: Path) -> Engine:
    return Engine(installed_packages, TranslationCache(tmp_path / "cache.sqlite3"), threads=1)


def test_structure_of_a_translation(engine, seed_nl, no_network):
    result = engine.translate_blocks(seed_nl.blocks, "nl", "en", title=seed_nl.title)
    assert result.complete and not result.cancelled
    assert result.pivot is None
    assert result.models == [{"code": "translate-nl_en", "version": "1.0"}]
    kinds = [b.kind for b in result.blocks]
    assert kinds[:3] == ["title", "letterhead", "letterhead"]
    assert kinds.count("paragraph") == 6
    # the letterhead keeps its lines; the quote paragraph is split inside the quotation marks
    assert len(result.blocks[1].sentences) == 4
    quote = result.blocks[4]
    assert quote.sentences[0].source.startswith("Kris Peeters: “De investering")
    assert len(quote.sentences) == 4
    assert len(result.sentences) >= 20
    assert all(s.target.strip() and s.done and not s.cached for s in result.sentences)
    saved = result.to_blocks()
    assert [b.kind for b in saved][:2] == ["letterhead", "letterhead"]
    assert saved[0].text.count("\n") == 3
    data = result.to_json()
    assert set(data["blocks"][3]["sentences"][0]) == {"source", "target", "cached", "flags", "tm"}


def test_pivot_through_english(engine, seed_nl, no_network):
    result = engine.translate_blocks(seed_nl.body, "nl", "fr")
    assert result.pivot == "en"
    assert [m["code"] for m in result.models] == ["translate-nl_en", "translate-en_fr"]
    assert all(s.target for s in result.sentences)


def test_cache_hit_loads_no_model(installed_packages, tmp_path: Path, seed_nl, no_network):
    cache_path = tmp_path / "cache.sqlite3"
    first = Engine(installed_packages, TranslationCache(cache_path), threads=1)
    one = first.translate_blocks(seed_nl.blocks, "nl", "fr", title=seed_nl.title)
    assert first.loads == 2
    second = Engine(installed_packages, TranslationCache(cache_path), threads=1)
    two = second.translate_blocks(seed_nl.blocks, "nl", "fr", title=seed_nl.title)
    assert second.loads == 0 and second.loaded_models() == []
    assert all(s.cached for s in two.sentences)
    assert [s.target for s in one.sentences] == [s.target for s in two.sentences]


def test_cancel_keeps_finished_batches(installed_packages, tmp_path: Path, seed_nl):
    cache = TranslationCache(tmp_path / "cache.sqlite3")
    engine = Engine(installed_packages, cache, threads=1, batch_size=4, interactive=True)
    seen = []

    def progress(done, total, partial):
        seen.append((done, total))

    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2  # let two batches through

    result = engine.translate_blocks(seed_nl.blocks, "nl", "en", progress=progress, cancel=cancel)
    assert result.cancelled and not result.complete
    finished = [s for s in result.sentences if s.done]
    assert 0 < len(finished) < len(result.sentences)
    # progress from the first sentence: 0 of N before any model runs, then one sentence alone
    assert seen[0][0] == 0 and seen[0][1] > 8
    assert seen[1][0] == 1
    # what finished is cached: a new run only translates the rest
    rerun = Engine(installed_packages, cache, threads=1).translate_blocks(seed_nl.blocks, "nl", "en")
    assert sum(s.cached for s in rerun.sentences) >= len({s.source for s in finished})


def test_a_cancelled_interactive_run_keeps_the_opening_of_the_text(installed_packages, tmp_path: Path, seed_nl):
    """Sorted by length, a cancel kept the shortest sentences, scattered: the top stayed empty (a new
    user's trial). Someone reads from the top, so the run goes from the top."""
    cache = TranslationCache(tmp_path / "cache.sqlite3")
    engine = Engine(installed_packages, cache, threads=1, batch_size=4, interactive=True)
    stop = threading.Event()
    result = engine.translate_blocks(
        seed_nl.body, "nl", "en", progress=lambda done, total, partial: done >= 3 and stop.set(), cancel=stop.is_set
    )
    assert result.cancelled
    done = [s.done for s in result.sentences]
    kept = done.index(False)
    opening = {s.source for s in result.sentences[:kept]}
    assert kept >= 3  # a run of finished sentences from the first; later, only those said again
    assert all(s.source in opening for s in result.sentences[kept:] if s.done)


def test_what_a_cancelled_pivot_finished_is_there_at_once_in_the_next_run(installed_packages, tmp_path: Path, seed_nl):
    """The TUI's run, cancelled, said 'kept 58'; the CLI's run after it, interrupted early, showed
    3 from the cache: a batch run found cached sentences only as its calls reached them."""
    cache = TranslationCache(tmp_path / "cache.sqlite3")
    first = Engine(installed_packages, cache, threads=1, batch_size=4, interactive=True)
    stop = threading.Event()
    result = first.translate_blocks(
        seed_nl.body, "nl", "fr", progress=lambda done, total, partial: done >= 3 and stop.set(), cancel=stop.is_set
    )
    assert result.cancelled and result.pivot == "en"
    done = {s.source for s in result.sentences if s.done}
    assert done
    second = Engine(installed_packages, TranslationCache(tmp_path / "cache.sqlite3"), threads=1)
    again = second.translate_blocks(seed_nl.body, "nl", "fr", cancel=lambda: True)
    assert {s.source for s in again.sentences if s.cached and s.done} == done
    targets = {s.source: s.target for s in result.sentences if s.done}
    assert all(s.target == targets[s.source] for s in again.sentences if s.source in done)


def test_a_cancellable_run_sizes_its_calls_and_stops_between_them(installed_packages, tmp_path: Path, seed_nl):
    """A CTranslate2 call cannot be stopped: an interactive run keeps each short, a CLI run does not."""
    from reader.core.engine import translator

    cache = TranslationCache(tmp_path / "cache.sqlite3")
    engine = Engine(installed_packages, cache, threads=1, batch_size=8, interactive=True)
    sizes: list[int] = []
    decode = engine._decode
    engine._decode = lambda package, texts, *rest: sizes.append(len(texts)) or decode(package, texts, *rest)  # type: ignore[method-assign]
    stop = threading.Event()
    done: list[int] = []

    def progress(count, total, partial):
        done.append(count)
        if count >= 3:
            stop.set()  # Esc pressed while the third sentence was decoded

    result = engine.translate_blocks(seed_nl.blocks, "nl", "en", progress=progress, cancel=stop.is_set)
    assert result.cancelled and sizes[0] == 1
    assert all(size <= 8 for size in sizes)
    assert sum(s.done for s in result.sentences) - sum(s.cached for s in result.sentences) == done[-1]
    aim = translator.INTERACTIVE_SECONDS
    assert next_size(["ab", "cd"], aim, ["ef", "gh", "ij"], 8, aim) == 2  # two took the whole room: two again
    assert next_size(["ab"], aim / 4, ["cd"] * 9, 8, aim) == 4
    assert next_size(["ab"], 5.0, ["cd"] * 9, 8, aim) == 1


def test_a_cancellable_run_sizes_a_call_by_its_sentences_lengths(installed_packages, tmp_path: Path):
    """Trial E (F3): Esc waited 1.3-1.5 s on a big model: calls were sized by the last call's time
    per sentence, so short sentences made room for a call of several with long ones among them. A
    call costs its sentences times its longest (each decoded until the longest ends): none of these
    calls goes far past the aim."""
    from reader.core.engine import translator

    short = " ".join(f"Kort {i}." for i in range(6))
    long = " ".join(f"Een veel langere zin met woord {i} erin." for i in range(12))
    engine = Engine(installed_packages, TranslationCache(tmp_path / "c.sqlite3"), threads=1, interactive=True)
    per_char = translator.INTERACTIVE_SECONDS / 300  # a short sentence: 2% of the aim; a long one: 13%
    costs: list[float] = []

    def timed(hops, sources, cancel=None):  # noqa: ANN001, ANN202 - a call as long as CTranslate2's would be
        costs.append(padded(sources) * per_char)
        time.sleep(costs[-1])
        return {s: (s.upper(), [], False) for s in sources}

    engine._translate_batch = timed  # type: ignore[method-assign]
    result = engine.translate_text(f"{short} {long} {short.replace('Kort', 'Klein')}", "nl", "en", cancel=lambda: False)
    assert result.complete and len(costs) > 2
    assert max(costs) <= translator.INTERACTIVE_SECONDS * 1.5, costs


def test_missing_model_and_unknown_language(engine, installed_packages, seed_nl):
    from reader.core.engine.packages import remove

    remove("translate-en_fr", installed_packages)
    engine.packages(refresh=True)
    with pytest.raises(MissingModelError, match="translate-en_fr"):
        engine.translate_blocks(seed_nl.body, "nl", "fr")
    with pytest.raises(PackageError, match="unknown language 'xx'"):
        engine.translate_blocks(seed_nl.body, "nl", "xx")


def test_corrupt_model_is_a_clear_error(engine, installed_packages, seed_nl):
    (installed_packages / "nl_en" / "model" / "model.bin").write_bytes(b"garbage")
    with pytest.raises(PackageError, match="corrupt package"):
        engine.translate_blocks(seed_nl.body, "nl", "en")


def test_alternatives_are_the_n_best_of_the_same_decoder(engine, installed_packages, tmp_path: Path):
    sentence = "Alibaba creëert zijn eerste Europese hub in Luik."
    alternatives = engine.alternatives(sentence, "nl", "en", n=3)
    assert 1 <= len(alternatives) <= 3 and all(alternatives)
    assert len(set(alternatives)) == len(alternatives)  # distinct renderings, not the best one thrice
    # The first is what a plain translation with the same beam gives.
    wide = Engine(installed_packages, TranslationCache(tmp_path / "wide.sqlite3"), threads=1, beam_size=3)
    assert wide.translate_text(sentence, "nl", "en").sentences[0].target == alternatives[0]
    # Through the pivot, the last hop gives the alternatives.
    assert engine.alternatives(sentence, "nl", "fr", n=2)


def test_translate_text_and_lru(engine):
    engine.max_loaded = 1
    engine.translate_text("Een zin.\n\nNog een zin.", "nl", "en")
    engine.translate_text("Une phrase.", "fr", "en")
    assert len(engine.loaded_models()) == 1


def test_two_engines_share_the_cache_at_once(installed_packages, tmp_path: Path, seed_nl):
    cache_path = tmp_path / "cache.sqlite3"
    errors = []

    def work() -> None:
        try:
            engine = Engine(installed_packages, TranslationCache(cache_path), threads=1)
            engine.translate_blocks(seed_nl.body, "nl", "en")
        except Exception as exc:  # pragma: no cover - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert TranslationCache(cache_path).count() >= 16
    assert TranslationCache(cache_path).clear() >= 16


def test_guards():
    assert guard.has_repetition(["a", "b", "c", "c", "c", "c"])
    assert guard.has_repetition(["x", "y", "z", "x", "y", "z", "x", "y", "z"])
    assert not guard.has_repetition(["the", "cat", "sat", "on", "the", "mat"])
    assert not guard.has_repetition([".", ".", ".", "."])
    assert guard.flags_for("Een zin hier.", "Een zin hier.", ["a"], 10) == ["identical"]
    assert "truncated" in guard.flags_for("a", "b", ["b"] * 10, 10)
    assert guard.max_decoding_length(10) == 30
    assert guard.max_decoding_length(10_000) == guard.MAX_DECODING


def test_long_sentences_go_fewer_at_a_time(installed_packages, tmp_path: Path, seed_nl, monkeypatch):
    """A tight memory bound cuts calls to one sentence; every sentence is still translated.

    (Not byte for byte as batched: padding changes int8 numerics a little, in CTranslate2 itself.)
    """
    sizes: list[int] = []
    plain = Engine(installed_packages, TranslationCache(tmp_path / "a.sqlite3"), threads=1)
    expected = plain.translate_blocks(seed_nl.blocks[:4], "nl", "en")
    tight = Engine(installed_packages, TranslationCache(tmp_path / "b.sqlite3"), threads=1)
    tight.bound.max_memory = 1  # nothing fits: one sentence per call to the decoder
    loaded = tight._load(tight.route("nl", "en")[0])
    real = loaded.translator.translate_batch

    class Spy:
        def translate_batch(self, batch, **kwargs):  # noqa: ANN001, ANN202
            sizes.append(kwargs["max_batch_size"])
            return real(batch, **kwargs)

    monkeypatch.setattr(loaded, "translator", Spy())
    result = tight.translate_blocks(seed_nl.blocks[:4], "nl", "en")
    assert sizes and set(sizes) == {1}
    assert result.complete and len(result.sentences) == len(expected.sentences)
    assert all(s.target for s in result.sentences)


def test_a_batch_run_with_a_cancel_keeps_whole_calls(installed_packages, tmp_path: Path, seed_nl):
    """translate --all passes a cancel for Ctrl-C: that alone must not cut its calls to one sentence."""
    engine = Engine(installed_packages, TranslationCache(tmp_path / "cache.sqlite3"), threads=1, batch_size=8)
    sizes: list[int] = []
    decode = engine._decode
    engine._decode = lambda package, texts, *rest: sizes.append(len(texts)) or decode(package, texts, *rest)  # type: ignore[method-assign]
    result = engine.translate_blocks(seed_nl.blocks, "nl", "en", cancel=lambda: False)
    assert result.complete and sizes[0] == 8


def test_an_interrupt_inside_a_hop_keeps_the_calls_that_ended(installed_packages, tmp_path: Path, seed_nl):
    """Ctrl-C in the CLI raises KeyboardInterrupt in the middle of a batch: its finished calls stay cached."""
    cache = TranslationCache(tmp_path / "cache.sqlite3")
    engine = Engine(installed_packages, cache, threads=1, batch_size=16)
    engine.bound.call_cap = 2  # several calls inside one batch
    real_call = engine._call
    calls = {"n": 0}

    def call(*args):  # noqa: ANN002, ANN202
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_call(*args)

    engine._call = call  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        engine.translate_blocks(seed_nl.blocks, "nl", "en")
    rerun = Engine(installed_packages, cache, threads=1).translate_blocks(seed_nl.blocks, "nl", "en")
    assert len({s.source for s in rerun.sentences if s.cached}) == 4  # two calls of two


def test_every_flag_the_engine_raises_is_explained_to_the_user():
    """The side-by-side detail said '⚑ numbers: numbers': a flag without its explanation."""
    import re

    from reader.core.engine.guard import EXPLAIN
    from tests.conftest import ROOT

    raised = set()
    for module in ("guard.py", "translator.py", "remote.py"):
        source = (ROOT / "reader" / "core" / "engine" / module).read_text(encoding="utf-8")
        raised |= set(re.findall(r"flags\.append\(\"(\w+)\"\)", source))
    assert raised and raised <= set(EXPLAIN)
