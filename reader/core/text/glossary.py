"""The names-and-terms glossary: the bundled Belgian equivalents plus the user's own YAML file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from reader import paths
from reader.core.model import LibraryError
from reader.core.text.fold import fold

BUNDLED = Path(__file__).with_name("glossary.yaml")


def user_glossary_path() -> Path:
    return paths.config_dir() / "glossary.yaml"


def _read(path: Path) -> dict[str, dict[str, list[str]]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        return {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise LibraryError(f"{path}: malformed glossary ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise LibraryError(f"{path}: the glossary must map a language code to terms")
    out: dict[str, dict[str, list[str]]] = {}
    for lang, terms in data.items():
        if not isinstance(terms, dict):
            raise LibraryError(f"{path}: glossary entry '{lang}' must map terms to lists of equivalents")
        out[str(lang)] = {str(k): [str(v) for v in (vals if isinstance(vals, list) else [vals])]
                          for k, vals in terms.items()}
    return out


class Glossary:
    def __init__(self, entries: dict[str, dict[str, list[str]]]):
        self.entries = {lang: {fold(term): [fold(e) for e in eqs] for term, eqs in terms.items()}
                        for lang, terms in entries.items()}

    @classmethod
    def load(cls, extra: Path | None = None) -> Glossary:
        merged = _read(BUNDLED)
        for path in (user_glossary_path(), extra):
            if path is None:
                continue
            for lang, terms in _read(path).items():
                for term, eqs in terms.items():
                    merged.setdefault(lang, {}).setdefault(term, [])
                    merged[lang][term] = list(dict.fromkeys(merged[lang][term] + eqs))
        return cls(merged)

    def equivalents(self, lang: str, term: str) -> list[str]:
        return self.entries.get(lang, {}).get(fold(term), [])

    def known(self, lang: str, term: str) -> bool:
        return fold(term) in self.entries.get(lang, {})


def default_glossary() -> Glossary:
    """The bundled glossary plus the user's, reloaded when the user's file changes."""
    path = user_glossary_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0
    return _load_cached(str(path), stamp)


@lru_cache(maxsize=4)
def _load_cached(path: str, stamp: int) -> Glossary:
    return Glossary.load()
