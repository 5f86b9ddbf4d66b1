"""A line import drops is kept in release.yaml, as the README says, however long: a 3 MB line of one
token was listed under `dropped` by --dry-run --json and kept nowhere (trial Z, F6). A line longer
than KEPT_LINE is kept cut, its length said, and never learned as the site's."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.two_writers import twice

KEPT_LINE = 1_000  # learned.KEPT_LINE
TOKEN = "qz" * 40_000  # one token of 80,000 characters, pasted by mistake
# Written for these tests: a made-up notice of a town's new bench repairs.
TEXT = (
    "Gemeente Zonnedal\n\nNieuwe banken in het stadspark\n\nZonnedal, 4 maart 2026\n\n"
    "Vanaf 1 april 2026 vervangt de gemeente 36 banken in het stadspark. De werken kosten 90.000 euro.\n\n"
    f"{TOKEN}\n\n"
    "Wie een bank wil adopteren, meldt zich bij de dienst groen.\n"
)


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "banken_nl.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _kept(lib: Path) -> list[str]:
    (folder,) = [p for p in lib.iterdir() if p.is_dir() and not p.name.startswith(".")]
    meta = yaml.safe_load((folder / "release.yaml").read_text(encoding="utf-8"))
    return list(meta["source"]["files"]["nl"].get("site_lines") or [])


def test_a_too_long_line_dropped_is_kept_cut_with_its_length(run, tmp_path: Path):  # noqa: ANN001
    lib = tmp_path / "lib"
    path = _file(tmp_path)
    planned = run("--library", str(lib), "import", str(path), "--dry-run", "--json")
    assert planned.code == 0, planned.err
    assert TOKEN in planned.json()["dropped"]
    assert run("--library", str(lib), "import", str(path)).code == 0
    (line,) = [x for x in _kept(lib) if x.startswith("qzqz")]
    assert line == f"{TOKEN[:KEPT_LINE]} … [cut: 80,000 characters]"
    assert "qzqz" not in next(p for p in lib.iterdir() if p.is_dir()).joinpath("nl.md").read_text(encoding="utf-8")


def test_a_line_kept_cut_is_never_learned_as_the_sites(run, tmp_path: Path):  # noqa: ANN001
    from reader.core.importer.learned import learned_lines
    from reader.core.library import Library

    lib = tmp_path / "lib"
    assert run("--library", str(lib), "import", str(_file(tmp_path))).code == 0
    assert not any(key.startswith("qzqz") for key in learned_lines(Library(lib)))


def test_two_imports_at_once_keep_the_line_cut_once(run, tmp_path: Path):  # noqa: ANN001
    lib = tmp_path / "lib"
    codes = twice(["--library", str(lib), "import", str(_file(tmp_path))])
    assert codes[0] == 0 and codes[1] in (0, 1), codes  # the second: already imported, or made meanwhile
    (line,) = [x for x in _kept(lib) if x.startswith("qzqz")]
    assert line.endswith(" … [cut: 80,000 characters]")
