"""--since and --until take a month or a year as well as a day: December's releases are asked for as
--since 2018-12 (a reader's trial was refused)."""

import pytest


@pytest.mark.parametrize(
    ("since", "until", "found"),
    [("2018-12", "2018-12", True), ("2018", "2018", True), ("2019", None, False), (None, "2018-11", False)],
)
def test_a_month_or_a_year_bounds_the_list(run, since: str | None, until: str | None, found: bool) -> None:
    argv = [*(("--since", since) if since else ()), *(("--until", until) if until else ())]
    result = run("list", *argv, "--json")
    assert result.code == 0, result.err
    assert bool(result.json()) is found


@pytest.mark.parametrize("bad", ["2018-13", "2018-1", "december"])
def test_a_bad_period_is_one_line(run, bad: str) -> None:
    result = run("list", "--since", bad)
    assert result.code == 2 and result.err.count("\n") == 1 and "--since" in result.err
