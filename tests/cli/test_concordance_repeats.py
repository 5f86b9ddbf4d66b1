"""concordance: a standing line repeated across releases is one row with its count (trial O:
`concordance "evaluatie volgt" --limit 3` showed one sentence pair three times, where the limit is
there to show different renderings). Sentences in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_translation_memory import write_release

STANDING = ("Een evaluatie volgt na twee jaar.", "Une évaluation suivra après deux ans.")
OLDER = ("Een evaluatie volgt na drie maanden.", "Une évaluation aura lieu dans trois mois.")


def _archive(tmp_path: Path) -> Path:
    """Two older releases with one rendering, then three newer with the standing line, word for word."""
    root = tmp_path / "lib"
    for i in range(5):
        nl, fr = OLDER if i < 2 else STANDING
        lead = (
            f"De gemeente plant {12 + i} nieuwe bomen in de wijk.",
            f"La commune plante {12 + i} arbres dans le quartier.",
        )
        write_release(
            root, f"2024-03-{i + 10:02d}-bomen-{i:02d}", f"2024-03-{i + 10:02d}", [lead[0], nl], [lead[1], fr]
        )
    return root


def test_a_pair_repeated_across_releases_is_one_row_with_its_count(run, tmp_path: Path):  # noqa: ANN001
    root = _archive(tmp_path)
    assert run("--library", str(root), "memory").code == 0
    argv = ["--library", str(root), "concordance", "evaluatie volgt", "--from", "nl", "--to", "fr", "--limit", "2"]
    hits = run(*argv, "--json").json()
    assert [h["source"] for h in hits] == [STANDING[0], OLDER[0]]  # the newest, then another rendering
    assert hits[0]["releases"] == ["2024-03-14-bomen-04", "2024-03-13-bomen-03", "2024-03-12-bomen-02"]
    assert len(hits[1]["releases"]) == 2  # the older line, in its two releases
    shown = run(*argv)
    assert shown.code == 0 and shown.out.count(STANDING[1]) == 1 and "3 releases" in shown.out, shown.out
