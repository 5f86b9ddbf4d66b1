"""The headline is part of the text a translation renders: the original's headline changed alone
leaves its machine translations out of date (a new user's trial: 'out_of_date' stayed [])."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.cli.inbox_pages import NL, make_inbox
from tests.conftest import second_process


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_inbox(tmp_path, monkeypatch)


def _translated_then_retitled(run, inbox: Path, second: bool = False) -> str:  # noqa: ANN001
    """The Dutch page alone, translated to English by the machine, then read again with only its
    headline changed (`--force`): the release's id."""
    rid = run("import", str(inbox / "nl.txt"), "--json").json()["id"]
    assert run("translate", rid, "--to", "en", "--save").code == 0
    retitled = inbox.parent / "retitled-nl.txt"
    retitled.write_text(NL.replace("Een nieuwe veerboot", "Nog een veerboot"), encoding="utf-8")
    argv = ("import", str(retitled), "--release", rid, "--force")
    if second:
        assert "Traceback" not in second_process(*argv)
    else:
        assert run(*argv).code == 0
    return rid


def test_a_headline_changed_alone_leaves_the_machine_version_out_of_date(run, inbox: Path, installed_packages):  # noqa: ANN001
    rid = _translated_then_retitled(run, inbox)
    [listed] = run("list", "--json").json()
    assert listed["out_of_date"] == ["en"]
    checked = run("validate")
    assert checked.code == 1 and "translated from an earlier 'nl' text" in checked.out
    again = run("translate", "--all", "--to", "en", "--save", "--json")
    assert again.code == 0 and [r["id"] for r in again.json()["releases"]] == [rid], again.out
    assert run("list", "--json").json()[0]["out_of_date"] == []


def test_twin_a_headline_changed_by_another_process_leaves_the_machine_version_out_of_date(
    run,  # noqa: ANN001
    inbox: Path,
    installed_packages,  # noqa: ANN001
):
    _translated_then_retitled(run, inbox, second=True)
    assert run("list", "--json").json()[0]["out_of_date"] == ["en"]


def test_a_translation_recorded_before_the_headline_was_is_compared_by_its_body(run, inbox: Path, installed_packages):  # noqa: ANN001
    """What it read of the headline unknown, a headline changed cannot be told; a body changed still is."""
    rid = run("import", str(inbox / "nl.txt"), "--json").json()["id"]
    assert run("translate", rid, "--to", "en", "--save").code == 0
    metadata = inbox.parent / "lib" / rid / "release.yaml"
    data = yaml.safe_load(metadata.read_text(encoding="utf-8"))
    source = data["languages"]["en"]["source"]
    assert source.startswith("nl:") and "+" in source
    data["languages"]["en"]["source"] = source.split("+")[0]  # as a translation saved before recorded it
    metadata.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    retitled = inbox.parent / "retitled-nl.txt"
    retitled.write_text(NL.replace("Een nieuwe veerboot", "Nog een veerboot"), encoding="utf-8")
    assert run("import", str(retitled), "--release", rid, "--force").code == 0
    assert run("list", "--json").json()[0]["out_of_date"] == []
    retitled.write_text(NL.replace("twee euro", "vier euro"), encoding="utf-8")
    assert run("import", str(retitled), "--release", rid, "--force").code == 0
    assert run("list", "--json").json()[0]["out_of_date"] == ["en"]
