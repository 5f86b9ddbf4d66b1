"""How far a translator can trust the checks: precision, recall and false flags per release.

    python benchmarks/bench_checks.py [--corpus DIR ...] [--show]

Three corpora of NL/FR pairs written for this project in the shapes of real federal releases
(Council of Ministers communiqués and press-conference summaries, FOD/SPF releases, regional
governments, police, defence, justice): half clean official-style renderings, half carrying
labelled discrepancies (`labels.yaml`: the kind, and a phrase of the segment on each side).
`trust` (16 pairs) was the development set; `heldout` to `heldout10` (8, 8, 8, 8, 6, 8, 8, 6, 6, 6) were each written
and measured before any rule was tuned on them (their first figures are in the README).
A flag is true when its segment holds a labelled phrase; a label is found when a flag lands on it.
Both directions are checked (nl->fr, fr->nl). --show prints every false flag and every miss.
Goals from the checks issue: precision >= 80%, <= 0.5 false flags per release, every label found.

    python benchmarks/bench_checks.py --real benchmarks/real/texts [--split dev] [--per-pair] [--show]

measures the checks on real NL/FR pairs nobody here wrote (`benchmarks/real/`, see `real_pairs.py`);
--show prints false flags and misses of the dev half only (the test half is never read to tune).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from reader.core.library import Library

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    data = ROOT / "benchmarks" / "data"
    corpora = sorted(path for path in data.iterdir() if path.is_dir())  # trust, heldout, heldout2, ...
    parser.add_argument("--corpus", type=Path, nargs="+", default=corpora)
    parser.add_argument("--real", type=Path, metavar="DIR", help="real pairs: the folder of their texts (see real/)")
    parser.add_argument("--pairs", type=Path, nargs="+", default=[ROOT / "benchmarks" / "real" / "pairs.yaml"])
    parser.add_argument("--split", choices=("dev", "test"), nargs="+", default=["dev", "test"])
    parser.add_argument("--min-severity", choices=("error", "warning", "info"), default="warning")
    parser.add_argument("--per-pair", action="store_true", help="with --real: a line per pair and direction")
    parser.add_argument("--show", action="store_true", help="print each false flag and each missed label")
    parser.add_argument(
        "--imported",
        nargs="?",
        const="cut",
        default="",
        choices=("cut", "whole"),
        help="with --real: check the releases import makes of the pages, as a user would; each page cut where"
        " its labelled body ends (cut, the default) or as stored (whole: ragged ends)",
    )
    parser.add_argument(
        "--mt",
        action="store_true",
        help="also run with MT assistance, through the Argos models installed in ARGOS_PACKAGES_DIR",
    )
    args = parser.parse_args()
    if args.real is not None:
        from benchmarks.real_pairs import run

        run(args.pairs, args.real, tuple(args.split), args.min_severity, args.show, args.per_pair, args.imported)
        return
    from reader.core.library import Library

    engine = _engine() if args.mt else None
    for corpus in args.corpus:
        print(f"{corpus.name}:")
        _measure(Library.load(corpus), args.show, None, args.min_severity)
        if engine is not None:
            print(f"{corpus.name}, MT-assisted:")
            _measure(Library.load(corpus), args.show, engine, args.min_severity)


def _engine() -> Any:
    """The local engine over the installed packages, or None (said) when nl<->fr cannot be routed."""
    import os

    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine
    from reader.core.errors import PackageError

    packages = Path(os.environ.get("ARGOS_PACKAGES_DIR", Path.home() / ".local/share/argos-translate/packages"))
    engine = Engine(packages, TranslationCache(Path(tempfile.mkdtemp()) / "cache.sqlite3"))
    try:
        engine.route("nl", "fr")
        engine.route("fr", "nl")
    except PackageError as exc:
        print(f"MT-assisted run skipped: {exc}")
        return None
    return engine


def _measure(library: Library, show: bool, engine: Any, min_severity: str = "warning") -> None:
    """Flags of the default view (warning and worse) unless --min-severity says otherwise."""
    from reader.core.review.checks import SEVERITIES, check_release

    keep = SEVERITIES[: SEVERITIES.index(min_severity) + 1]  # type: ignore[arg-type]

    if library.problems:
        raise SystemExit(f"broken corpus: {library.problems[0]}")
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        true = false = found = labels = 0
        causes: Counter[str] = Counter()
        trusted = 0
        for release in sorted(library.releases, key=lambda r: r.id):
            data = yaml.safe_load((release.folder / "labels.yaml").read_text(encoding="utf-8")) or {}
            wanted = data.get("discrepancies") or []
            labels += len(wanted)
            mt = None
            if engine is not None:
                from reader.core.review.mt import MTHelper

                mt = MTHelper(engine, release, src, tgt)
                trusted += bool(mt.trusted)
            report = check_release(release, src, tgt, mt=mt)
            hit = [False] * len(wanted)
            for pair in report.pairs:
                texts = {src: pair.source, tgt: pair.target}
                for flag in [f for f in pair.flags if f.severity in keep]:
                    matches = [i for i, w in enumerate(wanted) if w[src] in texts[src] or w[tgt] in texts[tgt]]
                    if matches:
                        true += 1
                        for i in matches:
                            hit[i] = True
                    else:
                        false += 1
                        causes[flag.code] += 1
                        if show:
                            print(f"  false {src}->{tgt} {release.id} #{pair.index} {flag.code}: {flag.message}")
            found += sum(hit)
            if show:
                for label, ok in zip(wanted, hit, strict=True):
                    if not ok:
                        print(f"  missed {src}->{tgt} {release.id}: {label['kind']} «{label[src]}»")
        flags = true + false
        precision = true / flags if flags else 1.0
        per_release = false / max(1, len(library.releases))
        recall = found / labels if labels else 1.0
        by_cause = ", ".join(f"{code} {n}" for code, n in causes.most_common()) or "none"
        print(
            f"  {src}->{tgt}: {len(library.releases)} releases, {flags} flags, precision {precision:.0%}, "
            f"{per_release:.2f} false flags per release, recall {found}/{labels} ({recall:.0%}); "
            f"false flags by check: {by_cause}"
            + (f"; MT trusted on {trusted} of {len(library.releases)} releases" if engine is not None else "")
        )


if __name__ == "__main__":
    main()
