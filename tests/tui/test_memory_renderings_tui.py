"""The side by side's summary of a translation says how many sentences the archive's memory gave that
it also renders otherwise (trial D: the newest of two renderings was taken without a word)."""

from __future__ import annotations

from reader.tui.screens.side_by_side import SideBySideScreen
from reader.tui.widgets.aligned import AlignedView
from reader.tui.widgets.translate_bar import TranslateBar
from tests.tui.conftest import wait_for_workers


async def test_the_summary_says_sentences_rendered_otherwise_too(app, fake_translator, monkeypatch):
    translate = fake_translator.translate_blocks

    def remembered(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        result = translate(*args, **kwargs)
        first, second = result.sentences[1:3]  # after the title: two sentences as the memory gives them
        first.memory = {"release": "2020-01-01-older", "date": "2020-01-01", "renderings": 3, "otherwise": 4}
        second.memory = {"release": "2020-01-01-older", "date": "2020-01-01"}
        return result

    monkeypatch.setattr(fake_translator, "translate_blocks", remembered)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "e")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, SideBySideScreen)
        said = [app.screen.query_one(TranslateBar).said]  # the line under the rows (trial M: no toast)
        assert (
            said and "2 from the archive's memory). 1 taken from the memory is rendered otherwise there too" in said[-1]
        ), said


async def test_an_imported_memory_s_match_is_marked_to_check(app, fake_translator, monkeypatch):
    """Fix batch 19: a sentence an imported TMX gave was shown as the library's own rendering."""
    translate = fake_translator.translate_blocks

    def remembered(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        result = translate(*args, **kwargs)
        result.sentences[1].memory = {"release": "tmx:werk", "date": "2020-01-01"}
        return result

    monkeypatch.setattr(fake_translator, "translate_blocks", remembered)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "e")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, SideBySideScreen)
        said = app.screen.query_one(TranslateBar).said
        assert "1 from an imported memory (tmx:…): check it." in said, said
        rows = app.screen.query_one(AlignedView).rows
        assert any("from tmx:werk: check it" in row.flags for row in rows), [row.flags for row in rows]
