"""An XLIFF import whose write finds one of its segments changed by another writer meanwhile: that
edit is refused, the others are written. It exited 2 ('your edit is not written (the other edits are
written)'), which the README keeps for a file none of whose edits could be applied: a script read it
as 'nothing happened' (trial Z, F4). Now it says the refused segment in a warning and exits 0; a file
none of whose edits landed still exits 2. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from tests.cli.test_xliff_stale import BASE, _export, _rewrite, _segments
from tests.conftest import SEED_ID
from tests.two_writers import in_order


def _meanwhile(monkeypatch: pytest.MonkeyPatch, lib: Path, old: str, new: str) -> None:
    """Another writer changes one sentence of the French on disk just before the import writes."""
    real = Library.save_version

    def save(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        fr = lib / SEED_ID / "fr.md"
        text = fr.read_text(encoding="utf-8")
        assert old in text
        fr.write_text(text.replace(old, new), encoding="utf-8")
        monkeypatch.setattr(Library, "save_version", real)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Library, "save_version", save)


def _changed(text: str, word: str = "vraiment") -> str:
    """The sentence itself changed (a word put after its first word), as a translator or a reviser would."""
    head, _, rest = text.partition(" ")
    return f"{head} {word} {rest}"


def test_an_import_that_wrote_some_edits_exits_0_and_names_the_one_taken_meanwhile(
    run, lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    first, second = _changed(before[2]["target"]), _changed(before[5]["target"])
    cat = _rewrite(old, "cat.xlf", {2: first, 5: second})
    _meanwhile(monkeypatch, lib, before[5]["target"], _changed(before[5]["target"], "autrement"))
    result = run("import", str(cat), "--json")
    assert result.code == 0, result.err
    said = result.json()
    assert said["written"] is True and said["taken_meanwhile"] == [6]
    assert [c["segment"] for c in said["changes"]] == [3]
    assert "segment(s) 6 were changed by someone else" in result.err and "error" not in result.err
    after = _segments(run)
    assert any(s["target"] == first for s in after)
    assert second not in [s["target"] for s in after]


def test_an_import_none_of_whose_edits_landed_still_exits_2(
    run, lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    cat = _rewrite(old, "cat.xlf", {5: _changed(before[5]["target"])})
    _meanwhile(monkeypatch, lib, before[5]["target"], _changed(before[5]["target"], "autrement"))
    result = run("import", str(cat))
    assert result.code == 2 and "nothing written" in result.err


def test_twin_an_import_beside_an_edit_of_one_of_its_segments(run, lib: Path, tmp_path: Path):
    """Whatever the order: an import that wrote its other edit exits 0; one text or the other, whole."""
    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    first, second = _changed(before[2]["target"]), _changed(before[5]["target"])
    cat = _rewrite(old, "cat.xlf", {2: first, 5: second})
    mine = _changed(before[5]["target"], "autrement")
    imported, edited = in_order(["import", str(cat)], ["review", *BASE, "--segment", "6", "--edit", mine])
    after = _segments(run)
    if any(s["target"] == first for s in after):
        assert imported == 0, (imported, edited)
    assert after[5]["target"] in (second, mine) and edited in (0, 2)
