"""The remote engine: sentences per second locally, through one server and through two.

    PRESS_READER_LT_BIN=/path/to/libretranslate python benchmarks/bench_remote.py [--sentences 96]

Small random packages (the tests' size, with a MiniSBD model so servers split offline) translate
the same Dutch sentences nl->en: with the local engine, through one LibreTranslate server, and
through two. On one machine the servers share its cores, so the point is the ratio and the
overhead per request, not an absolute speed-up. The client's overhead is measured against raw HTTP
posts of the same batches to the same server. Each run starts with a cold cache.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def start(binary: Path, packages: Path, home: Path, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "d"), XDG_CACHE_HOME=str(home / "c"))
    env["ARGOS_PACKAGES_DIR"] = str(packages)
    command = [str(binary), "--host", "127.0.0.1", "--port", str(port), "--load-only", "nl,en"]
    process = subprocess.Popen(
        [*command, "--disable-web-ui", "--threads", "1"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/languages", timeout=1):  # noqa: S310
                return process
        except OSError:
            time.sleep(0.2)
    raise SystemExit("LibreTranslate did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=96)
    args = parser.parse_args()
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.packages import install_file
    from reader.core.engine.remote import RemoteEngine
    from reader.core.engine.translator import Engine
    from reader.core.model import Block
    from tests.argos_factory import build_package
    from tests.remote.conftest import free_port, lt_bin

    binary = lt_bin()
    if binary is None:
        raise SystemExit("set PRESS_READER_LT_BIN to a libretranslate executable (or run .ci/run once)")
    tmp = Path(tempfile.mkdtemp(prefix="press-reader-remote-"))
    for i, (a, b) in enumerate([("nl", "en"), ("en", "nl")]):
        install_file(build_package(tmp / "built", a, b, seed=10 + i, minisbd=True), tmp / "packages")
    sentences = [f"Zin {i} gaat over de haven van Luik." for i in range(args.sentences)]
    blocks = [Block("paragraph", s) for s in sentences]
    ports = [free_port(), free_port()]
    servers = [start(binary, tmp / "packages", tmp / f"home{p}", p) for p in ports]
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    try:
        runs: dict[str, float] = {}
        counter = iter(range(100))

        def cold() -> TranslationCache:
            return TranslationCache(tmp / f"cache-{next(counter)}.sqlite3")

        def timed(label: str, engine: Engine) -> None:
            started = time.perf_counter()
            result = engine.translate_blocks(blocks, "nl", "en")
            assert result.complete
            runs[label] = time.perf_counter() - started

        timed("local", Engine(tmp / "packages", cold(), threads=2))
        one = RemoteEngine(urls[:1], cold())
        timed("one server", one)
        two = RemoteEngine(urls, cold())
        timed("two servers", two)
        # Raw HTTP: the same batches, posted one after another to one server, no client logic.
        batches = [sentences[i : i + one.batch_size] for i in range(0, len(sentences), one.batch_size)]
        started = time.perf_counter()
        for batch in batches:
            body = json.dumps({"q": batch, "source": "nl", "target": "en", "format": "text"}).encode()
            request = urllib.request.Request(
                f"{urls[0]}/translate", data=body, headers={"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=300) as answer:  # noqa: S310
                answer.read()
        raw = time.perf_counter() - started
        one_serial = RemoteEngine(urls[:1], cold(), in_flight=1)
        timed("one server, one in flight", one_serial)
    finally:
        for process in servers:
            process.kill()
    n = len(sentences)
    for label, seconds in runs.items():
        print(f"{label:<28} {n / seconds:7.1f} sentences/s ({seconds:.2f} s)")
    print(f"two servers / one server     = {runs['one server'] / runs['two servers']:.2f}x the rate")
    print(f"one server / local           = {runs['local'] / runs['one server']:.2f}x the rate")
    per_request = (runs["one server, one in flight"] - raw) / len(batches)
    print(
        f"client / raw HTTP, same batches, one in flight = {runs['one server, one in flight'] / raw:.2f} "
        f"({per_request * 1000:.1f} ms per request of {one.batch_size} sentences)"
    )


if __name__ == "__main__":
    main()
