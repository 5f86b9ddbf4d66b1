"""Dismissals that teach: a flag the reviewer judged false is not raised again.

Two kinds. "These two are the same" goes to the user's glossary (`text.glossary_file`), so every
later check, of every release, knows it. "Ignore this here" stays with this release's review state:
the reviewer judged the check's flag on these two texts, so a rerun hides that check's flags on the
segment while its texts stay the same. The code is kept beside the flags' signatures (code and
message) because the message moves when the glossary does: a trial's dismissed name flag came back
as 'spelled differently' once the two names were added, and the reviewer's decision was lost.
"""

from __future__ import annotations

from reader.core.errors import ReviewStoreError
from reader.core.review.checks import CheckedPair, CheckReport
from reader.core.review.findings import Finding
from reader.core.review.store import CODE_MARK, ReviewStore, Stands, pair_key


def hide_accepted(report: CheckReport, store: ReviewStore) -> int:
    """Drop the flags dismissed here from the report; how many were hidden. A check's code dismissed
    on the same two texts read the other way (fr→nl where this is nl→fr) is dismissed here too: the
    reviewer judged the two texts, not a direction (a trial's '540' / '450' came back reversed)."""
    hidden = 0
    reverse = _reverse(store)
    for pair in report.pairs:
        accepted = set(store.get(pair.key).accepted)
        if reverse is not None:
            back = reverse.get(pair_key(pair.target, pair.source)).accepted
            accepted |= {a for a in back if a.startswith(CODE_MARK)}  # its messages say the other way round
        if not accepted:
            continue
        codes = {a.removeprefix(CODE_MARK) for a in accepted if a.startswith(CODE_MARK)}

        def dismissed(flag: Finding, accepted: set[str] = accepted, codes: set[str] = codes) -> bool:
            return flag.signature in accepted or flag.code in codes

        kept = [flag for flag in pair.flags if not dismissed(flag)]
        hidden += len(pair.flags) - len(kept)
        pair.dismissed = [flag for flag in pair.flags if dismissed(flag)]
        pair.flags = kept
    return hidden


def accept(report: CheckReport, store: ReviewStore, segment: int, code: str, still: Stands | None = None) -> list[str]:
    """Dismiss the flags of one code on segment `segment` (1-based, as printed); their signatures.
    `still`: why the segment's texts are gone from disk, asked under the store's lock (`standing`)."""
    pair = report.pairs[segment - 1]
    signatures = [flag.signature for flag in pair.flags if flag.code == code]
    for signature in signatures:
        store.accept(pair.key, signature, still)
    if signatures:
        store.accept(pair.key, CODE_MARK + code, still)
    return signatures


def held_back(pair: CheckedPair, store: ReviewStore) -> None:
    """Move the segment's flags the store now holds dismissed to `pair.dismissed`, after a dismissal:
    the row printed next said nothing of it (trial A: an empty flags column, where the full review
    said 'dismissed here'), nor of one another process wrote since the checks ran."""
    accepted = set(store.get(pair.key).accepted)
    codes = {a.removeprefix(CODE_MARK) for a in accepted if a.startswith(CODE_MARK)}
    now = [flag for flag in pair.flags if flag.signature in accepted or flag.code in codes]
    pair.flags = [flag for flag in pair.flags if flag not in now]
    pair.dismissed = [*pair.dismissed, *now]


def _reverse(store: ReviewStore) -> ReviewStore | None:
    """The review state of the same release read the other way, if any can be read."""
    try:
        return ReviewStore(store.release_id, store.target, store.source, store.folder.parent)
    except ReviewStoreError:
        return None  # said when that review is opened
