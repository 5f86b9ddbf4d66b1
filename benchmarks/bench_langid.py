"""Language identification on short lines (headings, letterhead lines, datelines), nl/fr/en/de.

    python benchmarks/bench_langid.py

py3langid is what press-reader uses; lingua is measured too when it is installed
(pip install lingua-language-detector). Prints accuracy and time per line for each.
"""

from __future__ import annotations

import time
from pathlib import Path

DATA = Path(__file__).with_name("data") / "short_lines.tsv"


def load() -> list[tuple[str, str]]:
    rows = [line.split("\t", 1) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(lang, text) for lang, text in rows]


def measure(name: str, classify, rows: list[tuple[str, str]]) -> None:  # noqa: ANN001
    start = time.perf_counter()
    wrong = [(lang, text, got) for lang, text in rows if (got := classify(text)) != lang]
    elapsed = (time.perf_counter() - start) / len(rows) * 1000
    print(f"{name:10} accuracy {1 - len(wrong) / len(rows):.1%} on {len(rows)} short lines ({elapsed:.2f} ms/line)")
    for lang, text, got in wrong:
        print(f"    {lang}->{got}: {text}")


def main() -> None:
    rows = load()
    from reader.core.text.langid import identify

    measure("py3langid", lambda text: identify(text)[0], rows)
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        print("lingua      not installed (pip install lingua-language-detector) — not measured")
        return
    codes = {Language.DUTCH: "nl", Language.FRENCH: "fr", Language.ENGLISH: "en", Language.GERMAN: "de"}
    detector = LanguageDetectorBuilder.from_languages(*codes).build()
    measure("lingua", lambda text: codes.get(detector.detect_language_of(text), "?"), rows)


if __name__ == "__main__":
    main()
