"""The real-text evaluation of the checks: real NL/FR pairs, labelled before any check ran on them.

    python benchmarks/bench_checks.py --real benchmarks/real/texts [--split dev] [--show]

`benchmarks/real/pairs.yaml` holds each pair's addresses, its split (dev or test, decided once by a
hash of its id), the line ranges of its body in the raw page text and its labelled discrepancies
(kind, whether it matters, the paragraph and a one-word key on each side). The texts are not in the
repository (`benchmarks/real/README.md` says how to collect them again).

Each body is cut from its line range; paragraphs are blocks between blank lines (every line, when
the range has none), and a paragraph whose every line starts with a bullet is a list. Both directions
are checked without MT. A flag is *real* when its segment lies in a labelled paragraph and holds the
key (or the label's side is empty and the flag is on the other side's paragraph and key): *real* when
the label matters, *harmless* when it does not; any other flag is *false*. The title is not scored:
the labels cover the body only. Neither is a flag on no label in a body's last paragraph that the
store cut on one side (the body ends on the excerpt's last line, mid-sentence: the search corpus keeps
about 2,000 characters of a page), which one side then holds less of than the other by the store's
doing; such flags are counted apart ("not scored"), so the cut is seen, not hidden.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reader.core.model import Block, LanguageVersion, Provenance, Release
from reader.core.text.fold import fold

FIRST_RUNS = Path(__file__).resolve().parent / "real" / "first_runs.yaml"
_BULLET = re.compile(r"^\s*(?:[-•*–·▪]|\d{1,2}[.)]|[a-z][.)])\s+")


_ENDED = re.compile(r"[.!?:;»\"”’)]\s*$")  # how a paragraph the store did not cut ends


@dataclass
class Body:
    blocks: list[Block]
    para_of_block: list[int]  # 1-based paragraph of each block
    paras: list[str]  # folded text of each paragraph, for locating a segment
    # the store cut the page inside the body's last paragraph (the body ends on the excerpt's last
    # line, mid-sentence): that paragraph holds less on this side than on the other, by the store's
    # doing, not the rendering's
    cut: bool = False


def body(lines: list[str]) -> Body:
    """The body's paragraphs as the labels count them, and the blocks the checks read."""
    groups: list[list[str]] = []
    if any(not line.strip() for line in lines):
        current: list[str] = []
        for line in lines + [""]:
            if line.strip():
                current.append(line.strip())
            elif current:
                groups.append(current)
                current = []
    else:
        groups = [[line.strip()] for line in lines if line.strip()]
    blocks: list[Block] = []
    para_of: list[int] = []
    for number, group in enumerate(groups, 1):
        if len(group) > 1 and all(_BULLET.match(line) for line in group) or len(group) == 1 and _BULLET.match(group[0]):
            for line in group:
                blocks.append(Block("list_item", _BULLET.sub("", line, count=1)))
                para_of.append(number)
        else:
            blocks.append(Block("paragraph", " ".join(group)))
            para_of.append(number)
    return Body(blocks, para_of, [fold(" ".join(g)) for g in groups])


@dataclass
class RealPair:
    entry: dict[str, Any]
    bodies: dict[str, Body]
    imported: Release | None = None  # with --imported: the release import made of the two pages

    @property
    def id(self) -> str:
        return str(self.entry["id"])

    @property
    def split(self) -> str:
        return str(self.entry["split"])

    @property
    def labels(self) -> list[dict[str, Any]]:
        return list(self.entry.get("discrepancies") or [])

    def release(self) -> Release:
        if self.imported is not None:
            return self.imported
        date = self.entry["date"]
        if not isinstance(date, dt.date):
            iso = re.match(r"\d{4}-\d\d-\d\d", str(date))
            date = dt.date.fromisoformat(iso.group(0)) if iso else dt.date(2000, 1, 1)
        versions = {
            lang: LanguageVersion(lang, Provenance("official"), "", Path(f"{lang}.md"), _blocks=b.blocks)
            for lang, b in self.bodies.items()
        }
        return Release(self.id, date, str(self.entry.get("issuer", "")), str(self.entry.get("original", "nl")),
                       Path("."), versions)  # fmt: skip


def load(pairs_files: list[Path], texts: Path, splits: tuple[str, ...], imported: str = "") -> list[RealPair]:
    """The pairs of the wanted splits whose two texts are present (a missing text is said, not fatal).
    `imported` ('cut' or 'whole'): each pair's release is the one `press-reader import` makes of its
    two pages (headings, lists, what import kept of the site), not the labelled spans cut as
    paragraphs; 'whole' takes the pages as stored, ragged ends and all."""
    entries: list[dict[str, Any]] = []
    for pairs_file in pairs_files:
        entries += (yaml.safe_load(pairs_file.read_text(encoding="utf-8")) or {}).get("pairs") or []
    out: list[RealPair] = []
    for entry in sorted(entries, key=lambda e: str(e["id"])):
        if entry.get("split") not in splits:
            continue
        bodies: dict[str, Body] = {}
        for lang in ("nl", "fr"):
            path = texts / str(entry["id"]) / f"{lang}.txt"
            if not path.exists():
                print(f"  (skipped {entry['id']}: no {path})")
                break
            lines = path.read_text(encoding="utf-8").split("\n")
            span = entry["body"][lang]
            bodies[lang] = body(lines[int(span["from"]) - 1 : int(span["to"])])
            last = max((n for n, line in enumerate(lines, 1) if line.strip()), default=0)
            bodies[lang].cut = int(span["to"]) >= last and not _ENDED.search(lines[last - 1] if last else "")
        if len(bodies) == 2:
            release = import_pair(entry, texts, imported == "cut") if imported else None
            out.append(RealPair(entry, bodies, release))
    return out


def import_pair(entry: dict[str, Any], texts: Path, cut: bool = True) -> Release | None:
    """The release a user gets by importing the pair's two pages, the original first and the other
    joined to it; a headline or date import asks for is given as the user would: the line the labels
    name as the page's headline (else a stand-in: the page has none), the page's or the pair's date."""
    import tempfile

    from reader.core.errors import ReaderError
    from reader.core.importer.importer import MissingFields, apply_import, plan_import
    from reader.core.library import Library

    folder = Path(tempfile.mkdtemp(prefix="press-reader-pair-"))
    (folder / "library").mkdir()
    library = Library.load(folder / "library")
    original = "fr" if entry.get("original") == "fr" else "nl"  # 'unknown': the Dutch first
    release_id: str | None = None
    for lang in (original, "fr" if original == "nl" else "nl"):
        # The stored pages stop after about 2,000 characters, each side at another sentence: the
        # page is taken up to the end of its labelled body, so that a side cut short by the store
        # is not counted as an omission the checks should find (the head, with what import must
        # drop, is the page's own). Uncut (`cut` false), they show how the alignment bears a
        # version that lacks its end.
        lines = (texts / str(entry["id"]) / f"{lang}.txt").read_text(encoding="utf-8").split("\n")
        page = folder / str(entry["id"]) / f"{lang}.txt"
        page.parent.mkdir(exist_ok=True)
        page.write_text("\n".join(lines[: int(entry["body"][lang]["to"])] if cut else lines), encoding="utf-8")
        try:
            try:
                plan = plan_import(page, library, release_id=release_id, lang=lang)
            except MissingFields as exc:  # answered as a user would: the page's headline, the day
                label = (entry.get("pages") or {}).get(lang) or {}
                at = int(label.get("headline_line") or 0)
                said = lines[at - 1].strip() if 0 < at <= len(lines) else ""
                title = (said or f"Page {entry['id']}") if "title" in exc.missing else None
                day = label.get("date") or entry.get("date")
                date = (day if isinstance(day, dt.date) else dt.date(2000, 1, 1)) if "date" in exc.missing else None
                plan = plan_import(page, library, release_id=release_id, lang=lang, title=title, date=date)
            release_id = apply_import(plan, library).id
        except ReaderError as exc:
            print(f"  (not imported {entry['id']}/{lang}: {exc})")
            return None
    return Library.load(library.root).get(release_id) if release_id else None


def _paras(text: str, b: Body) -> set[int]:
    """The paragraphs a segment's text lies in (its start and its end, located in the body)."""
    if text.startswith("|"):  # a table block: the paragraphs its rows lie in (the page set them as lines)
        from reader.core.body import table_rows

        rows = [" ".join(cell for cell in row if cell) for row in table_rows(text)]
        return set().union(*(_paras(row, b) for row in rows if row))
    folded = fold(text).strip()
    if not folded:
        return set()
    probes = {folded[:40], folded[-40:]}
    return {i for i, para in enumerate(b.paras, 1) if any(p in para for p in probes)}


def _hits(label: dict[str, Any], side_texts: dict[str, str], side_paras: dict[str, set[int]]) -> bool:
    for lang in ("nl", "fr"):
        spot = label.get(lang)
        if not spot:
            continue
        key = fold(str(spot.get("key", "")))
        if int(spot.get("para", 0)) in side_paras[lang] and key and key in fold(side_texts[lang]):
            return True
    return False


@dataclass
class Tally:
    flags: Counter[str] = field(default_factory=Counter)
    real: Counter[str] = field(default_factory=Counter)
    harmless: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    outside: int = 0  # false flags on a segment outside the labelled body on both sides (--imported)
    ragged: int = 0  # flags on no label in a last paragraph the store cut on one side: not scored
    labels: int = 0
    labels_matter: int = 0
    found: int = 0
    found_matter: int = 0
    releases: int = 0

    def add(self, other: Tally) -> None:
        for name in ("flags", "real", "harmless", "false"):
            getattr(self, name).update(getattr(other, name))
        for name in ("labels", "labels_matter", "found", "found_matter", "releases", "outside", "ragged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        n, real, harmless, false = (sum(c.values()) for c in (self.flags, self.real, self.harmless, self.false))
        share = (real + harmless) / n if n else 1.0
        return (
            f"{n} flags: {real} real, {harmless} harmless, {false} false ({share:.0%} on a label"
            + (f"; {self.outside} false outside the labelled body" if self.outside else "")
            + "); "
            + (f"{self.ragged} more on a last paragraph the store cut, not scored; " if self.ragged else "")
            + f"{false / max(1, self.releases):.2f} false per release; found {self.found}/{self.labels} labels "
            f"({self.found / max(1, self.labels):.0%}), {self.found_matter}/{self.labels_matter} that matter "
            f"({self.found_matter / max(1, self.labels_matter):.0%})"
        )

    def by_code(self) -> str:
        return ", ".join(
            f"{code} {self.flags[code]}/{self.real[code]}/{self.harmless[code]}/{self.false[code]}"
            for code in sorted(self.flags)
        )


def measure(pair: RealPair, src: str, tgt: str, min_severity: str, show: bool) -> tuple[Tally, list[bool]]:
    """One pair in one direction, scored against its labels."""
    from reader.core.review.checks import SEVERITIES, check_release

    keep = SEVERITIES[: SEVERITIES.index(min_severity) + 1]  # type: ignore[arg-type]
    report = check_release(pair.release(), src, tgt)
    labels = pair.labels
    tally = Tally(labels=len(labels), labels_matter=sum(1 for lb in labels if lb.get("matters")), releases=1)
    hit = [False] * len(labels)
    for checked in report.pairs:
        if checked.kind == "title":
            continue
        texts = {src: checked.source, tgt: checked.target}
        paras = {lang: _paras(texts[lang], pair.bodies[lang]) for lang in (src, tgt)}
        for flag in checked.flags:
            if flag.severity not in keep:
                continue
            on = [i for i, label in enumerate(labels) if _hits(label, texts, paras)]
            cut = any(pair.bodies[lang].cut for lang in paras)
            if not on and cut and any(len(pair.bodies[lang].paras) in paras[lang] for lang in paras):
                # what the store's cut left out of one side: no rendering's doing; on either side's
                # last paragraph, as the other side's holds what the cut one lost
                tally.ragged += 1
                continue
            tally.flags[flag.code] += 1
            for i in on:
                hit[i] = True
            if any(labels[i].get("matters") for i in on):
                tally.real[flag.code] += 1
            elif on:
                tally.harmless[flag.code] += 1
            else:
                tally.false[flag.code] += 1
                outside = not paras[src] and not paras[tgt]
                tally.outside += outside
                if show:
                    where = " (outside the labelled body)" if outside else ""
                    print(f"    false {src}->{tgt} {pair.id} #{checked.index} {flag.code}{where}: {flag.message}")
    tally.found = sum(hit)
    tally.found_matter = sum(1 for ok, label in zip(hit, labels, strict=True) if ok and label.get("matters"))
    if show:
        for ok, label in zip(hit, labels, strict=True):
            if not ok:
                print(f"    missed {src}->{tgt} {pair.id}: {label['kind']} {label.get(src)} / {label.get(tgt)}")
    return tally, hit


def run(
    pairs_file: list[Path],
    texts: Path,
    splits: tuple[str, ...],
    min_severity: str,
    show: bool,
    per_pair: bool,
    imported: str = "",
) -> None:
    batches: dict[tuple[str, int, str], Tally] = {}
    for split in splits:
        pairs = load(pairs_file, texts, (split,), imported)
        pairs = [pair for pair in pairs if not imported or pair.imported is not None]
        print(f"{split} half: {len(pairs)} pairs (severity {min_severity} and worse)")
        both = Tally()
        either: dict[str, list[bool]] = {}
        per_direction: dict[str, dict[str, list[bool]]] = {}
        for src, tgt in (("nl", "fr"), ("fr", "nl")):
            total = Tally()
            for pair in pairs:
                tally, hit = measure(pair, src, tgt, min_severity, show and split == "dev")
                per_direction.setdefault(f"{src}->{tgt}", {})[pair.id] = hit
                either[pair.id] = [a or b for a, b in zip(either.get(pair.id, hit), hit, strict=True)]
                total.add(tally)
                batches.setdefault((split, int(pair.entry.get("batch", 0)), f"{src}->{tgt}"), Tally()).add(tally)
                if per_pair:
                    print(f"    {pair.id} {src}->{tgt}: {tally.line()}")
                    if tally.flags:
                        print(f"      by check (flags/real/harmless/false): {tally.by_code()}")
            both.add(total)
            print(f"  {src}->{tgt}: {total.line()}")
            print(f"    by check (flags/real/harmless/false): {total.by_code() or 'none'}")
        both.releases //= 2
        both.labels //= 2
        both.labels_matter //= 2
        both.found = sum(sum(hit) for hit in either.values())
        kinds: Counter[str] = Counter(label["kind"] for pair in pairs for label in pair.labels if label.get("matters"))
        found_kinds: Counter[str] = Counter(
            label["kind"]
            for pair in pairs
            for ok, label in zip(either[pair.id], pair.labels, strict=True)
            if ok and label.get("matters")
        )
        both.found_matter = sum(
            1
            for pair in pairs
            for ok, label in zip(either[pair.id], pair.labels, strict=True)
            if ok and label.get("matters")
        )
        line = both.line().replace("per release", "per release (both directions)").replace("found", "found in either")
        print(f"  both directions: {line}")
        print(
            "    labels that matter, found/all by kind: "
            + ", ".join(f"{k} {found_kinds[k]}/{n}" for k, n in kinds.most_common())
        )
        print("    " + named_kinds_line(pairs, {**per_direction, "either": either}))
    if min_severity == "warning" and not imported:
        print_first_runs(batches)


def print_first_runs(batches: dict[tuple[str, int, str], Tally]) -> None:
    """Each batch now beside its first run (first_runs.yaml): the figure nobody could tune."""
    first = yaml.safe_load(FIRST_RUNS.read_text(encoding="utf-8"))["batches"]
    print("each batch, first run -> now (false per release, on a label, found that matter):")
    for (split, batch, direction), now in sorted(batches.items(), key=lambda kv: (kv[0][0] != "test", kv[0][1:])):
        was = (first.get(batch) or {}).get("checks", {}).get(split, {}).get(direction)
        n, real, harmless, false = (sum(c.values()) for c in (now.flags, now.real, now.harmless, now.false))
        current = (
            f"{false / max(1, now.releases):.2f}, {(real + harmless) / n if n else 1.0:.0%}, "
            f"{now.found_matter}/{now.labels_matter}"
        )
        found = "?" if not was or was[2] is None else was[2]
        before = "not recorded" if not was else f"{was[0]:.2f}, {was[1]:.0%}, {found}/{was[3]}"
        commit = (first.get(batch) or {}).get("commit", "?")
        print(f"  batch {batch} {split} {direction} ({now.releases} pairs): {before} (at {commit}) -> {current}")


def named_kinds_line(pairs: list[RealPair], hits: dict[str, dict[str, list[bool]]]) -> str:
    """The issue's figure counts the discrepancies it names (omitted sentences, list items and
    coordinated terms; numbers, dates, names and actors that differ): every kind but 'other', a
    change of wording that only a reader of meaning can find. Printed beside the figure of all kinds."""
    named = [(pair, i) for pair in pairs for i, label in enumerate(pair.labels) if label.get("matters")]
    named = [(pair, i) for pair, i in named if pair.labels[i]["kind"] != "other"]
    parts = []
    for where, found in hits.items():
        got = sum(1 for pair, i in named if found.get(pair.id, [False] * (i + 1))[i])
        parts.append(f"{where} {got}/{len(named)} ({got / max(1, len(named)):.0%})")
    return "of the kinds the issue names (all but 'other'), labels that matter found: " + ", ".join(parts)
