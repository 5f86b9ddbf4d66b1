"""A place file edited by hand into nonsense (trial Z, F4): a year 'zzzz' or of 20 digits was a raw
'invalid literal for int()' toast and a list that never came, a text of 20,000 words filled the
screen. Each field not sane is left out, the rest kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader import paths
from reader.core.library import Library
from reader.tui import place
from reader.tui.app import make_app
from reader.tui.widgets.release_list import ReleaseList
from tests.tui.fake_translator import FakeTranslator
from tests.tui.test_place_kept import PLANS, _release, _settled


def _kept(tmp_path: Path, **fields: object) -> tuple[object, str | None]:
    file = tmp_path / "place.json"
    file.write_text(json.dumps({"newest_first": False, **fields}), encoding="utf-8")
    kept = place.load(file)
    assert kept is not None
    asked, release = kept
    assert asked.newest_first is False  # what is sane stays
    return asked, release


@pytest.mark.parametrize("year", ["zzzz", "99999999999999999999", "0000", "٢٠٢٤", "24", " 2024", "-100"])
def test_a_year_that_is_none_is_left_out(tmp_path: Path, year: str) -> None:
    asked, _ = _kept(tmp_path, year=year, text="sluis")
    assert asked.year is None and asked.text == "sluis"  # type: ignore[attr-defined]


def test_a_year_is_kept(tmp_path: Path) -> None:
    asked, _ = _kept(tmp_path, year="2024")
    assert asked.year == "2024"  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["sluis " * 20000, "\x1b[31m\x07rood", "twee\nregels"])
def test_a_text_the_search_box_never_held_is_left_out(tmp_path: Path, text: str) -> None:
    asked, _ = _kept(tmp_path, text=text, year="2024")
    assert asked.text == "" and asked.year == "2024"  # type: ignore[attr-defined]


@pytest.mark.parametrize("release", ["../../etc", "a/b", "", "x" * 300, "\x1b[2J"])
def test_a_release_that_is_no_id_and_an_issuer_that_is_none_are_left_out(tmp_path: Path, release: str) -> None:
    asked, kept_release = _kept(tmp_path, release=release, issuer="FOD\x1b[2J" + "x" * 300)
    assert kept_release is None and asked.issuer is None  # type: ignore[attr-defined]


async def test_the_tui_starts_on_the_whole_list_past_a_year_of_letters(library_dir: Path) -> None:
    for rid in PLANS:
        _release(library_dir, rid)
    file = place.place_file(paths.settings(), library_dir)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text('{"text": "", "year": "zzzz", "newest_first": true, "release": null}', encoding="utf-8")
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settled(pilot)
        said = [n.message for n in app._notifications]
        assert not any("invalid literal" in m or "Error" in m for m in said), said
        assert set(PLANS) <= {row.id for row in app.screen.query_one(ReleaseList).rows}
