"""Ways input went wrong met in the sixteenth session (2026-12-03): a region no locale has, a
stamp too short to name one revision, a CAT note signed with a name that hides its text (the
no-break spaces a CAT tool adds: tests/cli/test_cat_typography.py). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.conftest import SEED_ID

BASE = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def test_a_region_no_locale_has_is_one_line_and_writes_nothing(run, library_dir: Path, tmp_path: Path):
    for region in ("XX", "B", "be-nl", "\x1b[31mBE"):
        out = tmp_path / "a.tmx"
        result = run(
            "--library", str(library_dir), "export", *BASE, "--format", "tmx", "--region", region, "-o", str(out)
        )
        assert result.code == 2 and result.err.count("\n") == 1 and "\x1b" not in result.err, region
        assert not out.exists()


def test_a_stamp_too_short_or_naming_several_revisions_is_one_line(run, library_dir: Path):
    lib = ("--library", str(library_dir))  # two revisions of the French, the same day
    assert run(*lib, "review", *BASE, "--segment", "2", "--edit", "Un texte revu.").code == 0
    assert run(*lib, "review", *BASE, "--segment", "2", "--edit", "Un texte revu deux fois.").code == 0
    stamp = run(*lib, "history", SEED_ID, "--lang", "fr", "--json").json()[0]["stamp"]
    for asked in (stamp[:4], stamp[:8], "\x1b]0;title\x07"):
        result = run(*lib, "history", SEED_ID, "--show", asked)
        assert result.code == 2 and result.err.count("\n") == 1 and "\x1b" not in result.err, asked


def test_a_note_signed_with_a_bidi_override_is_a_clean_comment(run, library_dir: Path, tmp_path: Path):
    out = tmp_path / "seed.xlf"
    assert run("--library", str(library_dir), "export", *BASE, "--format", "xliff12", "-o", str(out)).code == 0
    tree = etree.parse(str(out))
    namespace = "{urn:oasis:names:tc:xliff:document:1.2}"
    unit = next(tree.getroot().iter(f"{namespace}trans-unit"))
    note = etree.SubElement(unit, f"{namespace}note", {"from": "an\u202ene\u200b" + "x" * 200})
    note.text = "à revoir"
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    assert run("--library", str(library_dir), "import", str(out), "--release", SEED_ID).code == 0
    comments = [
        s["comment"] or "" for s in run("--library", str(library_dir), "review", *BASE, "--json").json()["segments"]
    ]
    said = next(c for c in comments if "à revoir" in c)
    assert "\u202e" not in said and "\u200b" not in said and len(said.split(":")[0]) <= 40
