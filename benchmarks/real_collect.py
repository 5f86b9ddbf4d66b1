"""Collecting the real pages again, and checking what was collected.

    python benchmarks/real_collect.py todo DIR [--limit N] [--split dev|test]
    python benchmarks/real_collect.py verify DIR [--record]

The page texts are not committed (they are the issuers' words): a new machine starts without them,
and whoever runs the evaluation collects them again from the `search` tool's `pages` corpus. Asked
for an address, that corpus no longer finds the page; asked for its content, it does. `todo`
prints, for every page whose text is missing, a query made of the site's host and the words of its
address (when those say little, the headline's first words do), with what `verify` checks: the
line the headline sits on and how many lines the body needs. `verify` reads every collected text
against its labels, so a page stored again in another shape is known before it is scored.

`verify --record` notes each page that passed in `real/collected.tsv` (committed: the page's id,
language, the first twelve hex digits of its text's SHA-1 and its line count, never its text).
Since each new machine collects the pages again with a budget of searches, `todo` then lists the
pairs found before first (the store held them), and `verify` names a page whose text is no longer
the one recorded (stored again: its labels' line numbers may have moved).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "benchmarks" / "real" / "pairs.yaml"
RECORD = ROOT / "benchmarks" / "real" / "collected.tsv"
RECORD_HEAD = "# id\tlang\tsha1 (12)\tlines: pages collected and verified once (real_collect.py verify --record)\n"


def _recorded() -> dict[tuple[str, str], tuple[str, int]]:
    if not RECORD.is_file():
        return {}
    rows = [line.split("\t") for line in RECORD.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {(r[0], r[1]): (r[2], int(r[3])) for r in rows if len(r) == 4}


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _pairs() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(PAIRS.read_text(encoding="utf-8"))
    return list(loaded["pairs"])


def query(url: str, label: dict[str, Any]) -> str:
    """The host and the words of the address; a node number or a bare year tells the index
    nothing, so then the headline's first words stand in."""
    parts = urlsplit(url)
    slug = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    slug = re.sub(r"\.(?:html?|aspx?|php)$", "", slug)
    words = [w for w in re.split(r"[-_+.=&?]", slug) if w]
    if sum(1 for w in words if re.search(r"[^\W\d_]{3}", w)) < 2 and label.get("headline_starts"):
        words = [str(label["headline_starts"])]
    return " ".join([parts.hostname or "", *words]).strip()


def todo(folder: Path, limit: int | None, split: str | None) -> None:
    """Missing pages, in a fixed order (a hash of the id) so that two sessions collecting part of
    the set collect the same sample."""
    known = {pair_id for pair_id, _lang in _recorded()}
    pairs = sorted(_pairs(), key=lambda p: (p["id"] not in known, hashlib.sha1(str(p["id"]).encode()).hexdigest()))
    shown = 0
    print("id\tlang\turl\tquery\theadline_line\theadline_starts\tbody_to")
    for pair in pairs:
        if split and pair.get("split") != split:
            continue
        missing = [lang for lang in ("nl", "fr") if not (folder / str(pair["id"]) / f"{lang}.txt").is_file()]
        if not missing:
            continue
        for lang in missing:
            label = (pair.get("pages") or {}).get(lang) or {}
            body = (pair.get("body") or {}).get(lang) or {}
            url = str(pair["urls"][lang])
            row = [pair["id"], lang, url, query(url, label), label.get("headline_line"), label.get("headline_starts")]
            print("\t".join("" if v is None else str(v) for v in [*row, body.get("to")]))
        shown += 1
        if limit is not None and shown >= limit:
            break


def verify(folder: Path, record: bool = False) -> int:
    """Each collected page against its labels; the count of pages that differ."""
    good = bad = absent = 0
    recorded = _recorded()
    passed: dict[tuple[str, str], tuple[str, int]] = {}
    for pair in _pairs():
        for lang in ("nl", "fr"):
            page = folder / str(pair["id"]) / f"{lang}.txt"
            if not page.is_file():
                absent += 1
                continue
            text = page.read_text(encoding="utf-8")
            lines = text.split("\n")
            label = (pair.get("pages") or {}).get(lang) or {}
            body = (pair.get("body") or {}).get(lang) or {}
            problems = []
            at, starts = label.get("headline_line"), label.get("headline_starts")
            if at and starts and not (0 < at <= len(lines) and lines[at - 1].strip().startswith(str(starts))):
                problems.append(f"line {at} does not open on {starts!r}")
            if body.get("to") and len(lines) < int(body["to"]):
                problems.append(f"{len(lines)} lines, the body runs to {body['to']}")
            before = recorded.get((str(pair["id"]), lang))
            # a file written with a newline at its end (an editor's, a helper's) is the same text
            if before and before[0] not in (_digest(text), _digest(text.removesuffix("\n"))):
                print(f"{page}: not the text recorded ({before[1]} lines then, {len(lines)} now): stored again?")
            if problems:
                bad += 1
                print(f"{page}: {'; '.join(problems)}")
            else:
                good += 1
                kept = text.removesuffix("\n")  # recorded as the store gives it, with no newline added
                passed[(str(pair["id"]), lang)] = (_digest(kept), len(kept.split("\n")))
    print(f"{good} pages as labelled, {bad} differ, {absent} not collected")
    if record:
        merged = {**recorded, **{key: value for key, value in passed.items() if key not in recorded}}
        rows = sorted(f"{i}\t{lang}\t{sha}\t{n}\n" for (i, lang), (sha, n) in merged.items())
        RECORD.write_text(RECORD_HEAD + "".join(rows), encoding="utf-8")
        print(f"{RECORD}: {len(merged)} pages ({len(merged) - len(recorded)} new)")
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("todo", help="the pages still to collect, with a query for each")
    listing.add_argument("folder", type=Path)
    listing.add_argument("--limit", type=int, help="at most this many pairs")
    listing.add_argument("--split", choices=["dev", "test"])
    checking = commands.add_parser("verify", help="the collected pages against their labels")
    checking.add_argument("folder", type=Path)
    checking.add_argument("--record", action="store_true", help="note the pages that pass in real/collected.tsv")
    args = parser.parse_args()
    if args.command == "todo":
        todo(args.folder, args.limit, args.split)
    else:
        sys.exit(1 if verify(args.folder, args.record) else 0)


if __name__ == "__main__":
    main()
