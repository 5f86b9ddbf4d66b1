"""Fit the engine's memory model: VmHWM of one CTranslate2 call against its shape.

    python benchmarks/bench_memory_model.py [--packages DIR] [--quick]

Each point runs in a fresh process: load a base-size random model (6+6 layers, d=512, 32k vocabulary,
int8), reset the peak (``/proc/self/clear_refs``), make one ``translate_batch`` call of B sentences of
S source tokens at beam K decoded to T tokens (random weights never stop early: the worst case), and
report VmHWM minus the VmRSS before the call. A least-squares fit of those deltas on
``B*K*T*L*d`` (the decoder's state: self-attention cache, hypotheses) and ``B*K*S*L*d`` (the
cross-attention cache) gives bytes per decoded and per source token; ``reader/core/engine/memory.py``
takes both times the largest measured/fitted ratio. The script prints the fit, that ratio, and each
point's measure beside what memory.py predicts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BASE = {"layers": 6, "d_model": 512, "heads": 8, "ffn": 2048, "sp_vocab": 400, "model_vocab": 32000}

PROBE = """
import sys, ctranslate2
def status(key):
    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith(key)) * 1024
model, b, k, s, t = sys.argv[1], *map(int, sys.argv[2:6])
translator = ctranslate2.Translator(model, compute_type='int8', intra_threads=2)
words = [f'▁pad{i}' for i in range(1000)]
batch = [[words[(i * 7 + j) % 1000] for j in range(s)] for i in range(b)]
translator.translate_batch(batch[:1], beam_size=k, max_decoding_length=4)  # warm the allocator's first use
open('/proc/self/clear_refs', 'w').write('5')
before = status('VmRSS')
translator.translate_batch(batch, beam_size=k, max_batch_size=b, max_decoding_length=t, min_decoding_length=t,
                           replace_unknowns=True)
print(before, status('VmHWM') - before)
"""

# (sentences, beam, source tokens, decoded tokens): mostly the engine's bound (2 x source + 10), and a
# few with a source as long as the output (a pivot's second hop) or much shorter.
POINTS = [
    (1, 2, 30, 70),
    (4, 2, 30, 70),
    (16, 2, 30, 70),
    (16, 2, 60, 130),
    (8, 2, 120, 250),
    (4, 2, 250, 510),
    (16, 1, 60, 130),
    (8, 4, 60, 130),
    (32, 2, 30, 70),
    (16, 2, 120, 250),
    (4, 2, 250, 260),
    (8, 2, 120, 130),
    (16, 2, 60, 70),
    (2, 2, 500, 512),
    (8, 2, 30, 250),
]
QUICK = [(1, 2, 30, 70), (16, 2, 30, 70), (4, 2, 250, 510), (4, 2, 250, 260), (8, 2, 30, 250)]


def measure(model: Path, points: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int, int]]:
    rows = []
    for b, k, s, t in points:
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(model), str(b), str(k), str(s), str(t)],
            capture_output=True,
            text=True,
            check=True,
        )
        _before, delta = map(int, out.stdout.split())
        rows.append((b, k, s, t, delta))
        print(f"  B={b:>2} K={k} S={s:>3} T={t:>3}: {delta / 2**20:7.1f} MiB", flush=True)
    return rows


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=Path, help="a folder with translate-nl_en installed (else built)")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    from reader.core.engine import memory

    folder = args.packages
    if folder is None:
        from reader.core.engine.packages import install_file
        from tests.argos_factory import build_package

        folder = Path(tempfile.mkdtemp(prefix="press-reader-memmodel-")) / "packages"
        install_file(build_package(folder.parent / "built", "nl", "en", **BASE), folder)
    model = next(folder.glob("*nl_en*/model"))
    dims = memory.ModelDims(BASE["layers"], BASE["d_model"])
    rows = measure(model, QUICK if args.quick else POINTS)
    per = dims.layers * dims.width
    design = np.array([[b * k * t * per, b * k * s * per] for b, k, s, t, _ in rows], dtype=float)
    deltas = np.array([row[-1] for row in rows], dtype=float)
    coef, *_ = np.linalg.lstsq(design, deltas, rcond=None)
    worst = float(max(deltas / (design @ coef)))
    print(
        f"fit: {coef[0]:.2f} B per decoded token, {coef[1]:.2f} per source token (x sentences x beam x layers "
        f"x width); largest measure / fit {worst:.2f}: take {coef[0] * worst:.1f} and {coef[1] * worst:.1f}"
    )
    print(f"in memory.py: PER_DECODED = {memory.PER_DECODED}, PER_SOURCE = {memory.PER_SOURCE}")
    for b, k, s, t, delta in rows:
        predicted = memory.call_bytes(b, k, s, t, dims)
        print(
            f"  B={b:>2} K={k} S={s:>3} T={t:>3}: measured {delta / 2**20:7.1f} MiB, "
            f"memory.py {predicted / 2**20:7.1f} MiB ({predicted / max(delta, 1):.2f}x)"
        )


if __name__ == "__main__":
    main()
