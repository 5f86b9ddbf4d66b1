"""PRESS_READER_LANG: a language the tool has opens releases in it; any other is one line, exit 2."""

import pytest

from reader import paths


@pytest.mark.parametrize(
    ("value", "code"), [("fr", "fr"), ("EN", "en"), ("nl_BE.UTF-8", "nl"), ("fr-BE", "fr"), ("", None)]
)
def test_written_as_lang_is_its_language_is_read(monkeypatch: pytest.MonkeyPatch, value: str, code: str | None) -> None:
    monkeypatch.setenv("PRESS_READER_LANG", value)
    assert paths.settings().read_in == code


def test_a_language_the_tool_does_not_have_is_one_line_where_it_is_read(
    run, monkeypatch: pytest.MonkeyPatch, lib
) -> None:
    """The terminal app reads it; the shell's commands do not, and ran refused all the same (a trial)."""
    monkeypatch.setenv("PRESS_READER_LANG", "de")
    result = run()
    assert result.code == 2
    assert result.err.count("\n") == 1 and "PRESS_READER_LANG" in result.err and "'de'" in result.err
    assert run("list").code == 0
