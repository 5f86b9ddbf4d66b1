"""A library path or a file name holding a terminal escape or a newline (trial Z, F5): `list` printed
the path with ESC[2J (the screen cleared), `remove` its `--restore` hint with the escape in it, a
newline broke an 'imported …' line, and the error lines, controls dropped, named '…/esclib', a path
that does not exist. Each is shown escaped, '\\x1b', '\\n'. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

PAGE = (
    "Nieuwe fietsenstalling aan het station\n\nFOD Mobiliteit\n\nLeuven, 4 februari 2026\n\n"
    "Aan het station komen 1.200 nieuwe plaatsen voor fietsen, klaar in de zomer.\n"
)


def _library(tmp_path: Path, name: str) -> Path:
    lib = tmp_path / name
    lib.mkdir()
    (lib / ".press-reader").touch()
    return lib


def test_visible_escapes_controls_and_leaves_the_rest() -> None:
    from reader.core.text.clean import shell_word, visible

    assert visible("a\x1b[2Jb\nc\td\x9b") == "a\\x1b[2Jb\\nc\\td\\x9b"
    assert visible("gewoon/pad é") == "gewoon/pad é"
    assert shell_word("a\x1bb'c") == "$'a\\x1bb\\'c'" and shell_word("a b") == "'a b'"


def test_a_library_path_with_an_escape_is_shown_escaped(run, tmp_path: Path) -> None:
    lib = _library(tmp_path, "esc\x1b[2Jlib")
    page = tmp_path / "stalling.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert run("--library", str(lib), "import", str(page)).code == 0
    listed = run("--library", str(lib), "list")
    assert "\x1b" not in listed.out and "esc\\x1b[2Jlib" in listed.out, listed.out
    (release,) = run("--library", str(lib), "list", "--json").json()
    removed = run("--library", str(lib), "remove", release["id"])
    assert removed.code == 0 and "\x1b" not in removed.out, removed.out
    assert "--library $'" in removed.out and "esc\\x1b[2Jlib" in removed.out, removed.out
    missing = run("--library", str(lib / "nothere"), "list")
    assert "\x1b" not in missing.err and "esc\\x1b[2Jlib/nothere" in missing.err, missing.err


def test_a_file_name_with_a_newline_is_one_line(run, tmp_path: Path) -> None:
    lib = _library(tmp_path, "lib")
    page = tmp_path / "stal\nling.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = run("--library", str(lib), "import", str(page))
    assert done.code == 0, done.err
    assert done.out.splitlines()[0].startswith("imported ") and "stal\\nling.txt as new release" in done.out, done.out
