"""Side by side on long releases: time to show, and time per cursor move, at 50, 600 and 5,000 rows;
and the reader on the same releases: its first screen, and the whole text laid out.

    python benchmarks/bench_tui.py [--rows 50 600 5000]

A release of N paragraphs in Dutch and French (nonsense of real paragraph length) is opened side
by side in the real app under Pilot (120x40, a fake translator: no model is involved). Goals from the
TUI issue: 600 rows shown in < 0.2 s with a cursor move < 16 ms; 5,000 rows shown in < 0.5 s. Issue 24:
both columns on screen within 1 s at any length ("first show": the versions paired in order at once;
"aligned": when the alignment has replaced them).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = "de het een regering minister akkoord investering begroting federale overheid werk economie".split()
MOTS = "le la un gouvernement ministre accord investissement budget fédéral économie travail".split()


def write_release(root: Path, rows: int) -> str:
    rng = random.Random(rows)
    rid = f"2024-01-01-long-{rows}"
    folder = root / rid
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: 2024-01-01\nissuer: FOD Economie\noriginal_language: nl\n"
        f"titles:\n  nl: Lang bericht {rows}\n  fr: Long communiqué {rows}\n"
        "languages:\n  nl:\n    provenance: official\n  fr:\n    provenance: official\n",
        encoding="utf-8",
    )
    for lang, words in (("nl", WORDS), ("fr", MOTS)):
        body = "\n\n".join(" ".join(rng.choice(words) for _ in range(40)).capitalize() + "." for _ in range(rows))
        (folder / f"{lang}.md").write_text(body + "\n", encoding="utf-8")
    return rid


async def measure(library: Path, rid: str, rows: int) -> tuple[float, float, float, float]:
    """(first show, aligned, per move as drawn, per move through Pilot) in seconds."""
    from reader.core.library import Library
    from reader.tui.app import make_app
    from reader.tui.screens.side_by_side import SideBySideScreen
    from reader.tui.widgets.aligned import AlignedView
    from tests.tui.fake_translator import FakeTranslator

    app = make_app(Library.load(library), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        release = app.library.get(rid)
        started = time.perf_counter()
        app.push_screen(SideBySideScreen(release, "nl", "fr"))
        while not (isinstance(app.screen, SideBySideScreen) and app.screen.query(AlignedView)):
            await pilot.pause(0)
        while not app.screen.query_one(AlignedView).rows:
            await pilot.pause(0)
        view = app.screen.query_one(AlignedView)
        await pilot.pause(0)  # one frame drawn
        shown = time.perf_counter() - started
        assert view.rows[-1].right or view.rows[-1].left  # both columns, paired in order at first
        while app.screen.aligning:
            await pilot.pause(0.01)
        aligned = time.perf_counter() - started
        # The work of one move: the cursor's reactive, the scroll, and drawing every visible line.
        moves = 50
        started = time.perf_counter()
        for _ in range(moves):
            view.action_move(1)
            for y in range(view.size.height):
                view.render_line(y)
        drawn = (time.perf_counter() - started) / moves
        started = time.perf_counter()
        for _ in range(20):
            await pilot.press("down")
        per_key = (time.perf_counter() - started) / 20
    return shown, aligned, drawn, per_key


async def measure_reader(library: Path, rid: str) -> tuple[float, float]:
    """The reader (120x40): (its first screen drawn, the whole text laid out) in seconds. The first
    is what the reader waits for; the rest is laid out a slice at a time between key presses."""
    from reader.core.library import Library
    from reader.tui.app import make_app
    from reader.tui.screens.reader import ReaderScreen
    from reader.tui.widgets.release_view import ReleaseView
    from tests.tui.fake_translator import FakeTranslator

    app = make_app(Library.load(library), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        release = app.library.get(rid)
        app.push_screen(ReaderScreen(release, "nl"))
        await pilot.pause()
        view = app.screen.query_one(ReleaseView)
        started = time.perf_counter()
        view.show(release, "nl")
        for y in range(view.size.height):
            view.render_line(y)
        first = time.perf_counter() - started
        view.wrap_all()
        return first, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[50, 600, 5000])
    args = parser.parse_args()
    library = Path(tempfile.mkdtemp(prefix="press-reader-tui-")) / "lib"
    for rows in args.rows:
        rid = write_release(library, rows)
        shown, aligned, drawn, per_key = asyncio.run(measure(library, rid, rows))
        print(
            f"{rows:>6} rows: first show {shown:6.2f} s, aligned {aligned:6.2f} s, "
            f"cursor move {drawn * 1000:5.1f} ms drawn ({per_key * 1000:5.1f} ms per Pilot key press)"
        )
        first, whole = asyncio.run(measure_reader(library, rid))
        print(
            f"{rows:>6} paragraphs in the reader: first screen {first * 1000:6.0f} ms, "
            f"whole text laid out {whole:5.2f} s"
        )


if __name__ == "__main__":
    main()
