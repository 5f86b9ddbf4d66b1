"""A folder's import reads each release it makes once, not again for every later file (trial Y: the
re-reading took a folder of 2,800 pages from a file a second to a third of one at 1,400 releases);
two processes importing one folder at once still make each page one release, each finding what the
other wrote meanwhile. Texts in our own words."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reader.core import yamlio
from tests.two_writers import twice

PAGE = (
    "Stad Gent\nPersbericht\nGent, {day} mei 2025\n\n"
    "De stad plant {trees} bomen in wijk {n}\n\n"
    "Schepen Ann Claes maakte vandaag bekend dat in wijk {n} {trees} bomen komen, voor {cost} euro.\n"
)


def _folder(tmp_path: Path, count: int = 10) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(count):
        page = PAGE.format(day=n + 1, n=n, trees=40 + 13 * n, cost=f"{120 + 7 * n}.000")
        (inbox / f"w{n:02d}-nl.txt").write_text(page, encoding="utf-8")
    return inbox


def test_a_folder_import_reads_each_release_it_made_a_few_times_at_most(run, tmp_path: Path, monkeypatch):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    reads: Counter[str] = Counter()
    real = yamlio.read
    monkeypatch.setattr(yamlio, "read", lambda path, **kw: reads.update([Path(path).parent.name]) or real(path, **kw))
    done = run("--library", str(lib), "import", str(_folder(tmp_path)))
    assert done.code == 0, done.err
    assert len(run("--library", str(lib), "list", "--json").json()) == 10
    assert max(reads.values(), default=0) <= 2, reads


def test_twin_two_processes_importing_one_folder_at_once_make_each_page_one_release(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    codes = twice(["--library", str(lib), "import", str(_folder(tmp_path))])
    assert set(codes) <= {0, 2}, codes
    listed = run("--library", str(lib), "list", "--json").json()
    assert sorted(r["date"] for r in listed) == [f"2025-05-{d:02d}" for d in range(1, 11)], codes
