"""`h`: the earlier texts of a version, and a restore of one (asked first), from the reader and from
review alike; the restore runs in a thread worker and posts one `VersionWritten` to the screen that
asked, which shows the version again (the reader) or reads the release again (review)."""

from __future__ import annotations

from functools import partial
from typing import Any

from reader.core.model import LANGUAGE_NAMES, Release
from reader.tui.controllers import carry_write
from reader.tui.tell import tell, tell_error


def open_history(screen: Any, release: Release, lang: str, restoring: str = "") -> None:
    """The history dialog of `release`'s `lang` version; `screen` starts the restore and receives its
    message. `restoring`: what the screen's subtitle gains while the restore runs."""
    from reader.core import history
    from reader.core.errors import ReaderError
    from reader.core.library import default_user
    from reader.tui.screens.history import HistoryModal
    from reader.tui.screens.modals import ConfirmModal

    try:
        revisions = history.revisions(release.folder, lang)
    except ReaderError as exc:
        tell_error(screen, exc)
        return
    app = screen.app

    def restore(stamp: str | None) -> None:
        if not stamp:
            return
        chosen = next((r for r in revisions if r.stamp == stamp), None)
        when = chosen.local_time if chosen is not None else stamp  # as the list shows it

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            if carry_write.running(screen):
                tell(screen, "Restoring… (one text at a time)", severity="warning")
                return
            # in a thread worker: carrying the reviews over aligns both texts (seconds on a long release)
            who = app.settings.user or default_user()
            reviews = app.settings.reviews_of(app.library.root)
            args = (app, reviews, release, lang, stamp, when, who, screen.post_message)
            carry_write.start(screen, partial(carry_write.restore, *args), "Restoring an earlier text")
            if restoring:
                screen.sub_title = f"{screen.sub_title} · {restoring}"

        was = str(chosen.provenance.get("provenance", "")) if chosen is not None else ""
        now = release.versions[lang].provenance.kind if lang in release.versions else ""
        standing = f" It comes back {was} (now {now})." if was and now and was != now else ""
        question = f"Restore the {LANGUAGE_NAMES[lang]} text as it stood until {when}?{standing}"
        app.push_screen(ConfirmModal(question), confirmed)

    title = f"History of the {LANGUAGE_NAMES[lang]} version ({len(revisions)} earlier text(s))"
    current = release.versions[lang].path if lang in release.versions else None
    headline = release.versions[lang].title if lang in release.versions else ""
    app.push_screen(HistoryModal(title, revisions, current, headline), restore)
