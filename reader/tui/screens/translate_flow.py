"""Before a translation starts: is there a model for the pair (else say which, and offer the manager);
after one stopped by leaving side by side, the keys that go on with it in the reader."""

from __future__ import annotations

from typing import Any

from reader.core.engine.packages import MissingModelError, install_commands
from reader.core.errors import PackageError
from reader.core.model import LANGUAGE_NAMES
from reader.tui.tell import tell, tell_error


def can_translate(app: Any, source: str, target: str) -> bool:
    """True when a model route exists; otherwise say which model is missing and offer the manager."""
    if source == target:
        tell(app, f"This is already the {LANGUAGE_NAMES[target]} version.", severity="warning")
        return False
    try:
        app.translator.route(source, target)
    except MissingModelError as exc:
        from reader.tui.screens.modals import ConfirmModal

        if exc.servers is not None:  # the servers named offer no such pair: nothing to install here
            tell_error(app, exc, title="No translation model", severity="warning")
            return False

        # said once, in the dialog that offers the way out: a toast as well repeated it, and the
        # dialog opening over it took the keys typed next (a new user's trial)
        def open_manager(yes: bool | None) -> None:
            if yes:
                app.action_models()

        # the keys of the manager first, as a user of this screen reaches it (the shell's commands
        # alone read as if the app could not install: a new user's trial)
        commands = "\n".join(f"  {command}" for command in install_commands(exc.missing))
        question = (
            f"No model for {LANGUAGE_NAMES.get(source, source)} → {LANGUAGE_NAMES.get(target, target)}. "
            f"Missing: {', '.join(exc.missing)}.\n"
            "In the model manager: i installs a .argosmodel file, g downloads one from the index (network).\n"
            f"In a shell: press-reader models install FILE.argosmodel, or\n{commands}\n\n"
            "Open the model manager?"
        )
        app.push_screen(ConfirmModal(question, yes="Open model manager", no="Not now"), open_manager)
        return False
    except PackageError as exc:
        tell_error(app, exc)
        return False
    return True


def resume_keys(reader: Any, release_id: str, lang: str) -> str:
    """The keys that go on, in `reader` (the screen side by side's q lands on), with a translation
    into `lang` that q stopped: t alone where the reader's t asks no language (as after "No English
    version yet"), else t and the picker's key; "" when that screen is no reader of this release."""
    from reader.tui.screens.modals import PICKER_KEYS

    release = getattr(reader, "release", None)
    if release is None or release.id != release_id or not hasattr(reader, "asked"):
        return ""
    if lang not in release.versions and lang != reader.original:  # as the reader's t reads `asked`
        reader.asked = lang
        return "t"
    return f"t, then {PICKER_KEYS[lang]},"
