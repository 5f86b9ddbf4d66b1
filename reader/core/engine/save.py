"""Store a machine translation as a language version, with its provenance (engine, models, date)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from reader.core.engine.result import TranslationResult
from reader.core.errors import LibraryError, ReaderError
from reader.core.library import Library
from reader.core.model import LanguageVersion, Provenance, Release
from reader.core.on_disk import source_digest


def machine_provenance(result: TranslationResult) -> Provenance:
    """The engine and its models; a remote engine names its servers and their version instead, and
    both when the local models finished what the servers began."""
    if result.engine and not result.mixed:
        return Provenance(
            "machine",
            engine=result.engine,
            models=list(result.models),
            date=dt.date.today().isoformat(),
            pivot=result.pivot,
            memory=result.from_memory,
        )
    try:
        import ctranslate2

        engine = f"argos-translate + ctranslate2 {ctranslate2.__version__}"
    except ImportError:  # pragma: no cover - ctranslate2 is a dependency
        engine = "argos-translate"
    if result.engine:  # said in the one field every reader shows, the models listing which made what
        engine = f"{result.engine}, then {engine} (the servers were lost mid-run)"
    return Provenance(
        "machine",
        engine=engine,
        models=list(result.models),
        date=dt.date.today().isoformat(),
        pivot=result.pivot,
        memory=result.from_memory,
    )


def save_translation(library: Library, release: Release, result: TranslationResult) -> LanguageVersion:
    if not result.complete:
        raise LibraryError(release.folder, f"translation to '{result.to_code}' is incomplete; nothing saved")
    existing = release.versions.get(result.to_code)
    if existing is not None and existing.provenance.kind != "machine":
        kind = existing.provenance.kind
        raise LibraryError(existing.path, f"{_article(kind)} {kind} '{result.to_code}' version exists; not overwritten")
    provenance = machine_provenance(result)
    original = release.versions.get(result.from_code)
    read = source_digest(original.path, original.title) if original is not None else ""
    if read and original is not None and _replaced(original, result):
        # replaced while it was translated (an import, an edit): the digest on disk is of a text this
        # translation never read, so it is recorded as of an earlier text, out of date (two writers'
        # trial: saved as current, `translate --all` never redid it); kept, as finished work is
        _body, plus, headline = read.partition("+")
        read = f"replaced{plus}{headline}"
        result.source_replaced = True
    provenance.source = f"{result.from_code}:{read}" if read else None
    return library.save_version(
        release,
        result.to_code,
        result.to_blocks(),
        provenance,
        result.title or release.title(result.from_code),
        base=existing,
        whole=True,  # a new translation replaces the version; a version edited meanwhile is refused
    )


def _replaced(original: LanguageVersion, result: TranslationResult) -> bool:
    """Whether the original on disk now says other words than those translated (every block goes
    through the engine, a half it cannot translate passed through, so the two hold the same words).
    The text the run read, not the release object: the TUI's is reloaded when another writer saves."""
    import re
    from collections import Counter

    def words(texts: Iterable[str]) -> Counter[str]:
        return Counter(w.lower() for text in texts for w in re.findall(r"\w+", text))

    try:
        now = original.loader(original.path) if original.loader is not None else None
    except ReaderError:
        return True  # unreadable now: not the text that was read either
    if now is None:
        return False
    read = words(s.source for b in result.blocks if b.kind != "title" for s in b.sentences)
    return read != words(b.text for b in now)


def missing_translations(
    releases: list[Release], to_code: str, lang: str | None, since: dt.date | None
) -> list[Release]:
    """Releases with no version in `to_code` (of any provenance), or a machine one translated from an
    earlier text of the original (out of date: a team's trial re-imported a corrected original and
    was told 'nothing to translate'), and a version to translate from."""
    from reader.core.validation import out_of_date

    chosen = []
    for release in releases:
        source = lang or release.original_language
        if source not in release.versions or source == to_code:
            continue
        held = release.versions.get(to_code)
        if held is not None and not (held.provenance.kind == "machine" and out_of_date(release, to_code)):
            continue
        if since and release.date < since:
            continue
        chosen.append(release)
    return sorted(chosen, key=lambda r: (r.date, r.id))


def _article(word: str) -> str:
    """'an official', 'an unofficial', 'a machine', 'a post-edited': by the sound the word opens on."""
    return "an" if word[:1].lower() in "aeiou" else "a"


CLAIMS = ".claims"  # in the library folder: no release id starts with a dot


def claim_path(cache: Path, release: Release, lang: str) -> Path:
    """Where a run saving `lang` of a release claims it: two batches at once each translated every
    release, a server doing all the work twice (an archive team's trial); a claimed one is left to
    the run that holds it. Beside the library, so two users of a shared library (each with a cache
    of their own) see each other's runs (a sysadmin's trial); in the cache when the library folder
    cannot be written to (nothing would be saved there anyway)."""
    import hashlib
    import os

    library = release.folder.parent
    # a link in its place is not followed: a claim would be written where it points (a hostile-input trial)
    if os.access(library, os.W_OK | os.X_OK) and not (library / CLAIMS).is_symlink():
        return library / CLAIMS / f"{release.id}-{lang}.lock"
    digest = hashlib.sha1(os.fsencode(release.folder.resolve())).hexdigest()[:16]
    return cache / "claims" / f"{digest}-{lang}.lock"


def saved_meanwhile(library: Library, release: Release, lang: str, source: str | None = None) -> bool:
    """Whether another run saved a current `lang` of the release since this one listed it."""
    try:
        fresh = library.get(release.id)
    except LibraryError:
        return False
    return not missing_translations([fresh], lang, source, None)


HUMAN_MEANWHILE = "now has a human"  # how `claimed` says a person's version came: its own outcome


def human_meanwhile(library: Library, release: Release, lang: str) -> str:
    """What a person's `lang` version that came since the run listed the release is ('' if none): an
    official page imported meanwhile was said by both runs of trial O as 'left to another run
    translating at the same time', which no run was."""
    try:
        held = library.get(release.id).versions.get(lang)
    except LibraryError:
        return ""
    if held is None or held.provenance.kind in ("machine", "post-edited"):
        return ""
    return f"{HUMAN_MEANWHILE} {lang} version ({held.provenance.kind}, imported meanwhile): not translated"


def left_status(why: str) -> str:
    """The status of a release `claimed` left to others, from its why: `human_meanwhile` when a person's
    version came, else `elsewhere`. One rule for the CLI's outcomes and the TUI's counts (batch 13: the
    TUI still counted an import meanwhile as 'left to another run')."""
    return "human_meanwhile" if why.startswith(HUMAN_MEANWHILE) else "elsewhere"


@contextlib.contextmanager
def claimed(cache: Path, library: Library, release: Release, lang: str, source: str | None = None) -> Iterator[str]:
    """'' while this run holds the release's `lang` to translate and save; else why another run has
    it (holds the claim, or saved it since this run listed it). The CLI's and the TUI's runs alike."""
    from reader.core import atomic

    with atomic.claimed(claim_path(cache, release, lang)) as mine:
        if human := human_meanwhile(library, release, lang):
            yield human  # first: the other run holding the claim will not translate it either
        elif not mine:
            yield "being translated by another run"
        elif saved_meanwhile(library, release, lang, source):
            yield "saved meanwhile by another run"
        else:
            yield ""
