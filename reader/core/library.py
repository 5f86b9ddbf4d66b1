"""The release library: a folder of release folders, loaded leniently and written atomically.

A broken release never stops the others from loading: it becomes a Problem naming its path.
Only ``release.yaml`` files are read on load; bodies are read when first asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from reader.core import atomic, history, yamlio
from reader.core.body import MAX_BODY_BYTES, read_body, to_markdown
from reader.core.errors import LibraryError, ReaderError
from reader.core.model import LANGUAGES, PROVENANCES, Block, LanguageVersion, Problem, Provenance, Release
from reader.core.text.clean import clean_line
from reader.core.text.fold import fold

METADATA = "release.yaml"
_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# What a release id (a folder name) may be: never '..', a path separator or a hidden name.
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


def default_user() -> str:
    """Who is saving, when no --translator is given: the system user."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _plain(value: Any) -> Any:
    """YAML-safe plain data (dates as text), for a history sidecar."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def valid_id(release_id: str) -> bool:
    return bool(_ID_RE.match(release_id)) and ".." not in release_id


def check_id(root: Path, release_id: str) -> None:
    if not valid_id(release_id):
        shown = clean_line(repr(release_id))[:80]
        raise LibraryError(root, f"{shown} is not a release id (letters, digits, '-', '.', '_'; no '..' or '/')")


def _parse_date(value: Any, path: Path, what: str = "date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise LibraryError(path, f"{what} must be YYYY-MM-DD, got {value!r}")


def _parse_provenance(code: str, raw: Any, path: Path) -> Provenance:
    if isinstance(raw, str):
        raw = {"provenance": raw}
    if not isinstance(raw, dict):
        raise LibraryError(path, f"languages.{code} must be a mapping with a provenance")
    kind = raw.get("provenance")
    if kind not in PROVENANCES:
        raise LibraryError(path, f"languages.{code}.provenance must be one of {', '.join(PROVENANCES)}, got {kind!r}")
    models = raw.get("models") or []
    if not isinstance(models, list) or not all(isinstance(m, dict) for m in models):
        raise LibraryError(path, f"languages.{code}.models must be a list of mappings")
    date = raw.get("date")
    editors = raw.get("editors") or []
    if not isinstance(editors, list) or not all(isinstance(e, (str, int)) for e in editors):
        raise LibraryError(path, f"languages.{code}.editors must be a list of names")

    def text(key: str) -> str | None:
        value = raw.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, (str, int, float)):
            raise LibraryError(path, f"languages.{code}.{key} must be text")
        return clean_line(str(value))

    return Provenance(
        kind=kind,
        translator=text("translator"),
        engine=text("engine"),
        models=[{clean_line(str(k)): clean_line(str(v)) for k, v in m.items()} for m in models],
        date=date.isoformat() if isinstance(date, dt.date) else (clean_line(str(date)) if date else None),
        pivot=text("pivot"),
        editors=[clean_line(str(e)) for e in editors],
    )


def load_release(folder: Path) -> Release:
    """Parse one release folder's metadata; raise LibraryError naming the file and the problem."""
    return release_from_data(folder, read_metadata(folder))


def read_metadata(folder: Path) -> dict[str, Any]:
    path = folder / METADATA
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(folder.resolve()):
            raise LibraryError(path, "a symbolic link out of its release folder; refused")
        data = yamlio.read(path)
    except FileNotFoundError:
        raise LibraryError(folder, f"no {METADATA} in this release folder") from None
    except OSError as exc:
        raise LibraryError(path, f"cannot read ({atomic.describe(exc)})") from None
    except UnicodeDecodeError as exc:
        raise LibraryError(path, f"not UTF-8 (byte {exc.start})") from None
    except yamlio.YamlProblem as exc:
        raise LibraryError(path, str(exc)) from None
    if not isinstance(data, dict):
        raise LibraryError(path, "expected a mapping of release fields")
    return data


def release_from_data(folder: Path, data: dict[str, Any]) -> Release:
    """Validate parsed metadata (from YAML or from the index cache) into a Release."""
    path = folder / METADATA
    release_id = str(data.get("id") or folder.name)
    if not valid_id(folder.name):
        raise LibraryError(folder, "the folder name is not a release id (letters, digits, '-', '.', '_')")
    if release_id != folder.name:
        raise LibraryError(path, f"id '{clean_line(release_id)[:80]}' does not match its folder name '{folder.name}'")
    if "date" not in data:
        raise LibraryError(path, "missing field 'date'")
    date = _parse_date(data["date"], path)
    original = data.get("original_language")
    if original not in LANGUAGES:
        raise LibraryError(path, f"unknown original_language {original!r} (known: {', '.join(LANGUAGES)})")
    languages = data.get("languages")
    if not isinstance(languages, dict) or not languages:
        raise LibraryError(path, "'languages' must map language codes to their provenance")
    titles = data.get("titles") or {}
    if not isinstance(titles, dict) or not all(isinstance(t, (str, int, float)) for t in titles.values()):
        raise LibraryError(path, "'titles' must map language codes to titles")
    issuer = data.get("issuer") or ""
    if not isinstance(issuer, (str, int, float)):
        raise LibraryError(path, "'issuer' must be text")
    if original not in languages:
        raise LibraryError(path, f"original language '{original}' has no entry under 'languages'")

    release = Release(
        id=release_id,
        date=date,
        issuer=clean_line(str(issuer)),
        original_language=original,
        folder=folder,
        source=dict(data["source"]) if isinstance(data.get("source"), dict) else {},
    )
    for code, raw in languages.items():
        code = str(code)
        if code not in LANGUAGES:
            raise LibraryError(path, f"unknown language code '{code}' (known: {', '.join(LANGUAGES)})")
        body = folder / f"{code}.md"
        try:
            size = body.stat().st_size
        except FileNotFoundError:
            raise LibraryError(body, f"body file for '{code}' is missing") from None
        except OSError as exc:
            raise LibraryError(body, f"cannot read ({atomic.describe(exc)})") from None
        if size == 0:
            raise LibraryError(body, "body file is empty")
        version_date = raw.get("date_line") if isinstance(raw, dict) else None
        release.versions[code] = LanguageVersion(
            lang=code,
            provenance=_parse_provenance(code, raw, path),
            title=clean_line(str(titles.get(code) or titles.get(original) or release_id)) or release_id,
            path=body,
            loader=read_body,
            date=_parse_date(version_date, path, f"languages.{code}.date_line") if version_date else None,
        )
    return release


def _version_entry(version: LanguageVersion) -> dict[str, Any]:
    entry = version.provenance.to_yaml()
    if version.date:
        entry["date_line"] = version.date
    return entry


def release_to_yaml(release: Release) -> str:
    """A fresh release.yaml, for a new release or one whose file cannot be round-tripped."""
    data: dict[str, Any] = {
        "id": release.id,
        "date": release.date,
        "issuer": release.issuer,
        "original_language": release.original_language,
        "titles": {code: release.versions[code].title for code in release.languages},
        "languages": {code: _version_entry(release.versions[code]) for code in release.languages},
    }
    if release.source:
        data["source"] = release.source
    return yamlio.dump(data)


def _merged_yaml(current: str | None, release: Release, lang: str) -> str:
    """The file on disk with only this language's entries (and the import record) replaced.

    A long run (a translation) started from an older reading of the file; another process may have
    changed other languages since. Rewriting only what this save is about keeps their changes, and
    a round trip keeps the comments a person wrote.
    """
    document = yamlio.round_trip_load(current) if current else None
    if not isinstance(document, dict) or not isinstance(document.get("languages"), dict):
        return release_to_yaml(release)
    version = release.versions[lang]
    titles = document.get("titles")
    if not isinstance(titles, dict):
        titles = document["titles"] = {}
    titles[lang] = version.title
    document["languages"][lang] = _version_entry(version)
    files = release.source.get("files") if isinstance(release.source, dict) else None
    if isinstance(files, dict) and lang in files:
        source = document.get("source")
        if not isinstance(source, dict):
            source = document["source"] = {}
        if not isinstance(source.get("files"), dict):
            source["files"] = {}
        source["files"][lang] = dict(files[lang])
    return yamlio.round_trip_dump(document)


class Library:
    """All releases under one root folder, newest first, plus the problems met while loading.

    The folder is scanned on first need: a command that names one release reads only that release.
    ``index_dir`` holds the metadata index (a cache); without it every scan parses every file.
    """

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
        if releases is not None:
            self._set(list(releases))

    def _set(self, releases: list[Release]) -> None:
        self._releases = sorted(releases, key=lambda r: (r.date, r.id), reverse=True)
        self._by_id = {r.id: r for r in self._releases}

    @classmethod
    def load(cls, root: Path, index_dir: Path | None = None) -> Library:
        root = Path(root)
        if not root.is_dir():
            raise LibraryError(root, "library folder does not exist")
        return cls(root, index_dir=index_dir)

    def scan(self, progress: Callable[[int, int], None] | None = None, every: int = 500) -> None:
        """Read every release's metadata; `progress(done, total)` is called every `every` folders."""
        from reader.core.index import MetadataIndex

        index = MetadataIndex(self.root, self.index_dir)
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

    def reload(self) -> None:
        """Forget what was read, so the next access scans again (after edits on disk)."""
        self._releases = None
        self._by_id = {}

    @property
    def scanned(self) -> bool:
        return self._releases is not None

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
        check_id(self.root, release_id)
        if release_id in self._by_id:
            return self._by_id[release_id]
        folder = self.root / release_id
        if self._releases is None and folder.is_dir():
            release = load_release(folder)
            self._by_id[release_id] = release
            return release
        raise LibraryError(self.root, f"no release with id '{release_id}'")

    def filter(self, lang: str | None = None, search: str | None = None) -> list[Release]:
        """Releases having `lang`, whose title or body contains `search` (accent-insensitive)."""
        needle = fold(search.strip()) if search else ""
        found = []
        for release in self.releases:
            if lang and lang not in release.versions:
                continue
            if needle and not self.matches(release, needle):
                continue
            found.append(release)
        return found

    @staticmethod
    def matches(release: Release, needle: str) -> bool:
        if needle in fold(release.id) or any(needle in fold(v.title) for v in release.versions.values()):
            return True
        for version in release.versions.values():
            try:
                if any(needle in fold(block.text) for block in version.blocks):
                    return True
            except LibraryError:
                continue
        return False

    def validate(self) -> list[Problem]:
        """Every problem, bodies included (unlike load, which reads only metadata)."""
        problems = list(self.problems)
        for release in self.releases:
            for version in release.versions.values():
                try:
                    version.blocks  # noqa: B018 - loading is the check
                except LibraryError as exc:
                    problems.append(Problem.of(exc))
        return problems

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
    ) -> LanguageVersion:
        """Write one language version (body first, then metadata), each atomically, under the release lock.

        The body it replaces goes to the release's history first (with `who` and `why`), so no write
        ever loses a text.
        """
        if lang not in LANGUAGES:
            raise LibraryError(release.folder, f"unknown language code '{lang}'")
        if not any(b.kind != "letterhead" for b in blocks):
            raise LibraryError(release.folder / (lang + ".md"), "refusing to write an empty body")
        check_id(self.root, release.id)
        path = release.folder / f"{lang}.md"
        version = LanguageVersion(lang, provenance, clean_line(title), path, read_body, date, list(blocks))
        metadata = release.folder / METADATA
        with atomic.locked(release.folder):
            try:
                current: str | None = metadata.read_text(encoding="utf-8")
            except FileNotFoundError:
                current = None
            except (OSError, UnicodeDecodeError) as exc:
                reason = atomic.describe(exc) if isinstance(exc, OSError) else "not UTF-8"
                raise LibraryError(metadata, f"cannot read before saving ({reason}); nothing written") from None
            body = to_markdown(blocks).encode("utf-8")
            self._keep_previous(release.folder, lang, current, body, who, why)
            release.versions[lang] = version
            text = _merged_yaml(current, release, lang)
            atomic.write_bytes(path, body)
            atomic.write_text(metadata, text)
        return self._refresh(release, version)

    @staticmethod
    def _keep_previous(folder: Path, lang: str, metadata: str | None, body: bytes, who: str, why: str) -> None:
        path = folder / f"{lang}.md"
        try:
            with open(path, "rb") as handle:
                previous = handle.read(MAX_BODY_BYTES + 1)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise LibraryError(
                path, f"cannot keep the earlier text ({atomic.describe(exc)}); nothing written"
            ) from None
        if previous == body:
            return
        title, provenance = "", {}
        try:
            data = yamlio.load(metadata or "")
            if isinstance(data, dict):
                title = str((data.get("titles") or {}).get(lang) or "")
                entry = (data.get("languages") or {}).get(lang)
                provenance = {str(k): v for k, v in entry.items()} if isinstance(entry, dict) else {}
        except (yamlio.YamlProblem, AttributeError):
            pass
        history.keep(
            folder,
            lang,
            previous,
            who=who or default_user(),
            why=why or "replaced",
            title=title,
            provenance=_plain(provenance),
        )

    def restore(self, release: Release, lang: str, stamp: str, who: str = "") -> LanguageVersion:
        """Bring back an earlier text with its title and provenance; the current one goes to history."""
        check_id(self.root, release.id)
        revision = history.find(release.folder, lang, stamp)
        blocks = read_body(revision.path)
        raw = revision.provenance or {"provenance": release.versions[lang].provenance.kind}
        provenance = _parse_provenance(lang, raw, revision.path.with_suffix(".yaml"))
        title = revision.title or release.title(lang)
        return self.save_version(release, lang, blocks, provenance, title, who=who, why=f"restore of {revision.stamp}")

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
    ) -> Release:
        """Write a whole new release in a hidden staging folder, then rename it into place.

        A full disk or a crash leaves at most a hidden ``.importing-*`` folder, which the scan ignores,
        never a half-made release that would be reported as broken ever after.
        """
        if not _SLUG_RE.match(release_id):
            raise LibraryError(self.root, f"release id '{release_id}' must be a lowercase slug")
        folder = self.root / release_id
        if folder.exists():
            raise LibraryError(folder, "a release with this id already exists")
        if lang not in LANGUAGES:
            raise LibraryError(folder, f"unknown language code '{lang}'")
        if not any(b.kind != "letterhead" for b in blocks):
            raise LibraryError(folder / (lang + ".md"), "refusing to write an empty body")
        import shutil
        import tempfile

        try:
            staging = Path(tempfile.mkdtemp(prefix=".importing-", dir=self.root))
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
        return release

    def unique_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self._by_id or (self.root / candidate).exists():
            candidate, n = f"{base}-{n}", n + 1
        return candidate
