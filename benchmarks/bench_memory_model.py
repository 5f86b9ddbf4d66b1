"""Fit the engine's memory model: VmHWM of one CTranslate2 call against its shape.

    python benchmarks/bench_memory_model.py [--packages DIR] [--quick]

Each point runs in a fresh process: load a base-size random model (6+6 layers, d=512, 32k vocabulary,
int8), reset the peak (``/proc/self/clear_refs``), make one ``translate_batch`` call of B sentences of
S source tokens at beam K decoded to T tokens (random weights never stop early: the worst case), and
report VmHWM minus the VmRSS before the call. A least-squares fit of those deltas on
``B*K*T*L*d`` (the decoder's state: self-attention cache, hypotheses), ``B*K*S*L*d`` (the
cross-attention cache) and ``B*K*V`` (scores over the vocabulary) gives the constants in
``reader/core/engine/memory.py``; the script prints them, and each point's prediction beside its measure.
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

# (sentences, beam, source tokens): decoded length is the engine's bound, 2 * S + 10.
POINTS = [
    (1, 2, 30),
    (4, 2, 30),
    (16, 2, 30),
    (16, 2, 60),
    (8, 2, 120),
    (4, 2, 250),
    (16, 1, 60),
    (8, 4, 60),
    (32, 2, 30),
    (16, 2, 120),
]
QUICK = [(1, 2, 30), (16, 2, 30), (16, 2, 60), (4, 2, 250), (8, 4, 60)]


def measure(model: Path, points: list[tuple[int, int, int]]) -> list[tuple[int, int, int, int, int]]:
    rows = []
    for b, k, s in points:
        t = 2 * s + 10
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
    layers, width, vocab = BASE["layers"], BASE["d_model"], BASE["model_vocab"]
    rows = measure(model, QUICK if args.quick else POINTS)
    design = np.array(
        [[b * k * t * layers * width, b * k * s * layers * width, b * k * vocab] for b, k, s, t, _ in rows]
    )
    deltas = np.array([row[-1] for row in rows], dtype=float)
    coef, *_ = np.linalg.lstsq(design, deltas, rcond=None)
    print(
        f"fit: {coef[0]:.2f} B per decoded token x layer x width, {coef[1]:.2f} per source token x layer x width, "
        f"{coef[2]:.2f} per vocabulary entry (per sentence x beam)"
    )
    print(f"in memory.py: {memory.PER_DECODED:.2f}, {memory.PER_SOURCE:.2f}, {memory.PER_VOCAB:.2f}")
    dims = memory.ModelDims(layers, width, vocab)
    for b, k, s, t, delta in rows:
        predicted = memory.call_bytes(b, k, s, t, dims)
        print(
            f"  B={b:>2} K={k} S={s:>3} T={t:>3}: measured {delta / 2**20:7.1f} MiB, "
            f"model {predicted / 2**20:7.1f} MiB ({predicted / max(delta, 1):.2f}x)"
        )


if __name__ == "__main__":
    main()
