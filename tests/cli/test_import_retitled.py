"""A page whose only change is its headline is a corrected page, not the same content: it was
skipped as 'already imported (same content)', and the corrected headline lost (trial S, 8d). It is
refused naming --release ID --force, as a corrected body is, and that replaces the version's title.
Texts in our words."""

from __future__ import annotations

from pathlib import Path

from tests.two_writers import twice

BODY = (
    "Gent, 3 maart 2026\n\nDe stad plant 40 nieuwe bomen langs de kaaien, voor 85.000 euro. De werken "
    "beginnen na de paasvakantie en duren zes weken.\n\nBuurtbewoners kunnen op 12 maart hun vragen stellen.\n"
)
FIRST = "Stad Gent\n\nBomen voor de kaaien\n\n" + BODY
RETITLED = "Stad Gent\n\nVeertig bomen voor de kaaien\n\n" + BODY


def _library(tmp_path: Path) -> tuple[Path, Path, Path]:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    first, fixed = tmp_path / "bomen.txt", tmp_path / "bomen-verbeterd.txt"
    first.write_text(FIRST, encoding="utf-8")
    fixed.write_text(RETITLED, encoding="utf-8")
    return lib, first, fixed


def test_a_page_whose_only_change_is_its_headline_is_refused_by_name_not_skipped(run, tmp_path: Path):  # noqa: ANN001
    lib, first, fixed = _library(tmp_path)
    assert run("--library", str(lib), "import", str(first)).code == 0
    (rid,) = [r["id"] for r in run("--library", str(lib), "list", "--json").json()]
    refused = run("--library", str(lib), "import", str(fixed))
    assert refused.code != 0 and "same content" not in refused.err, refused.err
    assert "corrected headline" in refused.err and f"--release {rid} --force" in refused.err, refused.err
    replaced = run("--library", str(lib), "import", str(fixed), "--release", rid, "--force")
    assert replaced.code == 0, replaced.err
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert release["id"] == rid  # the id stays; the title is the corrected one
    assert "Veertig bomen" in run("--library", str(lib), "show", rid, "--lang", "nl").out


def test_the_same_page_again_is_still_skipped_as_the_same_content(run, tmp_path: Path):  # noqa: ANN001
    lib, first, _ = _library(tmp_path)
    run("--library", str(lib), "import", str(first))
    copy = tmp_path / "bomen-kopie.txt"
    copy.write_text(FIRST + "\n", encoding="utf-8")
    again = run("--library", str(lib), "import", str(copy))
    assert again.code == 0 and "same content" in again.err, again.err


def test_twin_a_page_and_its_retitled_page_imported_at_once_make_one_release(run, tmp_path: Path):  # noqa: ANN001
    lib, first, fixed = _library(tmp_path)
    codes = twice(["--library", str(lib), "import", str(first)], ["--library", str(lib), "import", str(fixed)])
    assert codes[0] == 0 and codes[1] != 0, codes  # one made the release, the other refused by name
    assert len(run("--library", str(lib), "list", "--json").json()) == 1
