"""An exact match of a sentence the archive renders in more than one way (trial D: five releases said
one thing, the newest another, and `translate` took the newest marked only `tm`): the newest wins,
and the output says how many renderings there are and how many pairs say otherwise, unless a
reviewer marked one ok. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from reader.core.engine.result import SentencePair
from reader.core.memory.store import MemoryStore
from reader.core.review.store import ReviewStore, pair_key
from tests.core.test_translation_memory import write_release

NL = "Het loket is op vrijdag gesloten."
OLD = "Le guichet est fermé le vendredi."
NEW = "Le guichet n'ouvre pas le vendredi."
SECOND_NL, SECOND_FR = "Vragen kunnen per brief.", "Les questions peuvent être posées par lettre."


def library(root: Path) -> Path:
    for i in range(5):
        write_release(root, f"2023-0{i + 1}-10-loket-{i}", f"2023-0{i + 1}-10", [NL, SECOND_NL], [OLD, SECOND_FR])
    write_release(root, "2024-02-10-loket-new", "2024-02-10", [NL, SECOND_NL], [NEW, SECOND_FR])
    return root


def test_the_newest_of_two_renderings_wins_and_counts_the_others(tmp_path: Path):
    store = MemoryStore(library(tmp_path / "lib"), None, tmp_path / "reviews")
    store.update()
    found = store.exact([NL, SECOND_NL], "nl", "fr")
    hit = found[NL]
    assert hit.target == NEW and hit.release == "2024-02-10-loket-new"
    assert (hit.renderings, hit.otherwise) == (2, 5)
    assert (found[SECOND_NL].renderings, found[SECOND_NL].otherwise) == (1, 0)  # one rendering: nothing to say
    # without the newest release (the one translated), the old rendering alone is left
    alone = store.exact([NL], "nl", "fr", apart="2024-02-10-loket-new")[NL]
    assert alone.target == OLD and (alone.renderings, alone.otherwise) == (1, 0)


def test_a_rendering_marked_ok_decides_and_nothing_is_said(tmp_path: Path):
    root = library(tmp_path / "lib")
    ReviewStore("2023-03-10-loket-2", "nl", "fr", tmp_path / "reviews").set(pair_key(NL, OLD), status="ok")
    store = MemoryStore(root, None, tmp_path / "reviews")
    store.update()
    hit = store.exact([NL], "nl", "fr")[NL]
    assert hit.target == OLD and hit.reviewed and (hit.renderings, hit.otherwise) == (1, 0)


def test_the_note_in_the_sentence_s_json():
    pair = SentencePair(NL, NEW, True, done=True, memory={"release": "r", "date": "d", "renderings": 2, "otherwise": 1})
    assert pair.memory_note == "1 of 2 renderings; 1 pair says otherwise"
    assert pair.to_json()["memory"]["note"] == pair.memory_note
    plain = SentencePair(NL, NEW, True, done=True, memory={"release": "r", "date": "d"})
    assert plain.memory_note == "" and "note" not in plain.to_json()["memory"]
