"""The edit dialog's fuzzy matches tell apart what they render (trial D): each shows its rendering from
where the renderings part, and the earlier sentence it rendered with the words that differ marked,
within the dialog at 80x24 and 120x40."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from reader.core.library import Library
from reader.tui.app import PressReaderApp, make_app
from reader.tui.memory import memory_store
from reader.tui.screens.edit_segment import EditSegmentModal
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator
from tests.tui.memory_library import write_release

# Written for these tests: one long frame, a product changed from release to release.
NL = "De Algemene Dienst Productveiligheid van de Federale Overheidsdienst Handel onderzocht {n} {what}."
FR = "Le Service général Sécurité des produits du Service public fédéral Commerce a examiné {n} {what}."
EARLIER = [
    ("kinderzitjes", "sièges pour enfants"),
    ("rookmelders", "détecteurs de fumée"),
    ("fietsbellen", "sonnettes"),
]
TAIL_NL, TAIL_FR = "De resultaten volgen later.", "Les résultats suivront."


def _library(root: Path) -> Path:
    for i, (nl, fr) in enumerate(EARLIER):
        date = f"2024-0{i + 3}-01"
        n = 30 + i
        write_release(
            root, f"{date}-controle-{i}", date, [NL.format(n=n, what=nl), TAIL_NL], [FR.format(n=n, what=fr), TAIL_FR]
        )
    write_release(
        root,
        "2024-09-01-controle-new",
        "2024-09-01",
        [NL.format(n=64, what="fietshelmen"), TAIL_NL],
        [FR.format(n=64, what="casques de vélo"), TAIL_FR],
    )
    return root


def _app(tmp_path: Path) -> PressReaderApp:
    app = make_app(Library.load(_library(tmp_path / "lib")), FakeTranslator(), cursor_blink=False)
    store = memory_store(app)
    store.update()
    store.close()
    return app


async def _open(pilot) -> None:  # noqa: ANN001
    await wait_for_workers(pilot)
    await pilot.press("enter", "s")  # the newest release, side by side
    await wait_for_workers(pilot)
    await pilot.press("slash", *"fietshelmen", "enter", "escape", "e")
    await wait_for_workers(pilot)
    await pilot.pause(0.1)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_each_match_shows_where_it_parts_and_the_sentence_it_rendered(tmp_path: Path, size: tuple[int, int]):
    app = _app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await _open(pilot)
        modal = app.screen
        assert isinstance(modal, EditSegmentModal) and len(modal.suggestions) == 3
        widget = modal.query_one("#edit-suggestions", Static)
        lines = str(widget.render()).splitlines()
        assert len(lines) == 6 and widget.region.height == 6  # two lines a match, all in view
        width = widget.content_region.width
        for (nl, fr), rendering, earlier in zip(reversed(EARLIER), lines[::2], lines[1::2], strict=True):
            assert len(rendering) <= width and len(earlier) <= width
            assert f"64 {fr}." in rendering  # the words that tell the renderings apart, the new figure in
            assert f"{nl}." in earlier and earlier.lstrip().startswith("nl: ")  # and what each rendered
        # the words that differ are marked (not only shown)
        styled = widget.render()
        assert any("rookmelders" in str(styled)[s.start : s.end] and "bold" in str(s.style) for s in styled.spans)


def test_the_words_of_the_earlier_sentence_that_differ():
    from reader.core.memory.differences import differing

    new = "Het museum opent op 3 mei een nieuwe zaal voor kinderen."
    earlier = "Het museum opent op 12 juni een nieuwe zaal voor scholen."
    assert [earlier[s:e] for s, e in differing(new, earlier)] == ["juni", "scholen"]  # 12: carried over
    assert [earlier[s:e] for s, e in differing(new, earlier, carried=False)] == ["12 juni", "scholen"]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_edit_dialog_with_matches_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]):
    app = _app(tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_open)
