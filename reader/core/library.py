"""The release library: a folder of release folders, loaded leniently and written atomically.

A broken release never stops the others from loading: it becomes a Problem naming its path.
Only ``release.yaml`` files are read on load; bodies are read when first asked for.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from reader.core import atomic, history, on_disk, yamlio
from reader.core.body import read_body, to_markdown
from reader.core.errors import AlreadyImported, LibraryError, ReaderError
from reader.core.meanwhile import imported_meanwhile, refuse_meanwhile
from reader.core.metadata import (
    METADATA,
    SLUG_RE,
    check_id,
    default_user,
    load_release,
    merged_yaml,
    parse_provenance,
    read_metadata,
    release_from_data,
    release_to_yaml,
    valid_id,
)
from reader.core.model import LANGUAGES, Block, LanguageVersion, Problem, Provenance, Release
from reader.core.near_ids import meant
from reader.core.text.clean import clean_line
from reader.core.text.fold import search_fold

__all__ = [
    "METADATA",
    "Library",
    "check_id",
    "default_user",
    "read_metadata",
    "release_from_data",
    "valid_id",
]


class Library:
    """All releases under one root folder, newest first, plus the problems met while loading. The
    folder is scanned on first need: a command that names one release reads only that release.
    ``index_dir`` holds the metadata index (a cache); without it every scan parses every file."""

    def __init__(
        self,
        root: Path,
        releases: Iterable[Release] | None = None,
        problems: Iterable[Problem] = (),
        index_dir: Path | None = None,
    ):
        self.root = Path(root)
        self.index_dir = index_dir
        self._releases: list[Release] | None = None
        self._problems: list[Problem] = list(problems)
        self._by_id: dict[str, Release] = {}
        self._stamps: dict[str, on_disk.Stamp] = {}  # the files as they were when a release was read
        self._read_at = time.time()  # what another process wrote after this is read again (imported_meanwhile)
        self._made: set[str] = set()  # releases this object created: no other process's, for refuse_meanwhile
        if releases is not None:
            self._set(list(releases))

    def _set(self, releases: list[Release]) -> None:
        self._releases = sorted(releases, key=lambda r: (r.date, r.id), reverse=True)
        self._by_id = {r.id: r for r in self._releases}

    @classmethod
    def load(cls, root: Path, index_dir: Path | None = None, named: str = "") -> Library:
        """`named`: what named the folder (a flag, a variable), said if it is missing (a new user's trial)."""
        root, by = Path(root), f" (named by {named})" if named else ""
        if not root.is_dir():
            missing = on_disk.missing_folder(root, by)
            raise LibraryError(root, "not a folder" if root.exists() else missing)
        return cls(root, index_dir=index_dir)

    def scan(self, progress: Callable[[int, int], None] | None = None, every: int = 500) -> None:
        """Read every release's metadata; `progress(done, total)` is called every `every` folders."""
        from reader.core.index import MetadataIndex

        index = MetadataIndex(self.root, self.index_dir)
        # read whole (after reload): what any process wrote before now is what this library knows
        started, whole = time.time(), not self._by_id
        releases: list[Release] = []
        problems: list[Problem] = []
        seen: set[str] = set()
        try:
            folders = sorted(self.root.iterdir())
        except OSError as exc:
            raise LibraryError(self.root, f"cannot read the library folder ({atomic.describe(exc)})") from None
        for n, folder in enumerate(folders, 1):
            if progress and n % every == 0:
                progress(n, len(folders))
            if folder.name.startswith((".", "_")):
                continue
            try:
                if folder.is_symlink():
                    raise LibraryError(folder, "a symbolic link in the library; not followed")
                if not folder.is_dir():
                    continue
                seen.add(folder.name)
                if folder.name in self._by_id:
                    releases.append(self._by_id[folder.name])
                    continue
                try:
                    stamp = MetadataIndex.key((folder / METADATA).stat())
                except FileNotFoundError:
                    raise LibraryError(folder, f"no {METADATA} in this release folder") from None
                except OSError as exc:
                    raise LibraryError(folder / METADATA, f"cannot read ({atomic.describe(exc)})") from None
                data = index.get(folder.name, stamp)
                if data is None:
                    data = read_metadata(folder)
                    index.put(folder.name, stamp, data)
                releases.append(release_from_data(folder, data))
            except ReaderError as exc:
                problems.append(Problem.of(exc))
            except OSError as exc:
                problems.append(Problem(folder, f"cannot read ({atomic.describe(exc)})"))
        index.save(seen)
        self._problems = problems
        self._set(releases)
        if whole:
            self._read_at = started

    def reload(self) -> None:
        """Forget what was read, so the next access scans again (after edits on disk)."""
        self._releases = None
        self._by_id = {}

    @property
    def releases(self) -> list[Release]:
        if self._releases is None:
            self.scan()
        assert self._releases is not None
        return self._releases

    @property
    def problems(self) -> list[Problem]:
        if self._releases is None:
            self.scan()
        return self._problems

    def __len__(self) -> int:
        return len(self.releases)

    def __contains__(self, release_id: str) -> bool:
        self.releases  # noqa: B018 - scan on first need
        return release_id in self._by_id

    def get(self, release_id: str) -> Release:
        """The release, read again when its files changed on disk since it was read (another window)."""
        check_id(self.root, release_id)
        cached = self._by_id.get(release_id)
        folder = self.root / release_id
        if cached is not None and self._stamps.get(release_id) == on_disk.stamp(cached.folder):
            return cached
        if folder.is_symlink():
            raise LibraryError(folder, "a symbolic link in the library; not followed")
        # a folder not in the scan is read too: written since, or broken, whose problem is then said
        # ('fr.md: body file for 'fr' is missing'), not 'no release with id'
        if folder.is_dir():
            stamp = on_disk.stamp(folder)
            try:
                release = load_release(folder)
            except LibraryError:
                if cached is None:
                    raise
                return cached  # broken meanwhile: what was read stays shown
            self._remember(release, stamp)
            return release
        if cached is not None:
            return cached
        near = meant(self.root, release_id, (r.id for r in self.releases))  # removed, or a near miss
        raise LibraryError(self.root, f"no release with id '{release_id}'{near}")

    def knows_current(self, release_id: str) -> bool:
        """Whether the release as it stands on disk is the one this library read or wrote last."""
        cached = self._by_id.get(release_id)
        try:
            return cached is not None and self._stamps.get(release_id) == on_disk.stamp(cached.folder)
        except OSError:
            return False

    def _remember(self, release: Release, stamp: on_disk.Stamp) -> None:
        self._stamps[release.id] = stamp
        if self._releases is not None and release.id in self._by_id:
            self._releases = [release if r.id == release.id else r for r in self._releases]
        self._by_id[release.id] = release

    def changed_on_disk(self, release: Release) -> bool:
        """Has another writer changed this release since this library read it?"""
        known = self._stamps.get(release.id)
        return known is not None and known != on_disk.stamp(release.folder)

    def filter(self, lang: str | None = None) -> list[Release]:
        """Releases having `lang` (all without one); words are searched through the index (search.py)."""
        return [release for release in self.releases if not lang or lang in release.versions]

    @staticmethod
    def matches(release: Release, needle: str) -> bool:
        if needle in search_fold(release.id) or any(needle in search_fold(v.title) for v in release.versions.values()):
            return True
        for version in release.versions.values():
            try:
                if any(needle in search_fold(block.text) for block in version.blocks):
                    return True
            except LibraryError:
                continue
        return False

    def validate(self) -> list[Problem]:
        """Every problem of every release, bodies included (validation.py): one run lists all to fix."""
        from reader.core.validation import every_problem

        return every_problem(self.root, self.problems, self.releases)

    # -- writing ---------------------------------------------------------------------------

    def save_version(
        self,
        release: Release,
        lang: str,
        blocks: list[Block],
        provenance: Provenance,
        title: str,
        date: dt.date | None = None,
        *,
        who: str = "",
        why: str = "",
        base: LanguageVersion | None = None,
        whole: bool = False,
    ) -> LanguageVersion:
        """Write one language version (body first, then metadata), each atomically, under the release lock.

        `base` is the version the writer started from: its change is merged into what is on disk
        now (``text.merge``), so a part another writer changed since is refused (``WriteConflict``
        naming it) and never overwritten; with `whole` (a new translation, a restore) any change on
        disk since refuses the write. The body it replaces goes to the release's history first (with
        `who` and `why`), so no write ever loses a text.
        """
        if lang not in LANGUAGES:
            raise LibraryError(release.folder, f"unknown language code '{lang}'")
        if not any(b.kind != "letterhead" for b in blocks):
            raise LibraryError(release.folder / (lang + ".md"), "refusing to write an empty body")
        check_id(self.root, release.id)
        path = release.folder / f"{lang}.md"
        metadata = release.folder / METADATA
        refused: list[str] = []
        with atomic.locked(release.folder):
            try:
                current: str | None = atomic.read_limited(metadata, yamlio.MAX_YAML_BYTES, follow=False).decode("utf-8")
            except FileNotFoundError:
                current = None
            except (OSError, UnicodeDecodeError) as exc:
                reason = atomic.describe(exc) if isinstance(exc, OSError) else "not UTF-8"
                raise LibraryError(metadata, f"cannot read before saving ({reason}); nothing written") from None
            if base is not None or whole:
                title, blocks, provenance, date, refused = on_disk.merge(
                    release.folder, lang, base, (title, blocks, provenance, date), whole
                )
            version = LanguageVersion(lang, provenance, clean_line(title), path, read_body, date, list(blocks))
            body = to_markdown(blocks).encode("utf-8")
            kept = history.keep_replaced(
                release.folder, lang, current, body, who, why, new_title=version.title, new_provenance=provenance.kind
            )
            release.versions[lang] = version
            text = merged_yaml(current, release, lang)
            with history.taken_back_on_failure(kept):  # no 'edit of segment 5' that never landed
                atomic.write_bytes(path, body)
            atomic.write_text(metadata, text)
            saved = self._refresh(release, version)
            if self._by_id.get(release.id) is release:
                self._stamps[release.id] = on_disk.stamp(release.folder)
        if refused:
            raise on_disk.conflict(path, refused, written=True)
        return saved

    def add_imported(self, release: Release, source: dict[str, Any], write: Callable[[], Any]) -> None:
        """Run `write` (a language version from an imported file) unless another process imported the
        same file since this library was read: under the root's lock, which a new release's import
        takes too, so one page never becomes a version here and a release there."""
        with atomic.locked(self.root):
            twin = imported_meanwhile(self.root, self._by_id, source, self._read_at, release.id, self._stamps)
            if twin is not None:
                raise AlreadyImported(self.root, f"already imported as release '{twin}' (same content)", twin)
            write()

    def restore(self, release: Release, lang: str, stamp: str, who: str = "") -> LanguageVersion:
        """Bring back an earlier text with its title and provenance; the current one goes to history."""
        check_id(self.root, release.id)
        revision = history.find(release.folder, lang, stamp)
        blocks = read_body(revision.path)
        raw = revision.provenance or {"provenance": release.versions[lang].provenance.kind}
        provenance = parse_provenance(lang, raw, revision.path.with_suffix(".yaml"))
        title = revision.title or release.title(lang)
        return self.save_version(
            release,
            lang,
            blocks,
            provenance,
            title,
            who=who,
            why=f"restore of {revision.stamp}",
            base=release.versions.get(lang),
            whole=True,
        )

    @staticmethod
    def _refresh(release: Release, version: LanguageVersion) -> LanguageVersion:
        """Take in what other writers changed, so the object matches the file just written."""
        try:
            fresh = load_release(release.folder)
        except LibraryError:
            return version
        saved = fresh.versions.get(version.lang)
        if saved is None:
            return version
        saved._blocks = version._blocks
        release.versions = fresh.versions
        release.issuer, release.date, release.source = fresh.issuer, fresh.date, fresh.source
        return saved

    def create_release(
        self,
        release_id: str,
        date: dt.date,
        issuer: str,
        lang: str,
        title: str,
        blocks: list[Block],
        provenance: Provenance,
        source: dict[str, Any] | None = None,
        joins: Callable[[list[Path]], None] | None = None,  # metadata.refuse_meanwhile's
    ) -> Release:
        """Written in a hidden staging folder, then renamed into place: a full disk or a crash leaves at
        most a hidden ``.importing-*`` folder, which the scan ignores, never a half-made release."""
        if not SLUG_RE.match(release_id):
            raise LibraryError(self.root, f"release id '{release_id}' must be a lowercase slug")
        folder = self.root / release_id
        if folder.exists():
            known = Release(release_id, date, issuer, lang, folder, source=dict(source or {}))
            refuse_meanwhile(self.root, self._by_id, known, title, self._read_at, self._made, stamps=self._stamps)
            raise LibraryError(folder, "this release id is taken")
        if lang not in LANGUAGES:
            raise LibraryError(folder, f"unknown language code '{lang}'")
        if not any(b.kind != "letterhead" for b in blocks):
            raise LibraryError(folder / (lang + ".md"), "refusing to write an empty body")
        import shutil
        import tempfile

        on_disk.sweep_staging(self.root)
        try:
            staging = Path(tempfile.mkdtemp(prefix=on_disk.STAGING, dir=self.root))
        except OSError as exc:
            raise LibraryError(self.root, f"cannot write ({atomic.describe(exc)})") from None
        try:
            staging.chmod(0o777 & ~atomic._umask())
            release = Release(release_id, date, clean_line(issuer), lang, staging, source=dict(source or {}))
            version = LanguageVersion(
                lang, provenance, clean_line(title), staging / f"{lang}.md", read_body, None, list(blocks)
            )
            release.versions[lang] = version
            atomic.write_text(version.path, to_markdown(blocks))
            atomic.write_text(staging / METADATA, release_to_yaml(release))
            with atomic.locked(self.root):  # two imports of one release at once: the second is refused by name
                refuse_meanwhile(self.root, self._by_id, release, title, self._read_at, self._made, joins, self._stamps)
                try:
                    staging.rename(folder)  # fails if another process created the same id meanwhile
                except OSError as exc:
                    raise LibraryError(folder, f"cannot create ({atomic.describe(exc)}); nothing written") from None
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        release.folder = folder
        version.path = folder / f"{lang}.md"
        if self._releases is not None:
            self._set([*self._releases, release])
        else:
            self._by_id[release_id] = release
        self._made.add(release_id)
        with contextlib.suppress(OSError):  # as written here: a look for changes knows it for its own
            self._stamps[release_id] = on_disk.stamp(folder)
        return release

    def unique_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self._by_id or (self.root / candidate).exists():
            candidate, n = f"{base}-{n}", n + 1
        return candidate
