"""Lines of a list copied without its dashes, right under the sentence that announces them with a
colon and in the same block (no blank line between), are the list's items, one a line: trial F's
FSMA warning ran its two websites into the lead as one paragraph ('… sites web suivants : www.… www.…').
A line a wrap broke is no item: a wrap ends a line only where the next word would not fit. Own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.wrap import paragraph_ends
from tests.conftest import second_process

LEAD = "La société se présente à ses clients au travers des sites suivants :"
SITES = ["www.brimlow-invest.example", "www.brimlow-cave.example"]
PAGE = f"""L'Office met en garde contre la société Brimlow Invest

Bruxelles, le 12 février 2026

L'Office de surveillance met le public en garde contre la société Brimlow Invest, qui offre des placements.

{LEAD}
{SITES[0]}
{SITES[1]}

Ne versez aucune somme d'argent à cette société et signalez tout contact à l'Office.
"""


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Tester")
    file = tmp_path / "brimlow.txt"
    file.write_text(PAGE, encoding="utf-8")
    return file


def _kinds(release: dict) -> list[tuple[str, str]]:
    return [(b["kind"], b["text"]) for b in release["blocks"]]


def test_lines_under_a_lead_in_its_block_are_the_list_s_items_one_a_line(run, page: Path):  # noqa: ANN001
    made = run("import", str(page), "--json")
    assert made.code == 0, made.err
    assert [("paragraph", LEAD), *(("list_item", x) for x in SITES)] == _kinds(made.json())[1:4]


def test_twin_another_process_imports_the_page_its_items_a_line_each(run, page: Path):  # noqa: ANN001
    second_process("import", str(page))
    (release,) = run("list", "--json").json()
    assert ("list_item", SITES[1]) in _kinds(run("show", release["id"], "--json").json())


def test_a_wrapped_sentence_after_a_colon_is_no_list():
    wrapped = [
        "Le ministre a rappelé les deux règles qui valent pour tous les :",
        "investisseurs particuliers qui placent leur argent dans des biens",
        "rares comme le vin, les montres ou les oeuvres d'art anciennes.",
    ]
    assert paragraph_ends(wrapped) == []
