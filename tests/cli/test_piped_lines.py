"""Trial R (R-5): piped into a file, plain output wrapped at 160 columns and split a segment's text
mid-line ('…Infrastructures \\nsportives.') in the report of `import FILE.xlf` and in `concordance`;
`list` folded a long title. Piped, a line of text is one line however long, and a listed release's
row one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SEED_ID

# Over 160 characters, in our words.
LONG_FR = (
    "Une phrase ajoutée par la traductrice, assez longue pour passer les cent soixante colonnes "
    "d'un terminal large, et qui doit rester sur une seule ligne quand la sortie va dans un fichier."
)


@pytest.fixture(autouse=True)
def _piped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)  # stdout is captured: no terminal, as in a pipe


def test_the_import_report_says_a_long_target_on_one_line(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    exported = tmp_path / "seed.xlf"
    made = run(
        "export", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--format", "xliff12", "-o", str(exported)
    )
    assert made.code == 0, made.err
    text = exported.read_text(encoding="utf-8")
    first = re.search(r"(<target[^>]*>)(.*?)(</target>)", text, re.DOTALL)
    assert first is not None
    changed = tmp_path / "changed.xlf"
    changed.write_text(text[: first.start(2)] + LONG_FR + text[first.end(2) :], encoding="utf-8")
    said = run("import", str(changed), "--dry-run")
    assert said.code in (0, 1), said.err
    assert any(line.endswith("target: " + LONG_FR) for line in said.out.splitlines()), said.out


def test_concordance_says_each_sentence_on_one_line(run, lib: Path):  # noqa: ANN001
    said = run("concordance", "ondertekenden", "--from", "nl", "--to", "fr")
    assert said.code == 0, said.err
    sources = [line for line in said.out.splitlines() if "ondertekenden" in line]
    assert sources and max(len(line) for line in sources) > 160, said.out  # the seed's sentence is long
    assert all(line.rstrip().endswith(".") for line in sources), said.out  # none cut mid-sentence


def test_list_gives_a_release_with_a_long_title_one_line(run, lib: Path):  # noqa: ANN001
    rid = "2025-06-30-een-lange-titel"
    title = "Een titel die lang genoeg is " + "om een rij van de lijst voorbij honderdzestig kolommen te duwen " * 2
    folder = lib / rid
    folder.mkdir()
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: 2025-06-30\nissuer: Gemeente\noriginal_language: nl\ntitles:\n  nl: {title.strip()}\n"
        "languages:\n  nl:\n    provenance: official\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text("Een korte tekst.\n", encoding="utf-8")
    said = run("list")
    assert said.code == 0, said.err
    assert any(rid in line and title.strip() in line for line in said.out.splitlines()), said.out
