"""The check for another process's writes, before each new release goes in, reads again only what
another process wrote: the releases this library wrote itself, unchanged since, are known (trial Y:
a folder's import re-read every release it had made for each file, a third of a release a second at
1,400). One another process changed after this one wrote it is still read, and its file found."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from reader.core import yamlio
from reader.core.errors import AlreadyImported
from reader.core.library import Library
from reader.core.model import Block, Provenance

DAY = dt.date(2025, 3, 4)


def _source(name: str) -> dict[str, object]:
    return {"files": {"nl": {"name": name, "sha256": hashlib.sha256(name.encode()).hexdigest()}}}


def _make(library: Library, n: int) -> None:
    body = [Block("paragraph", f"De stad plant {n} nieuwe bomen langs de kade, zegt de schepen.")]
    title = f"Nieuwe bomen aan kade {n}"
    library.create_release(
        f"2025-03-04-kade-{n}", DAY, "Stad Gent", "nl", title, body, Provenance("official"), _source(f"{n}.txt")
    )


def _library(tmp_path: Path) -> Library:
    (tmp_path / "lib").mkdir()
    return Library.load(tmp_path / "lib")


def test_the_releases_this_library_made_are_not_read_again_for_each_new_one(tmp_path: Path, monkeypatch):
    library = _library(tmp_path)
    library.scan()
    reads: list[Path] = []
    real = yamlio.read
    monkeypatch.setattr(yamlio, "read", lambda path, **kw: reads.append(path) or real(path, **kw))
    for n in range(12):
        _make(library, n)
    assert len(reads) <= 2, reads


def test_a_release_another_process_changed_after_this_one_made_it_is_read_again(tmp_path: Path):
    library = _library(tmp_path)
    library.scan()
    _make(library, 1)
    # another process adds to it the file this one is about to import: its release.yaml is new
    other = Library.load(tmp_path / "lib")
    release = other.get("2025-03-04-kade-1")
    metadata = release.folder / "release.yaml"
    data = yamlio.read(metadata)
    data["source"]["files"]["fr"] = _source("late.txt")["files"]["nl"]  # type: ignore[index]
    metadata.write_text(yamlio.dump(data), encoding="utf-8")
    with pytest.raises(AlreadyImported):
        library.create_release(
            "2025-03-04-late",
            DAY,
            "Stad Gent",
            "nl",
            "Late",
            [Block("paragraph", "Laat.")],
            Provenance("official"),
            _source("late.txt"),
        )
