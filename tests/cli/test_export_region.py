"""`export --region BE`: the languages tagged nl-BE / fr-BE, as a CAT project set up for Belgium names
them, and such a file taken back as the plain languages it holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import SEED_ID

BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _langs(path: Path) -> set[str]:
    root = etree.parse(str(path)).getroot()
    found = set()
    for element in root.iter():
        for name in ("srclang", XML_LANG, "srcLang", "trgLang", "source-language", "target-language"):
            if element.get(name):
                found.add(element.get(name))
    return found


@pytest.mark.parametrize("fmt", ["tmx", "xliff", "xliff12"])
def test_region_tags_every_language_of_the_file(run, lib: Path, tmp_path: Path, fmt: str):
    out = tmp_path / f"seed.{fmt}"
    result = run("export", *BASE, "--format", fmt, "--region", "be", "-o", str(out))
    assert result.code == 0, result.err
    assert _langs(out) == {"nl-BE", "fr-BE"}
    plain = tmp_path / f"plain.{fmt}"
    assert run("export", *BASE, "--format", fmt, "-o", str(plain)).code == 0
    assert _langs(plain) == {"nl", "fr"}


def test_the_region_comes_from_the_environment_too_and_a_report_ignores_it(run, lib: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_REGION", "BE")
    out = tmp_path / "seed.tmx"
    assert run("export", *BASE, "--format", "tmx", "-o", str(out)).code == 0
    assert _langs(out) == {"nl-BE", "fr-BE"}
    report = run("export", *BASE, "--format", "md", "-o", str(tmp_path / "seed.md"))
    assert report.code == 0, report.err


def test_an_unknown_region_or_a_report_with_one_is_refused_in_a_line(run, lib: Path, tmp_path: Path):
    unknown = run("export", *BASE, "--format", "tmx", "--region", "ZZ", "-o", str(tmp_path / "a.tmx"))
    assert unknown.code == 2 and "no locale 'nl-ZZ' in CLDR" in unknown.err and "Traceback" not in unknown.err
    assert not (tmp_path / "a.tmx").exists()
    report = run("export", *BASE, "--format", "html", "--region", "BE", "-o", str(tmp_path / "a.html"))
    assert report.code == 2 and "--region goes with" in report.err


def test_a_file_tagged_with_the_region_is_taken_back(run, lib: Path, tmp_path: Path):
    out = tmp_path / "seed.xlf"
    assert run("export", *BASE, "--format", "xliff12", "--region", "BE", "-o", str(out)).code == 0
    tree = etree.parse(str(out))
    namespace = "{urn:oasis:names:tc:xliff:document:1.2}"
    target = next(tree.getroot().iter(f"{namespace}target"))
    target.text = (target.text or "") + " (relu)"
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    taken = run("import", str(out), "--release", SEED_ID)
    assert taken.code == 0, taken.err


def test_a_language_tagged_with_its_region_names_the_language_and_the_region(run, lib: Path, tmp_path: Path):
    """A CAT user types the languages as the project names them: 'fr-BE' is French, in Belgium."""
    out = tmp_path / "tagged.xlf"
    argv = [SEED_ID, "--source", "nl-BE", "--target", "fr_be", "--no-mt", "--format", "xliff", "-o", str(out)]
    result = run("export", *argv)
    assert result.code == 0, result.err
    assert _langs(out) == {"nl-BE", "fr-BE"}
    assert run("check", SEED_ID, "--source", "NL-be", "--target", "fr-BE", "--no-mt").code in (0, 1)
    report = run("export", *argv[:-4], "--format", "md", "-o", str(tmp_path / "tagged.md"))
    assert report.code == 0, report.err  # a report has no language tags: the region is simply not used
    unknown = run("check", SEED_ID, "--source", "nl", "--target", "xx-BE", "--no-mt")
    assert unknown.code == 2 and "unknown language 'xx'" in unknown.err
