"""Start the TUI from the CLI: build the settings, the library and the engine, hand them to the app factory."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.settings import Settings


def run_tui(library_flag: str | None = None, settings: Settings | None = None) -> int:
    from reader import paths
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.factory import build_engine
    from reader.core.library import Library
    from reader.tui.app import make_app

    settings = settings or paths.settings()
    library = Library.load(paths.library_dir(library_flag), index_dir=settings.metadata_index)
    engine = build_engine(settings, TranslationCache(settings.translation_cache))
    app = make_app(library, engine, settings=settings)
    app.run()
    return int(app.return_code or 0)
