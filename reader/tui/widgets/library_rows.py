"""Rows of the library list: from the index's listings, from folder names before the index, and the
language a search hit matched in."""

from __future__ import annotations

from typing import Any

from reader.core.model import Release, listing_marks
from reader.tui.messages import ListRow


def matching_language(release: Release, word: str, order: list[str]) -> str | None:
    """The first language in `order` whose title or text holds `word` (accents and case ignored)."""
    from reader.core.errors import ReaderError
    from reader.core.text.fold import find_spans

    for code in dict.fromkeys(c for c in order if c in release.versions):
        try:
            version = release.versions[code]
            if find_spans(version.title, word) or any(find_spans(b.text, word) for b in version.blocks):
                return code
        except ReaderError:
            continue
    return None


def placeholder_row(name: str) -> ListRow:
    """A release known by its folder name only, until the index has read it."""
    from reader.core.search_files import DATED

    dated = DATED.match(name)
    title = name[11:] if dated else name
    return ListRow(name, dated.group(0) if dated else "", "…", title.replace("-", " "), "")


def listing_row(listing: dict[str, Any], lang: str | None, snippet: str = "") -> ListRow:
    title = listing.get("titles", {}).get(lang or "", listing.get("title", listing["id"]))
    issuer = (listing.get("issuers") or {}).get(lang or "") or listing.get("issuer", "")  # as that language's reader
    return ListRow(listing["id"], listing["date"], listing_marks(listing), title, issuer, snippet)
