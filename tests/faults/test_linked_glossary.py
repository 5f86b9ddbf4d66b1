"""The user's glossary kept in their dotfiles and linked into the config folder (a hostile-input
trial, 2026-12-05): `glossary add` replaced the link with a plain file, and the linked file never got
the entry. A write goes to the link's target now, the link kept; a link to nothing is one line."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from reader.core.text import glossary_file
from tests.faults.conftest import one_line_error

KEPT = "nl:\n  Proefstad: [Villessai]  # taught by hand, kept with the dotfiles\n"


def _linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    dotfiles, config = tmp_path / "dotfiles", tmp_path / "config"
    dotfiles.mkdir()
    config.mkdir()
    (dotfiles / "glossary.yaml").write_text(KEPT, encoding="utf-8")
    (config / "glossary.yaml").symlink_to(dotfiles / "glossary.yaml")
    monkeypatch.setenv("PRESS_READER_CONFIG_DIR", str(config))
    return config / "glossary.yaml", dotfiles / "glossary.yaml"


def _add_elsewhere(config: str, nl: str, fr: str) -> int:
    """A second process teaching its own pair, through the file's own folder (no link on its way)."""
    os.environ["PRESS_READER_CONFIG_DIR"] = config
    from reader.cli import main

    return main(["glossary", "add", nl, fr])


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_an_entry_goes_to_the_linked_file_and_the_link_stays(run, tmp_path: Path, monkeypatch, writer: str):  # noqa: ANN001
    link, target = _linked(tmp_path, monkeypatch)
    if writer == "this":
        assert run("glossary", "add", "Testdorp", "Villetest").code == 0
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            other = pool.apply_async(_add_elsewhere, (str(target.parent), "Oefenberg", "Montessai"))
            assert run("glossary", "add", "Testdorp", "Villetest").code == 0
            assert other.get(timeout=120) == 0
    assert link.is_symlink() and link.resolve() == target
    taught = {(e.term, e.equivalents) for e in glossary_file.entries(target)}
    assert {("Proefstad", ("Villessai",)), ("Testdorp", ("Villetest",))} <= taught
    assert ("Oefenberg", ("Montessai",)) in taught or writer == "this"
    assert "taught by hand" in target.read_text(encoding="utf-8")  # its comment kept
    assert run("glossary", "remove", "Testdorp", "Villetest").code == 0
    assert link.is_symlink() and "Testdorp" not in target.read_text(encoding="utf-8")
    assert [p.name for p in link.parent.iterdir()] == ["glossary.yaml"]  # no copy, no leftover beside the link


@pytest.mark.parametrize("action", ["add", "remove"])
def test_a_link_to_nothing_is_one_line_and_stays_a_link(run, tmp_path: Path, monkeypatch, action: str):  # noqa: ANN001
    link, target = _linked(tmp_path, monkeypatch)
    target.unlink()
    one_line_error(run("glossary", action, "Testdorp", "Villetest"), str(link), "symbolic link", "nothing written")
    assert link.is_symlink() and not target.exists()
