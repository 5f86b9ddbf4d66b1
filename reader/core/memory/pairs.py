"""The sentence pairs of one release that the memory keeps: human versions aligned, as their
reviewers left them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from reader.core.align import align_versions
from reader.core.errors import ReviewStoreError
from reader.core.model import Release
from reader.core.review_states import SegmentReview, pair_key, read_segments

HUMAN = ("official", "unofficial", "post-edited")
MAX_SEGMENT = 2_000  # characters: a longer "sentence" is a table or a list read as one, no memory entry


def weaker(a: str, b: str) -> str:
    order = {"official": 0, "post-edited": 1, "unofficial": 2}
    return a if order.get(a, 3) >= order.get(b, 3) else b


Row = tuple[str, str, str, str, str, str, int, bool]


def release_pairs(release: Release, reviews: Path | None = None) -> Iterator[Row]:
    """(l1, t1, p1, l2, t2, p2, position, reviewed) for each 1-1 sentence pair of each pair of human
    versions, as the reviewers left them (`reviews`, the library's review folder): a pair marked
    flagged is left out, one marked ok kept whatever its figures, and of a post-edited version only
    what a person edited or passed as ok (its other rows are the machine's: served as a person's
    rendering, one of them, misaligned, outranked three right ones: a trial)."""
    human = {code: v for code, v in release.versions.items() if v.provenance.kind in HUMAN}
    codes = sorted(human)
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            va, vb = human[a], human[b]
            decided = _decisions(reviews / release.id, a, b) if reviews is not None else None
            machine_side = "post-edited" in (va.provenance.kind, vb.provenance.kind)
            position = 0
            for pair in align_versions(va, vb, level="sentence"):
                if len(pair.source) != 1 or len(pair.target) != 1 or pair.kind == "table":
                    continue
                ta, tb = pair.source_text.strip(), pair.target_text.strip()
                if not ta or not tb or len(ta) > MAX_SEGMENT or len(tb) > MAX_SEGMENT or ta == tb:
                    continue
                status, edited = decided(ta, tb) if decided is not None else ("", False)
                if status == "flagged" or (machine_side and not edited and status != "ok"):
                    continue
                if status != "ok" and not figures_agree(ta, a, tb, b):
                    continue
                position += 1
                yield a, ta, va.provenance.kind, b, tb, vb.provenance.kind, position, status == "ok"


Decided = Callable[[str, str], tuple[str, bool]]


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
