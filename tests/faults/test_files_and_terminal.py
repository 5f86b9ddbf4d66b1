"""Issue 22, part 4: links in a release folder, special files, deep markup, printed text, odd output streams."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import history
from reader.core.library import Library
from reader.core.model import Block, Provenance
from tests.conftest import SEED_ID
from tests.faults.conftest import one_line_error, tree_hashes

PAIR = ["--source", "nl", "--target", "fr", "--no-mt"]


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("TOP SECRET LINE\n", encoding="utf-8")
    return secret


def _with_history(library_dir: Path) -> Path:
    library = Library.load(library_dir)
    release = library.get(SEED_ID)
    library.save_version(release, "en", [Block("paragraph", "A new text.")], Provenance("machine", engine="t"), "T")
    return library_dir / SEED_ID / "history" / "en"


def test_history_show_never_follows_a_link(run, lib: Path, tmp_path: Path):
    folder = _with_history(lib)
    (entry,) = folder.glob("*.md")
    entry.unlink()
    entry.symlink_to(_secret(tmp_path))
    result = run("history", SEED_ID, "--lang", "en", "--show", entry.stem)
    assert "TOP SECRET" not in result.out + result.err
    assert result.code == 2 and "Traceback" not in result.err
    listed = run("history", SEED_ID, "--lang", "en", "--json")
    assert listed.code == 0 and listed.json() == []


def test_a_linked_history_folder_is_refused(run, lib: Path, tmp_path: Path):
    folder = _with_history(lib)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "20200101T000000000000Z.md").write_text("TOP SECRET LINE\n", encoding="utf-8")
    folder.symlink_to(outside)
    result = run("history", SEED_ID, "--lang", "en", "--show", "20200101T000000000000Z")
    one_line_error(result, "symbolic link")
    assert "TOP SECRET" not in result.out


@pytest.mark.parametrize("name", ["fr.md", "release.yaml"])
def test_a_linked_file_in_a_release_folder_is_not_read(run, lib: Path, tmp_path: Path, name: str):
    target = lib / SEED_ID / name
    copy = tmp_path / "outside-copy"
    copy.write_bytes(target.read_bytes())
    target.unlink()
    target.symlink_to(copy)  # even a link to a sound file: never followed
    result = run("show", SEED_ID, "--lang", "fr", "--json")
    one_line_error(result, name, "symbolic link")


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    return fifo


def test_edit_file_on_a_fifo_is_refused_at_once(run, lib: Path, tmp_path: Path):
    before = tree_hashes(lib)
    result = run("review", SEED_ID, *PAIR, "--segment", "3", "--edit-file", str(_fifo(tmp_path)))
    one_line_error(result, "pipe", "not a regular file")
    assert tree_hashes(lib) == before


def test_other_files_given_by_the_user_refuse_a_fifo(run, lib: Path, tmp_path: Path):
    fifo = _fifo(tmp_path)
    one_line_error(run("check", SEED_ID, *PAIR, "--glossary", str(fifo)), "not a regular file")
    xliff = tmp_path / "pipe.xlf"
    os.mkfifo(xliff)
    one_line_error(run("import", str(xliff)), "not a regular file")


def test_a_nonchar_in_a_review_comment_never_breaks_xliff_export(run, lib: Path, tmp_path: Path):
    assert (
        run("review", SEED_ID, *PAIR, "--segment", "4", "--set", "flagged", "--comment", "odd \ufffe \uffff").code == 0
    )
    (path,) = (tmp_path / "data").rglob("nl-fr.json")
    raw = path.read_text(encoding="utf-8")  # as another tool might have written it
    path.write_text(raw.replace('"odd', '"x\\ufffe\\ud800y odd', 1), encoding="utf-8")
    out = tmp_path / "out.xlf"
    result = run("export", SEED_ID, *PAIR, "--format", "xliff", "-o", str(out))
    assert result.code == 0, result.err
    from lxml import etree

    etree.fromstring(out.read_bytes())  # well-formed
    assert "odd" in out.read_text(encoding="utf-8")


def test_deep_markup_is_read_flat_and_said(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    root.mkdir()
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    page = tmp_path / "deep.html"
    deep = "<div>" * 50_000 + "<p>Een verstopte alinea over de begroting van volgend jaar.</p>" + "</div>" * 50_000
    page.write_text(
        "<html><head><title>Diep</title></head><body><h1>Een titel over de haven</h1>"
        "<p>Eerste alinea over de haven van Antwerpen en de nieuwe sluis die vandaag openging.</p>"
        f"{deep}<p>Laatste alinea over de werkgelegenheid in de provincie Antwerpen.</p></body></html>",
        encoding="utf-8",
    )
    result = run("import", str(page), "--lang", "nl", "--date", "2024-01-02", "--json")
    assert result.code == 0, result.err
    assert any("read as flat text" in line for line in result.err.splitlines())
    (body,) = root.glob("*/nl.md")
    text = body.read_text(encoding="utf-8")
    assert "verstopte alinea" in text and "Laatste alinea" in text


def test_a_file_name_with_escapes_is_printed_clean(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    root.mkdir()
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    page = tmp_path / "bad\x1b]0;owned\x07\x1b[2Jname.txt"
    page.write_text("Een titel\n\nEen alinea over de haven, zonder datum.\n", encoding="utf-8")
    result = run("import", str(page), "--lang", "nl", "--date", "2024-01-02")
    assert "\x1b" not in result.out + result.err and "\x07" not in result.out + result.err
    json_result = run("import", str(page), "--lang", "nl", "--date", "2024-01-02", "--json", "--dry-run")
    assert "\x1b" not in json_result.err
    assert "\u202e" not in json_result.out


def test_an_ascii_stdout_gets_replacements_not_a_crash(library_dir: Path):
    env = dict(os.environ, PRESS_READER_LIBRARY=str(library_dir), PYTHONIOENCODING="ascii", LANG="C", LC_ALL="C")
    for argv in (["show", SEED_ID, "--lang", "fr", "--plain"], ["list"], ["show", SEED_ID, "--lang", "fr"]):
        done = subprocess.run([sys.executable, "-m", "reader", *argv], env=env, capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert b"Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "reader", "list", "--json"], env=env, capture_output=True, timeout=120)
    assert done.returncode == 0
    json.loads(done.stdout)


def test_a_library_folder_named_outside_ascii_works_in_an_ascii_locale(library_dir: Path, tmp_path: Path):
    """With PYTHONUTF8=0 and LC_ALL=C a name such as 'persberichten-é' reaches Python as surrogates;
    the search index's and the caches' names were hashed from it as UTF-8 and every command exited 70."""
    named = tmp_path / "bibliothèque"
    library_dir.rename(named)
    env = dict(os.environ, PRESS_READER_LIBRARY=str(named), PYTHONUTF8="0", LANG="C", LC_ALL="C")
    env.pop("PYTHONIOENCODING", None)
    for argv in (["list"], ["list", "--json"], ["list", "--search", "Alibaba"], ["index"]):
        done = subprocess.run([sys.executable, "-m", "reader", *argv], env=env, capture_output=True, timeout=120)
        assert done.returncode == 0, (argv, done.stderr)
        assert b"Traceback" not in done.stderr


def test_history_entries_are_written_beside_the_release_only(lib: Path, tmp_path: Path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (lib / SEED_ID / "history").symlink_to(outside)
    library = Library.load(lib)
    with pytest.raises(Exception, match="symbolic link"):
        library.save_version(
            library.get(SEED_ID), "en", [Block("paragraph", "New.")], Provenance("machine", engine="t"), "T"
        )
    assert list(outside.iterdir()) == []
    assert history  # the module under test
