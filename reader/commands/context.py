"""What every command is given: the parsed flags' settings and the library, opened on first use."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths
from reader.core.library import Library

if TYPE_CHECKING:
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.run import SentenceEngine
from reader.core.settings import Settings


@dataclass
class Context:
    settings: Settings
    library_flag: str | None = None
    _library: Library | None = field(default=None, repr=False)
    _caches: list[TranslationCache] = field(default_factory=list, repr=False)
    _created: bool = field(default=False, repr=False)  # this command made the library folder
    _new_folder: bool = field(default=False, repr=False)  # ... where there was no folder at all

    @property
    def library_root(self) -> Path:
        from reader import paths

        return paths.library_dir(self.library_flag)

    @property
    def library(self) -> Library:
        if self._library is None:
            root = self.library_root
            self._library = Library.load(
                root, index_dir=self.settings.metadata_index, named=paths.named_by(self.library_flag)
            )
        return self._library

    def library_for_writing(self) -> Library:
        """The library, its folder created first (importing into a fresh library)."""
        if self._library is None:
            root = self.library_root
            # A folder this command makes, or an empty one it fills, becomes a library: mark it (in close).
            self._created = not root.exists() or (root.is_dir() and not any(root.iterdir()))
            new = not root.exists()
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                from reader.core.atomic import describe
                from reader.core.errors import LibraryError

                raise LibraryError(root, f"cannot create the library folder ({describe(exc)})") from None
            self._new_folder = new
        return self.library

    def who(self, flag: str | None = None) -> str:
        """Who is editing: --translator, else PRESS_READER_TRANSLATOR, else the system user."""
        from reader.core.library import default_user

        return flag or self.settings.user or default_user()

    def engine(self, threads: int | None = None, beam_size: int = 2) -> SentenceEngine:
        """The local engine, or LibreTranslate servers when the user named some."""
        from reader.core.engine.cache import TranslationCache
        from reader.core.engine.factory import build_engine

        cache = TranslationCache(self.settings.translation_cache)
        self._caches.append(cache)
        return build_engine(self.settings, cache, threads=threads, beam_size=beam_size)

    def close(self) -> None:
        """Close what the command opened: a cache left open would be closed by the garbage collector at
        some later moment, and SQLite finds its -wal and -shm files by name, not by the open file."""
        for cache in self._caches:
            cache.close()
        self._caches.clear()
        if self._created and paths.holds_a_release(self.library_root):
            paths.mark_library(self.library_root)  # a library this command created, once it holds something
            if self._new_folder:  # a mistyped --library makes a library nobody meant: said, never silent
                from reader.commands.output import warn

                warn(f"{self.library_root}: there was no library here; this command created it")
        elif self._new_folder:  # made for an import that failed: nothing left behind
            with contextlib.suppress(OSError):
                self.library_root.rmdir()
