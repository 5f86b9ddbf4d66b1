"""One language version taken out of a release: a file imported under the wrong language, a rendering
nobody wants any more. Its text goes to the release's history first, so nothing is lost:
`history ID --lang xx --restore STAMP` brings it back as it was. The original is never removed this
way (the release is about it: `remove ID` takes the whole release out).
"""

from __future__ import annotations

from pathlib import Path

from reader.core import atomic, history, yamlio
from reader.core.body import MAX_BODY_BYTES
from reader.core.errors import LibraryError
from reader.core.metadata import METADATA, plain_data, text_to_update
from reader.core.model import LANGUAGES


def remove_version(folder: Path, lang: str, who: str) -> history.Revision:
    """Keep the version's text in the history, then drop its entries from the metadata, then its body:
    under the release's lock that every version write takes, so a save under way finishes first or
    finds the version gone. A crash between the steps leaves the text in the history and, at worst,
    a body no metadata names, which `validate` reports."""
    if lang not in LANGUAGES:
        raise LibraryError(folder, f"unknown language code '{lang}'")
    metadata, body_path = folder / METADATA, folder / f"{lang}.md"
    with atomic.locked(folder):
        document = yamlio.round_trip_load(text_to_update(metadata, "nothing removed"))
        languages = document.get("languages") if isinstance(document, dict) else None
        if not isinstance(languages, dict) or lang not in languages:
            raise LibraryError(folder, f"the release has no '{lang}' version (removed meanwhile?); nothing removed")
        if document.get("original_language") == lang:
            raise LibraryError(
                folder, f"'{lang}' is the release's original; `press-reader remove {folder.name}` removes the release"
            )
        try:
            body = atomic.read_limited(body_path, MAX_BODY_BYTES, follow=False)
        except OSError as exc:
            raise LibraryError(body_path, f"cannot read ({atomic.describe(exc)}); nothing removed") from None
        entry = languages[lang]
        provenance = {str(k): v for k, v in entry.items()} if isinstance(entry, dict) else {}
        title = str((document.get("titles") or {}).get(lang) or "")
        kept = history.keep(
            folder, lang, body, who=who, why="version removed", title=title, provenance=plain_data(provenance)
        )
        del languages[lang]
        titles = document.get("titles")
        if isinstance(titles, dict):
            titles.pop(lang, None)
        source = document.get("source")
        files = source.get("files") if isinstance(source, dict) else None
        if isinstance(files, dict):
            files.pop(lang, None)
        with history.taken_back_on_failure(kept):  # refused: the version stays, and no 'version removed'
            atomic.write_text(metadata, yamlio.round_trip_dump(document))
        body_path.unlink(missing_ok=True)
    return kept
