"""A list in the side-by-side and review views: each item under its bullet, as the reader shows it."""

from __future__ import annotations

from textual.app import App, ComposeResult

from reader.tui.messages import Row
from reader.tui.widgets.aligned import AlignedView


class _One(App[None]):
    def compose(self) -> ComposeResult:
        yield AlignedView(id="aligned")


async def test_list_items_keep_their_bullets_and_wrap_under_their_text():
    """Side by side dropped the bullets the reader shows (a new user's trial): a list read as
    paragraphs. An item's wrapped lines stand under its text, not under the bullet."""
    app = _One()
    async with app.run_test(size=(60, 20)) as pilot:
        view = app.query_one(AlignedView)
        long = "een nieuwe dijk van twee kilometer langs de rivier, met pompen en een waarschuwingssysteem"
        view.set_rows([Row("paragraph", "Drie maatregelen:", "Trois mesures :"), Row("list_item", long, "une digue")])
        await pilot.pause()
        item = view._layout[1]
        assert item[0][0].startswith("• een nieuwe") and all(line.startswith("  ") for line in item[0][1:])
        assert len(item[0]) > 1 and item[1] == ["• une digue"]
        assert not view._layout[0][0][0].startswith("•")


def test_a_no_break_space_keeps_a_number_with_its_sign_and_stays_in_the_text():
    """French sets "15 %" and "1 000" with no-break spaces: a column never starts with the "%"."""
    from reader.tui.widgets.wrap import wrap

    text = "une hausse de 15\u00a0% et 2\u202f500 euros"
    for width in range(6, 30):
        lines = wrap(text, width)
        assert all(not line.startswith(("%", "500")) for line in lines), width
        assert " ".join(lines) == text


def test_french_high_punctuation_never_opens_a_line_in_either_view():
    """A reader saw ';' alone on a line: French sets a space before ; : ! ? » and after «, often a
    plain one as typed. Neither the aligned views' wrap nor the reader's breaks there; the text shown
    is the text stored."""
    from rich.console import Console, Group

    from reader.render import Joined
    from reader.tui.widgets.wrap import wrap

    text = "les ménages au tarif social pour le gaz ou l'électricité ; les « grands » clients : non !"
    for width in range(20, 60):  # wide enough for every word: a longer one is cut at the edge
        lines = wrap(text, width)
        assert not any(line.startswith((";", ":", "!", "»")) or line.endswith("«") for line in lines), width
        assert " ".join(lines) == text
        console = Console(width=width, record=True)
        console.print(Group(Joined(text)))  # as the reader lays out its blocks
        shown = [line.rstrip() for line in console.export_text().splitlines()]
        assert not any(line.startswith((";", ":", "!", "»")) or line.endswith("«") for line in shown), width
        assert " ".join(shown) == text


async def test_a_table_shows_its_rows_and_cells_not_its_markdown():
    """Side by side showed a table as stored ('| Stad | Opening |' over '|---|---|'), the reader as a
    table (a new user's trial): each row on its line, its cells apart, no rule line."""
    app = _One()
    async with app.run_test(size=(80, 20)) as pilot:
        view = app.query_one(AlignedView)
        nl = "| Stad | Opening |\n|---|---|\n| Aalst | maart |"
        fr = "| Ville | Ouverture |\n|---|---|\n| Alost | mars |"
        view.set_rows([Row("table", nl, fr)])
        await pilot.pause()
        left, right = view._layout[0][0], view._layout[0][1]
        assert left == ["Stad │ Opening", "Aalst │ maart"] and right == ["Ville │ Ouverture", "Alost │ mars"]


async def test_a_numbered_list_keeps_its_numbers_side_by_side():
    """The reader shows '2.' and side by side showed a bullet (a new user's trial): a reader comparing
    refers to point 2. A dash stays a bullet, as before."""
    app = _One()
    async with app.run_test(size=(80, 20)) as pilot:
        view = app.query_one(AlignedView)
        view.set_rows(
            [
                Row("list_item", "de gezinnen", "les ménages", markers=("1.", "1.")),
                Row("list_item", "de scholen", "les écoles", markers=("-", "")),
            ]
        )
        await pilot.pause()
        assert view._layout[0] == (["1. de gezinnen"], ["1. les ménages"])
        assert view._layout[1] == (["• de scholen"], ["• les écoles"])


def test_a_number_s_groups_and_its_percent_sign_stay_on_one_line():
    """'1 500' and '30 %' with a plain space (a copied page loses the no-break one) broke at the
    space: '1' ended a line, '500' opened the next (a reader checking numbers: a trial)."""
    from reader.tui.widgets.wrap import wrap

    lines = wrap("une prime de 1 500 euros et environ 18 400 personnes, au moins 30 % de moins", 14)
    assert "1 500 euros et" in lines and "environ 18 400" in lines and "moins 30 % de" in lines
