"""Export the pair shown side by side (TMX, XLIFF, Markdown, HTML), as `press-reader export` does.

A format, then a file name (in the current folder by default, the dialog says which), then the checks and the write in a
thread worker: what the review store holds (ok, flagged, comments) goes with every segment.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from reader.core.model import Release
from reader.tui.tell import tell, tell_error

# each label the format the file is (a new user's trial: 'XLIFF 1.2' had written an XLIFF 2.0 file)
FORMATS = [
    ("tmx", "TMX (translation memory)"),
    ("xliff12", "XLIFF 1.2 (OmegaT and most CAT tools)"),
    ("xliff", "XLIFF 2.0"),
    ("md", "Markdown"),
    ("html", "HTML"),
]
SUFFIX = {"xliff12": "xlf", "xliff": "xliff"}


def ask_and_export(screen: Any, release: Release, source: str, target: str) -> None:
    """From a screen: a format, a file, then the export in a worker of that screen."""
    from reader.tui.screens.modals import ChoiceModal, ConfirmModal, PromptModal

    def chosen_format(fmt: str | None) -> None:
        if not fmt:
            return
        default = Path.cwd() / f"{release.id}.{source}-{target}.{SUFFIX.get(fmt, fmt)}"

        def chosen_path(text: str | None) -> None:
            if not text or not text.strip():
                return
            path = Path(text.strip()).expanduser()
            if not (path.exists() or path.is_symlink()):
                export_in_worker(screen, release, source, target, fmt, path)
                return
            # the name proposed is the same each time: a second o wrote over an XLIFF that held a CAT
            # tool's work not imported yet, unasked (a translator's trial)
            question = f"{path.name} is there already: replace it? Work in it not imported yet is kept as {path.name}~."

            def replace(yes: bool | None) -> None:
                if yes:
                    export_in_worker(screen, release, source, target, fmt, path)
                else:
                    tell(screen.app, f"Not exported: {path.name} kept as it was.")

            screen.app.push_screen(ConfirmModal(question, yes="Replace", no="Keep it"), replace)

        said = dict(FORMATS)[fmt].split(" (")[0]
        # where the default writes, said: trial J's export went into the source checkout it was started
        # in, unnoticed in a path field; as `press-reader export`, the folder press-reader was started in
        question = (
            f"Export {said} to (by default into {default.parent}, the folder press-reader was started in; "
            "type another path to write elsewhere)"
        )
        screen.app.push_screen(PromptModal(question, str(default)), chosen_path)

    screen.app.push_screen(ChoiceModal(f"Export {source}→{target} as…", FORMATS), chosen_format)


def export_in_worker(screen: Any, release: Release, source: str, target: str, fmt: str, path: Path) -> None:
    def run() -> None:
        from reader.core.errors import ReaderError
        from reader.core.review.checks import check_release
        from reader.core.review.dismiss import hide_accepted
        from reader.core.review.export import export
        from reader.core.review.store import ReviewStore
        from reader.core.text.glossary import checking_glossary

        settings = screen.app.settings
        try:  # the segments and flags as `press-reader export` and the review have them
            store = ReviewStore(release.id, source, target, settings.reviews_of(release.folder.parent))
            glossary = checking_glossary(settings.user_glossary, None, partial(tell, screen.app, severity="warning"))
            report = check_release(release, source, target, glossary, held=store.holds())
            hide_accepted(report, store)
            blocks = release.versions[target].blocks if target in release.versions else None
            kept = export(
                report,
                store,
                fmt,
                path,
                title=release.title(source),
                region=settings.region,
                blocks=blocks,
                cache=settings.cache,
            )
        except (ReaderError, OSError, ValueError) as exc:
            tell_error(screen.app, exc, title="Not exported")
            return
        # counted as the CLI's export counts them: the checks' flags (notes aside), the reviewer's marks
        flagged = sum(1 for p in report.pairs if any(f.severity != "info" for f in p.flags))
        marked = sum(1 for p in report.pairs if store.get(p.key).status == "flagged")
        more = f", {marked} marked flagged in review" if marked else ""
        said = f"{len(report.pairs)} segments, {flagged} flagged by the checks{more}"
        if fmt == "tmx":  # what the memory holds and what it left out, as the CLI says it (a translator's trial)
            from reader.core.review.export import TMX_STATES, tmx_said

            said = tmx_said(report, store, TMX_STATES).split(" (--states")[0]
        # an earlier file with work this tool did not write stays beside it, as the CLI keeps it (a trial)
        earlier = f" The earlier file is kept as {kept.name}." if kept is not None else ""
        tell(screen.app, f"Wrote {path} ({said}).{earlier}")

    screen.run_worker(run, thread=True, exit_on_error=False, group="export", description="Exporting")
