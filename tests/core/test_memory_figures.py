"""Figures are placeables in the fuzzy score (trial D): a monthly release repeats last month's frame
with new figures, and that frame is the match, with the new figures carried into its rendering."""

from __future__ import annotations

from pathlib import Path

from reader.core.memory.lookup import carry_numbers, fuzzy, similarity
from reader.core.memory.store import MemoryStore
from tests.core.test_translation_memory import write_release

# Written for these tests: a made-up monthly count, its frame kept and its figures changed.
FRAME_NL = "Het aantal verloren fietsen steeg tot {a} in juni, tegenover {b} in mei."
FRAME_FR = "Le nombre de vélos perdus est passé à {a} en juin, contre {b} en mai."
# an older sentence that shares a figure with the new one but not its frame
OTHER_NL = "Het aantal gevonden fietsen daalde tot 3,9 in juni bij de dienst van de stad."
OTHER_FR = "Le nombre de vélos retrouvés est descendu à 3,9 en juin au service de la ville."


def _memory(tmp_path: Path) -> MemoryStore:
    root = tmp_path / "lib"
    write_release(
        root,
        "2022-07-05-fietsen",
        "2022-07-05",
        [FRAME_NL.format(a="4,7", b="2,05")],
        [FRAME_FR.format(a="4,7", b="2,05")],
    )
    write_release(root, "2023-07-05-gevonden", "2023-07-05", [OTHER_NL], [OTHER_FR])
    store = MemoryStore(root, None)
    store.update()
    return store


def test_a_frame_with_new_figures_is_the_best_match_and_carries_them(tmp_path: Path):
    store = _memory(tmp_path)
    new = FRAME_NL.format(a="3,9", b="1,18")
    (best, *rest) = fuzzy(store, new, "nl", "fr")
    assert best.pair.release == "2022-07-05-fietsen" and best.score >= 0.95
    assert best.target == FRAME_FR.format(a="3,9", b="1,18")  # the new sentence's figures, in place
    assert all(s.score < best.score for s in rest)
    one = fuzzy(store, FRAME_NL.format(a="3,9", b="2,05"), "nl", "fr")[0]
    assert one.score > best.score  # fewer figures changed, among equal frames, ranks higher
    assert one.target == FRAME_FR.format(a="3,9", b="2,05")
    same = fuzzy(store, FRAME_NL.format(a="4,7", b="2,05"), "nl", "fr")[0]
    assert same.score == 1.0


def test_a_figure_is_one_word_of_the_score():
    # '4,14' was two words ('4' and '14'), so one changed figure cost twice a changed word
    assert similarity("de prijs is 4,14 euro", "de prijs is 2,61 euro") == 0.8


def test_figures_that_do_not_pair_up_leave_the_rendering_as_it_was_and_count_as_words():
    from reader.core.memory import lookup

    old_nl, old_fr = "Er waren 12 klachten en 4 boetes.", "Il y a eu 12 plaintes et 4 amendes."
    score, target = lookup.match_score("Er waren 15 klachten.", old_nl, old_fr)
    assert target == old_fr and score < 0.75
    # figures that swap places are carried, not seen as ambiguous
    assert carry_numbers("Er waren 4 klachten en 12 boetes.", old_nl, old_fr) == "Il y a eu 4 plaintes et 12 amendes."
