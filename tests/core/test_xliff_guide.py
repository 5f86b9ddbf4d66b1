"""The scorers that rebuild an export's segments from an XLIFF file's units (importer/xliff_guide.py)."""

from __future__ import annotations

from reader.core.importer.xliff_guide import KEY_HIT, MISS, block_guide, guide, pair_key

# Written for these tests: one block of two Dutch sentences, rendered as one English sentence.
A, B = "De kade is klaar.", "Ze is 600 meter lang."
T = "The 600-metre quay is ready."
UNITS = [
    (f"s2-{pair_key(f'{A} {B}', T)}", f"{A} {B}", T),
    (f"s3-{pair_key('Tot ziens.', 'Bye.')}", "Tot ziens.", "Bye."),
]


def test_the_sentence_guide_knows_the_units_by_their_hash():
    score = guide([u for u, _, _ in UNITS])
    assert score(f"{A} {B}", T) == KEY_HIT
    assert score(A, T) == MISS and score(B, "") == MISS
    assert guide([], [(A, "Something new.")])(A, "Something new.") == KEY_HIT


def test_the_block_guide_takes_runs_of_units_and_a_changed_target_as_any_text():
    score = block_guide(UNITS)
    assert score(f"{A} {B} Tot ziens.", f"{T} Bye.") == KEY_HIT
    changed = [(UNITS[0][0], UNITS[0][1], "A new rendering the translator wrote."), UNITS[1]]
    score = block_guide(changed)  # the file's target no longer hashes to the id: the release still has T
    assert score(f"{A} {B} Tot ziens.", f"{T} Bye.") == KEY_HIT
    assert score(f"{A} {B} Tot ziens.", f"{T} Farewell.") == 0.7  # the source is a run; the kept target is not
    assert score("Iets anders.", T) == MISS
