"""Every pattern of the core on the lines that make a regular expression backtrack: a row of a
statistics table pasted with its pipes took five minutes to import (a real two-kilobyte page of
indicators), as the breadcrumb pattern let a crumb and its separator share their spaces.

Not a speed target (those are benchmarks): a guard against exponential time, whose bound is a
thousand times what the patterns take."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import reader.core
from reader.core.importer.importer import plan_import
from reader.core.library import Library

UNITS = ["ab | ", "Ab / ", "Ab > ", "12 | ", "ab. ", "Ab ", "ab, ", "ab - ", "ab' ", "a ", "1 ", "ab  ", "ab\t", "ab: "]
ENDS = ["", "|", "!", "#", " x", ".", ":"]


@contextmanager
def within(seconds: int, what: str) -> Iterator[None]:
    def expired(*_: object) -> None:
        raise TimeoutError(f"{what}: still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def core_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(reader.core.__path__, "reader.core."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            values = value if isinstance(value, list | tuple) else [value]
            for item in values:
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found.setdefault(item.pattern, item)
    return found


def test_no_core_pattern_backtracks_on_repeated_cells() -> None:
    patterns = core_patterns()
    assert len(patterns) > 100  # the walk found them
    for pattern in patterns.values():
        with within(5, pattern.pattern[:80]):
            for unit in UNITS:
                for end in ENDS:
                    line = (unit * 40)[:200] + end
                    pattern.search(line)


def test_no_core_pattern_is_quadratic_on_a_long_run_of_spaces() -> None:
    """A search tried from every space of a long run, each try scanning the rest of the run: the
    follow-us and print-link patterns took 3 s on 4,000 spaces, 14 s on 10,000."""
    runs = ["a" + " " * 10_000 + "x", "a" + "\n" * 10_000 + "x", "a" + " ." * 5_000 + "x", "ab " * 3_400]
    for pattern in core_patterns().values():
        with within(5, pattern.pattern[:80]):
            for line in runs:
                pattern.search(line)


@pytest.mark.parametrize("columns", [8, 14])
def test_a_page_of_pasted_table_rows_imports(tmp_path, columns: int) -> None:
    years = " | ".join(str(2000 + n) for n in range(columns))
    rows = [
        "Het aandeel van de bevolking met een laag inkomen daalde licht in 2022.",
        "Aandeel van de bevolking - België - evolutie",
        "procent van de bevolking",
        f"{years} | |",
        "---|" * (columns + 1),
        "waarnemingen | " + " | ".join("--" if n % 3 else f"1{n}.5" for n in range(columns)) + " |",
        "Bron: eigen berekeningen op enquêtegegevens (geraadpleegd op 31/03/2023).",
    ]
    page = tmp_path / "cijfers.txt"
    page.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "library").mkdir()
    library = Library.load(tmp_path / "library")
    with within(20, "import of a page of table rows"):
        plan = plan_import(page, library, title="Aandeel met een laag inkomen", date=dt.date(2023, 11, 20))
    assert plan.blocks
