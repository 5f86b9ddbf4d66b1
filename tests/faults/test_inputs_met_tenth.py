"""Ways input went wrong that this session's new user met (2026-12-01, fourth session): an id
typed as its beginning, the id of a removed release, a flag code that does not exist, a language
code in capitals, a glossary entry removed with its names the other way round."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import SEED_ID, one_line_error


@pytest.mark.parametrize("command", [("show",), ("history",), ("check", "--source", "nl", "--target", "fr")])
def test_an_id_typed_as_its_beginning_names_the_release_in_one_line(run, lib: Path, command: tuple[str, ...]):
    one_line_error(run(command[0], SEED_ID[:15], *command[1:]), "no release with id", f"did you mean {SEED_ID}?")


def test_the_id_of_a_removed_release_says_so_in_one_line(run, lib: Path):
    assert run("remove", SEED_ID).code == 0
    one_line_error(run("show", SEED_ID), "it was removed", "remove --restore")


@pytest.mark.parametrize("code", ["numbers", "NAME", "all", ""])
def test_an_unknown_flag_code_lists_the_known_ones_in_one_line(run, lib: Path, code: str):
    args = (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "1", "--accept-flag", code)
    one_line_error(run("review", *args), "the flag codes are number, date, omission")


@pytest.mark.parametrize("typed", ["NL", " nl", "Nl"])
def test_a_language_code_in_capitals_or_with_a_space_is_read_as_the_code(run, lib: Path, typed: str):
    assert run("show", SEED_ID, "--lang", typed).code == 0
    one_line_error(run("show", SEED_ID, "--lang", "nld"), "nld")


def test_a_glossary_entry_not_there_is_said_in_either_order(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PRESS_READER_CONFIG_DIR", str(tmp_path / "config"))
    assert run("glossary", "add", "Luik", "Liège").code == 0
    one_line_error(run("glossary", "remove", "Luik", "Lille"), "has no entry Luik = Lille")
    assert run("glossary", "remove", "Liège", "Luik").code == 0
