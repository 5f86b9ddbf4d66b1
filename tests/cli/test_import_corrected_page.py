"""A corrected page of a version the release has (same date and issuer, mostly its words) is still
a new release, said with the way to replace that version instead (a new user's trial)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.inbox_pages import CORRECTED, ids, make_inbox
from tests.conftest import second_process


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_inbox(tmp_path, monkeypatch)


def test_a_corrected_page_of_a_version_the_release_has_is_said_with_the_way_to_replace_it(run, inbox: Path):  # noqa: ANN001
    rid = {r["id"] for r in run("import", str(inbox), "--json").json()}.pop()
    fixed = inbox.parent / "corrected-nl.txt"
    fixed.write_text(CORRECTED, encoding="utf-8")
    made = run("import", str(fixed), "--json")
    assert made.code == 0, made.err
    assert made.json()["new_release"] and made.json()["id"] != rid  # made all the same
    said = [w for w in made.json()["warnings"] if "corrected page" in w]
    assert len(said) == 1 and f"'{rid}'" in said[0] and f"--release {rid}" in said[0] and "--force" in said[0]
    assert "corrected page" in made.err  # said on stderr too, as a warning


def test_another_release_of_that_day_in_that_language_is_no_corrected_page(run, inbox: Path, tmp_path: Path):  # noqa: ANN001
    run("import", str(inbox))
    other = tmp_path / "ander.txt"
    other.write_text(
        "Zomerconcerten in het stadspark\n\nAntwerpen, 14 mei 2026\n\nElke zondag van juni tot augustus speelt "
        "een orkest gratis in het park. Het eerste concert begint om vier uur.\n",
        encoding="utf-8",
    )
    made = run("import", str(other), "--json")
    assert made.code == 0 and not any("corrected page" in w for w in made.json()["warnings"])


def test_twin_a_corrected_page_imported_by_another_process_is_said(run, inbox: Path):  # noqa: ANN001
    rid = {r["id"] for r in run("import", str(inbox), "--json").json()}.pop()
    fixed = inbox.parent / "corrected-nl.txt"
    fixed.write_text(CORRECTED, encoding="utf-8")
    said = second_process("import", str(fixed))
    assert f"a corrected page of '{rid}'" in said and f"--release {rid}" in said
    assert len(ids(run)) == 2
