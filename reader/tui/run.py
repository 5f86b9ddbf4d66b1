"""Start the TUI from the CLI: build the settings, the library and the engine, hand them to the app factory."""

from __future__ import annotations


def run_tui(library_flag: str | None = None) -> int:
    from reader import paths
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine
    from reader.core.library import Library
    from reader.tui.app import make_app

    settings = paths.settings()
    library = Library.load(paths.library_dir(library_flag), index_dir=settings.metadata_index)
    engine = Engine(settings.packages, TranslationCache(settings.translation_cache), threads=settings.threads)
    app = make_app(library, engine, settings=settings)
    app.run()
    return int(app.return_code or 0)
