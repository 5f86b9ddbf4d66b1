"""A page already in a large library imported again, as a script importing pages as they come does:
the CPU of each command (trial O: 1.1 s to say 'skipped' in 800 releases, a dry run 2.8 s; the
wall time on a loaded machine was four times that, the CPU's share, not a lock).

    python benchmarks/bench_import_known.py [--count 800]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGE = (
    "FOD Binnenlandse Zaken\n\nNieuwe brandweerpost in Zottegem\n\nZottegem, 9 februari 2026\n\n"
    "De post opent op 2 maart met 24 brandweerlieden en kost 4,2 miljoen euro. Een tweede post volgt.\n"
)


def _cpu(*argv: str) -> tuple[float, str]:
    """The CPU seconds (user and system) of one command, and its stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "reader", *argv], capture_output=True, text=True, env=os.environ)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return spent, done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"


def main() -> None:
    from benchmarks.synthetic import write_library

    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=800)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="press-reader-known-"))
    lib = write_library(folder / "lib", args.count)
    (lib / ".press-reader").touch()
    page = folder / "zottegem.txt"
    page.write_text(PAGE, encoding="utf-8")
    flags = ("--library", str(lib))
    first, said = _cpu(*flags, "import", str(page), "--json")
    rid = next(r.name for r in lib.iterdir() if "zottegem" in r.name)
    print(f"first import into {args.count} releases: {first:.2f} s CPU")
    for label, extra in (("again", ()), ("again --release", ("--release", rid)), ("again --dry-run", ("--dry-run",))):
        spent, said = _cpu(*flags, "import", str(page), *extra)
        print(f"{label}: {spent:.2f} s CPU ({said[-60:]})")


if __name__ == "__main__":
    main()
