"""Case- and accent-insensitive forms, shared by search, checks and the engine's guards."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'creeert' finds 'creëert'."""
    if text.isascii():  # most words: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str, max_words: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words[:max_words]) or "release"
