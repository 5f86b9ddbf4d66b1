"""Which version of a release is its original: what the reader opens, what side by side and review
set on the left, what a translation is made from.

An import makes the first file of a release its original, and a folder's files sort by name, so a
French file sorting before its Dutch one made the French the original of every pair; a French
service's Dutch page, arriving first, stayed the original. Nothing but a hand edit of release.yaml
changed it (two trials). This sets it, under the release's lock, the rest of the file as it was.
"""

from __future__ import annotations

from reader.core import atomic, yamlio
from reader.core.errors import LibraryError
from reader.core.library import Library
from reader.core.metadata import METADATA, text_to_update
from reader.core.model import Release


def set_original(library: Library, release_id: str, lang: str) -> Release:
    """The release with `lang` as its original; refused for a language it lacks or a machine's."""
    release = library.get(release_id)
    version = release.versions.get(lang)
    if version is None:
        # as show and review say it, the original first ('(it has fr, nl)' here: fix batch 12, F6)
        have = ", ".join(release.languages)
        raise LibraryError(release.folder, f"release '{release_id}' has no '{lang}' version (it has: {have})")
    kind = version.provenance.kind
    if kind in ("machine", "post-edited"):
        raise LibraryError(
            version.path, f"the '{lang}' version is a {kind} translation: an original is written by people"
        )
    if release.original_language == lang:
        return release
    metadata = release.folder / METADATA
    with atomic.locked(release.folder):
        document = yamlio.round_trip_load(text_to_update(metadata, "nothing written"))
        if not isinstance(document, dict):
            raise LibraryError(metadata, "not a mapping; nothing written")
        document["original_language"] = lang
        atomic.write_text(metadata, yamlio.round_trip_dump(document))
    return library.get(release_id)
