"""A Markdown file's YAML front matter (Jekyll, Hugo, Obsidian, a browser's 'save as Markdown'): its
title and date are the page's own facts, not lines of its text (a new user's trial saw its
fences and fields listed as site lines, and the page's date asked for though the file states it)."""

from __future__ import annotations

import datetime as dt
import re

import yaml

_FENCED = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MAX_FRONT_MATTER = 8_000  # characters: a few fields; more is no front matter of a press release
_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "datepublished")


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """The text without its front matter, and the facts it states (title, date as ISO).
    A file that only opens with a rule ('---' over a paragraph) keeps it: YAML that is no mapping."""
    fenced = _FENCED.match(text)
    if fenced is None or len(fenced.group(0)) > MAX_FRONT_MATTER:
        return text, {}
    try:
        data = yaml.safe_load(fenced.group(1) or "")
    except yaml.YAMLError:
        return text, {}
    if not isinstance(data, dict):
        return text, {}
    fields = {str(key).lower(): value for key, value in data.items()}
    facts: dict[str, str] = {}
    if isinstance(fields.get("title"), str) and fields["title"].strip():
        facts["title"] = " ".join(fields["title"].split())
    date = next((fields[k] for k in _DATE_KEYS if fields.get(k)), None)
    if isinstance(date, dt.date):  # YAML reads 2026-03-12 as a date, a timestamp as a datetime
        facts["date"] = date.isoformat()[:10]
    elif isinstance(date, str) and re.match(r"\d{4}-\d{2}-\d{2}", date.strip()):
        facts["date"] = date.strip()[:10]
    return text[fenced.end() :], facts
