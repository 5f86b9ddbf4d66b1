"""Where things live (XDG through platformdirs), each overridable by a variable for tests.

| what          | variable                  | default                                 |
|---------------|---------------------------|-----------------------------------------|
| library       | PRESS_READER_LIBRARY      | ./releases, else <data>/releases        |
| data (reviews)| PRESS_READER_DATA_DIR     | platformdirs user_data_dir              |
| cache         | PRESS_READER_CACHE_DIR    | platformdirs user_cache_dir             |
| config        | PRESS_READER_CONFIG_DIR   | platformdirs user_config_dir            |
| Argos models  | ARGOS_PACKAGES_DIR        | $XDG_DATA_HOME/argos-translate/packages |
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import platformdirs

APP = "press-reader"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    return _env_path("PRESS_READER_DATA_DIR") or platformdirs.user_data_path(APP)


def cache_dir() -> Path:
    return _env_path("PRESS_READER_CACHE_DIR") or platformdirs.user_cache_path(APP)


def config_dir() -> Path:
    return _env_path("PRESS_READER_CONFIG_DIR") or platformdirs.user_config_path(APP)


def bundled_releases() -> Path:
    """The releases shipped with the code: inside the wheel, or the checkout's top-level folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "bundled_releases", here.parent / "releases"):
        if candidate.is_dir():
            return candidate
    return here / "bundled_releases"


def library_dir(flag: str | Path | None = None) -> Path:
    """--library, then PRESS_READER_LIBRARY, then ./releases, then the user's own (seeded once)."""
    if flag:
        return Path(flag).expanduser()
    env = _env_path("PRESS_READER_LIBRARY")
    if env:
        return env
    local = Path.cwd() / "releases"
    if local.is_dir():
        return local
    user = data_dir() / "releases"
    if not user.exists():
        bundled = bundled_releases()
        if bundled.is_dir():
            shutil.copytree(bundled, user, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            user.mkdir(parents=True, exist_ok=True)
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
    if configured:
        return Path(configured).expanduser()
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "argos-translate" / "packages"
