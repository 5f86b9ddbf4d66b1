"""One place that decides which engine a run uses: the CLI and the TUI share it."""

from __future__ import annotations

from reader.core.engine.cache import TranslationCache
from reader.core.engine.run import SentenceEngine
from reader.core.engine.translator import Engine
from reader.core.settings import Settings


def build_engine(
    settings: Settings,
    cache: TranslationCache,
    threads: int | None = None,
    beam_size: int = 2,
    *,
    interactive: bool = False,
) -> SentenceEngine:
    """Local models, unless servers are named: then the servers, with local models as the fallback.

    `interactive` (the TUI) trades some speed for short calls, so that Esc and quitting are quick.

    The fallback is only used when local packages are installed; building it opens no model.
    """
    local = Engine(
        settings.packages,
        cache,
        threads=threads or settings.threads,
        beam_size=beam_size,
        max_memory=settings.max_memory,
        interactive=interactive,
    )
    if not settings.engine_urls:
        return local
    from reader.core.engine.remote import RemoteEngine

    fallback = local if local.packages() and not settings.engine_only else None
    return RemoteEngine(
        list(settings.engine_urls),
        cache,
        api_key=settings.api_key,
        fallback=fallback,
        read_timeout=settings.engine_timeout,
    )
