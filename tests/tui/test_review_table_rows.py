"""Review shows a table's rows facing their counterparts, a dropped row facing a gap (trial D,
finding 7: the rows were set top-aligned, so after a dropped row each row faced the next one's)."""

from __future__ import annotations

from pathlib import Path

from reader.tui.screens.review import ReviewScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers

NL_TABLE = "| Provincie | Bedrag |\n|---|---|\n| Luik | 12 miljoen |\n| Namen | 4 miljoen |\n| Henegouwen | 7 miljoen |"
FR_TABLE = "| Province | Montant |\n|---|---|\n| Liège | 12 millions |\n| Hainaut | 7 millions |"  # Namur dropped


def _add_tables(lib: Path) -> None:
    for lang, table in (("nl", NL_TABLE), ("fr", FR_TABLE)):
        path = lib / SEED_ID / f"{lang}.md"
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + table + "\n", encoding="utf-8")


async def test_a_tables_rows_face_their_counterparts_after_a_dropped_row(app, library_dir: Path):  # noqa: ANN001
    _add_tables(library_dir)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        view = screen.query_one(AlignedView)
        (at,) = [k for k, row in enumerate(view.rows) if row.kind == "table"]
        left, right = view._layout[at]
        faced = dict(zip(left, right, strict=True))
        assert faced[next(line for line in left if "Henegouwen" in line)].startswith("Hainaut")
        assert faced[next(line for line in left if "Luik" in line)].startswith("Liège")
        assert faced[next(line for line in left if "Namen" in line)] == ""  # the row the check names
