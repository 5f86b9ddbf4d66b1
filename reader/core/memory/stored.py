"""What the memory store hands out: a stored pair, and what an update did."""

from __future__ import annotations

from dataclasses import dataclass

IMPORTED_PREFIX = "tmx:"  # the 'release' of a unit of an imported TMX (imported.py)


@dataclass(frozen=True)
class StoredPair:
    """One sentence pair of the archive, oriented as the caller asked (source in `src`)."""

    release: str
    date: str
    issuer: str
    src: str
    tgt: str
    source: str
    target: str
    provenance: str  # official when both sides are, else the weaker of the two
    reviewed: bool = False  # a reviewer marked the pair ok
    # an exact match's: how many renderings the archive has of the sentence, and in how many pairs
    # another than this one, when no reviewer decided between them (else 1 and 0)
    renderings: int = 1
    otherwise: int = 0

    @property
    def imported(self) -> bool:
        """From a TMX brought in (`memory --import`), not from the library's own releases."""
        return self.release.startswith(IMPORTED_PREFIX)

    def to_json(self) -> dict[str, str | bool]:
        return {
            "release": self.release,
            "date": self.date,
            "issuer": self.issuer,
            "source": self.source,
            "target": self.target,
            "provenance": self.provenance,
            "reviewed": self.reviewed,
        }


@dataclass
class BuildStats:
    releases: int = 0
    aligned: int = 0
    removed: int = 0
    pairs: int = 0
    broken: int = 0
    imported: int = 0  # imported TMX files read again (new or changed)
    cancelled: bool = False
