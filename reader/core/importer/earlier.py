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
import re
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import history
from reader.core.body import read_body
from reader.core.errors import LibraryError, SameRelease
from reader.core.importer.known import same_releases
from reader.core.library import Library
from reader.core.model import LANGUAGES, Block, Release
from reader.core.text.fold import fold

if TYPE_CHECKING:
    from reader.core.importer.plan import ImportPlan

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
        if _mostly(own, other) and not _other_names(_plain(blocks), _plain(held.blocks)):
            return release
    return None


# A name inside a sentence (a capital not opening it), an address, a figure: what sets one release
# of an issuer apart from another that shares its boilerplate.
_NAME = re.compile(
    r"(?<![.!?:]\s)(?<!^)\b[A-ZÀ-Þ][\w'’-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\S*\d\S*",
    re.MULTILINE,
)


def _other_names(own: str, held: str) -> bool:
    """Whether two texts of one issuer and day are two releases by their names: each names what the
    other does not, more of them than the two share. Trial F's two FSMA warnings of one day, about two
    firms (their names, websites, e-mail addresses), shared the regulator's standing sentences, most of
    their short words: the second read as 'a corrected page of' the first, and the --force it
    suggested would have put one warning over the other (F10). A correction keeps its names (a
    misspelt one corrected is one changed among those shared)."""
    mine, theirs = ({m.group(0).rstrip(".,;:)") for m in _NAME.finditer(t)} for t in (own, held))
    return bool(mine - theirs) and bool(theirs - mine) and len(mine ^ theirs) > len(mine & theirs)


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


def same_text(
    library: Library, language: str, date: dt.date | None, blocks: list[Block], headline: str = ""
) -> str | None:
    """The release of this date whose `language` version is this text word for word: the same page
    saved again (a cookie banner reworded, a tag added) is the same content, skipped as the same
    file is (it was refused as 'the same release', with a hint to add a language version: a trial).
    Given the page's `headline`, a version under another title is not: its headline was corrected
    (retitled), and the correction was skipped as the same content (trial S, 8d)."""
    found = _same_words(library.releases, language, date, blocks)
    return found.id if found and not (headline and retitled_from(found, language, headline)) else None


def _same_words(releases: list[Release], language: str, date: dt.date | None, blocks: list[Block]) -> Release | None:
    if date is None:
        return None
    own = _words(_plain(blocks))
    for release in sorted(releases, key=lambda r: r.id):
        held = release.versions.get(language)
        if release.date != date or held is None:
            continue
        try:
            if own and _words(_plain(held.blocks)) == own:
                return release
        except LibraryError:
            continue
    return None


def retitled_from(release: Release, language: str, headline: str) -> str:
    """The title of `release`'s `language` version when this page's `headline` is another one (its
    words folded, as the texts are compared): '' when they read alike or the version has none."""
    held = release.versions.get(language)
    title = held.title if held is not None else ""
    return title if title and fold(" ".join(title.split())) != fold(" ".join(headline.split())) else ""


def retitled(
    releases: list[Release], language: str, date: dt.date | None, blocks: list[Block], headline: str
) -> tuple[str, str] | None:
    """The release of this date whose `language` version is this text word for word under another
    title, and that title: a corrected headline, the page's only change. It is a corrected page, to
    be put in place with --release ID --force as a body change is (trial S, 8d: skipped as the same
    content, the correction lost)."""
    found = _same_words(releases, language, date, blocks) if headline else None
    old = retitled_from(found, language, headline) if found else ""
    return (found.id, old) if found and old else None


def refuse_retitled(
    library: Library,
    path: Path,
    language: str,
    date: dt.date | None,
    blocks: list[Block],
    headline: str,
    preview: bool,
    warnings: list[str],
) -> None:
    """Refuse a page whose only change from a version is its headline (SameRelease, as a corrected
    body under the same headline is), naming the replacement; a dry run says it would be refused."""
    found = retitled(library.releases, language, date, blocks, headline)
    if found is None:
        return
    said = (
        f"the library already has this text as release '{found[0]}' (same date and words) under the title "
        f"'{found[1]}': a corrected headline; to replace its '{language}' version with this page: "
        f"--release {found[0]} --force"
    )
    if not preview:
        raise SameRelease(path, said, found[0], language)
    warnings.append(f"importing it would be refused: {said}")


def retitled_meanwhile(plan: ImportPlan, joins: Callable[[list[Path]], None]) -> Callable[[list[Path]], None]:
    """`joins` (known.joins_meanwhile), after refusing the plan when another command made a release of its
    date meanwhile with this text word for word in its language under another title: the page and its
    headline-corrected page imported at once made two releases of one text (trial S, 8d's twin)."""

    def check(folders: list[Path]) -> None:
        from reader.core.metadata import load_release

        for folder in folders:
            try:
                release = load_release(folder)
            except LibraryError:
                continue
            found = retitled([release], plan.language, plan.date, plan.blocks, plan.title)
            if found is not None:
                raise SameRelease(
                    plan.path,
                    f"another command made '{release.id}' meanwhile, this text under the title '{found[1]}': a "
                    f"corrected headline; to replace its '{plan.language}' version with this page: "
                    f"--release {release.id} --force",
                    release.id,
                    plan.language,
                )
        joins(folders)

    return check
