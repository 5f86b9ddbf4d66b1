"""Sentence splitting on press-release paragraphs with gold splits: ours against pysbd.

    python benchmarks/bench_segment.py

Prints, per splitter, the share of paragraphs split exactly right and the boundary F1.
"""

from __future__ import annotations

import time
from pathlib import Path

DATA = Path(__file__).with_name("data") / "sentences.txt"


def load() -> list[tuple[str, list[str]]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, gold = line.split("\t", 1)
            rows.append((lang, [s.strip() for s in gold.split(" || ")]))
    return rows


def boundaries(sentences: list[str]) -> set[int]:
    out, position = set(), 0
    for sentence in sentences[:-1]:
        position += len(sentence.strip()) + 1
        out.add(position)
    return out


def score(name: str, split, rows) -> None:  # noqa: ANN001
    exact = tp = fp = fn = 0
    start = time.perf_counter()
    for lang, gold in rows:
        got = [s.strip() for s in split(" ".join(gold), lang) if s.strip()]
        exact += got == gold
        g, p = boundaries(gold), boundaries(got)
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    elapsed = (time.perf_counter() - start) / len(rows) * 1000
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    print(
        f"{name:8} exact {exact}/{len(rows)} paragraphs ({exact / len(rows):.0%}), boundary F1 {f1:.3f}, "
        f"{elapsed:.2f} ms/paragraph"
    )


def main() -> None:
    import pysbd

    from reader.core.text.segment import split_sentences

    rows = load()
    segmenters = {lang: pysbd.Segmenter(language=lang, clean=False) for lang in ("nl", "fr", "en")}
    score("ours", split_sentences, rows)
    score("pysbd", lambda text, lang: segmenters[lang].segment(text), rows)


if __name__ == "__main__":
    main()
