"""A version replaced whole (a page imported again with --force, an earlier text restored) keeps the
reviewer's comments on the segments whose text changed: they were left under a key no segment had."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.two_writers import in_order

NL = (
    "Nieuw fietspad langs het kanaal\n\nGent, 4 februari 2025\n\n"
    "De stad legt een fietspad van 6 kilometer aan langs het kanaal. De werken starten in mei.\n\n"
    "Schepen Anna Vermeulen opent het pad op 20 september.\n"
)
FR = (
    "Nouvelle piste cyclable le long du canal\n\nGand, le 4 février 2025\n\n"
    "La ville aménage une piste cyclable de 6 kilomètres le long du canal. Les travaux commencent en mai.\n\n"
    "L'échevine Anna Vermeulen inaugure la piste le {day} septembre.\n"
)


def _release(run: Any, tmp_path: Path) -> tuple[tuple[str, str], str, Path]:
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    fr = tmp_path / "fr.txt"
    fr.write_text(FR.format(day=20), encoding="utf-8")
    release_id = run(*lib, "import", str(tmp_path / "nl.txt"), "--json").json()["id"]
    assert run(*lib, "import", str(fr), "--release", release_id).code == 0
    return lib, release_id, fr


def _segments(run: Any, lib: tuple[str, str], release_id: str) -> list[dict[str, Any]]:
    result = run(*lib, "review", release_id, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    segments: list[dict[str, Any]] = result.json()["segments"]
    return segments


def _mark(run: Any, lib: tuple[str, str], release_id: str, segment: int, state: str, comment: str) -> None:
    args = ("--segment", str(segment), "--set", state, "--comment", comment)
    assert run(*lib, "review", release_id, "--source", "nl", "--target", "fr", "--no-mt", *args).code == 0


def test_import_force_keeps_the_comment_of_a_changed_segment(run, tmp_path: Path):
    lib, release_id, fr = _release(run, tmp_path)
    _mark(run, lib, release_id, 4, "flagged", "ask which day")
    _mark(run, lib, release_id, 2, "ok", "distance checked")
    fr.write_text(FR.format(day=21).replace("6 kilomètres", "7 kilomètres"), encoding="utf-8")
    replaced = run(*lib, "import", str(fr), "--release", release_id, "--force")
    assert replaced.code == 0, replaced.err
    assert "kept the review of 2 segment(s)" in replaced.err and "1 'ok' back to todo" in replaced.err
    by_number = {s["segment"]: s for s in _segments(run, lib, release_id)}
    assert "21 septembre" in by_number[4]["target"]
    assert (by_number[4]["status"], by_number[4]["comment"]) == ("flagged", "ask which day")
    # an 'ok' approved the text that is gone: back to todo, its comment kept
    assert (by_number[2]["status"], by_number[2]["comment"]) == ("todo", "distance checked")


def test_restoring_an_earlier_text_takes_the_comments_along(run, tmp_path: Path):
    lib, release_id, fr = _release(run, tmp_path)
    fr.write_text(FR.format(day=21), encoding="utf-8")
    assert run(*lib, "import", str(fr), "--release", release_id, "--force").code == 0
    _mark(run, lib, release_id, 4, "flagged", "the Dutch says the twentieth")
    stamp = run(*lib, "history", release_id, "--lang", "fr", "--json").json()[0]["stamp"]
    restored = run(*lib, "history", release_id, "--lang", "fr", "--restore", stamp, "--json")
    assert restored.code == 0, restored.err
    assert restored.json()["reviews"] == {"carried": 1, "ok_reset": 0, "left": 0}
    segment = _segments(run, lib, release_id)[3]
    assert "20 septembre" in segment["target"] and segment["comment"] == "the Dutch says the twentieth"


def test_history_show_json_is_an_object(run, tmp_path: Path):
    lib, release_id, fr = _release(run, tmp_path)
    none = run(*lib, "history", release_id)  # nothing yet: said in a line, not an empty table
    assert none.code == 0 and " ".join(none.out.split()).startswith(f"no earlier text of {release_id} (nl, fr)")
    assert run(*lib, "history", release_id, "--json").json() == []
    fr.write_text(FR.format(day=21), encoding="utf-8")
    assert run(*lib, "import", str(fr), "--release", release_id, "--force").code == 0
    stamp = run(*lib, "history", release_id, "--lang", "fr", "--json").json()[0]["stamp"]
    shown = run(*lib, "history", release_id, "--lang", "fr", "--show", stamp, "--json")
    assert shown.code == 0, shown.err
    data = shown.json()
    assert (data["stamp"], data["lang"]) == (stamp, "fr") and "20 septembre" in data["text"]
    listed = run(*lib, "history", release_id).out  # every language: the heading names those with history
    assert "earlier text(s) of" in listed and "(fr)" in listed and "(nl, fr)" not in listed


def test_twin_a_comment_written_while_the_page_is_imported_again_is_kept(run, tmp_path: Path):
    """One process imports the French again (--force) while another comments on a segment the
    import leaves as it was: both land, the moved comment and the new one."""

    lib, release_id, fr = _release(run, tmp_path)
    _mark(run, lib, release_id, 4, "flagged", "ask which day")
    fr.write_text(FR.format(day=21), encoding="utf-8")
    review = ["review", release_id, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "3"]
    argv = [
        [*lib, "import", str(fr), "--release", release_id, "--force"],
        [*lib, *review, "--set", "ok", "--comment", "start date checked"],
    ]
    codes = dict(zip((a[2] for a in argv), in_order(*argv), strict=True))
    assert codes == {"import": 0, "review": 0}, codes
    by_number = {s["segment"]: s for s in _segments(run, lib, release_id)}
    assert (by_number[3]["status"], by_number[3]["comment"]) == ("ok", "start date checked")
    assert (by_number[4]["status"], by_number[4]["comment"]) == ("flagged", "ask which day")


def test_a_comment_whose_segment_is_gone_goes_to_the_nearest_one_never_out_of_sight(run, tmp_path: Path):
    """The new French says two sentences in one: the reviewed pair is gone. Its comment is added to
    the segment now there, marked as written on the replaced text, and that segment is flagged."""
    lib, release_id, fr = _release(run, tmp_path)
    _mark(run, lib, release_id, 3, "flagged", "mai ou juin ?")
    merged = FR.format(day=20).replace(
        "le long du canal. Les travaux commencent", "le long du canal, dont les travaux commencent"
    )
    fr.write_text(merged, encoding="utf-8")
    replaced = run(*lib, "import", str(fr), "--release", release_id, "--force")
    assert replaced.code == 0, replaced.err
    segments = _segments(run, lib, release_id)
    held = [s for s in segments if "on the replaced text: mai ou juin ?" in s["comment"]]
    assert len(held) == 1 and held[0]["status"] == "flagged", [(s["segment"], s["comment"]) for s in segments]
    assert "whose segment is gone were added to the nearest segment's" in replaced.err


def test_a_reviewed_segment_that_lacked_a_sentence_is_let_go_when_the_sentence_comes(run, tmp_path: Path):
    """A 2-1 segment marked ok glued two Dutch sentences to one French; once the French is imported
    again with the missing sentence, each sentence has its own, and the 'ok' goes back to todo."""
    lib, release_id, fr = _release(run, tmp_path)
    short = FR.format(day=20).replace(" Les travaux commencent en mai.", "")
    fr.write_text(short, encoding="utf-8")
    assert run(*lib, "import", str(fr), "--release", release_id, "--force").code == 0
    merged = [s for s in _segments(run, lib, release_id) if s["type"] == "2-1"]
    assert len(merged) == 1
    _mark(run, lib, release_id, merged[0]["segment"], "ok", "")
    fr.write_text(FR.format(day=20), encoding="utf-8")
    replaced = run(*lib, "import", str(fr), "--release", release_id, "--force")
    assert replaced.code == 0, replaced.err
    assert "1 'ok' back to todo" in replaced.err
    segments = _segments(run, lib, release_id)
    assert all(s["type"] == "1-1" for s in segments), [(s["type"], s["source"][:30]) for s in segments]
    assert all(s["status"] == "todo" for s in segments)
