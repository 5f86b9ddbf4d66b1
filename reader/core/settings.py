"""Where things live and how the engine runs, passed into the core rather than read from globals.

The CLI and the TUI build one ``Settings`` from flags, the environment and platformdirs
(``reader.paths.settings``); tests build their own. The core never reads the environment itself,
so two libraries or two model folders can be used side by side in one process.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PACKAGE_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"


@dataclass(frozen=True)
class Settings:
    data: Path  # review states, the user's own library
    cache: Path  # translation cache, metadata index (always safe to delete)
    config: Path  # the user's glossary
    packages: Path  # Argos model packages, shared with argospm and LibreTranslate
    package_index: str = DEFAULT_PACKAGE_INDEX
    threads: int | None = None  # None: all cores
    user: str | None = None  # who edits renderings; None: the system user
    engine_urls: tuple[str, ...] = ()  # LibreTranslate servers; empty: offline, no socket is opened
    api_key: str | None = None  # for those servers
    engine_timeout: float = 120.0  # seconds a server may take over one batch
    engine_only: bool = False  # never the local models in a server's place
    max_memory: int | None = None  # bytes the process may hold while translating; None: half of what is free
    review_mt: bool = False  # the TUI's review mode runs the MT checks (meaning, alignment) unasked
    region: str | None = None  # TMX/XLIFF language tags with this region (nl-BE), as a CAT project names them
    read_in: str | None = None  # the language the TUI opens a release in when it has it; None: the original

    @property
    def reviews(self) -> Path:
        return self.data / "reviews"

    def reviews_of(self, library: Path) -> Path:
        """Review states are a library's own: two libraries holding a release of the same id (a test
        library beside the real one) never share states and comments. The user's library keeps
        the folder it always had; any other has its own below it, named by its path ('@' is no
        character of a release id, so no release folder can be taken for it)."""
        where = Path(library).resolve()
        if where == (self.data / "releases").resolve():
            return self.reviews
        digest = hashlib.sha1(str(where).encode("utf-8", "surrogateescape")).hexdigest()[:10]
        name = re.sub(r"[^\w.-]+", "_", where.name)[:40] or "library"
        return self.reviews / "@libraries" / f"{name}-{digest}"

    @property
    def translation_cache(self) -> Path:
        return self.cache / "translations.sqlite3"

    @property
    def metadata_index(self) -> Path:
        return self.cache / "library-index"

    @property
    def search_index(self) -> Path:
        return self.cache / "search"

    @property
    def user_glossary(self) -> Path:
        return self.config / "glossary.yaml"

    @classmethod
    def under(cls, root: Path) -> Settings:
        """Everything below one folder: for tests and for throw-away runs."""
        root = Path(root)
        return cls(root / "data", root / "cache", root / "config", root / "packages")
