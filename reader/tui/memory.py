"""Where the TUI finds the library's translation memory: the same file the CLI builds and reads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.engine.run import SentenceEngine
    from reader.core.library import Library
    from reader.core.memory.store import MemoryStore
    from reader.core.settings import Settings


def memory_store(app: Any) -> MemoryStore:
    """The library's memory, where the CLI keeps it: beside the search index in the cache."""
    from reader.core.review.trust import memory_of

    return memory_of(app.library.root, app.settings)


def memory_built(app: Any) -> bool:
    """Built by this version: opening a store creates its file, or sets an older one aside to rebuild."""
    return memory_store(app).built()


def memory_outdated(app: Any) -> bool:
    """A memory on disk that this version cannot read: the panel offers to rebuild it."""
    store = memory_store(app)
    return store.path is not None and store.path.exists() and not store.built() and store.unreadable is None


def attach_built_memory(engine: SentenceEngine, library: Library, settings: Settings) -> bool:
    """The TUI's translations take the archive's official renderings first, as the CLI's do, when a
    memory of this version was built; as it is: bringing it up to date would hold the start (the
    concordance panel's ctrl+b does that), and none is ever built unasked."""
    from reader.core.review.trust import memory_of

    store = memory_of(library.root, settings)
    if not store.built():
        return False
    from reader.core.memory.lookup import ArchiveMemory

    engine.memory = ArchiveMemory(store)
    return True
