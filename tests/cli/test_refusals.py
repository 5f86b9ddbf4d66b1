"""A refused write exits 2 with one line, as the README's exit codes say (1 is for problems found by
`validate` and `check`); so does an empty --text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED_ID, archive_without


def test_save_over_an_unofficial_version_is_refused_with_exit_2(run, library_dir: Path):
    en = library_dir / SEED_ID / "en.md"
    before = en.read_bytes()
    result = run("--library", str(library_dir), "translate", SEED_ID, "--to", "en", "--save")
    assert result.code == 2, result.err
    assert result.err.count("\n") == 1 and "unofficial 'en' version exists" in result.err
    assert en.read_bytes() == before


def test_an_empty_text_is_a_usage_error(run):
    for text in ("", "   "):
        result = run("translate", "--text", text, "--from", "nl", "--to", "en")
        assert result.code == 2 and result.err.count("\n") == 1 and "--text is empty" in result.err


def test_translate_all_exits_2_when_a_save_is_refused(run, installed_packages, library_dir: Path, monkeypatch):
    import reader.core.engine.save as save
    from reader.core.errors import LibraryError

    ids = archive_without(library_dir, "en", count=1)

    def refuse(library, release, result):  # noqa: ANN001, ANN202
        raise LibraryError(library_dir / release.id, "changed by someone else since it was read; not written")

    monkeypatch.setattr(save, "save_translation", refuse)
    result = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save")
    assert result.code == 2, result.err
    assert f"{ids[0]}: changed by someone else" in result.err


def test_import_of_a_folder_without_pages_says_so(run, library_dir: Path, tmp_path: Path):
    result = run("--library", str(library_dir), "import", str(tmp_path))
    assert result.code == 2 and result.err.count("\n") == 1 and "a folder without a page to import" in result.err


def test_an_unsupported_type_lists_xliff_too(run, library_dir: Path, tmp_path: Path):
    path = tmp_path / "memory.tmx"
    path.write_text("<tmx/>", encoding="utf-8")
    result = run("--library", str(library_dir), "import", str(path))
    assert result.code == 2 and result.err.count("\n") == 1
    # a TMX is said as such, with where it goes (the memory) and the way back for a release (XLIFF)
    assert "a TMX is no release" in result.err and "memory --import" in result.err and "--format xliff" in result.err
    path = tmp_path / "memory.odt"
    path.write_text("x", encoding="utf-8")
    result = run("--library", str(library_dir), "import", str(path))
    assert result.code == 2 and result.err.count("\n") == 1
    assert "unsupported file type '.odt'" in result.err and ".docx" in result.err and ".xlf" in result.err


@pytest.mark.parametrize("action", [["--set", "ok"], ["--comment", "x"], ["--edit", "x"], ["--accept-flag", "number"]])
def test_a_segment_out_of_range_says_how_many_there_are(run, library_dir: Path, action: list[str]):
    pair = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
    total = len(run("--library", str(library_dir), "review", *pair, "--json").json()["segments"])
    result = run("--library", str(library_dir), "review", *pair, "--segment", "999", *action)
    assert result.code == 2 and result.err.count("\n") == 1
    assert f"--segment 999: release '{SEED_ID}' has {total} segments nl→fr (1 to {total})" in result.err


def test_an_output_file_in_a_folder_that_does_not_exist_is_refused(run, library_dir: Path, tmp_path: Path):
    """A typo in -o's folder creates no folders anywhere: one line, exit 2."""
    missing = tmp_path / "no-such-folder" / "deeper"
    result = run(
        "--library", str(library_dir), "export", SEED_ID, "--source", "nl", "--target", "fr",
        "--format", "xliff", "--no-mt", "-o", str(missing / "out.xlf"),
    )  # fmt: skip
    assert result.code == 2 and result.err.count("\n") == 1 and "does not exist" in result.err
    assert not (tmp_path / "no-such-folder").exists()


def test_a_library_that_is_a_file_is_named_as_no_folder(run, tmp_path: Path):
    plain = tmp_path / "a-file"
    plain.write_text("x", encoding="utf-8")
    result = run("--library", str(plain), "list")
    assert result.code == 2 and "not a folder" in result.err and result.err.count("\n") == 1


def test_a_release_with_a_body_file_deleted_by_hand_is_named_with_its_problem(run, library_dir: Path):
    """'no release with id' sent a user looking for a release that is there; its problem is said."""
    (library_dir / SEED_ID / "fr.md").unlink()
    result = run("--library", str(library_dir), "show", SEED_ID, "--lang", "nl")
    assert result.code == 2 and "fr.md" in result.err and "missing" in result.err and "no release" not in result.err


def _export(run, library_dir: Path, output: Path):  # noqa: ANN001, ANN202
    return run(
        "--library", str(library_dir), "export", SEED_ID, "--source", "nl", "--target", "fr",
        "--format", "xliff", "--no-mt", "-o", str(output),
    )  # fmt: skip


def test_an_output_that_is_a_pipe_is_refused_and_left_a_pipe(run, library_dir: Path, tmp_path: Path):
    """A write replaces a file whole: onto a device or a pipe it would have put a plain file in
    its place (a new user's trial replaced /dev/full so). One line, exit 2, the pipe still a pipe."""
    import os
    import stat

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = _export(run, library_dir, pipe)
    assert result.code == 2 and result.err.count("\n") == 1 and "not a regular file" in result.err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_an_output_through_a_symbolic_link_writes_the_file_it_names(run, library_dir: Path, tmp_path: Path):
    """The link stays a link; the file it names (even one not there yet) holds the export."""
    (tmp_path / "real").mkdir()
    link = tmp_path / "out.xlf"
    link.symlink_to(tmp_path / "real" / "target.xlf")
    result = _export(run, library_dir, link)
    assert result.code == 0, result.err
    assert link.is_symlink() and (tmp_path / "real" / "target.xlf").read_text(encoding="utf-8").startswith("<?xml")


def test_two_exports_through_one_link_at_once_leave_the_link_and_a_whole_file(library_dir: Path, tmp_path: Path):
    """The twin with a second process: both write through the link; it stays, the file is one whole export."""
    import subprocess
    import sys

    (tmp_path / "real").mkdir()
    link = tmp_path / "out.xlf"
    link.symlink_to(tmp_path / "real" / "target.xlf")
    command = [sys.executable, "-m", "reader", "--library", str(library_dir), "export", SEED_ID, "--source", "nl"]
    command += ["--target", "fr", "--format", "xliff", "--no-mt", "-o", str(link)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    assert all(r.wait(timeout=120) == 0 for r in runs)
    text = (tmp_path / "real" / "target.xlf").read_text(encoding="utf-8")
    assert link.is_symlink() and text.startswith("<?xml") and text.rstrip().endswith("</xliff>")
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["target.xlf"]  # no temporary file left


def test_a_missing_library_says_what_named_it_and_what_makes_it(run, tmp_path: Path, monkeypatch):
    """'library folder does not exist' left a new user to find that PRESS_READER_LIBRARY named it."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "nowhere"))
    said = run("list")
    assert said.code == 2 and said.err.count("\n") == 1
    assert "(named by PRESS_READER_LIBRARY)" in said.err and "press-reader import FILE` creates it" in said.err
    flagged = run("--library", str(tmp_path / "elsewhere"), "list")
    assert flagged.code == 2 and "(named by --library)" in flagged.err
