"""Argos Translate model packages: list, install (file or index), remove, and route a pair.

Packages live in ARGOS_PACKAGES_DIR, exactly where argospm and LibreTranslate put them. Their
metadata is read here as ``argostranslate.package`` reads it, without importing argostranslate (its
import writes under HOME); installing does not use its ``install_from_path``, which extracts any zip
without checks. Here an archive is validated completely first, extracted into
a staging folder inside the packages folder, and renamed into place, so a failure leaves nothing.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from reader.core import atomic
from reader.core.engine.loadable import check_loads
from reader.core.engine.model_digest import model_digest
from reader.core.engine.package_choice import chosen, twins
from reader.core.engine.package_files import folder_size, license_of
from reader.core.engine.package_files import human_size as human_size
from reader.core.engine.package_replace import clear_pair, refuse_older, same_pair
from reader.core.errors import PackageError
from reader.core.model import LANGUAGES

PIVOT = "en"
MAX_PACKAGE_BYTES = 2 * 1024**3
MAX_METADATA_BYTES = 1024 * 1024
MAX_INDEX_BYTES = 32 * 1024 * 1024
MAX_ENTRIES = 10_000
# Argos language codes (ISO 639-1/-3, plus the index's own 'zt', 'pb'): they name folders, so
# nothing else may pass (a code like 'en/../../victim' would name a folder outside).
_CODE = re.compile(r"^[a-z]{2,3}$")


_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}")


def valid_code(code: object) -> bool:
    return isinstance(code, str) and bool(_CODE.match(code))


def install_commands(missing: list[str]) -> list[str]:
    """How to install each missing package ('translate-nl_en') from the index."""
    pairs = [m.removeprefix("translate-").split("_", 1) for m in missing]
    return [f"press-reader models install --from {a} --to {b}" for a, b in pairs]


class MissingModelError(PackageError):
    def __init__(self, from_code: str, to_code: str, missing: list[str], servers: list[str] | None = None):
        self.from_code, self.to_code, self.missing, self.servers = from_code, to_code, missing, servers
        if servers is not None:  # LibreTranslate servers: nothing to install here
            super().__init__(None, f"no server offers {from_code}->{to_code} (asked: {', '.join(servers)})")
            return
        commands = "; ".join(install_commands(missing))
        super().__init__(
            None,
            f"no model for {from_code}->{to_code}: install {' and '.join(missing)} "
            f"(from a file: press-reader models install FILE.argosmodel; from the index: {commands})",
        )


@dataclass(frozen=True)
class InstalledPackage:
    code: str  # argospm name, e.g. translate-nl_en
    from_code: str
    to_code: str
    version: str
    path: Path
    size: int
    license: str | None = None
    name: str = ""
    digest: str = ""  # of the model's files (model_digest): a reinstall with other weights changes it
    replaced: tuple[str, ...] = field(default=(), compare=False)  # versions an install removed (said)

    @property
    def cache_version(self) -> str:
        """What the cache keys this package's sentences by: its version and, when known, its files."""
        return f"{self.version}#{self.digest}" if self.digest else self.version

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "pair": f"{self.from_code}->{self.to_code}",
            "from": self.from_code,
            "to": self.to_code,
            "version": self.version,
            "size": self.size,
            "path": str(self.path),
            "license": self.license,
            "digest": self.digest,
        }


def read_installed(folder: Path) -> InstalledPackage:
    """An installed package from its metadata.json, read as argostranslate reads it (the same fields,
    the same defaults, argospm's name for it) without importing argostranslate: its settings module
    reads HOME, creates folders and sets KMP_DUPLICATE_LIB_OK when imported, and every translation
    lists the packages."""
    try:
        metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PackageError(folder, f"unreadable package ({exc})") from None
    if not isinstance(metadata, dict):
        raise PackageError(folder, "unreadable package (metadata.json is not a JSON object)")
    from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
    if not from_code or not to_code:
        raise PackageError(folder, "metadata.json has no from_code/to_code")
    from_name, to_name = metadata.get("from_name", ""), metadata.get("to_name", "")
    return InstalledPackage(
        code=f"{metadata.get('type', 'translate')}-{from_code}_{to_code}",  # argospm_package_name
        from_code=str(from_code),
        to_code=str(to_code),
        version=str(metadata.get("package_version", "") or "0"),
        path=folder,
        size=folder_size(folder),
        license=license_of(metadata, folder),
        name=f"{from_name or from_code} → {to_name or to_code}",
        digest=model_digest(folder),
    )


def list_packages(folder: Path) -> tuple[list[InstalledPackage], list[str]]:
    """Installed translate packages, and one problem line per folder that is not a usable package."""
    found: list[InstalledPackage] = []
    problems: list[str] = []
    if folder.exists() and not folder.is_dir():
        return found, [f"{folder}: the packages folder is a file, not a folder (ARGOS_PACKAGES_DIR)"]
    try:
        children = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:
        return found, [f"{folder}: cannot read the packages folder ({exc.strerror})"]
    for child in children:
        try:
            if child.suffix == ".argosmodel" and child.is_file():  # copied in, never unpacked (a sysadmin's trial)
                problems.append(f"{child}: a package file, not installed: press-reader models install {child}")
                continue
            if not child.is_dir() or child.name.startswith(".") or not (child / "metadata.json").is_file():
                continue  # e.g. argos' own sbd cache folders
            package = read_installed(child)
        except PackageError as exc:
            problems.append(str(exc))
            continue
        except OSError as exc:
            problems.append(f"{child}: unreadable package ({exc.strerror})")
            continue
        if not (child / "model").is_dir():
            problems.append(f"{child}: no model/ folder")
            continue
        found.append(package)
    return found, problems + twins(found)


def validate_archive(path: Path) -> tuple[dict[str, Any], str]:
    """Check an .argosmodel completely before anything is written; return (metadata, root folder)."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(path, "a folder, not an .argosmodel file" if path.is_dir() else "no such file")
    if not zipfile.is_zipfile(path):
        raise PackageError(path, "not an Argos package (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise PackageError(path, f"{len(infos)} entries; a model package has a few dozen")
            names = [info.filename for info in infos]
            total = 0
            for info in infos:
                member = PurePosixPath(info.filename)
                if info.filename.startswith(("/", "\\")) or ".." in member.parts or ":" in info.filename:
                    raise PackageError(path, f"unsafe entry '{info.filename}' points outside the packages folder")
                if (info.external_attr >> 16) & 0o170000 == 0o120000:
                    raise PackageError(path, f"symbolic link entry '{info.filename}' refused")
                total += info.file_size
            if total > MAX_PACKAGE_BYTES:
                raise PackageError(path, f"archive expands to {total} bytes, too large")
            roots = {PurePosixPath(n).parts[0] for n in names if PurePosixPath(n).parts}
            if len(roots) != 1:
                raise PackageError(path, f"expected one top folder in the archive, found {len(roots)}")
            root = roots.pop()
            if f"{root}/metadata.json" not in names:
                raise PackageError(path, f"missing {root}/metadata.json")
            if archive.getinfo(f"{root}/metadata.json").file_size > MAX_METADATA_BYTES:
                raise PackageError(path, "metadata.json is too large")
            try:
                metadata = json.loads(archive.read(f"{root}/metadata.json").decode("utf-8"))
            except (ValueError, UnicodeDecodeError, RecursionError) as exc:
                raise PackageError(path, f"metadata.json is not valid JSON ({exc})") from None
            if not any(n.startswith(f"{root}/model/") for n in names):
                raise PackageError(path, f"missing {root}/model/ (the CTranslate2 model)")
            if f"{root}/sentencepiece.model" not in names:
                raise PackageError(path, f"missing {root}/sentencepiece.model")
            bad = archive.testzip()
            if bad:
                raise PackageError(path, f"corrupt entry '{bad}'")
    except zipfile.BadZipFile as exc:
        raise PackageError(path, f"corrupt zip archive ({exc})") from None
    if not isinstance(metadata, dict):
        raise PackageError(path, "metadata.json must be an object")
    if metadata.get("type", "translate") != "translate":
        raise PackageError(path, f"package type is '{metadata.get('type')}', not 'translate'")
    for key in ("from_code", "to_code"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise PackageError(path, f"metadata.json has no {key}")
        if not valid_code(metadata[key]):
            shown = json.dumps(metadata[key])[:40]
            raise PackageError(path, f"metadata.json {key} {shown} is not a language code (two or three letters)")
    version = metadata.get("package_version", "")
    if not isinstance(version, (str, int, float)) or not _VERSION.fullmatch(str(version) or "0"):
        shown = json.dumps(version)[:40]  # listed, logged and in every provenance: '1.0/../../x' went in (a trial)
        raise PackageError(path, f"metadata.json package_version {shown} is not a version (digits and dots)")
    return metadata, root


def install_file(path: Path, folder: Path, force: bool = False) -> InstalledPackage:
    metadata, root = validate_archive(path)
    version = str(metadata.get("package_version", "") or "0")  # refused before unpacking, again under the lock
    pair = (metadata["from_code"], metadata["to_code"])
    refuse_older(path, version, same_pair(list_packages(folder)[0], folder, pair), force)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=folder))
    except OSError as exc:
        raise PackageError(folder, f"cannot write to the packages folder ({exc.strerror})") from None
    target = folder / f"{metadata['from_code']}_{metadata['to_code']}"
    if target.resolve().parent != folder.resolve():  # belt and braces: the codes were validated
        shutil.rmtree(staging, ignore_errors=True)
        raise PackageError(path, "package would install outside the packages folder; refused")
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                destination = (staging / info.filename).resolve()
                if not destination.is_relative_to(staging.resolve()):
                    raise PackageError(path, f"unsafe entry '{info.filename}'")
            archive.extractall(staging)
        unpacked = staging / root
        package = read_installed(unpacked)
        check_loads(unpacked, path)  # before it replaces anything: a damaged model never goes in
        with atomic.locked(folder):  # an older install of the pair goes, and any folder argospm made
            replaced = clear_pair(path, package, list_packages(folder)[0], folder, force)
            if target.is_symlink() or target.is_file():
                target.unlink()
            elif target.exists():
                shutil.rmtree(target)
            unpacked.rename(target)
    except PackageError:
        raise
    except Exception as exc:
        raise PackageError(path, f"install failed ({exc})") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return replace(read_installed(target), replaced=tuple(replaced))


def remove(code: str, folder: Path) -> InstalledPackage:
    packages, _ = list_packages(folder)
    named = [p for p in packages if p.path.name == code]  # a folder name is exact, a code may be two packages
    matches = named or [p for p in packages if code in (p.code, f"{p.from_code}_{p.to_code}")]
    if len(matches) > 1:
        folders = ", ".join(p.path.name for p in matches)
        raise PackageError(None, f"'{code}' names {len(matches)} packages ({folders}): give the folder name")
    for package in matches:
        try:
            if package.path.is_symlink():
                package.path.unlink()
            else:
                shutil.rmtree(package.path)
        except OSError as exc:
            raise PackageError(package.path, f"cannot remove ({exc.strerror})") from None
        return package
    known = ", ".join(p.code for p in packages) or "none installed"
    raise PackageError(None, f"no installed package '{code}' (installed: {known})")


def _fetch(url: str, timeout: float = 20) -> bytes:
    import urllib.error  # only a network install needs it; listing and routing stay light
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - user-configured index
            data: bytes = response.read(MAX_INDEX_BYTES + 1)
    except ValueError as exc:
        raise PackageError(url, f"not a usable package index address ({exc})") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PackageError(
            None,
            f"cannot reach the package index {url} ({reason}); offline, install from a file: "
            "press-reader models install FILE.argosmodel",
        ) from None
    if len(data) > MAX_INDEX_BYTES:
        raise PackageError(url, "package index is too large")
    return data


def fetch_index(url: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(_fetch(url).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise PackageError(url, f"package index is not valid JSON ({exc})") from None
    if not isinstance(data, list):
        raise PackageError(url, "package index must be a JSON list")
    return [entry for entry in data[:MAX_ENTRIES] if isinstance(entry, dict)]


def _index_links(entry: dict[str, Any]) -> list[str]:
    """The entry's download links: a list of http(s) or file URLs; anything else is ignored."""
    links = entry.get("links")
    if isinstance(links, str):
        links = [links]
    if not isinstance(links, list):
        return []
    return [link for link in links if isinstance(link, str) and link.split(":", 1)[0] in ("http", "https", "file")]


def install_from_index(
    from_code: str,
    to_code: str,
    url: str,
    folder: Path,
    progress: Callable[[int, int], None] | None = None,
    force: bool = False,
) -> InstalledPackage:
    for code in (from_code, to_code):
        if not valid_code(code):
            raise PackageError(None, f"'{code}' is not a language code")
    candidates = [
        entry
        for entry in fetch_index(url)
        if entry.get("from_code") == from_code
        and entry.get("to_code") == to_code
        and entry.get("type", "translate") == "translate"
    ]
    if not candidates:
        raise PackageError(url, f"the index has no package for {from_code}->{to_code}")
    package = max(candidates, key=lambda p: _version_key(p.get("package_version", "0")))
    with tempfile.TemporaryDirectory(prefix="press-reader-download-") as tmp:
        target = Path(tmp) / f"translate-{from_code}_{to_code}.argosmodel"
        last_error: PackageError | None = None
        for link in _index_links(package):
            try:
                _download(link, target, progress)
                return install_file(target, folder, force)
            except PackageError as exc:
                last_error = exc
        raise last_error or PackageError(url, f"package {from_code}->{to_code} has no download link")


def _download(url: str, target: Path, progress: Callable[[int, int], None] | None) -> None:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=60) as response, target.open("wb") as out:  # noqa: S310
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            while chunk := response.read(1 << 16):
                out.write(chunk)
                done += len(chunk)
                if done > MAX_PACKAGE_BYTES:
                    raise PackageError(url, "download is larger than any model package; stopped")
                if progress:
                    progress(done, total)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise PackageError(None, f"cannot download {url} ({getattr(exc, 'reason', exc)})") from None


def _version_key(version: object) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in str(version).split("."))


def route(from_code: str, to_code: str, packages: list[InstalledPackage]) -> list[InstalledPackage]:
    """The packages to chain for a pair: direct if installed, else through English."""
    for code in (from_code, to_code):
        if code not in LANGUAGES:
            raise PackageError(None, f"unknown language '{code}' (known: {', '.join(LANGUAGES)})")
    if from_code == to_code:
        raise PackageError(None, f"source and target are both '{from_code}'")
    by_pair = chosen(packages)
    if (from_code, to_code) in by_pair:
        return [by_pair[(from_code, to_code)]]
    if PIVOT in (from_code, to_code):
        raise MissingModelError(from_code, to_code, [f"translate-{from_code}_{to_code}"])
    first, second = by_pair.get((from_code, PIVOT)), by_pair.get((PIVOT, to_code))
    if first and second:
        return [first, second]
    missing = [] if first else [f"translate-{from_code}_{PIVOT}"]
    missing += [] if second else [f"translate-{PIVOT}_{to_code}"]
    raise MissingModelError(from_code, to_code, missing)
