"""The release model: release -> language versions -> blocks.

Plain dataclasses so that the CLI, the TUI, the engine and the review code share one vocabulary.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from reader.core.errors import LibraryError, ReaderError

LANGUAGES: dict[str, str] = {"nl": "Nederlands", "fr": "Français", "en": "English"}
# in an English sentence, the languages by their English names (the labels above name each in itself)
LANGUAGE_NAMES: dict[str, str] = {"nl": "Dutch", "fr": "French", "en": "English"}
BlockKind = Literal["letterhead", "heading", "paragraph", "list_item", "quote", "table"]
ProvenanceKind = Literal["official", "unofficial", "machine", "post-edited"]
BLOCK_KINDS: tuple[BlockKind, ...] = get_args(BlockKind)
PROVENANCES: tuple[ProvenanceKind, ...] = get_args(ProvenanceKind)
PROVENANCE_MARKS = {"official": "●", "unofficial": "○", "machine": "⚙", "post-edited": "◐"}


def marks(kinds: dict[str, str]) -> str:
    """'nl● fr○ en⚙' from language codes and provenance kinds, in the order given."""
    return " ".join(f"{code}{PROVENANCE_MARKS.get(kind, '?')}" for code, kind in kinds.items())


def listing_marks(listing: dict[str, Any]) -> str:
    """The same marks from a release's `to_json()` listing (the search index stores those)."""
    return marks({code: str(p.get("provenance", "")) for code, p in listing.get("languages", {}).items()})


@dataclass(frozen=True)
class Problem:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def to_json(self) -> dict[str, str]:
        return {"path": str(self.path), "reason": self.reason}

    @classmethod
    def of(cls, error: ReaderError) -> Problem:
        return cls(Path(error.path or ""), error.reason)


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    lang: str | None = None  # letterhead halves carry their own language
    # a heading's level; a list item's depth, 0 for the list's own items, 1 for those under one of
    # them (trial V's nested bullets were one flat list, the sub-items read as items of their own)
    level: int = 0
    marker: str = ""  # list marker such as "-" or "3."

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.lang:
            data["lang"] = self.lang
        if self.kind == "heading" or (self.kind == "list_item" and self.level):
            data["level"] = self.level
        if self.marker:
            data["marker"] = self.marker
        return data


@dataclass
class Provenance:
    kind: ProvenanceKind
    translator: str | None = None
    engine: str | None = None
    models: list[dict[str, str]] = field(default_factory=list)
    date: str | None = None
    pivot: str | None = None
    editors: list[str] = field(default_factory=list)  # who changed a machine or unofficial rendering
    memory: int = 0  # sentences taken from the archive's official renderings (translation memory), not a model
    # what a machine translation read: '<lang>:<first 16 hex of the sha256 of that body file>', so
    # that a text replaced since (an import --force, a restore) shows the translation is out of date
    source: str | None = None

    def label(self) -> str:
        if self.kind not in ("machine", "post-edited"):
            return self.kind
        models = ", ".join(f"{m.get('code', '?')} {m.get('version', '')}".strip() for m in self.models)
        return f"{self.kind} ({models})" if models else self.kind

    def to_yaml(self) -> dict[str, Any]:
        data: dict[str, Any] = {"provenance": self.kind}
        for key in ("translator", "engine", "date", "pivot", "source"):
            value = getattr(self, key)
            if value:
                data[key] = value
        if self.models:
            data["models"] = [dict(m) for m in self.models]
        if self.editors:
            data["editors"] = list(self.editors)
        if self.memory:
            data["memory"] = self.memory
        return data

    def to_json(self) -> dict[str, Any]:
        data = self.to_yaml()
        data["label"] = self.label()
        return data


@dataclass
class LanguageVersion:
    lang: str
    provenance: Provenance
    title: str
    path: Path
    loader: Callable[[Path], list[Block]] | None = None
    date: dt.date | None = None  # when a version carries a date of its own (e.g. imported)
    _blocks: list[Block] | None = None

    @property
    def blocks(self) -> list[Block]:
        """Bodies load on first use so that listing a big library reads only metadata."""
        if self._blocks is None:
            if self.loader is None:
                raise LibraryError(self.path, "no loader for this body")
            self._blocks = self.loader(self.path)
        return self._blocks

    @property
    def letterhead(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "letterhead"]

    @property
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "letterhead"]


@dataclass
class Release:
    id: str
    date: dt.date
    issuer: str
    original_language: str
    folder: Path
    versions: dict[str, LanguageVersion] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)

    def title(self, lang: str | None = None) -> str:
        version = self.versions.get(lang or self.original_language) or self.versions.get(self.original_language)
        if version is None and self.versions:
            version = next(iter(self.versions.values()))
        return version.title if version else self.id

    def issuer_in(self, lang: str) -> str:
        """The issuer as a reader of `lang` should see it: where the issuer line repeats the
        original's half of a bilingual letterhead ('Kris Peeters, Vice-Eersteminister en ...') and
        the letterhead has a half in `lang`, that half takes its place; else the issuer as given."""
        if lang == self.original_language and self.issuer:
            # made the original by `original ID lang`, a version keeps the issuer its page named: the
            # release's is the first original's ('Federaal Planbureau' over the English: trial B, B-6)
            return self._named_issuer(lang) or self.issuer
        if not self.issuer:  # a release made from a page that named none: this version's page may
            return self._named_issuer(lang)
        for code in (lang, self.original_language):
            version = self.versions.get(code)
            try:
                halves = {b.lang: b.text for b in version.letterhead} if version else {}
            except LibraryError:
                continue  # a broken body: the issuer as given
            said, wanted = halves.get(self.original_language), halves.get(lang)
            if not said or not wanted:
                continue
            words = r"\s+".join(re.escape(word) for word in said.split())
            match = re.search(words, self.issuer, re.IGNORECASE) if words else None
            if match:
                return self.issuer[: match.start()] + " ".join(wanted.split()) + self.issuer[match.end() :]
        if self._page_named_none(lang):
            # its own page named no issuer: the other language's name is not this version's (trial B,
            # F3: the French reader headed with the Dutch agency's name); a translation has no page
            return ""
        return self._named_issuer(lang) or self.issuer

    def _page_named_none(self, lang: str) -> bool:
        """Whether `lang`'s page was imported into the release and named no issuer (stored as '')."""
        files = self.source.get("files") if isinstance(self.source, dict) else None
        entry = files.get(lang) if isinstance(files, dict) else None
        return isinstance(entry, dict) and entry.get("issuer") == ""

    def own_issuer(self, lang: str) -> str:
        """The issuer as the `lang` version itself names it, '' when it names none: issuer_in without
        its stand-in, the original's issuer (an English version with no letterhead of its own was
        listed with the Dutch issuer as its 'en' one, and a corrected French page was compared with
        the Dutch issuer: fix batch 12, F1 and F3c)."""
        if lang == self.original_language:
            return self._named_issuer(lang) or self.issuer
        said = self.issuer_in(lang)
        return said if said != self.issuer or self._named_issuer(lang) else ""

    def _named_issuer(self, lang: str) -> str:
        """The issuer as that language's page named it on import (a file's text: cleaned), or ''."""
        files = self.source.get("files") if isinstance(self.source, dict) else None
        named = (
            files.get(lang, {}).get("issuer") if isinstance(files, dict) and isinstance(files.get(lang), dict) else None
        )
        if isinstance(named, str) and named.strip():
            return "".join(c for c in " ".join(named.split()) if c.isprintable())[:300]
        return ""

    def language_marks(self) -> str:
        """'nl● fr○ en⚙': each language with its provenance mark, the original first."""
        return marks({code: self.versions[code].provenance.kind for code in self.languages})

    def date_of(self, lang: str) -> dt.date:
        """A version's own date when its page gave one (a French version dated the day after the
        Dutch), else the release's: what a reader of that version sees on it."""
        version = self.versions.get(lang)
        return version.date if version is not None and version.date is not None else self.date

    @property
    def languages(self) -> list[str]:
        order = list(LANGUAGES)
        return sorted(self.versions, key=lambda code: (code != self.original_language, order.index(code)))

    def to_json(self, with_blocks: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "date": self.date.isoformat(),
            "issuer": self.issuer,
            "original_language": self.original_language,
            "title": self.title(),
            "titles": {code: self.versions[code].title for code in self.languages},
            "languages": {code: self.versions[code].provenance.to_json() for code in self.languages},
        }
        if with_blocks:  # one version shown: its title and issuer, as a reader of it sees them
            version = self.versions[with_blocks]
            data["title"], data["issuer"] = version.title, self.issuer_in(with_blocks)
            data["date"], data["release_date"] = self.date_of(with_blocks).isoformat(), self.date.isoformat()
            data["language"] = with_blocks
            data["blocks"] = [b.to_json() for b in version.blocks]
        return data
