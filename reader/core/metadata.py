"""release.yaml: read and validated into a Release, written afresh or merged into the file on disk.

Reading is lenient about nothing: every field is checked and a problem names the file and the
field. Writing keeps what a person wrote (comments, order, other languages) by replacing only the
entries a save is about.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from reader.core import atomic, yamlio
from reader.core.body import read_body
from reader.core.errors import LibraryError
from reader.core.model import LANGUAGES, PROVENANCES, LanguageVersion, Provenance, Release
from reader.core.text.clean import clean_line

METADATA = "release.yaml"
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# What a release id (a folder name) may be: never '..', a path separator or a hidden name.
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


def default_user() -> str:
    """Who is saving, when no --translator is given: the system user."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def plain_data(value: Any) -> Any:
    """YAML-safe plain data (dates as text), for a history sidecar."""
    if isinstance(value, dict):
        return {str(k): plain_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    if value is None:
        return None
    # ruamel keeps a quoted scalar as a subclass of str (of int, of float): yaml.safe_dump cannot
    # write those ('cannot represent an object': `remove --lang` of a machine version, whose
    # provenance date is quoted, failed with exit 70 in a new user's trial). Plain types only.
    for plain in (bool, int, float, str):
        if isinstance(value, plain):
            return plain(value)
    return str(value)


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


def parse_provenance(code: str, raw: Any, path: Path) -> Provenance:
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
        source=text("source"),
        editors=[clean_line(str(e)) for e in editors],
        memory=_count(raw.get("memory"), path, f"languages.{code}.memory"),
    )


def _count(value: object, path: Path, key: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10_000_000:
        raise LibraryError(path, f"{key} must be a whole number")
    return value


def load_release(folder: Path) -> Release:
    """Parse one release folder's metadata; raise LibraryError naming the file and the problem."""
    return release_from_data(folder, read_metadata(folder))


def read_metadata(folder: Path) -> dict[str, Any]:
    path = folder / METADATA
    try:
        data = yamlio.read(path, follow=False)  # a link in a release folder is never followed
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
    problems: list[LibraryError] = []
    release = _checked_release(folder, data, problems)
    if problems:
        raise problems[0]
    return release


def metadata_problems(folder: Path) -> list[LibraryError]:
    """Every problem of one release folder's metadata at once, for `validate`: loading stops at
    the first, but someone fixing a file by hand wants the whole list in one run."""
    try:
        data = read_metadata(folder)
    except LibraryError as exc:
        return [exc]
    problems: list[LibraryError] = []
    _checked_release(folder, data, problems)
    return problems


def _checked_release(folder: Path, data: dict[str, Any], problems: list[LibraryError]) -> Release:
    """The release the data describes, each problem appended to `problems` and stood in for by a
    harmless value, so the checks after it still run."""
    path = folder / METADATA

    def problem(where: Path, reason: str) -> None:
        problems.append(LibraryError(where, reason))

    release_id = str(data.get("id") or folder.name)
    if not valid_id(folder.name):
        problem(folder, "the folder name is not a release id (letters, digits, '-', '.', '_')")
    elif release_id != folder.name:
        problem(path, f"id '{clean_line(release_id)[:80]}' does not match its folder name '{folder.name}'")
    date = dt.date.min
    if "date" not in data:
        problem(path, "missing field 'date'")
    else:
        try:
            date = _parse_date(data["date"], path)
        except LibraryError as exc:
            problems.append(exc)
    original = data.get("original_language")
    if original not in LANGUAGES:
        problem(path, f"unknown original_language {original!r} (known: {', '.join(LANGUAGES)})")
    languages = data.get("languages")
    if not isinstance(languages, dict) or not languages:
        problem(path, "'languages' must map language codes to their provenance")
        languages = {}
    titles = data.get("titles") or {}
    if not isinstance(titles, dict) or not all(isinstance(t, (str, int, float)) for t in titles.values()):
        problem(path, "'titles' must map language codes to titles")
        titles = {}
    issuer = data.get("issuer") or ""
    if not isinstance(issuer, (str, int, float)):
        problem(path, "'issuer' must be text")
        issuer = ""
    if original in LANGUAGES and languages and original not in languages:
        problem(path, f"original language '{original}' has no entry under 'languages'")

    release = Release(
        id=release_id,
        date=date,
        issuer=clean_line(str(issuer)),
        original_language=original if original in LANGUAGES else "nl",
        folder=folder,
        source=dict(data["source"]) if isinstance(data.get("source"), dict) else {},
    )
    for code, raw in languages.items():
        code = str(code)
        if code not in LANGUAGES:
            problem(path, f"unknown language code '{code}' (known: {', '.join(LANGUAGES)})")
            continue
        body = folder / f"{code}.md"
        try:
            if body.stat().st_size == 0:
                problem(body, "body file is empty")
        except FileNotFoundError:
            problem(body, f"body file for '{code}' is missing")
        except OSError as exc:
            problem(body, f"cannot read ({atomic.describe(exc)})")
        try:
            provenance = parse_provenance(code, raw, path)
            version_date = raw.get("date_line") if isinstance(raw, dict) else None
            line_date = _parse_date(version_date, path, f"languages.{code}.date_line") if version_date else None
        except LibraryError as exc:
            problems.append(exc)
            continue
        release.versions[code] = LanguageVersion(
            lang=code,
            provenance=provenance,
            title=clean_line(str(titles.get(code) or titles.get(original) or release_id)) or release_id,
            path=body,
            loader=read_body,
            date=line_date,
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


_ENTRY_KEYS = frozenset({"provenance", "translator", "engine", "models", "date", "pivot", "editors", "date_line"})


def merged_yaml(current: str | None, release: Release, lang: str) -> str:
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
    entry, new = document["languages"].get(lang), _version_entry(version)
    if isinstance(entry, dict):  # key by key: a key the save knows nothing of stays, with its comments
        for key in [k for k in entry if k in _ENTRY_KEYS and k not in new]:
            del entry[key]
        entry.update(new)
    else:
        document["languages"][lang] = new
    if release.issuer and not document.get("issuer"):  # a release none named gets its first issuer
        document["issuer"] = release.issuer
    files = release.source.get("files") if isinstance(release.source, dict) else None
    if isinstance(files, dict) and lang in files:
        source = document.get("source")
        if not isinstance(source, dict):
            source = document["source"] = {}
        if not isinstance(source.get("files"), dict):
            source["files"] = {}
        source["files"][lang] = dict(files[lang])
    return yamlio.round_trip_dump(document)


def text_to_update(metadata: Path, undone: str) -> str:
    """release.yaml as it stands, read under the release's lock by a writer that rewrites part of it;
    unreadable, it is said with what was not done ('nothing written', 'nothing removed')."""
    try:
        return atomic.read_limited(metadata, yamlio.MAX_YAML_BYTES, follow=False).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = atomic.describe(exc) if isinstance(exc, OSError) else "not UTF-8"
        raise LibraryError(metadata, f"cannot read ({reason}); {undone}") from None
