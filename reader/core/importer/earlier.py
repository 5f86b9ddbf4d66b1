"""A page the library holds in another form than a current import record: a text a corrected file
replaced (kept in the version's history), or the page corrected since (the same release, in the same
language, mostly the same words).

A nightly job imports the same inbox again and again. Once a user had replaced a release's Dutch
text with a corrected file (`--release ID --force`), the next run met the first file, now in no
import record, and made it a release of its own; and a corrected page imported without `--release`
became a second release of its story without a word (a new user's trial).
"""

from __future__ import annotations

import datetime as dt
from difflib import SequenceMatcher
from pathlib import Path

from reader.core import history
from reader.core.body import read_body
from reader.core.errors import LibraryError
from reader.core.importer.known import same_releases
from reader.core.library import Library
from reader.core.model import LANGUAGES, Block, Release
from reader.core.text.fold import fold

# A release folder -> (its history folders' times, sha256 of each file a kept text was read from ->
# that revision): read again only when a revision came in (a new file changes its folder's time),
# since a folder of pages asks this of every page.
_KEPT: dict[Path, tuple[tuple[int, ...], dict[str, history.Revision]]] = {}


def _kept_files(folder: Path) -> dict[str, history.Revision]:
    kept = folder / history.FOLDER
    if not kept.is_dir():
        return {}
    times = []
    for code in LANGUAGES:
        try:
            times.append((kept / code).stat().st_mtime_ns)
        except OSError:
            times.append(-1)
    cached = _KEPT.get(folder)
    if cached is not None and cached[0] == tuple(times):
        return cached[1]
    files: dict[str, history.Revision] = {}
    for code in LANGUAGES:
        try:
            files |= {r.sha256: r for r in history.revisions(folder, code) if r.sha256}
        except LibraryError:
            continue  # a link in the history: validate names it
    _KEPT[folder] = (tuple(times), files)
    return files


def _plain(blocks: list[Block]) -> str:
    return "\n".join(" ".join(b.text.split()) for b in blocks if b.kind != "letterhead")


def _revision_with_text(release: Release, language: str, text: str) -> history.Revision | None:
    """The kept text of `language` that reads as `text` (texts kept before their file was recorded
    with them are known by their words)."""
    try:
        revisions = history.revisions(release.folder, language)
    except LibraryError:
        return None
    for revision in reversed(revisions):  # the newest first: the one a restore would want
        try:
            if _plain(read_body(revision.path)) == text:
                return revision
        except LibraryError:
            continue
    return None


def replaced_text(
    library: Library, digest: str, language: str, date: dt.date | None, blocks: list[Block]
) -> tuple[str, str] | None:
    """The release whose history holds this file's text, and how to say it ('' reason never): by the
    file's record kept with the text, else by the text itself among the releases of its date."""
    found: tuple[Release, history.Revision] | None = None
    for release in library.releases:
        revision = _kept_files(release.folder).get(digest)
        if revision is not None:
            found = (release, revision)
            break
    if found is None and date is not None:
        text = _plain(blocks)
        for release in library.releases:
            same_day = release.date == date and language in release.versions
            if same_day and (revision := _revision_with_text(release, language, text)) is not None:
                found = (release, revision)
                break
    if found is None:
        return None
    release, revision = found
    when = revision.moment.astimezone().strftime("%Y-%m-%d")
    why = f" ({revision.why}, by {revision.who})" if revision.why else ""
    return release.id, (
        f"an earlier text of release '{release.id}', not made a release of its own: its '{revision.lang}' "
        f"version was replaced on {when}{why}, this text kept in its history; to bring it back: "
        f"press-reader history {release.id} --lang {revision.lang} --restore {revision.stamp}"
    )


_WORDS = 3000  # a press release's words, several times over: a huge page is compared by its start


def _words(text: str) -> list[str]:
    return fold(text).split()[:_WORDS]


def corrected_page(
    library: Library, language: str, date: dt.date | None, issuer: str, blocks: list[Block]
) -> Release | None:
    """The release of this date, from the same issuer, whose published `language` version this text
    mostly repeats: most likely a corrected page of it. 'Mostly': more than half of the words of each
    text matched in order, a majority, no measured threshold: two releases of one issuer share their
    boilerplate (a contact block, the lines about the issuer), never most of their text, and a
    correction changes a few words."""
    if date is None:
        return None
    own = _words(_plain(blocks))
    for release in sorted(library.releases, key=lambda r: r.id):
        held = release.versions.get(language)
        if release.date != date or held is None or held.provenance.kind == "machine":
            continue
        if _other_issuer(issuer, release.own_issuer(language)):
            continue
        try:
            other = _words(_plain(held.blocks))
        except LibraryError:
            continue
        if _mostly(own, other):
            return release
    return None


def _mostly(own: list[str], other: list[str]) -> bool:
    matched = sum(m.size for m in SequenceMatcher(None, own, other, autojunk=False).get_matching_blocks())
    return bool(own and other) and matched * 2 > len(own) and matched * 2 > len(other)


def _other_issuer(issuer: str, held: str) -> bool:
    """Whether a page's issuer is another than its language's version's (Release.own_issuer: a
    corrected French page was compared with the Dutch original's, 'SPF …' against 'FOD …', and
    made a release of its own: a new user's trial, F1)."""
    return bool(issuer and held) and fold(" ".join(issuer.split())) != fold(" ".join(held.split()))


def same_headline(
    library: Library, date: dt.date | None, headline: str, language: str, issuer: str, blocks: list[Block]
) -> tuple[str | None, str | None]:
    """The release of this date and headline this page is a version of, else the one it only shares
    them with (a namesake, a release of its own): each candidate is asked, since a namesake made
    apart may share the date and headline with the release the page belongs to."""
    found = same_releases(library, date, headline) if headline else []
    return next((rid for rid in found if not namesake(library, rid, language, issuer, blocks)), None), (
        found[0] if found else None
    )


def namesake(library: Library, release_id: str, language: str, issuer: str, blocks: list[Block]) -> bool:
    """Whether the release of the same date and headline is another one: its `language` version
    is from another issuer, or shares less than most of this text's words (corrected_page's
    'mostly'). A generic headline two issuers give the same day was refused as 'the same release',
    and the hint to replace it would have put one issuer's text over the other's (a trial)."""
    release = library.get(release_id)
    held = release.versions.get(language)
    if held is None or held.provenance.kind == "machine":
        return False  # a version to add, or to replace a machine's with: the same release
    if _other_issuer(issuer, release.own_issuer(language)):
        return True
    try:
        return not _mostly(_words(_plain(blocks)), _words(_plain(held.blocks)))
    except LibraryError:
        return False


def same_text(library: Library, language: str, date: dt.date | None, blocks: list[Block]) -> str | None:
    """The release of this date whose `language` version is this text word for word: the same page
    saved again (a cookie banner reworded, a tag added) is the same content, skipped as the same
    file is (it was refused as 'the same release', with a hint to add a language version: a trial)."""
    if date is None:
        return None
    own = _words(_plain(blocks))
    for release in sorted(library.releases, key=lambda r: r.id):
        held = release.versions.get(language)
        if release.date != date or held is None:
            continue
        try:
            if own and _words(_plain(held.blocks)) == own:
                return release.id
        except LibraryError:
            continue
    return None
