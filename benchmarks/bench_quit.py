"""Esc and quit while a base-size model translates, in the real app (headless) with the real engine.

    python benchmarks/bench_quit.py [--packages DIR] [--after 3]

The seed release is translated nl->fr (two base-size random packages, built unless --packages
names a folder holding them) in side by side. `--after` seconds into the translation Esc is
pressed: printed is the time until the screen says "Cancelled". A second translation is started
and the app quits `--after` seconds in: printed is the time from the quit to the end of the
process (its terminal given back); `--run textual` runs the app as before (App.run) to compare.
Goals from issue 24: both <= 1 s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BASE = {"layers": 6, "d_model": 512, "heads": 8, "ffn": 2048, "sp_vocab": 400, "model_vocab": 32000}

CHILD = r"""
import sys, time
from pathlib import Path
from reader.core.engine.cache import TranslationCache
from reader.core.engine.translator import Engine
from reader.core.library import Library
from reader.core.settings import Settings
from reader.tui.app import make_app
from reader.tui.run import run_app
from reader.tui.screens.side_by_side import SideBySideScreen

packages, work, after = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
settings = Settings.under(work)
settings = Settings(settings.data, settings.cache, settings.config, packages)
engine = Engine(packages, TranslationCache(work / "cache.sqlite3"), interactive=True)  # as the TUI builds it
app = make_app(Library.load(Path("releases")), engine, settings=settings, cursor_blink=False)

def translate(then):
    release = app.library.get("2018-12-05-peeters-alibaba-luik")
    app.push_screen(SideBySideScreen(release, "nl", "fr", translate=True))
    app.set_timer(after, then)

def esc():
    started = time.perf_counter()
    app.screen.action_cancel_or_back()
    def said():
        if any(n.message.startswith("Cancelled") for n in app._notifications):
            print(f"esc {time.perf_counter() - started:.3f}", flush=True)
            app.pop_screen()
            translate(quit)
        else:
            app.set_timer(0.005, said)
    said()

def quit():
    print(f"quit {time.time():.3f}", flush=True)
    app.call_later(app.action_quit)

app.call_later(lambda: translate(esc))
if sys.argv[4] == "textual":
    app.run(headless=True)  # Textual's own run: asyncio.run and the interpreter wait for busy threads
else:
    run_app(app, headless=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=Path)
    parser.add_argument("--after", type=float, default=3.0)
    parser.add_argument("--run", choices=("ours", "textual"), default="ours", help="textual: App.run, as before")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="press-reader-quit-"))
    packages = args.packages
    if packages is None:
        from reader.core.engine.packages import install_file
        from tests.argos_factory import build_package

        packages = tmp / "packages"
        for i, (a, b) in enumerate([("nl", "en"), ("en", "fr")]):
            install_file(build_package(tmp / "built", a, b, seed=i, **BASE), packages)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(packages), str(tmp / "work"), str(args.after), args.run],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    quit_at = None
    for line in child.stdout:
        word, value = line.split()
        if word == "esc":
            print(f"Esc {args.after:.0f} s in: 'Cancelled' after {float(value):.3f} s (goal <= 1)")
        else:
            quit_at = float(value)
    child.wait()
    if quit_at is not None:
        print(f"quit {args.after:.0f} s in: process ended after {time.time() - quit_at:.2f} s (goal <= 1)")


if __name__ == "__main__":
    main()
