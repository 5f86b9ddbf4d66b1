"""translate says when the archive renders a sentence it takes as it is in more than one way (trial
D: the newest of two renderings was taken, marked only `tm`), in its table and in --json."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_memory_renderings import NEW, NL, SECOND_NL, library


def test_translate_says_how_many_renderings_and_pairs_say_otherwise(run, tmp_path: Path, installed_packages):
    root = library(tmp_path / "lib")
    assert run("--library", str(root), "memory").code == 0
    text = f"{NL}\n\n{SECOND_NL}"
    data = run("--library", str(root), "translate", "--text", text, "--from", "nl", "--to", "fr", "--json").json()
    first, second = (s for b in data["blocks"] for s in b["sentences"])
    assert first["provenance"] == "tm" and first["target"] == NEW
    assert first["memory"] | {"release": "", "date": ""} == {
        "release": "",
        "date": "",
        "renderings": 2,
        "otherwise": 5,
        "note": "1 of 2 renderings; 5 pairs say otherwise",
    }
    assert second["provenance"] == "tm" and set(second["memory"]) == {"release", "date"}
    table = run("--library", str(root), "translate", "--text", text, "--from", "nl", "--to", "fr")
    assert "tm (1 of 2 renderings; 5 pairs say otherwise)" in table.out
    assert "tm 2 from the archive's renderings (1 of them rendered otherwise there too)" in table.out
