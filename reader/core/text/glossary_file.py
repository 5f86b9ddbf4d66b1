"""The user's own glossary file: what a reviewer taught the checks ("these two are the same").

`glossary add NL FR` and the review's "same name" dismissal write here; every later check reads it
through `Glossary.load` (both ways: the glossary is symmetric). The file keeps the bundled shape
(`nl: {term: [equivalents]}`), so a user may also edit it by hand; comments survive an addition.
An equivalent written now says its language, `fr: {SPF Économie: [{en: FPS Economy}]}` (trial K:
an English name was kept as Dutch, and a Dutch text writing it passed); a plain one (older files,
a hand's) is read as before, of any language.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core import atomic, yamlio
from reader.core.errors import GlossaryContradicts, GlossaryError
from reader.core.text.clean import clean_line
from reader.core.text.fold import fold
from reader.core.text.glossary import _read

MAX_TERM = 120


@dataclass(frozen=True)
class Entry:
    lang: str
    term: str
    equivalents: tuple[str, ...]
    languages: tuple[str, ...] = ()  # each equivalent's, '' where the file does not say

    def to_json(self) -> dict[str, Any]:
        tagged = dict(zip(self.equivalents, self.languages, strict=False))
        return {
            "lang": self.lang,
            "term": self.term,
            "equivalents": list(self.equivalents),
            "languages": [tagged.get(e) or None for e in self.equivalents],
        }


def _name(value: object) -> str:
    """An equivalent's name, whether it says its language ('{en: FPS Economy}') or not."""
    if isinstance(value, dict) and len(value) == 1:
        return str(next(iter(value.values())))
    return str(value)


def _term(path: Path, text: str) -> str:
    term = " ".join(clean_line(text).split())
    if not term or len(term) > MAX_TERM:
        raise GlossaryError(path, f"a glossary term must be 1 to {MAX_TERM} characters on one line")
    return term


def written_at(path: Path) -> Path:
    """The file a write of the user's glossary goes to: a symbolic link's target. The glossary linked
    from the user's dotfiles was replaced by a plain file, and the linked one never got the entry (a
    hostile-input trial); an atomic write replaces a name whole, so it is made at the target, the
    link kept. A link to nothing is said, never made a file. (The user's own config file: files in
    the library keep refusing links.)"""
    if not path.is_symlink():
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        reason = atomic.describe(exc)  # a link to nothing, or a loop of links
        raise GlossaryError(
            path, f"a symbolic link to {target}, which cannot be reached ({reason}); nothing written"
        ) from None


def entries(path: Path) -> list[Entry]:
    """The user's entries as the file writes them (nothing when there is no file yet)."""
    tags: dict[str, set[str]] = {}
    read = _read(path, False, tags)
    return [
        Entry(lang, term, tuple(eqs), tuple(",".join(sorted(tags.get(fold(e), ()))) for e in eqs))
        for lang, terms in read.items()
        for term, eqs in terms.items()
    ]


def remove(path: Path, nl: str, fr: str) -> bool:
    """Undo `add` (a "same name" dismissal taught wrong): the pair goes, whichever side the file
    keys it on and in whichever order the two names are given. False when the file does not say
    so. Under the folder's lock, as `add`."""
    nl, fr = _term(path, nl), _term(path, fr)
    path = written_at(path)
    if not path.exists():
        return False
    with atomic.locked(path.parent):
        _read(path, required=False)  # a malformed file is reported, never overwritten
        try:
            document = yamlio.round_trip_load(path.read_text(encoding="utf-8") or "{}")
        except OSError as exc:
            raise GlossaryError(path, f"cannot read the glossary ({atomic.describe(exc)})") from None
        removed = False
        # the two names in either order: `add` says the entry works both ways, so its undo does too;
        # under any language (an English term is kept under 'en')
        langs = [str(k) for k in document] if isinstance(document, dict) else []
        orders = [(lang, a, b) for lang in dict.fromkeys(["nl", "fr", *langs]) for a, b in ((nl, fr), (fr, nl))]
        for lang, term, equivalent in orders:
            section = document.get(lang) if isinstance(document, dict) else None
            key = next((k for k in section if fold(str(k)) == fold(term)), None) if isinstance(section, dict) else None
            if section is None or key is None:
                continue
            current = section[key] if isinstance(section[key], list) else [section[key]]
            kept = [v for v in current if fold(_name(v)) != fold(equivalent)]
            if len(kept) == len(current):
                continue
            removed = True
            if kept:
                section[key] = kept
            else:
                del section[key]
        if removed:
            dumped = yamlio.round_trip_dump(document) if hasattr(document, "ca") else yamlio.dump(document)
            atomic.write_text(path, dumped)
    return removed


def contradiction(term: str, equivalent: str, lang: str, other: str) -> str | None:
    """Why the app's own names (CLDR, the bundled glossary, the official names: not the user's file)
    say `term` (in `lang`) and `equivalent` (in `other`) are not the same, or None. Trial N taught
    'Bergen = Namur' from a flag saying 'expected: Mons' with no warning, and every later check of
    every release let the wrong city pass. A form matches as the check reads one: at a word's start."""
    from reader.core.text.glossary import default_glossary

    facts = default_glossary(None)
    for one, two, one_lang, two_lang in ((term, equivalent, lang, other), (equivalent, term, other, lang)):
        known = facts.shown(one_lang, one, two_lang)
        if known and not any(re.search(rf"(?<!\w){re.escape(fold(k))}", fold(two)) for k in known):
            return f"{one} is {' / '.join(known)} in {two_lang.upper()} by the app's own names, not {two}"
    return None


def add(
    path: Path, term: str, equivalent: str, lang: str = "nl", other: str | None = None, force: bool = False
) -> bool:
    """Record that `term` (in `lang`) and `equivalent` (in `other`, written with it when given) name
    the same thing. False when the file already says so (a plain equivalent given its language now is
    news). Read again under the folder's lock, so two writers at once both keep theirs. A pair the
    app's names contradict raises GlossaryContradicts unless `force` (trial N)."""
    term, equivalent = _term(path, term), _term(path, equivalent)
    second = other or ("fr" if lang != "fr" else "nl")
    # with no language said, the entry works both ways (NL FR typed the other way round): so read
    said = contradiction(term, equivalent, lang, second) or (
        None if other else contradiction(equivalent, term, lang, second)
    )
    if said is not None and not force:
        raise GlossaryContradicts(path, f"not written: {said}; confirm to write it anyway (--force)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GlossaryError(path.parent, f"cannot create ({atomic.describe(exc)})") from None
    path = written_at(path)
    with atomic.locked(path.parent):
        plain = _read(path, required=False)  # a malformed file is reported, never overwritten
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        except OSError as exc:
            raise GlossaryError(path, f"cannot read the glossary ({atomic.describe(exc)})") from None
        # Comments and order kept when the file round-trips; else written afresh from what it says.
        document = yamlio.round_trip_load(text or "{}")
        if not isinstance(document, dict):
            document = {lang_: dict(terms) for lang_, terms in plain.items()}
        section = document.get(lang)
        if not isinstance(section, dict):
            document[lang] = section = yamlio.round_trip_load("{}")
        key = next((k for k in section if fold(str(k)) == fold(term)), term)
        current = section.get(key) or []
        current = list(current) if isinstance(current, list) else [current]
        same = [v for v in current if fold(_name(v)) == fold(equivalent)]
        if same and (other is None or any(isinstance(v, dict) for v in same)):
            return False
        item: str | dict[str, str] = {other: equivalent} if other else equivalent
        section[key] = [*(v for v in current if v not in same), item]
        dumped = yamlio.round_trip_dump(document) if hasattr(document, "ca") else yamlio.dump(document)
        atomic.write_text(path, dumped)
    return True
