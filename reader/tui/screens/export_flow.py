"""Export the pair shown side by side (TMX, XLIFF, Markdown, HTML), as `press-reader export` does.

A format, then a file name (the current folder by default), then the checks and the write in a
thread worker: what the review store holds (ok, flagged, comments) goes with every segment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.core.model import Release
from reader.tui.tell import tell, tell_error

FORMATS = [("tmx", "TMX (translation memory)"), ("xliff", "XLIFF 1.2"), ("md", "Markdown"), ("html", "HTML")]


def ask_and_export(screen: Any, release: Release, source: str, target: str) -> None:
    """From a screen: a format, a file, then the export in a worker of that screen."""
    from reader.tui.screens.modals import ChoiceModal, PromptModal

    def chosen_format(fmt: str | None) -> None:
        if not fmt:
            return
        default = Path.cwd() / f"{release.id}.{source}-{target}.{fmt}"

        def chosen_path(text: str | None) -> None:
            if text and text.strip():
                export_in_worker(screen, release, source, target, fmt, Path(text.strip()).expanduser())

        screen.app.push_screen(PromptModal(f"Export {fmt.upper()} to", str(default)), chosen_path)

    screen.app.push_screen(ChoiceModal(f"Export {source}→{target} as…", FORMATS), chosen_format)


def export_in_worker(screen: Any, release: Release, source: str, target: str, fmt: str, path: Path) -> None:
    def run() -> None:
        from reader.core.errors import ReaderError
        from reader.core.review.checks import check_release
        from reader.core.review.export import export
        from reader.core.review.store import ReviewStore

        try:
            report = check_release(release, source, target)
            store = ReviewStore(release.id, source, target, screen.app.settings.reviews_of(release.folder.parent))
            written = export(report, store, fmt, path, title=release.title(source))
        except (ReaderError, OSError) as exc:
            tell_error(screen.app, exc, title="Not exported")
            return
        tell(screen.app, f"Wrote {written} ({len(report.pairs)} segments, {len(report.flagged)} flagged).")

    screen.run_worker(run, thread=True, exit_on_error=False, group="export", description="Exporting")
