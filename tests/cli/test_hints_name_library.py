"""A command the output suggests names the library this command was given with --library: pasted,
it ran on the default library and found no such release (a new user's trial)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import SEED_ID


def test_a_suggested_command_names_the_library_given_and_runs_as_pasted(run, library_dir: Path, tmp_path: Path):
    lib = tmp_path / "my lib"  # a space in it: quoted as a shell reads it
    shutil.copytree(library_dir, lib)
    removed = run("remove", "--library", str(lib), SEED_ID, "--lang", "en")
    assert removed.code == 0, removed.err
    said = removed.out + removed.err
    found = re.search(r"\(press-reader (.*?) brings it back\)", said.replace("\n", " "))
    assert found and found.group(1).startswith(f"--library '{lib}' history {SEED_ID}"), said
    stamp = found.group(1).split("--restore ")[1].split()[0]
    assert run("--library", str(lib), "history", SEED_ID, "--lang", "en", "--restore", stamp).code == 0


def test_a_library_from_the_environment_is_not_repeated(run, lib: Path):
    """$PRESS_READER_LIBRARY holds in the shell the command is pasted into."""
    removed = run("remove", SEED_ID, "--lang", "en")
    assert removed.code == 0 and "press-reader history" in removed.out + removed.err
    assert "--library" not in removed.out + removed.err


# A pair of our own: the same date, the French naming other figures and places than the Dutch, so
# that they share too few numbers and names to be joined (file names that do not pair them either)
_NL = (
    "Nieuwe zwemvijver in het stadspark\n\nHasselt, 3 maart 2026\n\n"
    "De stad legt voor 410.000 euro een zwemvijver aan naast de speeltuin van het Kapermolenpark.\n"
)
_FR = (
    "Un étang de baignade dans le parc communal\n\nHasselt, le 3 mars 2026\n\n"
    "La ville aménage pour 140 000 euros un étang à côté de la plaine de jeux du bois de Kiewit.\n"
)


def test_the_hint_to_join_a_pair_left_apart_names_the_file_as_given_and_runs_as_pasted(
    run, tmp_path: Path, monkeypatch
):
    """Trial G imported halves/p3_nl.txt halves/p3_fr.txt; the hint said `import p3_fr.txt
    --release ..., then remove ...`: its folder dropped, pasted it found no such file; and given
    before the remove, the page was refused as in the library already."""
    import shlex

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "two halves"  # a space in it: quoted as a shell reads it
    folder.mkdir()
    (folder / "zwemvijver.txt").write_text(_NL, encoding="utf-8")
    (folder / "etang.txt").write_text(_FR, encoding="utf-8")
    lib = ("--library", "lib")
    done = run(*lib, "import", "two halves/zwemvijver.txt", "two halves/etang.txt", "--json")
    assert done.code == 0, done.err
    nl, fr = done.json()
    assert nl["id"] != fr["id"], done.err
    found = re.search(r"if it is its 'fr' version: press-reader (.*), then press-reader (.*)$", done.err, re.M)
    assert found, done.err
    assert found.group(1) == f"--library lib remove {fr['id']}", done.err
    assert found.group(2) == f"--library lib import 'two halves/etang.txt' --release {nl['id']}", done.err
    # pasted as printed, in the folder the command ran in: the French joins the Dutch release
    for command in found.groups():
        assert run(*shlex.split(command)).code == 0, command
    listed = run(*lib, "list", "--json").json()
    assert [sorted(r["languages"]) for r in listed] == [["fr", "nl"]]
