"""Ways input went wrong that this session's new user met (2026-12-02, thirteenth): each said in one
line naming the file and what is wrong in it. Texts in our own words."""

from __future__ import annotations

import re
from pathlib import Path

from tests.faults.conftest import SEED_ID

PAIR = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def _export(run, tmp_path: Path) -> tuple[Path, str]:
    exported = tmp_path / "seed.xlf"
    assert run("export", *PAIR, "--format", "xliff12", "-o", str(exported)).code == 0
    return exported, exported.read_text(encoding="utf-8")


def test_a_source_edited_in_the_file_is_blamed_on_the_file(run, lib: Path, tmp_path: Path):
    """The library did not change: a unit whose source the translator rewrote is the file's doing,
    and exporting again would not help. Said so; nothing taken; the release as it was."""
    exported, text = _export(run, tmp_path)
    sources = re.findall(r"<source>([^<]+)</source>", text)
    exported.write_text(text.replace(f"<source>{sources[2]}</source>", "<source>Een andere bron.</source>", 1))
    before = run("review", *PAIR, "--json").json()["segments"]
    result = run("import", str(exported), "--dry-run")
    assert result.code == 2 and "Traceback" not in result.err
    assert "seed.xlf" in result.err and "source of segment(s) 3 was edited in the file" in result.err
    assert "changed in the library" not in result.err
    assert run("review", *PAIR, "--json").json()["segments"] == before


def test_a_release_id_the_library_lacks_names_the_file(run, lib: Path, tmp_path: Path):
    """The id comes from the file's 'original': the file is named, beside the library it was sought in."""
    exported, text = _export(run, tmp_path)
    exported.write_text(text.replace(SEED_ID, "geen-zulke-release"))
    result = run("import", str(exported))
    assert result.code == 2 and "Traceback" not in result.err
    line = result.err.strip().splitlines()[-1]
    assert "seed.xlf" in line and "geen-zulke-release" in line and str(lib) in line


def test_a_unit_without_its_target_is_named_not_silent(run, lib: Path, tmp_path: Path):
    """A <target> taken out of a unit is no edit: the target stays, and the import says which."""
    exported, text = _export(run, tmp_path)
    targets = re.findall(r"<target[^>]*>.*?</target>", text, flags=re.S)
    exported.write_text(text.replace(targets[1], "", 1))
    result = run("import", str(exported), "--dry-run", "--json")
    assert result.code == 0 and result.json()["no_target"] == [2]
    said = run("import", str(exported), "--dry-run")
    assert "segment(s) 2 have no <target> in the file" in said.err
