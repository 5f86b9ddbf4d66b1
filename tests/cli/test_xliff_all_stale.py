"""An XLIFF whose units are all stale (the target version was rewritten since the export): the
translator's edits in it cannot be applied. It used to exit 0 and read like an untouched file; now
the import says how many units were stale and not applied, and which carried the file's edits, and
exits 2 when none could be applied while some carried edits (--json still prints the plan). An
untouched old file still exits 0."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.cli.test_xliff_stale import BASE, _export, _rewrite, _segments
from tests.conftest import SEED_ID


def _rewrite_version(lib: Path) -> None:
    """Another writer changes every French segment after the export (a new text of the version)."""
    fr = lib / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("e", "é"), encoding="utf-8")
    meta = lib / SEED_ID / "release.yaml"
    data = yaml.safe_load(meta.read_text(encoding="utf-8"))
    data["titles"]["fr"] = data["titles"]["fr"].replace("e", "é")
    meta.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_an_all_stale_file_with_edits_exits_2_and_says_what_was_not_applied(run, lib: Path, tmp_path: Path):
    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    cat = _rewrite(old, "cat.xlf", {5: before[5]["target"] + " Une phrase du traducteur."})
    _rewrite_version(lib)
    now = _segments(run)
    # the edited unit's segment as the rewritten version aligns now (its letterhead markup broken)
    seg = next(s["segment"] for s in now if s["source"] == before[5]["source"])
    for args in ([], ["--dry-run"]):
        result = run("import", str(cat), *args)
        assert result.code == 2, (args, result.err)
        error = result.err.splitlines()[-1]  # the last line, naming the file, after the warning
        assert error.startswith(f"press-reader: error: {cat}: none of the file's edits could be applied")
        assert f"1 unit(s) with edits are stale (segment(s) {seg})" in error
        assert "unit(s) were stale and not applied" in result.err
        assert f"1 of them carry the file's edits (segment(s) {seg})" in result.err
    said = run("import", str(cat), "--json")
    assert said.code == 2 and said.json()["stale_edited"] == [seg] and said.json()["written"] is False
    assert _segments(run) == now  # nothing written


def test_an_untouched_all_stale_file_exits_0_and_says_nothing_of_it_is_lost(run, lib: Path, tmp_path: Path):
    old = _export(run, tmp_path, "old.xlf")
    _rewrite_version(lib)
    result = run("import", str(old), "--json")
    assert result.code == 0, result.err
    said = result.json()
    assert said["changes"] == [] and said["stale"] and said["stale_edited"] == []
    assert said["written"] is False  # nothing applied: nothing written (it said true)
    assert f"{len(said['stale'])} unit(s) were stale and not applied" in result.err
    assert "nothing of the file's is lost" in result.err


def test_stale_units_beside_applied_ones_are_counted_and_the_import_goes_on(run, lib: Path, tmp_path: Path):
    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    later = before[3]["target"].replace("potentiel", "grand potentiel")
    assert run("review", *BASE, "--segment", "4", "--edit", later).code == 0  # after the export
    edited = before[3]["target"].replace("potentiel", "potentiel réel")  # the translator's, on the same one
    new6 = before[5]["target"] + " Une phrase ajoutée par le traducteur."
    result = run("import", str(_rewrite(old, "cat.xlf", {3: edited, 5: new6})), "--json")
    assert result.code == 0, result.err
    said = result.json()
    assert said["stale"] == [4] and said["stale_edited"] == [4] and said["changes"]
    assert "1 unit(s) were stale and not applied: segment(s) 4 changed in the library since" in result.err
    assert "1 of them carry the file's edits (segment(s) 4)" in result.err
    # taken again, as after a run refused on one segment: its other edits are in, and it says so
    again = run("import", str(tmp_path / "cat.xlf"))
    assert again.code == 2 and "none of the file's edits could be applied" in again.err
    assert "unit(s) hold what the library holds already" in again.err, again.err


def test_a_note_longer_than_a_comment_holds_is_refused_before_anything_is_written(run, lib: Path, tmp_path: Path):
    """The new target went into the version, then the note's state failed ('comment over 10000
    characters', naming the review file), exit 2; the dry run had said it would apply (a trial)."""
    from reader.core.review_states import MAX_COMMENT

    old = _export(run, tmp_path, "old.xlf")
    before = _segments(run)
    cat = _rewrite(
        old, "cat.xlf", {5: before[5]["target"] + " Une phrase du traducteur."}, {5: "x" * (MAX_COMMENT + 1)}
    )
    for args in (["--dry-run"], []):
        result = run("import", str(cat), *args)
        assert result.code == 2 and result.err.count("\n") == 1, result.err
        assert str(cat) in result.err and "note is 10,001 characters" in result.err
    assert _segments(run) == before  # nothing written
