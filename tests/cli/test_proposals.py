"""A correction of an official version is kept as a proposal in the segment's comment: a later comment
(`review --comment`) is added above it, never in its place, also when two processes write at once."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from tests.conftest import SEED_ID

REVERSE = [SEED_ID, "--source", "fr", "--target", "nl", "--no-mt"]  # the Dutch version is official


def _comment(run, segment: int) -> str:  # noqa: ANN001
    return str(run("review", *REVERSE, "--json").json()["segments"][segment - 1]["comment"])


def test_a_new_comment_keeps_the_stored_proposal(run, lib: Path):
    assert (
        run("review", *REVERSE, "--segment", "3", "--edit", "Een betere zin van de vertaler.").code == 0
    )  # kept as a proposal
    result = run("review", *REVERSE, "--segment", "3", "--set", "ok", "--comment", "checked with the desk")
    assert result.code == 0, result.err
    comment = _comment(run, 3)
    assert comment.splitlines() == ["checked with the desk", "proposed: Een betere zin van de vertaler."]
    # The same comment again, or one that repeats the proposal, does not double it.
    run("review", *REVERSE, "--segment", "3", "--comment", comment)
    assert _comment(run, 3) == comment
    run("review", *REVERSE, "--segment", "3", "--comment", "")
    assert _comment(run, 3) == "proposed: Een betere zin van de vertaler."


def test_a_proposal_of_two_lines_keeps_its_line_break(run, lib: Path, tmp_path: Path):
    """Two list items typed a line each came back as one (a translator's trial): the proposal keeps
    its lines apart in the comment's one line, and the editor gets them back as lines."""
    from reader.core.review.store import proposal_text

    edit = tmp_path / "edit.txt"
    edit.write_text("Het eerste punt van de lijst;\nhet tweede punt van de lijst.\n", encoding="utf-8")
    assert run("review", *REVERSE, "--segment", "3", "--edit-file", str(edit)).code == 0
    [line] = _comment(run, 3).splitlines()
    assert line == "proposed: Het eerste punt van de lijst; ¶ het tweede punt van de lijst."
    assert proposal_text(line) == "Het eerste punt van de lijst;\nhet tweede punt van de lijst."


def _review(library: str, barrier: object, *argv: str) -> None:
    from reader.cli import main

    os.environ["PRESS_READER_LIBRARY"] = library
    barrier.wait()  # type: ignore[attr-defined]
    main(["review", *REVERSE, *argv])


@pytest.mark.parametrize("round_", range(3))
def test_twin_a_comment_and_a_proposal_written_at_once_both_stay(run, lib: Path, round_: int):
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_review, args=(str(lib), barrier, "--segment", "4", "--comment", "seen by the desk"))
    other.start()
    barrier.wait()
    run("review", *REVERSE, "--segment", "4", "--edit", "Een voorstel uit het tweede venster.")
    other.join(60)
    assert other.exitcode == 0
    lines = _comment(run, 4).splitlines()
    assert "proposed: Een voorstel uit het tweede venster." in lines and "seen by the desk" in lines


def test_twin_a_two_line_proposal_and_a_comment_written_at_once_both_stay(run, lib: Path, tmp_path: Path):
    """The proposal's line break survives another process writing the segment's comment meanwhile."""
    edit = tmp_path / "edit.txt"
    edit.write_text("Het eerste punt;\nhet tweede punt.\n", encoding="utf-8")
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_review, args=(str(lib), barrier, "--segment", "4", "--comment", "seen by the desk"))
    other.start()
    barrier.wait()
    run("review", *REVERSE, "--segment", "4", "--edit-file", str(edit))
    other.join(60)
    assert other.exitcode == 0
    lines = _comment(run, 4).splitlines()
    assert "proposed: Het eerste punt; ¶ het tweede punt." in lines and "seen by the desk" in lines


def test_an_xliff_correction_of_an_official_version_is_a_proposal_in_the_dry_run_and_the_run(
    run, lib: Path, tmp_path: Path
):
    from lxml import etree

    exported = tmp_path / "nl.xlf"
    assert run("export", *REVERSE, "--format", "xliff12", "-o", str(exported)).code == 0
    tree = etree.parse(str(exported))
    units = [e for e in tree.iter() if etree.QName(e).localname == "trans-unit"]
    target = next(e for e in units[3] if etree.QName(e).localname == "target")
    target.text = "Een zin die de vertaler beter vond."
    changed = tmp_path / "fixed.xlf"
    tree.write(str(changed), xml_declaration=True, encoding="UTF-8")
    nl = (lib / SEED_ID / "nl.md").read_bytes()
    dry = run("import", str(changed), "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert [(c["segment"], c["status"]) for c in dry.json()["changes"]] == [(4, "flagged")]
    assert dry.json()["proposals"] == 1 and "would stay unchanged" in dry.err and "1 correction(s)" in dry.err
    result = run("import", str(changed))
    assert result.code == 0 and "error" not in result.err, result.err
    assert "'nl' version is unchanged" in result.err and "1 correction(s) were stored as proposals" in result.err
    assert "approved too" not in result.err  # the file approved none (the line had said one was, always)
    said = " ".join(result.out.split())  # the summary on stdout says it too, not 'changed 1 segment(s)' alone
    assert "changed the review of 1 segment(s)" in said and "(official text unchanged)" in said
    assert (lib / SEED_ID / "nl.md").read_bytes() == nl
    assert _comment(run, 4).splitlines() == ["proposed: Een zin die de vertaler beter vond."]
    again = run("import", str(changed), "--dry-run", "--json")
    assert again.code == 0 and again.json()["changes"] == []  # stored once, not again


def test_an_empty_correction_of_an_official_version_is_refused(run, lib: Path):
    """It stored 'proposed:' with nothing after it and flagged the segment, exit 0."""
    result = run("review", *REVERSE, "--segment", "3", "--edit", "  ")
    assert result.code == 2 and "empty" in result.err
    assert _comment(run, 3) == "" and run("review", *REVERSE, "--json").json()["segments"][2]["status"] == "todo"


def test_a_proposal_is_withdrawn_and_the_rest_of_the_comment_stays(run, lib: Path):
    """The trial: a correction kept as a proposal could not be taken back. `--withdraw` takes the
    proposal lines out of the comment; the reviewer's own words stay, and the state the proposal's
    'flagged' replaced comes back (an 'ok' stayed 'flagged' with nothing to say why: a trial)."""
    assert run("review", *REVERSE, "--segment", "3", "--set", "ok").code == 0
    assert run("review", *REVERSE, "--segment", "3", "--edit", "Een eerste voorstel.").code == 0
    assert run("review", *REVERSE, "--json").json()["segments"][2]["status"] == "flagged"
    assert run("review", *REVERSE, "--segment", "3", "--comment", "gezien").code == 0
    done = run("review", *REVERSE, "--segment", "3", "--withdraw")
    assert done.code == 0 and "withdrew 1 proposal(s) of segment 3" in done.out, done.err
    assert _comment(run, 3) == "gezien"
    assert run("review", *REVERSE, "--json").json()["segments"][2]["status"] == "ok"
    again = run("review", *REVERSE, "--segment", "3", "--withdraw")
    assert again.code == 2 and "no proposal to withdraw" in again.err and again.err.count("\n") == 1


@pytest.mark.parametrize("round_", range(3))
def test_twin_a_proposal_withdrawn_while_another_process_proposes_again(run, lib: Path, round_: int):
    """One process withdraws the segment's proposal while another proposes a new text: the new one
    stays if it came after the withdrawal, goes with the old one if it came first; the comment's own
    words stay either way, and nothing else is lost."""
    assert run("review", *REVERSE, "--segment", "4", "--edit", "Het oude voorstel.").code == 0
    assert run("review", *REVERSE, "--segment", "4", "--comment", "eigen woorden").code == 0
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_review, args=(str(lib), barrier, "--segment", "4", "--edit", "Het nieuwe voorstel."))
    other.start()
    barrier.wait()
    result = run("review", *REVERSE, "--segment", "4", "--withdraw")
    other.join(60)
    assert other.exitcode == 0 and result.code in (0, 2), result.err
    lines = _comment(run, 4).splitlines()
    assert lines[0] == "eigen woorden" and "proposed: Het oude voorstel." not in lines
    assert lines[1:] in ([], ["proposed: Het nieuwe voorstel."])
    status = run("review", *REVERSE, "--json").json()["segments"][3]["status"]
    assert status == ("flagged" if lines[1:] else "todo")  # a proposal left keeps its flag


def test_a_note_whose_lines_a_cat_tool_joined_is_the_same_comment(run, lib: Path, tmp_path: Path):
    """A comment of a reviewer's line and a proposal, exported as a note, came back from a CAT tool
    with its lines joined: each import copied the proposal again (four times in a trial's comment)."""
    from lxml import etree

    assert run("review", *REVERSE, "--segment", "4", "--comment", "te nakijken").code == 0
    assert run("review", *REVERSE, "--segment", "4", "--edit", "Een zin die de vertaler beter vond.").code == 0
    stored = _comment(run, 4)
    assert len(stored.splitlines()) == 2
    exported = tmp_path / "nl.xlf"
    for round_ in range(2):
        assert run("export", *REVERSE, "--format", "xliff12", "-o", str(exported)).code == 0
        tree = etree.parse(str(exported))
        for note in (e for e in tree.iter() if etree.QName(e).localname == "note" and e.text and "\n" in e.text):
            note.text = " ".join(note.text.split())  # the tool joins the note's lines
        joined = tmp_path / f"joined{round_}.xlf"
        tree.write(str(joined), xml_declaration=True, encoding="UTF-8")
        result = run("import", str(joined), "--json")
        assert result.code == 0, result.err
        assert result.json()["changes"] == [], result.json()
    assert _comment(run, 4) == stored
