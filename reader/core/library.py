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

import yaml

from reader.core import atomic
from reader.core.body import read_body, to_markdown
from reader.core.model import (
    LANGUAGES,
    PROVENANCES,
    Block,
    LanguageVersion,
    LibraryError,
    Problem,
    Provenance,
    Release,
)
from reader.core.text.fold import fold

METADATA = "release.yaml"
_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


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
    raise LibraryError(f"{path}: {what} must be YYYY-MM-DD, got {value!r}")


def _parse_provenance(code: str, raw: Any, path: Path) -> Provenance:
    if isinstance(raw, str):
        raw = {"provenance": raw}
    if not isinstance(raw, dict):
        raise LibraryError(f"{path}: languages.{code} must be a mapping with a provenance")
    kind = raw.get("provenance")
    if kind not in PROVENANCES:
        raise LibraryError(
            f"{path}: languages.{code}.provenance must be one of {', '.join(PROVENANCES)}, got {kind!r}"
        )
    models = raw.get("models") or []
    if not isinstance(models, list) or not all(isinstance(m, dict) for m in models):
        raise LibraryError(f"{path}: languages.{code}.models must be a list of mappings")
    date = raw.get("date")
    return Provenance(
        kind=kind,
        translator=raw.get("translator"),
        engine=raw.get("engine"),
        models=[{str(k): str(v) for k, v in m.items()} for m in models],
        date=date.isoformat() if isinstance(date, dt.date) else (str(date) if date else None),
        pivot=raw.get("pivot"),
    )


def load_release(folder: Path) -> Release:
    """Parse one release folder's metadata; raise LibraryError naming the file and the problem."""
    return release_from_data(folder, read_metadata(folder))


def read_metadata(folder: Path) -> dict[str, Any]:
    path = folder / METADATA
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise LibraryError(f"{folder}: no {METADATA} in this release folder") from None
    except UnicodeDecodeError as exc:
        raise LibraryError(f"{path}: not UTF-8 (byte {exc.start})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LibraryError(f"{path}: malformed YAML: {where}{problem}") from None
    if not isinstance(data, dict):
        raise LibraryError(f"{path}: expected a mapping of release fields")
    return data


def release_from_data(folder: Path, data: dict[str, Any]) -> Release:
    """Validate parsed metadata (from YAML or from the index cache) into a Release."""
    path = folder / METADATA
    release_id = str(data.get("id") or folder.name)
    if release_id != folder.name:
        raise LibraryError(f"{path}: id '{release_id}' does not match its folder name '{folder.name}'")
    if "date" not in data:
        raise LibraryError(f"{path}: missing field 'date'")
    date = _parse_date(data["date"], path)
    original = data.get("original_language")
    if original not in LANGUAGES:
        raise LibraryError(f"{path}: unknown original_language {original!r} (known: {', '.join(LANGUAGES)})")
    languages = data.get("languages")
    if not isinstance(languages, dict) or not languages:
        raise LibraryError(f"{path}: 'languages' must map language codes to their provenance")
    titles = data.get("titles") or {}
    if not isinstance(titles, dict):
        raise LibraryError(f"{path}: 'titles' must map language codes to titles")
    if original not in languages:
        raise LibraryError(f"{path}: original language '{original}' has no entry under 'languages'")

    release = Release(
        id=release_id,
        date=date,
        issuer=str(data.get("issuer") or ""),
        original_language=original,
        folder=folder,
        source=data.get("source") if isinstance(data.get("source"), dict) else {},
    )
    for code, raw in languages.items():
        code = str(code)
        if code not in LANGUAGES:
            raise LibraryError(f"{path}: unknown language code '{code}' (known: {', '.join(LANGUAGES)})")
        body = folder / f"{code}.md"
        try:
            size = body.stat().st_size
        except FileNotFoundError:
            raise LibraryError(f"{body}: body file for '{code}' is missing") from None
        if size == 0:
            raise LibraryError(f"{body}: body file is empty")
        version_date = raw.get("date_line") if isinstance(raw, dict) else None
        release.versions[code] = LanguageVersion(
            lang=code,
            provenance=_parse_provenance(code, raw, path),
            title=str(titles.get(code) or titles.get(original) or release_id),
            path=body,
            loader=read_body,
            date=_parse_date(version_date, path, f"languages.{code}.date_line") if version_date else None,
        )
    return release


def release_to_yaml(release: Release) -> str:
    data: dict[str, Any] = {
        "id": release.id,
        "date": release.date.isoformat(),
        "issuer": release.issuer,
        "original_language": release.original_language,
        "titles": {code: release.versions[code].title for code in release.languages},
        "languages": {},
    }
    for code in release.languages:
        version = release.versions[code]
        entry = version.provenance.to_yaml()
        if version.date:
            entry["date_line"] = version.date.isoformat()
        data["languages"][code] = entry
    if release.source:
        data["source"] = release.source
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


class Library:
    """All releases under one root folder, newest first, plus the problems met while loading.

    The folder is scanned on first need: a command that names one release reads only that release.
    """

    def __init__(self, root: Path, releases: Iterable[Release] | None = None, problems: Iterable[Problem] = ()):
        self.root = Path(root)
        self._releases: list[Release] | None = None
        self._problems: list[Problem] = list(problems)
        self._by_id: dict[str, Release] = {}
        if releases is not None:
            self._set(list(releases))

    def _set(self, releases: list[Release]) -> None:
        self._releases = sorted(releases, key=lambda r: (r.date, r.id), reverse=True)
        self._by_id = {r.id: r for r in self._releases}

    @classmethod
    def load(cls, root: Path) -> Library:
        root = Path(root)
        if not root.is_dir():
            raise LibraryError(f"{root}: library folder does not exist")
        return cls(root)

    def scan(self, progress: Callable[[int, int], None] | None = None, every: int = 500) -> None:
        """Read every release's metadata; `progress(done, total)` is called every `every` folders."""
        from reader.core.index import MetadataIndex

        index = MetadataIndex(self.root)
        releases: list[Release] = []
        problems: list[Problem] = []
        seen: set[str] = set()
        folders = sorted(self.root.iterdir())
        for n, folder in enumerate(folders, 1):
            if progress and n % every == 0:
                progress(n, len(folders))
            if not folder.is_dir() or folder.name.startswith((".", "_")):
                continue
            try:
                if folder.name in self._by_id:
                    releases.append(self._by_id[folder.name])
                    continue
                try:
                    stamp = MetadataIndex.key((folder / METADATA).stat())
                except FileNotFoundError:
                    raise LibraryError(f"{folder}: no {METADATA} in this release folder") from None
                data = index.get(folder.name, stamp)
                if data is None:
                    data = read_metadata(folder)
                    index.put(folder.name, stamp, data)
                seen.add(folder.name)
                releases.append(release_from_data(folder, data))
            except LibraryError as exc:
                path, _, reason = str(exc).partition(": ")
                problems.append(Problem(Path(path), reason))
        index.save(seen)
        self._problems = problems
        self._set(releases)

    @property
    def scanned(self) -> bool:
        return self._releases is not None

    @property
    def releases(self) -> list[Release]:
        if self._releases is None:
            self.scan()
        return self._releases  # type: ignore[return-value]

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
        if release_id in self._by_id:
            return self._by_id[release_id]
        folder = self.root / release_id
        if self._releases is None and release_id and "/" not in release_id and (folder / METADATA).is_file():
            release = load_release(folder)
            self._by_id[release_id] = release
            return release
        raise LibraryError(f"{self.root}: no release with id '{release_id}'")

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
                    path, _, reason = str(exc).partition(": ")
                    problems.append(Problem(Path(path), reason))
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
    ) -> LanguageVersion:
        """Write one language version (body first, then metadata), each atomically."""
        if lang not in LANGUAGES:
            raise LibraryError(f"{release.folder}: unknown language code '{lang}'")
        if not any(b.kind != "letterhead" for b in blocks):
            raise LibraryError(f"{release.folder / (lang + '.md')}: refusing to write an empty body")
        path = release.folder / f"{lang}.md"
        atomic.write_text(path, to_markdown(blocks))
        version = LanguageVersion(lang, provenance, title, path, read_body, date, list(blocks))
        release.versions[lang] = version
        atomic.write_text(release.folder / METADATA, release_to_yaml(release))
        return version

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
        if not _SLUG_RE.match(release_id):
            raise LibraryError(f"{self.root}: release id '{release_id}' must be a lowercase slug")
        folder = self.root / release_id
        if folder.exists():
            raise LibraryError(f"{folder}: a release with this id already exists")
        release = Release(release_id, date, issuer, lang, folder, source=dict(source or {}))
        self.save_version(release, lang, blocks, provenance, title)
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
