"""The three-way merge every save goes through (core.text.merge)."""

from __future__ import annotations

from reader.core.model import Block
from reader.core.text.merge import merge_blocks, merge_entry, merge_version, sentences


def _p(*texts: str) -> list[Block]:
    return [Block("paragraph", t) for t in texts]


def test_sentences_keep_every_character():
    text = "Eén. Twee? Drie!  Vier « vijf ». Zes"
    assert "".join(sentences(text)) == text
    assert sentences("A. B.") == ["A.", " ", "B."]


def test_changes_of_different_blocks_both_survive():
    base = _p("A one.", "B one.", "C one.")
    merged, refused = merge_blocks(base, _p("A two.", "B one.", "C one."), _p("A one.", "B one.", "C two."))
    assert merged == _p("A two.", "B one.", "C two.") and not refused


def test_changes_of_different_sentences_of_one_block_both_survive():
    base = _p("First sentence. Second sentence. Third sentence.")
    mine = _p("First changed. Second sentence. Third sentence.")
    theirs = _p("First sentence. Second sentence. Third changed.")
    merged, refused = merge_blocks(base, mine, theirs)
    assert merged == _p("First changed. Second sentence. Third changed.") and not refused


def test_the_same_sentence_changed_twice_is_refused_and_theirs_kept():
    base = _p("One. Two. Three.")
    merged, refused = merge_blocks(base, _p("One. Mine. Three."), _p("One. Theirs. Three."))
    assert merged == _p("One. Theirs. Three.")
    assert [r.base for r in refused] == ["Two."] and refused[0].name() == "'Two.'"


def test_the_same_change_on_both_sides_is_no_conflict():
    base = _p("One. Two.")
    merged, refused = merge_blocks(base, _p("One. Deux."), _p("One. Deux."))
    assert merged == _p("One. Deux.") and not refused


def test_inserted_and_removed_blocks_merge():
    base = _p("A.", "B.", "C.")
    merged, refused = merge_blocks(base, _p("A.", "New.", "B.", "C."), _p("A.", "B."))
    assert merged == _p("A.", "New.", "B.") and not refused


def test_a_title_changed_on_both_sides_is_refused():
    merged = merge_version(("T", _p("A.")), ("Mine", _p("A.")), ("Theirs", _p("A.")))
    assert merged.title == "Theirs" and merged.refused[0].name() == "the title"
    merged = merge_version(("T", _p("A.")), ("Mine", _p("A.")), ("T", _p("B.")))
    assert (merged.title, merged.blocks, merged.refused) == ("Mine", _p("B."), [])


def test_metadata_is_merged_key_by_key():
    base = {"provenance": "unofficial", "translator": "Anne"}
    mine = {"provenance": "unofficial", "translator": "Anne", "editors": ["bob"]}
    theirs = {"provenance": "unofficial", "translator": "Anne", "editors": ["alice"], "date": "2024-01-01"}
    assert merge_entry(base, mine, theirs) == {
        "provenance": "unofficial",
        "translator": "Anne",
        "editors": ["alice", "bob"],
        "date": "2024-01-01",
    }
