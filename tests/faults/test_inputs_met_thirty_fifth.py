"""Ways input went wrong that the thirty-fifth session's trial Z met, kept beside the others. Texts in
our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library
from reader.core.text import numbers


def test_a_page_of_many_short_lines_reads_no_date_in_each_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Trial Z, F6: a page of 100,000 short lines took two minutes to import, half of it reading a date
    in the line above each line (an issuer under a date line) before asking whether the line names a
    body at all."""
    lines = ["Dienst Wegen", "", "Gent, 4 maart 2026", "", "Een lange lijst van rijen", ""]
    lines += [f"Rij {n} van de lange lijst." for n in range(3000)]
    page = tmp_path / "rijen.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    calls: list[str] = []
    extract = numbers.extract

    def counted(text: str, lang: str):  # type: ignore[no-untyped-def]
        calls.append(text)
        return extract(text, lang)

    monkeypatch.setattr(numbers, "extract", counted)
    (tmp_path / "lib").mkdir()
    plan = plan_import(page, Library(tmp_path / "lib"))
    assert plan is not None
    assert len(calls) < 500, len(calls)
