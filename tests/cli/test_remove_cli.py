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
