"""Whether a segment's texts still stand on disk, asked under the review store's lock before a state,
a comment or a dismissal is written on it (`ReviewStore.set`, `ReviewStore.accept`).

A command reads the release, checks it, and only then writes the segment's state: an edit of that
segment by another process in between replaced its text, and the state went onto a key no segment
has any more (trial I: a comment beside an edit of the same segment, lost in half the runs). The
edit writes its version before it moves the segment's review under the same lock (`ReviewStore.move`),
so a state written while the old text stands travels with the edit, and one written after is refused.
"""

from __future__ import annotations

from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.model import Release
from reader.core.review.findings import CheckedPair
from reader.core.review.store import ReviewStore, Stands


def _words(release: Release, lang: str) -> str | None:
    version = release.versions.get(lang)
    if version is None:
        return None
    return " ".join(" ".join([version.title, *(block.text for block in version.blocks)]).split())


def standing(
    library: Library, release_id: str, langs: tuple[str, str], pair: CheckedPair, store: ReviewStore
) -> Stands:
    """Why `pair`'s texts (source, target of `langs`) are no longer in the release on disk, or the
    segments were numbered before an edit (`store`'s edits as read now, against those under the
    lock): asked when called, '' while both stand and no edit came."""
    edits = store.edits()

    def why() -> str:
        if store.edits() != edits:  # another edit regrouped the alignment: this segment may be another
            return (
                f"segment {pair.index + 1}: another process edited this release meanwhile; nothing written: "
                "review it again and mark the segment there"
            )
        try:
            fresh = library.get(release_id)
        except ReaderError as exc:
            return f"the release cannot be read again ({exc.reason}); nothing written"
        for lang, text in zip(langs, (pair.source, pair.target), strict=True):
            said, words = _words(fresh, lang), " ".join(text.split())
            if said is None or (words and words not in said):
                return (
                    f"segment {pair.index + 1}: its '{lang}' text was changed on disk meanwhile (another "
                    "process edited it); nothing written: review it again and mark its new text"
                )
        return ""

    return why
