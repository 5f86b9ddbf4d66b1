"""Where things live (XDG through platformdirs), each overridable by a variable for tests.

This is the one module that reads the environment; it builds a ``Settings`` for the core.

| what          | variable                  | default                                 |
|---------------|---------------------------|-----------------------------------------|
| library       | PRESS_READER_LIBRARY      | ./releases (if it holds releases), else <data>/releases |
| data (reviews)| PRESS_READER_DATA_DIR     | platformdirs user_data_dir              |
| cache         | PRESS_READER_CACHE_DIR    | platformdirs user_cache_dir             |
| config        | PRESS_READER_CONFIG_DIR   | platformdirs user_config_dir            |
| Argos models  | ARGOS_PACKAGES_DIR        | $XDG_DATA_HOME/argos-translate/packages |
| package index | ARGOS_PACKAGE_INDEX       | the argospm index                       |
| threads       | PRESS_READER_THREADS      | all cores                               |
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import platformdirs

from reader.core.errors import UsageError
from reader.core.settings import DEFAULT_PACKAGE_INDEX, Settings

APP = "press-reader"
METADATA = "release.yaml"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    return _env_path("PRESS_READER_DATA_DIR") or platformdirs.user_data_path(APP)


def cache_dir() -> Path:
    return _env_path("PRESS_READER_CACHE_DIR") or platformdirs.user_cache_path(APP)


def config_dir() -> Path:
    return _env_path("PRESS_READER_CONFIG_DIR") or platformdirs.user_config_path(APP)


def threads_from_env() -> int | None:
    value = os.environ.get("PRESS_READER_THREADS", "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1 or int(value) > 1024:
        raise UsageError("PRESS_READER_THREADS", f"must be a whole number from 1 to 1024, got {value!r}")
    return int(value)


def package_index() -> str:
    base = os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_PACKAGE_INDEX
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def engine_urls(flags: list[str] | None = None) -> tuple[str, ...]:
    """--engine-url (repeatable), else PRESS_READER_ENGINE_URLS (separated by commas or spaces)."""
    if flags:
        return tuple(flags)
    value = os.environ.get("PRESS_READER_ENGINE_URLS", "")
    return tuple(url for url in value.replace(",", " ").split() if url)


def settings(threads: int | None = None, urls: list[str] | None = None, api_key: str | None = None) -> Settings:
    """The settings of this run: flags first, then the environment, then platformdirs."""
    return Settings(
        data=data_dir(),
        cache=cache_dir(),
        config=config_dir(),
        packages=argos_packages_dir(),
        package_index=package_index(),
        threads=threads or threads_from_env(),
        user=os.environ.get("PRESS_READER_TRANSLATOR") or None,
        engine_urls=engine_urls(urls),
        api_key=api_key or os.environ.get("PRESS_READER_API_KEY") or None,
        review_mt=os.environ.get("PRESS_READER_REVIEW_MT", "").strip().lower() in ("1", "yes", "true", "on"),
    )


def bundled_releases() -> Path:
    """The releases shipped with the code: inside the wheel, or the checkout's top-level folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "bundled_releases", here.parent / "releases"):
        if candidate.is_dir():
            return candidate
    return here / "bundled_releases"


def holds_releases(folder: Path) -> bool:
    """A folder is a library when at least one of its sub-folders has a release.yaml."""
    try:
        return any((child / METADATA).is_file() for child in folder.iterdir() if child.is_dir())
    except OSError:
        return False


def library_dir(flag: str | Path | None = None) -> Path:
    """--library, then PRESS_READER_LIBRARY, then ./releases (when it holds releases), then the user's own."""
    if flag:
        return Path(flag).expanduser()
    env = _env_path("PRESS_READER_LIBRARY")
    if env:
        return env
    local = Path.cwd() / "releases"
    if local.is_dir() and holds_releases(local):
        return local
    user = data_dir() / "releases"
    if not user.exists():
        bundled = bundled_releases()
        try:
            if bundled.is_dir():
                shutil.copytree(bundled, user, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.py"))
            else:
                user.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # a read-only data folder: Library.load names the missing folder
    return user


def argos_packages_dir() -> Path:
    """Where Argos Translate keeps models, so that argospm's and LibreTranslate's are found as they are."""
    env = _env_path("ARGOS_PACKAGES_DIR")
    if env:
        return env
    home = Path.home()
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "argos-translate" / "settings.json"
    try:
        configured = json.loads(config.read_text(encoding="utf-8")).get("ARGOS_PACKAGES_DIR")
    except (OSError, ValueError, AttributeError):
        configured = None
    if isinstance(configured, str) and configured:
        return Path(configured).expanduser()
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "argos-translate" / "packages"
