"""Peak memory of a pivot translation (nl->en->fr) against the engine's memory bound.

    python benchmarks/bench_memory.py [--max-memory default 1G 600M 400M]

Two base-size random Argos packages are built once; each bound runs in a fresh process, which
reports its VmHWM after loading both models and after translating the seed's Dutch paragraphs.
Random weights decode every sentence to its length bound: the worst case for memory and time.
Goal from the scale issue: a peak under 600 MB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED_ID = "2018-12-05-peeters-alibaba-luik"
BASE = {"layers": 6, "d_model": 512, "heads": 8, "ffn": 2048, "sp_vocab": 400, "model_vocab": 32000}

PROBE = """
import sys, tempfile, time
from pathlib import Path
from reader.core.engine.cache import TranslationCache
from reader.core.engine.translator import Engine
from reader.core.model import Block

def hwm():
    return next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM')) // 1024

packages, bound, paragraphs = Path(sys.argv[1]), int(sys.argv[2]) or None, sys.argv[3:]
engine = Engine(packages, TranslationCache(Path(tempfile.mkdtemp()) / 'c.sqlite3'), max_memory=bound)
for package in engine.packages():
    engine._load(package)
loaded, started = hwm(), time.perf_counter()
engine.translate_blocks([Block('paragraph', text) for text in paragraphs], 'nl', 'fr')
print(loaded, hwm(), round(time.perf_counter() - started, 1))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-memory", nargs="+", default=["default", "1G", "600M", "400M"])
    args = parser.parse_args()
    from reader.core.engine.memory import parse_size
    from reader.core.engine.packages import install_file
    from reader.core.library import Library
    from tests.argos_factory import build_package

    tmp = Path(tempfile.mkdtemp(prefix="press-reader-memory-"))
    for i, (a, b) in enumerate([("nl", "en"), ("en", "fr")]):
        install_file(build_package(tmp / "built", a, b, seed=i, **BASE), tmp / "packages")
    version = Library.load(ROOT / "releases").get(SEED_ID).versions["nl"]
    paragraphs = [b.text for b in version.blocks if b.lang in (None, "nl")]
    for label in args.max_memory:
        bound = 0 if label == "default" else parse_size(label)
        command = [sys.executable, "-c", PROBE, str(tmp / "packages"), str(bound), *paragraphs]
        out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
        loaded, peak, seconds = out.stdout.split()
        print(f"--max-memory {label:>7}: {loaded} MiB loaded, peak {peak} MiB, {seconds} s", flush=True)


if __name__ == "__main__":
    main()
