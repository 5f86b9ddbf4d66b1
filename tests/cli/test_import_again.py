"""A folder imported again and again (a nightly job over an inbox): a text a corrected file replaced
is skipped, never made a release of its own (a new user's trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.cli.inbox_pages import CORRECTED, ids, make_inbox
from tests.conftest import second_process


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_inbox(tmp_path, monkeypatch)


def _corrected(run, inbox: Path) -> str:  # noqa: ANN001
    """The inbox imported, then its Dutch text replaced by the corrected file: the release's id."""
    first = run("import", str(inbox), "--json")
    assert first.code == 0, first.err
    rid = {r["id"] for r in first.json()}.pop()
    fixed = inbox.parent / "corrected-nl.txt"
    fixed.write_text(CORRECTED, encoding="utf-8")
    assert run("import", str(fixed), "--release", rid, "--force").code == 0
    return rid


def test_a_text_a_corrected_file_replaced_is_skipped_when_its_folder_is_imported_again(run, inbox: Path):  # noqa: ANN001
    rid = _corrected(run, inbox)
    again = run("import", str(inbox), "--json")
    assert again.code == 0, again.err
    assert ids(run) == [rid]
    said = [line for line in again.err.splitlines() if "nl.txt" in line]
    assert len(said) == 1 and f"an earlier text of release '{rid}'" in said[0] and "replaced on" in said[0]
    assert f"press-reader history {rid} --lang nl --restore " in said[0] and "(skipped)" in said[0]
    assert {r["id"] for r in again.json()} == {rid} and all(r["skipped"] for r in again.json())
    alone = run("import", str(inbox / "nl.txt"), "--json")  # one file, as a script importing each page
    assert alone.code == 0 and alone.json()["skipped"] and alone.json()["id"] == rid
    assert ids(run) == [rid]


def test_twin_the_nightly_import_in_another_process_skips_the_replaced_text(run, inbox: Path):  # noqa: ANN001
    rid = _corrected(run, inbox)
    said = second_process("import", str(inbox))
    assert f"an earlier text of release '{rid}'" in said and "Traceback" not in said
    assert ids(run) == [rid]


def test_a_text_replaced_before_its_file_was_kept_with_it_is_known_by_its_words(run, inbox: Path):  # noqa: ANN001
    """A history written before the record was kept with it: the text itself, among the day's releases."""
    rid = _corrected(run, inbox)
    for sidecar in (inbox.parent / "lib" / rid / "history" / "nl").glob("*.yaml"):
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
        assert data.pop("file")["sha256"]  # kept now; taken out as an older history has it
        sidecar.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    again = run("import", str(inbox / "nl.txt"))
    assert again.code == 0 and f"an earlier text of release '{rid}'" in again.err, again.err
    assert ids(run) == [rid]
