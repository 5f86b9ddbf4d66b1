"""A target typed in another language than the file declares (German in an nl→fr file) is not taken
as a French text or proposal: trial C's was offered as a French proposal, flagged only for its
figures ('«8» not in the target'), nothing saying the text was German (F7)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from tests.cli.test_xliff_cli import _edit_segment, _export, _fr, _rewrite, _segments

# written for these tests
GERMAN = "Die Arbeiten am neuen Hafenbecken beginnen im Herbst und dauern ungefähr zwei Jahre."
ENGLISH = "The works on the new dock start in the autumn and will take about two years."


def test_a_target_in_german_is_skipped_and_named_with_its_language(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff12")
    before, fr = _segments(run), _fr(lib)
    french = before[6]["target"].replace("important", "majeur")
    changed = _rewrite(exported, {4: GERMAN, 6: french})
    result = run("import", str(changed), "--json")
    assert result.code == 0, result.err
    assert result.json()["other_language"] == [{"segment": 5, "language": "de"}]
    assert [c["segment"] for c in result.json()["changes"]] == [7]
    line = next(line for line in result.err.splitlines() if "another language" in line)
    assert "changed.xlf: skipped 1 unit(s) whose target reads as another language than the French" in line
    assert "(German: segment(s) 5); --accept-copies takes them" in line
    assert GERMAN not in _fr(lib).decode("utf-8") and _segments(run)[4]["target"] == before[4]["target"]
    assert fr != _fr(lib) or _segments(run)[6]["comment"]  # the French edit went in (or is a proposal)


def test_an_english_target_in_a_french_file_is_named_too_and_accept_copies_takes_it(run, lib: Path, tmp_path: Path):
    exported = _export(run, tmp_path, "xliff12")
    changed = _rewrite(exported, {4: ENGLISH})
    said = run("import", str(changed), "--dry-run", "--json")
    assert said.code == 0 and said.json()["other_language"] == [{"segment": 5, "language": "en"}], said.err
    taken = run("import", str(changed), "--accept-copies", "--json")
    assert taken.code == 0 and [c["segment"] for c in taken.json()["changes"]] == [5], taken.err
    assert taken.json()["other_language"] == []


def test_twin_a_german_target_imported_while_another_process_edits(run, lib: Path, tmp_path: Path):
    """The German unit never lands, whichever writer comes last; the other process's edit stays."""
    exported = _export(run, tmp_path, "xliff12")
    before = _segments(run)
    changed = _rewrite(exported, {4: GERMAN})
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    edit = before[8]["target"].replace("22 hectares", "vingt-deux hectares")
    other = ctx.Process(target=_edit_segment, args=(str(lib), 9, edit, barrier))
    other.start()
    barrier.wait()
    result = run("import", str(changed), "--json")
    other.join(60)
    assert other.exitcode == 0 and result.code in (0, 2), result.err
    if result.code == 0:
        assert result.json()["other_language"] == [{"segment": 5, "language": "de"}]
    after = _segments(run)
    assert GERMAN not in _fr(lib).decode("utf-8") and after[4]["target"] == before[4]["target"]
    assert GERMAN not in after[4]["comment"]  # no proposal of it either
