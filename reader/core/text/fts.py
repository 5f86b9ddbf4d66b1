"""A user's search as an FTS5 query, and FTS5's snippets as text: string work, apart from the index."""

from __future__ import annotations

import re


def fts_query(text: str, lang: str | None = None, issuer_only: bool = False) -> str:
    """A user's words as an FTS5 query: words ANDed, "quoted phrases" kept, a trailing * a prefix.

    Every term is quoted, so punctuation in a search (a hyphen, a colon, a bracket) is never FTS5
    syntax and never an error.
    """
    terms: list[str] = []
    for match in re.finditer(r'"([^"]*)"|(\S+)', text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = re.findall(r"\w+", phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        for part in re.findall(r"\w+", word):
            terms.append(f'"{part}"')
        if prefix and terms and re.findall(r"\w+", word):
            terms[-1] += "*"
    if not terms:
        return ""
    query = " AND ".join(terms)
    if issuer_only:
        return f"{{issuer}} : ({query})"
    if lang:
        return f"{{title_{lang} body_{lang}}} : ({query})"
    return query


def snippet_text(raw: str) -> str:
    text = " ".join(raw.split())
    return text.replace("\x02", "**").replace("\x03", "**")
