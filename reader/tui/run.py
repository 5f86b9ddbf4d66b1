"""Start the TUI from the CLI: build the library and the engine, hand them to the app factory."""

from __future__ import annotations


def run_tui(library_flag: str | None = None) -> int:
    from reader import paths
    from reader.core.engine.translator import Engine
    from reader.core.library import Library
    from reader.tui.app import make_app

    library = Library.load(paths.library_dir(library_flag))
    app = make_app(library, Engine())
    app.run()
    return int(app.return_code or 0)
