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
    """Opening a store creates its file, so whether one was built is asked of the path first."""
    path = memory_store(app).path
    return path is not None and path.exists()
