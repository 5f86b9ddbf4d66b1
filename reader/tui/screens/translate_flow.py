"""Starting a translation from any screen: is there a model (else offer the manager), which language."""

from __future__ import annotations

from typing import Any

from reader.core.engine.packages import MissingModelError
from reader.core.errors import PackageError
from reader.core.model import LANGUAGES, Release
from reader.tui.tell import tell, tell_error


def can_translate(app: Any, source: str, target: str) -> bool:
    """True when a model route exists; otherwise say which model is missing and offer the manager."""
    if source == target:
        tell(app, f"This is already the {LANGUAGES[target]} version.", severity="warning")
        return False
    try:
        app.translator.route(source, target)
    except MissingModelError as exc:
        from reader.tui.screens.modals import ConfirmModal

        tell_error(app, exc, title="No translation model", severity="warning")

        def open_manager(yes: bool | None) -> None:
            if yes:
                app.action_models()

        question = f"Missing: {', '.join(exc.missing)}.\nOpen the model manager?"
        app.push_screen(ConfirmModal(question, yes="Open model manager", no="Not now"), open_manager)
        return False
    except PackageError as exc:
        tell_error(app, exc)
        return False
    return True


def start_translation(app: Any, release: Release, source: str, target: str) -> None:
    """From the reader: open the release side by side and translate into it."""
    from reader.tui.screens.side_by_side import SideBySideScreen

    if can_translate(app, source, target):
        app.push_screen(SideBySideScreen(release, source, target, translate=True))


def pick_and_translate(app: Any, release: Release, source: str) -> None:
    """t in the reader: the language picker, then a translation of `source` into the chosen language."""
    from reader.tui.screens.modals import TranslatePicker

    def chosen(target: str | None) -> None:
        if target:
            start_translation(app, release, source, target)

    app.push_screen(TranslatePicker(exclude=source), chosen)
