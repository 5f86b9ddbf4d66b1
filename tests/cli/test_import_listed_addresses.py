"""A warning's list of the addresses a fraud uses, marked as a list (dashes, or <li>) under the sentence
that announces it, is the warning's text: trial F's FSMA warning lost its two websites and its e-mail
addresses as site lines, its text ending on 'sites web suivants :'. Own words, invented domains."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.furniture import drop_furniture
from reader.core.importer.raw import RawBlock
from tests.conftest import second_process

LEAD = (
    "L'Office de surveillance met le public en garde contre la société Brimlow Invest, qui offre sans agrément "
    "des placements en vin à des particuliers."
)
PAGE = f"""Office de surveillance

L'Office met en garde contre la société Brimlow Invest

Bruxelles, le 12 février 2026

{LEAD}

La société se présente au travers des sites suivants :

- www.brimlow-invest.example
- https://portail.brimlow.example/inscription

Elle écrit aussi à ses victimes depuis cette adresse :

- conseil@brimlow-invest.example

Ne versez aucune somme d'argent à cette société et signalez tout contact à l'Office.
"""
ADDRESSES = [
    "www.brimlow-invest.example",
    "https://portail.brimlow.example/inscription",
    "conseil@brimlow-invest.example",
]
TEXT = "Les victimes ont reçu des messages qui semblaient venir d'un courtier bien connu du public."


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Tester")
    file = tmp_path / "brimlow.txt"
    file.write_text(PAGE, encoding="utf-8")
    return file


def _items(release: dict) -> list[str]:
    return [b["text"] for b in release["blocks"] if b["kind"] == "list_item"]


def test_the_addresses_a_sentence_announces_are_the_release_s_list_items(run, page: Path):  # noqa: ANN001
    made = run("import", str(page), "--json")
    assert made.code == 0, made.err
    assert _items(made.json()) == ADDRESSES
    assert not set(ADDRESSES) & set(made.json()["dropped"])
    assert run("show", made.json()["id"], "--json").json()["blocks"][-1]["text"].startswith("Ne versez")


def test_twin_the_page_imported_by_another_process_keeps_its_addresses(run, page: Path):  # noqa: ANN001
    second_process("import", str(page))
    (release,) = run("list", "--json").json()
    assert _items(run("show", release["id"], "--json").json()) == ADDRESSES


def test_a_marked_list_between_two_sentences_of_the_text_is_the_text_s():
    below = "Ces adresses imitent celles d'un courtier agréé, dont elles reprennent le nom et le logo."
    page = [RawBlock(TEXT), RawBlock("www.brimlow-invest.example", "list_item", "-"), RawBlock(below)]
    assert [b.text for b in drop_furniture(page)[0]] == [TEXT, "www.brimlow-invest.example", below]
    # under a site's line, or closing the page, a link alone is still the site's
    tail = [RawBlock(TEXT), RawBlock("Suivez-nous :"), RawBlock("www.office.example", "list_item", "-")]
    assert [b.text for b in drop_furniture(tail)[0]] == [TEXT]
    alone = [RawBlock(TEXT), RawBlock("www.office.example", "list_item", "-")]
    assert [b.text for b in drop_furniture(alone)[0]] == [TEXT]
