"""Ways input went wrong that this session's new users met (2026-11-30, ninth): refused in one line
naming what is wrong, or taken with nothing lost. Texts in our own words."""

from __future__ import annotations

import re
from pathlib import Path

from tests.faults.conftest import SEED_ID

PAIR = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def test_an_xliff_unit_renamed_by_a_cat_tool_brings_no_old_text_back(run, lib: Path, tmp_path: Path):
    """A CAT tool that renumbers a unit leaves it no key of the texts it was exported from: its old
    target is refused by name, the library's later text stays."""
    exported = tmp_path / "seed.xlf"
    assert run("export", *PAIR, "--format", "xliff12", "-o", str(exported)).code == 0
    segments = run("review", *PAIR, "--json").json()["segments"]
    later = segments[1]["target"] + " Een latere zin."
    assert run("review", *PAIR, "--segment", "2", "--edit", later).code == 0
    text = exported.read_text(encoding="utf-8")
    ids = re.findall(r'trans-unit id="([^"]+)"', text)
    exported.write_text(text.replace(f'id="{ids[1]}"', 'id="unit-2"'), encoding="utf-8")
    result = run("import", str(exported), "--json")
    assert "Traceback" not in result.err and 2 in result.json()["stale"]
    assert run("review", *PAIR, "--json").json()["segments"][1]["target"] == later
