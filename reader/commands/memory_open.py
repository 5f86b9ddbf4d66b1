"""The library's translation memory as the commands open it (apart, so that `memory` and
`memory --import` share it without importing each other)."""

from __future__ import annotations

from reader.commands.context import Context
from reader.commands.library import progress_bar
from reader.core.memory.store import MemoryStore


def memory_store(ctx: Context) -> MemoryStore:
    """The library's memory, told the checks' flags of its reviewed releases (trial D, F1)."""
    from reader.core.review.trust import memory_of

    return memory_of(ctx.library_root, ctx.settings)


def open_memory(ctx: Context, quiet: bool = False) -> MemoryStore:
    """The library's memory, brought up to date; a long build shows progress; Ctrl-C keeps what was done."""
    store = memory_store(ctx)
    with progress_bar("aligning the archive", 0, quiet) as progress, store.said_if_the_disk_fails():
        store.update(progress=progress)
    return store
