"""Collecting the real pages again, and checking what was collected.

    python benchmarks/real_collect.py todo DIR [--limit N] [--split dev|test]
    python benchmarks/real_collect.py verify DIR

The page texts are not committed (they are the issuers' words): a new machine starts without them,
and whoever runs the evaluation collects them again from the `search` tool's `pages` corpus. Asked
for an address, that corpus no longer finds the page; asked for its content, it does. `todo`
prints, for every page whose text is missing, a query made of the site's host and the words of its
address (when those say little, the headline's first words do), with what `verify` checks: the
line the headline sits on and how many lines the body needs. `verify` reads every collected text
against its labels, so a page stored again in another shape is known before it is scored.
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
    pairs = sorted(_pairs(), key=lambda p: hashlib.sha1(str(p["id"]).encode()).hexdigest())
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


def verify(folder: Path) -> int:
    """Each collected page against its labels; the count of pages that differ."""
    good = bad = absent = 0
    for pair in _pairs():
        for lang in ("nl", "fr"):
            page = folder / str(pair["id"]) / f"{lang}.txt"
            if not page.is_file():
                absent += 1
                continue
            lines = page.read_text(encoding="utf-8").split("\n")
            label = (pair.get("pages") or {}).get(lang) or {}
            body = (pair.get("body") or {}).get(lang) or {}
            problems = []
            at, starts = label.get("headline_line"), label.get("headline_starts")
            if at and starts and not (0 < at <= len(lines) and lines[at - 1].strip().startswith(str(starts))):
                problems.append(f"line {at} does not open on {starts!r}")
            if body.get("to") and len(lines) < int(body["to"]):
                problems.append(f"{len(lines)} lines, the body runs to {body['to']}")
            if problems:
                bad += 1
                print(f"{page}: {'; '.join(problems)}")
            else:
                good += 1
    print(f"{good} pages as labelled, {bad} differ, {absent} not collected")
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
    args = parser.parse_args()
    if args.command == "todo":
        todo(args.folder, args.limit, args.split)
    else:
        sys.exit(1 if verify(args.folder) else 0)


if __name__ == "__main__":
    main()
