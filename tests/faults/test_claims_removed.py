"""Claims (`translate --all`'s hold on a release and language) leave no file behind when they end,
and removing them never lets two runs hold one claim (an archive team's trial: the claims folder
grew a file for every release and language ever translated)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from reader.core import atomic


def test_a_claim_that_ends_removes_its_file(tmp_path: Path):
    path = tmp_path / ".claims" / "2024-01-02-a-release-en.lock"
    with atomic.claimed(path) as mine:
        assert mine and path.exists()
    assert not path.exists() and path.parent.is_dir()


def test_a_claim_held_is_refused_and_kept(tmp_path: Path):
    path = tmp_path / ".claims" / "r-fr.lock"
    with atomic.claimed(path) as mine:
        with atomic.claimed(path) as second:  # a second descriptor: flock refuses it as another process
            assert mine and not second
        assert path.exists()  # the refused one did not remove the holder's file
    assert not path.exists()


def test_twin_a_claim_held_by_another_process_is_refused_then_free_once_it_ends(tmp_path: Path):
    path = tmp_path / ".claims" / "r-nl.lock"
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from reader.core import atomic
        with atomic.claimed(Path({str(path)!r})) as mine:
            print("held" if mine else "refused", flush=True)
            sys.stdin.readline()
        """
    )
    other = subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert other.stdout is not None and other.stdin is not None
    assert other.stdout.readline().strip() == "held"
    with atomic.claimed(path) as mine:
        assert not mine
    other.stdin.write("\n")
    other.stdin.close()
    assert other.wait(timeout=30) == 0
    assert not path.exists()
    with atomic.claimed(path) as mine:
        assert mine


def test_twin_processes_claiming_and_releasing_never_hold_one_claim_together(tmp_path: Path):
    """Removing a claim file races with a process that opened it just before: that one must see the
    file gone and open it again, not hold the removed one while a third holds the new one."""
    path = tmp_path / ".claims" / "busy-en.lock"
    inside = tmp_path / "inside"
    worker = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from reader.core import atomic
        path, inside, held, overlaps = Path({str(path)!r}), {str(inside)!r}, 0, 0
        for _ in range(400):
            with atomic.claimed(path) as mine:
                if not mine:
                    continue
                held += 1
                try:
                    os.close(os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                except FileExistsError:
                    overlaps += 1
                    continue
                os.unlink(inside)
        print(held, overlaps)
        """
    )
    workers = [subprocess.Popen([sys.executable, "-c", worker], stdout=subprocess.PIPE, text=True) for _ in range(3)]
    results = [tuple(int(n) for n in w.communicate(timeout=120)[0].split()) for w in workers]
    assert all(w.returncode == 0 for w in workers)
    assert sum(held for held, _ in results) > 0
    assert sum(overlaps for _, overlaps in results) == 0
    assert not path.exists()
