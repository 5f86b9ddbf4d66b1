"""The sentence pairs of one release that the memory keeps: human versions aligned, as their
reviewers left them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from reader.core.align import AlignedPair, align_versions
from reader.core.body import table_rows
from reader.core.errors import ReviewStoreError
from reader.core.model import Release
from reader.core.review_states import SegmentReview, pair_key, read_segments, reuse_state

HUMAN = ("official", "unofficial", "post-edited")
MAX_SEGMENT = 2_000  # characters: a longer "sentence" is a table or a list read as one, no memory entry


def weaker(a: str, b: str) -> str:
    order = {"official": 0, "post-edited": 1, "unofficial": 2}
    return a if order.get(a, 3) >= order.get(b, 3) else b


Row = tuple[str, str, str, str, str, str, int, bool]
# The severities of the checks' flags on each segment of a release read from `source` to `target`,
# by `pair_key`, those dismissed there left out: the checks sit above the memory, and hand it this.
Checked = Callable[[Release, str, str], Mapping[str, list[str]]]


def release_pairs(release: Release, reviews: Path | None = None, checked: Checked | None = None) -> Iterator[Row]:
    """(l1, t1, p1, l2, t2, p2, position, reviewed) for each 1-1 sentence pair of each pair of human
    versions, as the reviewers left them (`reviews`, the library's review folder): a pair marked
    flagged is left out, one marked ok kept whatever its figures, and of a post-edited version only
    what a person edited or passed as ok (its other rows are the machine's: served as a person's
    rendering, one of them, misaligned, outranked three right ones: a trial). Where a pair of versions
    was reviewed (a review file of theirs), a segment the `checked` checks flag and no reviewer passed
    as ok is left out, as the TMX export leaves it (`reuse_state`; trial D, F1): checking costs a
    tenth of a second a release, so releases nobody reviewed keep to their figures' agreement alone."""
    human = {code: v for code, v in release.versions.items() if v.provenance.kind in HUMAN}
    codes = sorted(human)
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            va, vb = human[a], human[b]
            decided = _decisions(reviews / release.id, a, b) if reviews is not None else None
            flags = _flags(release, reviews, checked, a, b)
            machine_side = "post-edited" in (va.provenance.kind, vb.provenance.kind)
            position = 0
            for pair in align_versions(va, vb, level="sentence"):
                if len(pair.source) != 1 or len(pair.target) != 1:
                    continue
                whole_a, whole_b = pair.source_text.strip(), pair.target_text.strip()
                status, edited = decided(whole_a, whole_b) if decided is not None else ("", False)
                severities = flags.get(pair_key(whole_a, whole_b), []) + flags.get("~" + pair_key(whole_b, whole_a), [])
                if reuse_state(status, severities) == "flagged":
                    continue
                for ta, tb in table_cells(pair) if pair.kind == "table" else [(whole_a, whole_b)]:
                    if not ta or not tb or len(ta) > MAX_SEGMENT or len(tb) > MAX_SEGMENT or ta == tb:
                        continue
                    if status == "flagged" or (machine_side and not edited and status != "ok"):
                        continue
                    if status != "ok" and not figures_agree(ta, a, tb, b):
                        continue
                    position += 1
                    yield a, ta, va.provenance.kind, b, tb, vb.provenance.kind, position, status == "ok"


WORDED = re.compile(r"[^\W\d_]{2,}")  # a cell with a word in it: a bare figure is no rendering to reuse


def table_cells(pair: AlignedPair) -> list[tuple[str, str]]:
    """The cells of two tables that face each other, where both have as many rows and a row as many
    cells as its counterpart: a table's headers and row labels ('Vlaanderen' / 'Flandre') recur from
    release to release and are what a translator reuses, yet no table was in the memory (trial X, F4:
    `concordance Vlaanderen` gave 0 pairs). Cells of figures alone are left out; of tables shaped
    otherwise (a row one version adds) none is paired, there being no telling which faces which."""
    rows_a, rows_b = table_rows(pair.source_text), table_rows(pair.target_text)
    if len(rows_a) != len(rows_b) or any(len(x) != len(y) for x, y in zip(rows_a, rows_b, strict=True)):
        return []
    cells = zip((c for row in rows_a for c in row), (c for row in rows_b for c in row), strict=True)
    return [(x, y) for x, y in cells if WORDED.search(x) and WORDED.search(y)]


Decided = Callable[[str, str], tuple[str, bool]]


def _flags(release: Release, reviews: Path | None, checked: Checked | None, a: str, b: str) -> dict[str, list[str]]:
    """The checks' flags on the pair of versions, read in each direction a review file was kept for
    (the other direction's keys marked '~'); none where nobody reviewed them."""
    out: dict[str, list[str]] = {}
    if reviews is None or checked is None:
        return out
    for source, target, mark in ((a, b, ""), (b, a, "~")):
        if (reviews / release.id / f"{source}-{target}.json").is_file():
            out |= {mark + key: severities for key, severities in checked(release, source, target).items()}
    return out


def _decisions(folder: Path, a: str, b: str) -> Decided:
    """What the review files of a release say of a pair of an `a` and a `b` text, in either
    direction: (status, edited), flagged in one direction being flagged, ok in one being ok."""
    keyed: dict[tuple[str, str], list[SegmentReview]] = {}
    for source, target in ((a, b), (b, a)):
        try:
            segments = read_segments(folder / f"{source}-{target}.json")
        except ReviewStoreError:
            continue  # a damaged file is said by the review and validate; the memory reads the others
        for key, review in segments.items():
            keyed.setdefault((source, key.split("#")[0]), []).append(review)

    def decided(ta: str, tb: str) -> tuple[str, bool]:
        found = keyed.get((a, pair_key(ta, tb)), []) + keyed.get((b, pair_key(tb, ta)), [])
        states = {r.status for r in found}
        status = "flagged" if "flagged" in states else "ok" if "ok" in states else ""
        return status, any(r.edited for r in found)

    return decided


def reviews_stamp(reviews: Path | None, name: str) -> str:
    """The release's review files, as `stamp_of` stamps its own: a state set since is a change."""
    if reviews is None:
        return ""
    try:
        files = sorted((reviews / name).glob("*-*.json"))
        return ";" + ",".join(f"{f.name}:{f.stat().st_mtime_ns}:{f.stat().st_size}" for f in files)
    except OSError:
        return ";?"


def figures_agree(a: str, a_lang: str, b: str, b_lang: str) -> bool:
    """A pair whose numbers, dates or amounts differ is no rendering to keep: two sentences paired
    across a paragraph the other version set elsewhere ('250 places … avril' beside '260 places …
    mars', a new user's trial), or an error of the version; a memory that offers it again, as
    `translate` reuses exact matches, spreads it. The checks' own reading of figures decides."""
    from reader.core.text import numbers

    missing, extra = numbers.unmatched(numbers.extract(a, a_lang), numbers.extract(b, b_lang))
    return not missing and not extra
