"""One development page or pair, shown as import and the checks see it, to study a miss.

    python benchmarks/real_show.py page DIR ID LANG      # the page's lines: kept, dropped, labelled
    python benchmarks/real_show.py pair DIR ID [--source nl|fr] [--imported]   # segments and flags

The benches print what is missed; this prints why, line by line. It refuses a test pair: the test half
is measured, never read (benchmarks/real/README.md), and a tool that shows it would invite tuning on it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.real_import import _flat, run_import, score  # noqa: E402
from benchmarks.real_pairs import load  # noqa: E402

PAIRS = ROOT / "benchmarks" / "real" / "pairs.yaml"


def _entry(pair_id: str) -> dict[str, Any]:
    import yaml

    for entry in yaml.safe_load(PAIRS.read_text(encoding="utf-8"))["pairs"]:
        if str(entry["id"]) == pair_id:
            if entry.get("split") != "dev":
                sys.exit(f"real_show: error: {pair_id} is a test pair; only the development half is shown")
            return dict(entry)
    sys.exit(f"real_show: error: {pair_id}: no such pair in {PAIRS}")


def show_page(texts: Path, pair_id: str, lang: str) -> None:
    import tempfile

    from reader.core.library import Library

    entry = _entry(pair_id)
    page = texts / pair_id / f"{lang}.txt"
    if not page.is_file():
        sys.exit(f"real_show: error: {page}: not collected (benchmarks/real/README.md)")
    label = (entry.get("pages") or {}).get(lang) or {}
    with tempfile.TemporaryDirectory() as tmp:
        got = run_import(page, Library.load(Path(tmp)))
    marks = score(label, page, got)
    print(f"title:  {got.title!r}   (label: {label.get('headline_starts')!r}, {label.get('headline_words')} words)")
    print(f"date:   {got.date}   (label: {label.get('date')})")
    print(f"issuer: {got.issuer!r}   (label: {label.get('issuer')!r})")
    print(f"blocks: {got.paragraphs} ({got.lists} counting a list as one)   (label: {label.get('paragraphs')})")
    print("fields: " + ", ".join(f"{k} {'-' if v is None else 'ok' if v else 'MISS'}" for k, v in marks.items()))
    if got.error:
        print(f"error:  {got.error}")
    kept = {_flat(text) for text in got.kept}
    dropped = {_flat(text) for text in got.dropped}
    site = set(label.get("furniture_lines") or [])
    print("\nline  site kept drop")
    for n, line in enumerate(page.read_text(encoding="utf-8").split("\n"), 1):
        flat = _flat(line)
        if not flat:
            continue
        in_kept = flat in kept or any(flat in block for block in kept if len(flat.split()) >= 3)
        cells = ["S" if n in site else " ", "K" if in_kept else " ", "D" if flat in dropped else " "]
        print(f"{n:4}  {'    '.join(cells)}  {line.strip()[:110]}")


def show_pair(texts: Path, pair_id: str, source: str, imported: bool) -> None:
    import tempfile

    import yaml

    from reader.core.review.checks import check_release

    with tempfile.TemporaryDirectory() as tmp:
        alone = Path(tmp) / "pair.yaml"
        alone.write_text(yaml.safe_dump({"pairs": [_entry(pair_id)]}, allow_unicode=True), encoding="utf-8")
        pairs = load([alone], texts, ("dev",), "cut" if imported else "")
    if not pairs:
        sys.exit(f"real_show: error: {pair_id}: its two texts are not both collected in {texts}")
    pair = pairs[0]
    target = "fr" if source == "nl" else "nl"
    for label in pair.labels:
        matters = " (matters)" if label.get("matters") else ""
        print(f"label {label['kind']}{matters}: {label.get(source)} / {label.get(target)}")
    for checked in check_release(pair.release(), source, target).pairs:
        print(f"\n#{checked.index} {checked.kind}")
        print(f"  {source}: {checked.source[:300]}")
        print(f"  {target}: {checked.target[:300]}")
        for flag in checked.flags:
            print(f"  ! {flag.severity} {flag.code}: {flag.message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    page = commands.add_parser("page", help="a page's lines as import keeps and drops them")
    page.add_argument("texts", type=Path)
    page.add_argument("id")
    page.add_argument("lang", choices=("nl", "fr"))
    pair = commands.add_parser("pair", help="a pair's aligned segments and their flags")
    pair.add_argument("texts", type=Path)
    pair.add_argument("id")
    pair.add_argument("--source", choices=("nl", "fr"), default="nl")
    pair.add_argument("--imported", action="store_true", help="the release import makes of the two pages")
    args = parser.parse_args()
    if args.command == "page":
        show_page(args.texts, args.id, args.lang)
    else:
        show_pair(args.texts, args.id, args.source, args.imported)


if __name__ == "__main__":
    main()
