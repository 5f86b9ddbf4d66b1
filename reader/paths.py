"""Where things live (XDG through platformdirs), each overridable by a variable for tests.

This is the one module that reads the environment; it builds a ``Settings`` for the core.

| what          | variable                  | default                                 |
|---------------|---------------------------|-----------------------------------------|
| library       | PRESS_READER_LIBRARY      | ./releases (if it holds the marker), else <data>/releases |
| data (reviews)| PRESS_READER_DATA_DIR     | platformdirs user_data_dir              |
| cache         | PRESS_READER_CACHE_DIR    | platformdirs user_cache_dir             |
| config        | PRESS_READER_CONFIG_DIR   | platformdirs user_config_dir            |
| Argos models  | ARGOS_PACKAGES_DIR        | $XDG_DATA_HOME/argos-translate/packages |
| package index | ARGOS_PACKAGE_INDEX       | the argospm index                       |
| threads       | PRESS_READER_THREADS      | all cores                               |
| memory bound  | PRESS_READER_MAX_MEMORY   | half of MemAvailable, 512 MiB to 4 GiB  |
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import platformdirs

from reader.core.errors import UsageError
from reader.core.model import LANGUAGES
from reader.core.settings import DEFAULT_PACKAGE_INDEX, Settings

APP = "press-reader"
METADATA = "release.yaml"
# Written in every library the app creates. A folder called `releases` in the working directory becomes the
# library only when it holds this file, so running the app inside the source checkout never writes into the
# checkout's bundled releases (which seed a new user library instead).
MARKER = ".press-reader-library"
MARKER_TEXT = "This folder is a press-reader library: release folders, each a release.yaml and <lang>.md.\n"


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


def max_memory_from_env() -> int | None:
    """PRESS_READER_MAX_MEMORY ('600M', '2G'), else None: the engine takes a share of free memory."""
    from reader.core.engine.memory import parse_size

    value = os.environ.get("PRESS_READER_MAX_MEMORY", "").strip()
    if not value:
        return None
    try:
        return parse_size(value)
    except ValueError as exc:
        raise UsageError("PRESS_READER_MAX_MEMORY", str(exc)) from None


_YES = ("1", "yes", "true", "on")
ENGINE_TIMEOUT = 120.0  # seconds a server may take over one batch before it is dropped for the run


def engine_timeout(flag: float | None = None) -> float:
    """--engine-timeout, else PRESS_READER_ENGINE_TIMEOUT, else ENGINE_TIMEOUT: a team's busy server
    may need longer, a script that would rather fail fast less (a new user's trial waited 2 minutes)."""
    if flag is not None:
        return flag
    value = os.environ.get("PRESS_READER_ENGINE_TIMEOUT", "").strip()
    if not value:
        return ENGINE_TIMEOUT
    try:
        return seconds(value)
    except ValueError as exc:
        raise UsageError("PRESS_READER_ENGINE_TIMEOUT", str(exc)) from None


def seconds(value: str) -> float:
    """'30', '2.5': seconds from 1 to 3600."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 1 <= number <= 3600:
        raise ValueError(f"must be a number of seconds from 1 to 3600, got {value!r}")
    return number


def package_index() -> str:
    base = os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_PACKAGE_INDEX
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def engine_urls(flags: list[str] | None = None) -> tuple[str, ...]:
    """--engine-url (repeatable), else PRESS_READER_ENGINE_URLS (separated by commas or spaces)."""
    if flags:
        return tuple(flags)
    value = os.environ.get("PRESS_READER_ENGINE_URLS", "")
    urls = tuple(url for url in value.replace(",", " ").split() if url)
    if urls:
        _checked_from_environment(urls)
    return urls


def _checked_from_environment(urls: tuple[str, ...]) -> None:
    from reader.core.engine.lt_wire import check_url
    from reader.core.errors import UsageError

    for url in urls:  # a bad one named where it was set (it was blamed on --engine-url: a trial)
        try:
            check_url(url)
        except UsageError as exc:
            raise UsageError("PRESS_READER_ENGINE_URLS", exc.reason) from None


def settings(
    threads: int | None = None,
    urls: list[str] | None = None,
    api_key: str | None = None,
    max_memory: int | None = None,
    timeout: float | None = None,
    engine_only: bool = False,
    tui: bool = True,
) -> Settings:
    """The settings of this run: flags first, then the environment, then platformdirs. `tui`: the
    terminal app runs, which alone reads PRESS_READER_LANG (a value it lacks refused every command
    of the shell too: a new user's trial)."""
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
        engine_timeout=engine_timeout(timeout),
        # a nightly archive run whose server was mistyped was made whole by the local models, exit 0
        # (an archive team's trial): a team that wants the server's work says so
        engine_only=engine_only or os.environ.get("PRESS_READER_ENGINE_ONLY", "").strip().lower() in _YES,
        max_memory=max_memory or max_memory_from_env(),
        review_mt=os.environ.get("PRESS_READER_REVIEW_MT", "").strip().lower() in _YES,
        region=os.environ.get("PRESS_READER_REGION", "").strip() or None,
        read_in=read_in_from_env() if tui else None,
    )


def read_in_from_env() -> str | None:
    """PRESS_READER_LANG: a French reader's releases open in French wherever there is a French
    version (a reader pressed f on every release, a new user's trial). Written as LANG is ('fr_BE',
    'nl-BE.UTF-8'), its language is read; a language the tool does not have is said, as every other
    variable's bad value is: 'de' opened the original silently (a sysadmin's trial)."""
    value = os.environ.get("PRESS_READER_LANG", "").strip()
    if not value:
        return None
    code = re.split(r"[-_.@]", value.lower(), maxsplit=1)[0]
    if code not in LANGUAGES:
        raise UsageError("PRESS_READER_LANG", f"{value[:20]!r} is none of {', '.join(LANGUAGES)}")
    return code


def bundled_releases() -> Path:
    """The releases shipped with the code: inside the wheel, or the checkout's top-level folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "bundled_releases", here.parent / "releases"):
        if candidate.is_dir():
            return candidate
    return here / "bundled_releases"


def is_marked_library(folder: Path) -> bool:
    """A folder the app made a library (it holds the marker), as opposed to any folder called releases."""
    try:
        return (folder / MARKER).is_file()
    except OSError:
        return False


def holds_a_release(folder: Path) -> bool:
    try:
        return any((child / METADATA).is_file() for child in folder.iterdir() if child.is_dir())
    except OSError:
        return False


def mark_library(folder: Path) -> None:
    """Leave the marker in a library the app creates; best effort (a read-only folder stays usable)."""
    try:
        (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    except OSError:
        pass


def named_by(flag: str | Path | None = None) -> str:
    """What named the library folder, for an error about it: the flag, the variable, or nothing."""
    return "--library" if flag else "PRESS_READER_LIBRARY" if _env_path("PRESS_READER_LIBRARY") else ""


def opened_by_default(root: Path) -> bool:
    """Whether a bare `press-reader` (no --library) opens `root`, as `library_dir` would choose it,
    nothing made: a command suggested for another library must name it to run as pasted."""
    env = _env_path("PRESS_READER_LIBRARY")
    local = Path.cwd() / "releases"
    default = env or (local if local.is_dir() and is_marked_library(local) else data_dir() / "releases")
    try:
        return default.resolve() == Path(root).resolve()
    except (OSError, RuntimeError):
        return False


def library_dir(flag: str | Path | None = None) -> Path:
    """--library, then PRESS_READER_LIBRARY, then ./releases (only when marked), then the user's own.

    The user's own library is made on first use from the bundled releases and marked.
    """
    if flag:
        return Path(flag).expanduser()
    env = _env_path("PRESS_READER_LIBRARY")
    if env:
        return env
    local = Path.cwd() / "releases"
    if local.is_dir() and is_marked_library(local):
        return local
    user = data_dir() / "releases"
    if not user.exists():
        bundled = bundled_releases()
        try:
            if bundled.is_dir():
                shutil.copytree(bundled, user, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.py", MARKER))
            else:
                user.mkdir(parents=True, exist_ok=True)
            mark_library(user)
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
