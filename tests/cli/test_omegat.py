"""Round trips through a real CAT tool: OmegaT (the Debian package, 3.6) in its headless console mode.

A project folder is omegat.project with source/, target/, tm/auto/ (plus the omegat/, glossary/ and
dictionary/ folders 3.6 insists on); ``omegat --mode=console-translate PROJECT`` writes target/ from
the translation memories, with every exact match of tm/auto/ taken, and omegat/project_stats.txt.
OmegaT 3.6 reads XLIFF of the "source=target" variety: the text it translates is the <target>, hence
``export --format xliff12 --source-in-target``. Skipped when ``omegat`` is not on PATH.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.core.library import Library
from tests.conftest import SEED_ID

pytestmark = pytest.mark.skipif(shutil.which("omegat") is None, reason="omegat not installed (apt-get install omegat)")

BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes><mask>**/.svn/**</mask></source_dir_excludes>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>nl-BE</source_lang>
    <target_lang>fr-BE</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneDutchTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def _project(root: Path, source: dict[str, bytes], tm: bytes | None) -> Path:
    for folder in ("source", "target", "tm/auto", "omegat", "glossary", "dictionary"):
        (root / folder).mkdir(parents=True)
    (root / "omegat.project").write_text(PROJECT, encoding="utf-8")
    for name, data in source.items():
        (root / "source" / name).write_bytes(data)
    if tm is not None:
        (root / "tm" / "auto" / "seed.tmx").write_bytes(tm)
    return root


def _translate(project: Path) -> tuple[int, int]:
    """Run OmegaT headless on the project; (segments, segments left untranslated) from its statistics."""
    config = project.parent / f"{project.name}-config"  # never the user's ~/.omegat
    done = subprocess.run(
        ["omegat", "--mode=console-translate", f"--config-dir={config}", "--disable-project-locking", "--no-team"]
        + [str(project)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    stats = (project / "omegat" / "project_stats.txt").read_text(encoding="utf-8")
    total = re.search(r"^Total:\s+(\d+)", stats, re.M)
    remaining = re.search(r"^Remaining:\s+(\d+)", stats, re.M)
    assert total and remaining, stats
    return int(total.group(1)), int(remaining.group(1))


def _export(run, tmp_path: Path, fmt: str, *extra: str) -> bytes:  # noqa: ANN001
    out = tmp_path / f"seed.{fmt}"
    result = run("export", *BASE, "--format", fmt, *extra, "-o", str(out))
    assert result.code == 0, result.err
    return out.read_bytes()


def _segments(run) -> list[dict]:  # noqa: ANN001
    return run("review", *BASE, "--json").json()["segments"]


def _dutch_text(lib: Path) -> str:
    """The Dutch release as the plain text a translator would drop into source/."""
    version = Library.load(lib).get(SEED_ID).versions["nl"]
    blocks = [b.text for b in version.blocks if b.lang in (None, "nl")]
    return "\n\n".join([version.title, *blocks]) + "\n"


def test_the_tmx_in_tm_auto_fills_every_segment_of_the_dutch_text(run, lib: Path, tmp_path: Path):
    tmx = _export(run, tmp_path, "tmx")
    project = _project(tmp_path / "text", {"seed_nl.txt": _dutch_text(lib).encode("utf-8")}, tmx)
    total, remaining = _translate(project)
    segments = _segments(run)
    assert (total, remaining) == (len(segments), 0)
    french = (project / "target" / "seed_nl.txt").read_text(encoding="utf-8")
    for segment in segments:
        assert segment["target"] in french  # the letterhead too, line for line
        assert len(segment["source"].split()) < 2 or segment["source"] not in french


def test_the_xliff12_export_opens_with_all_its_segments_and_comes_back_unchanged(run, lib: Path, tmp_path: Path):
    assert run("review", *BASE, "--segment", "3", "--set", "ok").code == 0
    kit = _export(run, tmp_path, "xliff12", "--source-in-target")
    tmx = _export(run, tmp_path, "tmx")
    project = _project(tmp_path / "xliff", {"seed.xlf": kit}, tmx)
    assert _translate(project) == (len(_segments(run)), 0)
    before, fr = _segments(run), (lib / SEED_ID / "fr.md").read_bytes()
    result = run("import", str(project / "target" / "seed.xlf"), "--json")
    assert result.code == 0, result.err
    assert result.json()["changes"] == [] and result.json()["skipped"] == []
    assert (lib / SEED_ID / "fr.md").read_bytes() == fr and _segments(run) == before


def test_units_omegat_left_untranslated_never_swap_the_language(run, lib: Path, tmp_path: Path):
    kit = _export(run, tmp_path, "xliff12", "--source-in-target")
    project = _project(tmp_path / "bare", {"seed.xlf": kit}, None)  # no memory: nothing translated
    count = len(_segments(run))
    assert _translate(project) == (count, count)
    fr = (lib / SEED_ID / "fr.md").read_bytes()
    result = run("import", str(project / "target" / "seed.xlf"), "--json")
    assert result.code == 0 and result.json()["changes"] == [] and len(result.json()["skipped"]) == count
    assert len([line for line in result.err.splitlines() if "warning" in line]) == 1
    assert (lib / SEED_ID / "fr.md").read_bytes() == fr


def test_a_translation_changed_in_omegat_comes_back_with_its_line_breaks(run, lib: Path, tmp_path: Path):
    from lxml import etree

    letterhead = _segments(run)[1]["target"]
    changed = letterhead.replace("Consommateurs", "Consommatrices")
    tmx = etree.fromstring(_export(run, tmp_path, "tmx"))
    (seg,) = [s for s in tmx.iter("seg") if s.text == letterhead]
    seg.text = changed  # as if the translator had changed one word of the letterhead in OmegaT
    kit = _export(run, tmp_path, "xliff12", "--source-in-target")
    project = _project(tmp_path / "edit", {"seed.xlf": kit}, etree.tostring(tmx, encoding="UTF-8"))
    assert _translate(project)[1] == 0
    result = run("import", str(project / "target" / "seed.xlf"), "--json")
    assert result.code == 0 and [c["segment"] for c in result.json()["changes"]] == [2]
    assert changed in (lib / SEED_ID / "fr.md").read_text(encoding="utf-8")
