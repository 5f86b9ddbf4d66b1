"""--title and --issuer are bounded: a headline of 100,000 letters went into the release's file and
every listing (a hostile-input trial). One line, exit 2, nothing written."""

from pathlib import Path

import pytest


@pytest.mark.parametrize(("flag", "size"), [("--title", 501), ("--issuer", 301)])
def test_a_flag_text_over_its_bound_is_one_line(run, tmp_path: Path, flag: str, size: int) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Een titel\n\n3 maart 2025\n\nDe stad opent een nieuw zwembad in het park.\n", encoding="utf-8")
    result = run("--library", str(tmp_path / "lib"), "import", str(page), flag, "x" * size)
    assert result.code == 2 and result.err.count("\n") == 1 and flag in result.err and "at most" in result.err
    assert not (tmp_path / "lib").exists() or not any(p.name.startswith("2025") for p in (tmp_path / "lib").iterdir())
