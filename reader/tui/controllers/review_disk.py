"""What an open review knows of the release on disk: whether its pair's texts still stand there.

Another process may replace a language version under an open review (`import --force`, a restore,
a CLI edit). The review's state hangs on a pair's two texts (`CheckedPair.key`), so a mark made on a
pair whose text is gone from disk would be stored under a key no later check gives: the decision
lost without a word. These functions, with no widget, tell the review when its pairs are behind the
disk and where the reader was, so the view reads the release again and puts the cursor back.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import LibraryError
from reader.core.model import LANGUAGE_NAMES, Release
from reader.core.review.findings import CheckedPair, CheckReport


def said(release: Release, lang: str) -> str:
    """A version's words, spaces folded: what a pair's text is looked for in."""
    version = release.versions.get(lang)
    if version is None:
        return ""
    return " ".join(" ".join([version.title, *(block.text for block in version.blocks)]).split())


def reads(release: Release, lang: str) -> str:
    """What a version says and is, as the reader shows it ('' when it cannot be read): edits written
    from a review in the same window left the reader on the old text until it was opened again (a
    trial)."""
    version = release.versions.get(lang)
    try:
        return f"{version.provenance.label() if version else ''}\n{said(release, lang)}"
    except LibraryError:
        return ""


def differs(shown: Release, fresh: Release, langs: tuple[str, ...]) -> bool:
    """Whether one of `langs` reads otherwise on disk than in the release the view shows, or stands
    otherwise: the same text imported again as unofficial makes the review's edits writes, not
    proposals (a new user's trial edited on, and every edit still became a proposal)."""
    return fresh is not shown and any(
        said(shown, lang) != said(fresh, lang) or _kind(shown, lang) != _kind(fresh, lang) for lang in langs
    )


def _kind(release: Release, lang: str) -> str | None:
    version = release.versions.get(lang)
    return version.provenance.kind if version is not None else None


def version_gone(release_id: str, fresh: Release, langs: tuple[str, ...]) -> str:
    """Why a review of `langs` cannot go on ('' when it can): another window removed one of the two
    versions (`remove --lang`). Reading the release again then failed on the missing language, and
    the app stopped with a traceback, the edits not written lost (a careful user's trial)."""
    lang = next((code for code in langs if code not in fresh.versions), None)
    if lang is None:
        return ""
    return (
        f"The {LANGUAGE_NAMES.get(lang, lang)} version of '{release_id}' was removed by another window: nothing "
        f"here is saved any more (its text is kept in the history: press-reader history {release_id} --lang {lang} "
        "lists it, --restore STAMP brings it back). q goes back."
    )


def stands(release: Release, lang: str, text: str) -> bool:
    """Whether `text` (a pair's side) is still in the version `lang` of `release`."""
    words = " ".join(text.split())
    return not words or (lang in release.versions and words in said(release, lang))


def gone(fresh: Release, pair: CheckedPair, source: str, target: str, typed: set[str]) -> str:
    """Why a state set on `pair` now would be lost ('' when its texts stand on disk, or its target
    is the user's own edit, not written yet): one line naming the segment and the reason."""
    if not stands(fresh, source, pair.source):
        lang = source
    elif " ".join(pair.target.split()) not in typed and not stands(fresh, target, pair.target):
        lang = target
    else:
        return ""
    return (
        f"Segment {pair.index + 1} was not saved: the {LANGUAGE_NAMES.get(lang, lang)} version changed on disk "
        "(another window) and no longer has its text; the review is read again, mark it there."
    )


def replaced(pair: CheckedPair) -> str:
    """Why a state set on `pair` is refused when the review, read again since a dialog opened on it,
    has no segment of its key: another window edited its text (trial I, t19), and the state would
    go where no segment finds it."""
    return (
        f"Segment {pair.index + 1} was not saved: its text was changed on disk (another window) while "
        "you were on it, and the review was read again; find the segment there and do it again."
    )


def place(report: CheckReport, source: str, index: int) -> int:
    """The pair a reader at pair `index`, of source text `source`, is at in a new report: the one
    with that source nearest to `index`, else the same index (within the new count)."""
    same = [pair.index for pair in report.pairs if source and pair.source == source]
    if same:
        return min(same, key=lambda at: abs(at - index))
    return max(0, min(index, len(report.pairs) - 1))


def file_stamp(path: Path) -> tuple[int, int] | None:
    """A file's modification time and size, None when it is not there: what tells that another
    process wrote it (the user's glossary, taught from the shell while a review is open)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)
