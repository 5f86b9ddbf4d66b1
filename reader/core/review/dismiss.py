"""Dismissals that teach: a flag the reviewer judged false is not raised again.

Two kinds. "These two are the same" goes to the user's glossary (`text.glossary_file`), so every
later check, of every release, knows it. "Ignore this here" stays with this release's review state:
the reviewer judged the check's flag on these two texts, so a rerun hides that check's flags on the
segment while its texts stay the same. The code is kept beside the flags' signatures (code and
message) because the message moves when the glossary does: a trial's dismissed name flag came back
as 'spelled differently' once the two names were added, and the reviewer's decision was lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reader.core.errors import ReviewStoreError
from reader.core.review.checks import CheckedPair, CheckReport
from reader.core.review.findings import Finding
from reader.core.review.store import CODE_MARK, Moved, ReviewStore, Stands, pair_key, still_dismissed


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
    _hide(pair, store.get(pair.key).accepted)


def _hide(pair: CheckedPair, accepted: Iterable[str]) -> None:
    accepted = set(accepted)
    codes = {a.removeprefix(CODE_MARK) for a in accepted if a.startswith(CODE_MARK)}
    now = [flag for flag in pair.flags if flag.signature in accepted or flag.code in codes]
    pair.flags = [flag for flag in pair.flags if flag not in now]
    pair.dismissed = [*pair.dismissed, *now]


def edited_moves(report: CheckReport, edited: Mapping[str, str]) -> Moved:
    """Edits not written yet (new text's key -> the key of the text on disk it replaces), each with
    the flags its new text raises in `report`: what `ReviewStore.forget` keeps of the old text's
    dismissals, by the rule `move` keeps them for the CLI (`still_dismissed`). The TUI's `w` dropped
    a flag judged false with the old key, its edit fixing something else (trial I's t17, batch 8)."""
    moves: Moved = {}
    for pair in report.pairs:
        old = edited.get(pair.key)
        if old is not None and old != pair.key:
            moves[old] = (pair.key, [(flag.code, flag.signature) for flag in [*pair.flags, *pair.dismissed]])
    return moves


def hide_edited(report: CheckReport, store: ReviewStore, edited: Mapping[str, str]) -> None:
    """The flags of the edits not written yet that their old text's dismissals still hide, shown
    dismissed as they will be once written (the edit showed the flag judged false again at once)."""
    moves = edited_moves(report, edited)
    for pair in report.pairs:
        for old, (new, raised) in moves.items():
            if new == pair.key:
                _hide(pair, still_dismissed(store.get(old).accepted, raised))


def _reverse(store: ReviewStore) -> ReviewStore | None:
    """The review state of the same release read the other way, if any can be read."""
    try:
        return ReviewStore(store.release_id, store.target, store.source, store.folder.parent)
    except ReviewStoreError:
        return None  # said when that review is opened
