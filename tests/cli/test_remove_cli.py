"""press-reader remove: a stray release leaves the library, is listed and comes back; two writers lose nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.faults.conftest import one_line_error
from tests.faults.test_writers import RID, make_release


def test_remove_list_and_restore(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    make_release(root)
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    assert run("remove", RID, "--dry-run").code == 0 and (root / RID).is_dir()
    planned = run("remove", RID, "--dry-run", "--json")  # a listing's --json holds for the plan too
    assert planned.code == 0 and planned.json() == [{"id": RID, "removed": False, "dry_run": True}]
    assert (root / RID).is_dir()
    removed = run("remove", RID, "--json")
    assert removed.code == 0, removed.err
    [entry] = removed.json()
    assert entry["id"] == RID and entry["removed"] and not (root / RID).exists()
    assert run("list", "--json").json() == []
    [listed] = run("remove", "--list", "--json").json()
    assert listed["name"] == entry["name"] and listed["title"] == "Havenbezoek"
    shown = run("remove", "--list")
    assert entry["name"] in shown.out
    back = run("remove", "--restore", RID)
    assert back.code == 0 and (root / RID / "fr.md").is_file()
    assert [r["id"] for r in run("list", "--json").json()] == [RID]
    assert "nothing removed" in run("remove", "--list").out


def test_importing_a_removed_page_again_names_the_copy_kept(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    page = tmp_path / "bericht.txt"
    page.write_text("Nieuwe regels voor de haven\n\nGent, 3 maart 2025\n\nDe haven krijgt nieuwe regels.\n")
    made = run("import", str(page), "--json").json()
    [entry] = run("remove", made["id"], "--json").json()
    again = run("import", str(page))
    assert again.code == 0 and f"remove --restore {entry['name']}" in again.err, again.err


def test_a_page_imported_again_under_a_mended_headline_and_its_removed_copy_are_never_both_back(
    run, tmp_path: Path, monkeypatch
):
    """A trial mended a wrong headline by removing the release and importing the page again with
    --title: the import that skipped first said so, and bringing the old copy back while the new one
    is there is refused, as the import's warning says (the page was in the library twice)."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    page = tmp_path / "bericht.txt"
    page.write_text("Nieuwe regels voor de haven\n\nGent, 3 maart 2025\n\nDe haven krijgt nieuwe regels.\n")
    made = run("import", str(page), "--json").json()
    skipped = run("import", str(page), "--title", "Strengere regels voor de haven", "--force")
    assert skipped.code == 0 and "--title, --force not applied" in skipped.err, skipped.err
    # the way to apply them: the version read again in place, its earlier text in its history
    assert f"--release {made['id']} --force --title 'Strengere regels voor de haven'" in skipped.err
    [entry] = run("remove", made["id"], "--json").json()
    # the page of a removed release is skipped (a nightly job made it again): --force imports it all the same
    mended = run("import", str(page), "--title", "Strengere regels voor de haven", "--force", "--json").json()
    refused = run("remove", "--restore", entry["name"])
    one_line_error(refused)
    assert f"release '{mended['id']}' holds the same page now" in refused.err
    assert [r["id"] for r in run("list", "--json").json()] == [mended["id"]]
    assert run("remove", mended["id"]).code == 0
    assert run("remove", "--restore", entry["name"]).code == 0
    assert [r["id"] for r in run("list", "--json").json()] == [made["id"]]


def test_remove_refusals_are_one_line(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    make_release(root)
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    one_line_error(run("remove", "2020-01-01-none"), "no release with id")
    one_line_error(run("remove", "../lib"), "not a release id")
    one_line_error(run("remove"), "name the release")
    one_line_error(run("remove", "--restore", "nothing"), ".removed", "no removed release")
    one_line_error(run("remove", "--dry-run", "2020-01-01-none"), "no release with id")
    one_line_error(run("remove", RID, "2020-01-01-none"), "no release with id '2020-01-01-none'")
    one_line_error(run("remove", "2020-01-01-none", RID), "no release with id '2020-01-01-none'")
    assert (root / RID).is_dir()  # a typo among the ids removes none of them


def _cli(root: Path, data: Path, *argv: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PRESS_READER_LIBRARY=str(root), PRESS_READER_DATA_DIR=str(data))
    return subprocess.Popen(
        [sys.executable, "-m", "reader", *argv], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


HOLD = """
import sys, time
from pathlib import Path
from reader.core import atomic
with atomic.locked(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(3)
"""


def test_an_edit_and_a_removal_at_once_lose_nothing(tmp_path: Path):
    """Both wait on the release's lock; whichever goes first, the edit is either refused by name or
    removed with the release, and the library never holds a release re-created around one file."""
    new = "La ministre a visité le port le jour 2 avec 20 collaborateurs."
    for rnd in range(2):
        root, data = tmp_path / f"lib{rnd}", tmp_path / f"data{rnd}"
        make_release(root)
        holder = subprocess.Popen([sys.executable, "-c", HOLD, str(root / RID)], stdout=subprocess.PIPE, text=True)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        editing = _cli(
            root, data, "review", RID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "2", "--edit", new
        )
        remover = _cli(root, data, "remove", RID)
        results = {name: proc.communicate(timeout=120) for name, proc in (("edit", editing), ("remove", remover))}
        holder.wait(timeout=30)
        assert remover.returncode == 0, results["remove"][1]
        assert not (root / RID).exists(), "a write re-created the removed release"
        [kept] = list((root / ".removed").iterdir())
        text = (kept / "fr.md").read_text(encoding="utf-8")
        if editing.returncode == 0:
            assert new in text  # the edit went first, and moved with the release
        else:
            err = results["edit"][1].strip()
            assert editing.returncode == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
            assert new not in text and ("nothing written" in err or "no release with id" in err), err


def test_one_language_version_is_removed_kept_in_history_and_restored(run, tmp_path: Path, monkeypatch):
    """A file imported under the wrong language leaves with `remove ID --lang xx`; its text waits in
    the history, whence `history --restore` brings it back as it was."""
    root = tmp_path / "lib"
    make_release(root)
    (root / RID / "fr.md").chmod(0o640)
    before = (root / RID / "fr.md").read_bytes()
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Anne")
    planned = run("remove", RID, "--lang", "fr", "--dry-run", "--json")
    assert planned.code == 0 and planned.json() == [{"id": RID, "lang": "fr", "removed": False, "dry_run": True}]
    assert (root / RID / "fr.md").read_bytes() == before
    removed = run("remove", RID, "--lang", "FR", "--json")
    assert removed.code == 0, removed.err
    [said] = removed.json()
    assert not (root / RID / "fr.md").exists()
    assert [list(r["languages"]) for r in run("list", "--json").json()] == [["nl"]]
    [kept] = run("history", RID, "--lang", "fr", "--json").json()
    assert (kept["stamp"], kept["who"], kept["why"]) == (said["stamp"], "Anne", "version removed")
    # without --lang too: a trial read 'no earlier text of …' and thought the removed text gone
    listed = run("history", RID)
    assert said["stamp"] in listed.out and "fr: no version now (removed)" in listed.out, listed.out
    assert said["stamp"] in [r["stamp"] for r in run("history", RID, "--json").json()]
    assert run("validate").code == 0
    back = run("history", RID, "--lang", "fr", "--restore", said["stamp"])
    assert back.code == 0, back.err
    assert (root / RID / "fr.md").read_bytes() == before
    shown = run("show", RID, "--json").json()
    assert shown["languages"]["fr"]["provenance"] == "unofficial" and shown["titles"]["fr"] == "Visite du port"


def test_removing_a_version_the_release_lacks_or_its_original_is_refused_in_a_line(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    make_release(root)
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    one_line_error(run("remove", RID, "--lang", "en"), "has no 'en' version")
    one_line_error(run("remove", RID, "--lang", "nl"), "'nl' is the original", f"press-reader remove {RID}")
    one_line_error(run("remove", RID, "--lang", "xx"), "unknown language 'xx'")
    one_line_error(run("remove", "--list", "--lang", "fr"), "--lang goes with release ids")
    assert sorted(p.name for p in (root / RID).glob("*.md")) == ["fr.md", "nl.md"]


def test_twin_two_processes_remove_one_version_while_a_third_edits_it(tmp_path: Path):
    """Two removals of the French version and an edit of it, all waiting on the release's lock: one
    removal succeeds, the other is refused by name; the edit either landed first (and its text is
    the one kept in the history) or is refused by name. No text is lost, none written back."""
    new = "La ministre a visité le port le jour 2 avec 20 collaborateurs."
    for rnd in range(2):
        root, data = tmp_path / f"lib{rnd}", tmp_path / f"data{rnd}"
        make_release(root)
        holder = subprocess.Popen([sys.executable, "-c", HOLD, str(root / RID)], stdout=subprocess.PIPE, text=True)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        edit = ["review", RID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "2", "--edit", new]
        procs = {
            "edit": _cli(root, data, *edit),
            "first": _cli(root, data, "remove", RID, "--lang", "fr"),
            "second": _cli(root, data, "remove", RID, "--lang", "fr"),
        }
        said = {name: proc.communicate(timeout=120) for name, proc in procs.items()}
        holder.wait(timeout=30)
        codes = {name: proc.returncode for name, proc in procs.items()}
        assert sorted([codes["first"], codes["second"]]) == [0, 2], said
        loser = said["first"] if codes["first"] else said["second"]
        assert len(loser[1].strip().splitlines()) == 1 and "no 'fr' version" in loser[1], loser
        assert not (root / RID / "fr.md").exists(), "a write re-created the removed version"
        texts = [p.read_text(encoding="utf-8") for p in (root / RID / "history" / "fr").glob("*.md")]
        if codes["edit"] == 0:
            assert any(new in t for t in texts)  # the edit went first; its text is the one kept
        else:
            err = said["edit"][1].strip()
            assert codes["edit"] == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
        assert any("Visite" in t or "port" in t for t in texts)


def test_states_written_while_a_release_was_away_never_take_the_place_of_its_own(tmp_path: Path):
    """An older window went on marking a removed release: its states landed under the id, and the
    restore left the release's own in .removed/ (a new user's trial). They come back; the others
    are set aside beside them."""
    from reader.core.removal import bring_back, remove

    root, reviews = tmp_path / "lib", tmp_path / "reviews"
    make_release(root)
    (reviews / RID).mkdir(parents=True)
    (reviews / RID / "nl-fr.json").write_text('{"before": true}\n', encoding="utf-8")
    gone = remove(root, RID, reviews)
    (reviews / RID).mkdir()
    (reviews / RID / "nl-fr.json").write_text('{"after": true}\n', encoding="utf-8")
    bring_back(root, gone.name, reviews)
    assert (reviews / RID / "nl-fr.json").read_text(encoding="utf-8") == '{"before": true}\n'
    assert (reviews / RID / "nl-fr.after-removal.json").read_text(encoding="utf-8") == '{"after": true}\n'
