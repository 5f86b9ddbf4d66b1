"""The names-and-terms glossary: the bundled Belgian equivalents plus the user's own YAML files."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reader.core import yamlio
from reader.core.atomic import describe
from reader.core.errors import GlossaryError
from reader.core.text.fold import fold

BUNDLED = Path(__file__).with_name("glossary.yaml")


def _read(path: Path, required: bool) -> dict[str, dict[str, list[str]]]:
    try:
        data = yamlio.read(path) or {}
    except FileNotFoundError:
        if required:
            raise GlossaryError(path, "no such glossary file") from None
        return {}
    except OSError as exc:
        raise GlossaryError(path, f"cannot read the glossary ({describe(exc)})") from None
    except UnicodeDecodeError as exc:
        raise GlossaryError(path, f"glossary is not UTF-8 (byte {exc.start})") from None
    except yamlio.YamlProblem as exc:
        raise GlossaryError(path, f"malformed glossary: {exc}") from None
    if not isinstance(data, dict):
        raise GlossaryError(path, "the glossary must map a language code to terms")
    out: dict[str, dict[str, list[str]]] = {}
    for lang, terms in data.items():
        if not isinstance(terms, dict):
            raise GlossaryError(path, f"glossary entry '{str(lang)[:20]}' must map terms to lists of equivalents")
        entries: dict[str, list[str]] = {}
        for term, values in terms.items():
            values = values if isinstance(values, list) else [values]
            if any(isinstance(v, (dict, list)) for v in values):
                raise GlossaryError(path, f"'{str(term)[:40]}': equivalents must be words, not mappings")
            entries[str(term)] = [str(v) for v in values if v is not None]
        out[str(lang)] = entries
    return out


class Glossary:
    def __init__(self, entries: dict[str, dict[str, list[str]]]):
        self.entries = {
            lang: {fold(term): [fold(e) for e in eqs] for term, eqs in terms.items()} for lang, terms in entries.items()
        }

    @classmethod
    def load(cls, user: Path | None = None, extra: Path | None = None) -> Glossary:
        """The bundled glossary, then the user's (optional: it may not exist), then `extra` (must exist)."""
        merged = _read(BUNDLED, required=True)
        for path, required in ((user, False), (extra, True)):
            if path is None:
                continue
            for lang, terms in _read(path, required).items():
                for term, eqs in terms.items():
                    merged.setdefault(lang, {}).setdefault(term, [])
                    merged[lang][term] = list(dict.fromkeys(merged[lang][term] + eqs))
        return cls(merged)

    def equivalents(self, lang: str, term: str) -> list[str]:
        return self.entries.get(lang, {}).get(fold(term), [])

    def known(self, lang: str, term: str) -> bool:
        return fold(term) in self.entries.get(lang, {})

    def phrases(self, lang: str) -> list[tuple[str, list[str]]]:
        """Multi-word terms ('binnenlandse zaken': 'interieur'), longest first: an institution is
        named by its whole name, which may share no word with its translation."""
        terms = [(t, eqs) for t, eqs in self.entries.get(lang, {}).items() if " " in t]
        return sorted(terms, key=lambda item: len(item[0]), reverse=True)


def default_glossary(user: Path | None = None) -> Glossary:
    """The bundled glossary plus the user's, reloaded when the user's file changes."""
    stamp = 0
    if user is not None:
        try:
            stamp = user.stat().st_mtime_ns
        except OSError:
            stamp = 0
    return _load_cached(str(user) if user else "", stamp)


@lru_cache(maxsize=4)
def _load_cached(user: str, stamp: int) -> Glossary:
    return Glossary.load(Path(user) if user else None)
