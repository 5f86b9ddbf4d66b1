"""How many sentences a cancellable run's next CTranslate2 call takes.

A call cannot be stopped once it has begun (CTranslate2's step callback, which could, refuses a beam:
'The callback function is not compatible with beam_size > 1'), so its length is how long Esc leaves
the CPU busy. Calls were sized by the previous call's time per sentence: after short sentences a call
took several with a long one among them, well past its aim (trial E, F3: 1.3-1.5 s on a big model;
3 s once here). A call decodes each of its sentences until its longest ends, so its cost goes with
the number of sentences times the longest: the next call is sized by the last one's time per such
padded character.
"""

from __future__ import annotations


def padded(sentences: list[str]) -> int:
    """A call's cost in characters: every sentence decoded as long as the longest."""
    return len(sentences) * max((len(s) for s in sentences), default=1) if sentences else 0


def next_size(done: list[str], seconds: float, ahead: list[str], most: int, aim: float) -> int:
    """Sentences of `ahead` for the next call: as many as `aim` seconds allow at the pace `done` took
    `seconds`, at least one (a sentence is the smallest call), at most `most`."""
    room = min(most, len(ahead))
    if room <= 1:
        return 1
    if seconds <= 0:
        return room
    per_char = seconds / max(1, padded(done))
    count = longest = 0
    while count < room:
        longest = max(longest, len(ahead[count]), 1)
        if count and (count + 1) * longest * per_char > aim:
            break
        count += 1
    return count
