"""Ways input went wrong met in the eighteenth session (2026-12-03), by new users scripting the CLI:
a release whose metadata holds quoted values (a machine version's date) removed by language; a
server's time given as no number of seconds. One line each, or the work done; never exit 70."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import paths
from reader.core.errors import UsageError
from tests.faults.test_writers import RID, make_release


def test_a_machine_version_whose_metadata_holds_quoted_values_is_removed(run, tmp_path: Path, monkeypatch):
    """A machine version's date is written quoted ('2026-12-03'); read back, ruamel keeps it as a
    subclass of str, which the history's sidecar could not write: exit 70 in a new user's trial."""
    root = tmp_path / "lib"
    make_release(root)
    meta = root / RID / "release.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(
            "  fr:\n    provenance: unofficial\n    translator: Anne\n",
            "  fr:\n    provenance: machine\n    engine: 'argos'\n    date: '2026-12-03'\n"
            "    models:\n    - {code: 'translate-nl_en', version: '1.9'}\n",
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    assert run("show", RID, "--json").json()["languages"]["fr"]["provenance"] == "machine"
    removed = run("remove", RID, "--lang", "fr", "--json")
    assert removed.code == 0, removed.err
    [kept] = run("history", RID, "--lang", "fr", "--json").json()
    assert kept["why"] == "version removed" and run("validate").code == 0


@pytest.mark.parametrize("value", ["0", "-3", "abc", "99999"])
def test_a_timeout_that_is_no_number_of_seconds_is_said_in_a_line(run, monkeypatch: pytest.MonkeyPatch, value: str):
    monkeypatch.setenv("PRESS_READER_ENGINE_TIMEOUT", value)
    with pytest.raises(UsageError, match="PRESS_READER_ENGINE_TIMEOUT"):
        paths.settings()
    said = run("list")
    assert said.code == 2 and "PRESS_READER_ENGINE_TIMEOUT: must be a number of seconds" in said.err
    monkeypatch.delenv("PRESS_READER_ENGINE_TIMEOUT")
    flag = run("--engine-timeout", value, "list")
    assert flag.code == 2 and "--engine-timeout: must be a number of seconds" in flag.err
