"""Why an edit is refused, each said in one line naming the segment: nothing typed is written over
another's text, deleted, or joined to a neighbour in silence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import EditRefused, WriteConflict

if TYPE_CHECKING:
    from reader.core.review.edit import EditOutcome


def runs_on(before: str, old: str, new: str) -> bool:
    """Whether a sentence's new text, set after another in its paragraph, would read as that one's end:
    it opens in lower case where the old text opened on a capital. The next check joined the two into
    one segment and the first one's state was lost (a careful user's 'l'État …' typed in lower case)."""
    first = next((c for c in new if c.isalpha()), "")
    was = next((c for c in old if c.isalpha()), "")
    return bool(before.strip()) and first.islower() and was.isupper()


def ran_on(segment: int) -> EditRefused:
    """Said where `runs_on` holds: how to write it so it stays a segment of its own."""
    return EditRefused(
        None,
        f"segment {segment}: the new text opens in lower case where the segment opened a sentence, so it "
        "would run on from the sentence before it, and that segment's review state with it; open it with a capital",
    )


def empty(segment: int) -> EditRefused:
    """An empty text deleted the segment's sentence (or a whole letterhead) and said nothing of it: a
    translator's empty target means 'not done', never 'remove'."""
    return EditRefused(None, f"segment {segment}: the new text is empty; an edit replaces a text, never deletes it")


def refusal(path: Path, numbers: list[int], written: bool, meanwhile: WriteConflict | None = None) -> EditRefused:
    """Naming the segments another writer changed since they were read: they are never overwritten.
    `meanwhile`, the write's conflict: one over the version itself ('the 'fr' version, removed since it
    was read') is said as such, not as its segment 'changed by someone else' (trial Z, F5)."""
    which = ", ".join(str(n) for n in numbers)
    rest = "the other edits are written" if written else "nothing written"
    if meanwhile is not None and meanwhile.whole and meanwhile.refused:
        return EditRefused(path, f"{meanwhile.refused[0]}; your edit of segment {which} is not written ({rest})")
    return EditRefused(
        path, f"segment {which} was changed by someone else since it was read; your edit is not written ({rest})"
    )


class PartlyRefused(EditRefused):
    """Some of the edits written, `refused` (their segments) changed by someone else meanwhile: an
    XLIFF import that wrote the others says so and succeeds (it exited 2, which its caller reads as
    'nothing applied': trial Z, F4); `outcome` is the write's, as for edits all written."""

    def __init__(self, path: Path, refused: list[int], outcome: EditOutcome) -> None:
        self.refused = refused
        self.outcome = outcome
        super().__init__(path, refusal(path, refused, written=True).reason)
