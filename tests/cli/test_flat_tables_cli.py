"""Two versions of one table, copied cell by cell on one page and row by row on the other, are
compared by their figures: nothing lost when they agree, the one figure that differs when not."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_flat_tables import FR_ROWS, NL_CELLS


def _check(tmp_path: Path, run, cleaning: str) -> list[dict]:  # noqa: ANN001 - the `run` fixture
    tmp_path.mkdir()
    nl = tmp_path / "nl.txt"
    fr = tmp_path / "fr.txt"
    nl.write_text(NL_CELLS, encoding="utf-8")
    fr.write_text(FR_ROWS.format(cleaning=cleaning), encoding="utf-8")
    lib = ("--library", str(tmp_path / "lib"))
    made = run(*lib, "import", str(nl), str(fr), "--json")
    assert made.code == 0, made.err
    release_id = made.json()[0]["id"]
    checked = run(*lib, "check", release_id, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    assert checked.code in (0, 1), checked.err  # 1: flags were raised
    return [flag for pair in checked.json() for flag in pair["flags"]]


def test_a_table_laid_out_another_way_is_compared_by_its_figures(run, tmp_path: Path):
    assert _check(tmp_path / "same", run, "101.000 €") == []  # cells against rows: nothing lost
    flags = _check(tmp_path / "changed", run, "110.000 €")
    assert [f["code"] for f in flags] == ["number"] and "101.000" in flags[0]["message"]
