"""Where the TUI finds the library's translation memory: the same file the CLI builds and reads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.memory.store import MemoryStore


def memory_store(app: Any) -> MemoryStore:
    """The library's memory, where the CLI keeps it: beside the search index in the cache."""
    from reader.core.memory.store import MemoryStore

    return MemoryStore(app.library.root, app.settings.search_index.parent)


def memory_built(app: Any) -> bool:
    """Built by this version: opening a store creates its file, or sets an older one aside to rebuild."""
    return memory_store(app).built()


def memory_outdated(app: Any) -> bool:
    """A memory on disk that this version cannot read: the panel offers to rebuild it."""
    store = memory_store(app)
    return store.path is not None and store.path.exists() and not store.built()
