"""What a translation returns: per block, the (source sentence, translation) pairs, plus the models."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Literal

from reader.core.memory.stored import IMPORTED_PREFIX
from reader.core.model import Block, BlockKind


@dataclass
class SentencePair:
    source: str
    target: str = ""
    cached: bool = False
    flags: list[str] = field(default_factory=list)
    done: bool = False
    # the archive's pair it came from (release, date; renderings and otherwise when it has others), no model run
    memory: dict[str, str | int] | None = None
    suggestions: list[dict[str, Any]] = field(default_factory=list)  # fuzzy matches from the archive

    @property
    def memory_note(self) -> str:
        """'1 of 2 renderings; 5 pairs say otherwise' when the archive renders the sentence otherwise too."""
        if self.memory is None or int(self.memory.get("renderings", 1)) < 2:
            return ""
        otherwise = int(self.memory.get("otherwise", 0))
        say = "pair says" if otherwise == 1 else "pairs say"
        return f"1 of {self.memory['renderings']} renderings; {otherwise} {say} otherwise"

    @property
    def memory_check(self) -> str:
        """'from tmx:NAME: check it' when the exact match is an imported TMX's: a unit rendered with a
        negation reversed or a name changed, its figures agreeing, passes the import's checks, and was
        taken silently as the library's own (fix batch 19)."""
        release = str((self.memory or {}).get("release", ""))
        return f"from {release}: check it" if release.startswith(IMPORTED_PREFIX) else ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "target": self.target,
            "cached": self.cached,
            "flags": list(self.flags),
        }
        if self.memory is not None:
            data["provenance"] = "tm"
            data["memory"] = dict(self.memory)
            said = "; ".join(note for note in (self.memory_check, self.memory_note) if note)
            if said:
                data["memory"]["note"] = said
        data["tm"] = list(self.suggestions)
        return data


@dataclass
class BlockTranslation:
    kind: BlockKind | Literal["title"]  # the release title travels as a block of its own
    sentences: list[SentencePair]
    lang: str | None = None
    level: int = 0
    marker: str = ""
    separator: str = " "  # letterhead lines are joined by newlines
    shape: list[int] = field(default_factory=list)  # a table: cells per row, its cells in order

    def _table(self, texts: list[str]) -> str:
        from reader.core.body import table_text

        rows, at = [], 0
        for width in self.shape:
            rows.append(texts[at : at + width])
            at += width
        return table_text(rows)

    @property
    def source(self) -> str:
        if self.shape:
            return self._table([s.source for s in self.sentences])
        return self.separator.join(s.source for s in self.sentences)

    @property
    def target(self) -> str:
        if self.shape:  # a cell not translated yet shows its source, so the table keeps its shape
            return self._table([s.target if s.done else s.source for s in self.sentences])
        return self.separator.join(s.target for s in self.sentences if s.done)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "sentences": [s.to_json() for s in self.sentences]}
        if self.lang:
            data["lang"] = self.lang
        if self.marker:
            data["marker"] = self.marker
        return data


@dataclass
class TranslationResult:
    from_code: str
    to_code: str
    blocks: list[BlockTranslation]
    models: list[dict[str, str]]
    pivot: str | None = None
    cancelled: bool = False
    engine: str | None = None  # None: the local CTranslate2 engine; else e.g. "libretranslate"
    fell_back: str = ""  # why the local models finished a run a server began ('' when none did)
    source_replaced: bool = False  # the original was replaced while this ran (set when saved)
    servers: list[str] = field(default_factory=list)  # the LibreTranslate servers that answered its batches

    @property
    def sentences(self) -> list[SentencePair]:
        return [s for b in self.blocks for s in b.sentences]

    def counted(self) -> tuple[int, int]:
        """(done, all) of the sentences with words: what the progress bar and a cancel both say, so
        'kept 2 of 201' is never two figures ('886', an empty cell) no row shows as translated."""
        worded = [s for s in self.sentences if any(ch.isalpha() for ch in s.source)]
        return sum(1 for s in worded if s.done), len(worded)

    def served_by(self, engine: str) -> None:
        """The engine named when a model of it made part of the run: a run the local models made whole
        (the servers gone before its first sentence) is theirs, and saved as theirs (it was recorded as
        the server's, its route 'nl→en→en': a new user's trial)."""
        served = any(m["code"].startswith(f"{engine}:") for m in self.models)
        self.engine = engine if served else None
        if not served:  # the local route's pivot: the first model's target, when there are two
            self.pivot = next((m["code"].rsplit("_", 1)[-1] for m in self.models[:-1]), None)

    @property
    def mixed(self) -> bool:
        """A server began it and the local models finished it: both made the text (trial E's was saved
        as 'engine: libretranslate' alone)."""
        return bool(self.engine) and any(not m["code"].startswith(f"{self.engine}:") for m in self.models)

    @property
    def from_cache(self) -> int:
        """The worded sentences an earlier run had translated: not those left as they were (a figure, a
        name, a line already in the target language), which 'from the cache' counted on a first run;
        nor those the archive's memory gave (counted apart: the speed line said them twice)."""
        worded = (s for s in self.sentences if any(ch.isalpha() for ch in s.source))
        return sum(1 for s in worded if s.done and s.cached and s.memory is None and s.target != s.source)

    def snapshot(self) -> TranslationResult:
        """A copy that no engine thread writes into any more: what a cancelled run keeps is what it
        had at the cancel, and shown, counted and saved from this one copy it stays the same. (A
        sentence's `done` is set after its target, so a copy never holds a done sentence without it.)"""
        return copy.deepcopy(self)

    @property
    def from_memory(self) -> int:
        return sum(1 for s in self.sentences if s.memory is not None)

    @property
    def contested_memory(self) -> int:
        """Of those, the sentences the archive also renders otherwise (none marked ok)."""
        return sum(1 for s in self.sentences if s.memory_note)

    @property
    def imported_memory(self) -> int:
        """Of those, the sentences an imported TMX gave: to be checked (fix batch 19)."""
        return sum(1 for s in self.sentences if s.memory_check)

    @property
    def complete(self) -> bool:
        return all(s.done for s in self.sentences)

    @property
    def title(self) -> str:
        return next((b.target for b in self.blocks if b.kind == "title"), "")

    def to_blocks(self) -> list[Block]:
        """The translated language version, block structure kept (the title is metadata, not a block)."""
        return [
            Block(
                b.kind,
                b.target,
                lang=self.to_code if b.kind == "letterhead" and b.lang else b.lang,
                level=b.level,
                marker=b.marker,
            )
            for b in self.blocks
            if b.kind != "title" and b.target.strip()
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_code,
            "to": self.to_code,
            "pivot": self.pivot or "",
            "models": self.models,
            "complete": self.complete,
            "cancelled": self.cancelled,
            "blocks": [b.to_json() for b in self.blocks],
        }
