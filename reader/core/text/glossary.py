"""The names-and-terms glossary: the bundled Belgian equivalents plus the user's own YAML files."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader.core import yamlio
from reader.core.atomic import describe
from reader.core.errors import GlossaryError
from reader.core.text.fold import fold

BUNDLED = Path(__file__).with_name("glossary.yaml")
TABLE = Path(__file__).with_name("bilingual.yaml")  # official names, each form tagged with its language


def _read(path: Path, required: bool, tags: dict[str, set[str]] | None = None) -> dict[str, dict[str, list[str]]]:
    """The file's entries, each term's equivalents as names. An equivalent may say its language,
    '{en: FPS Economy}' (trial K: an English name typed with 'glossary add NL FR' was kept as Dutch);
    `tags` then gets each tagged form's language, and its term's (its section's)."""
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
            values = [_tagged(path, term, str(lang), v, tags) if isinstance(v, dict) else v for v in values]
            if any(isinstance(v, (dict, list)) for v in values):
                raise GlossaryError(path, f"'{str(term)[:40]}': equivalents must be words, not mappings")
            odd = next((v for v in values if v is not None and not isinstance(v, str)), None)
            if odd is not None:  # 'Wetstraat: 5' read as a number, 'Nee: no' as false: never a name
                said = str(odd).lower() if isinstance(odd, bool) else str(odd)
                raise GlossaryError(
                    path, f"'{str(term)[:40]}': equivalent {said[:20]} is not a name (quote it if it is one)"
                )
            entries[str(term)] = [str(v) for v in values if v is not None]
        out[str(lang)] = entries
    return out


def _tagged(path: Path, term: object, lang: str, value: dict[Any, Any], tags: dict[str, set[str]] | None) -> Any:
    """'{en: FPS Economy}': one name and its language (a code of three letters at most)."""
    if len(value) != 1:
        raise GlossaryError(path, f"'{str(term)[:40]}': a tagged equivalent is one name, '{{en: Name}}'")
    ((code, name),) = value.items()
    if not isinstance(code, str) or not 2 <= len(code) <= 3 or not code.isalpha():
        raise GlossaryError(path, f"'{str(term)[:40]}': {str(code)[:20]} is not a language code")
    if isinstance(name, str) and tags is not None:
        tags.setdefault(fold(name), set()).add(code.lower())
        tags.setdefault(fold(str(term)), set()).add(lang)
    return name


class Glossary:
    def __init__(
        self,
        entries: dict[str, dict[str, list[str]]],
        written: dict[str, dict[str, list[str]]] | None = None,
        languages: dict[str, set[str]] | None = None,
        tagged: dict[str, set[str]] | None = None,
    ):
        self.raw = entries
        # The languages the user's file gives its forms ('{en: FPS Economy}'): a form tagged so is
        # never taken for a name of another language's text (`fits`).
        self.tagged = tagged or {}
        self.raw_written = written if written is not None else entries
        # The languages a form is known in (folded): CLDR, the tagged table, the bundled glossary's
        # keys. A flag's "expected:" lists the target language's forms, and forms of no known language.
        self.languages = languages or {}
        self.entries = {
            lang: {fold(term): [fold(e) for e in eqs] for term, eqs in terms.items()} for lang, terms in entries.items()
        }
        # Acronyms ('KMO', 'BTW'): Dutch writes them in lower case too ('kmo's', 'btw'); only those
        # a glossary file writes as Dutch terms ('un' is French for one, not the UN).
        self.acronyms = {
            lang: {fold(term) for term in terms if term.isupper() and 2 <= len(term) <= 6}
            for lang, terms in (written or entries).items()
            if lang == "nl"
        }
        # Terms that only the other side's entries name ('Lille' from 'Rijsel: [Lille]'): names, so
        # they count where the text writes them as one ('federal government' in lower case is none).
        self.spelled = {lang: {fold(t): t for t in terms} for lang, terms in entries.items()}
        # As written, for messages: 'secrétaire d'État', not the folded 'secretaire d'etat'.
        self.written: dict[str, dict[str, list[str]]] = {}
        for lang, terms in entries.items():
            for term, eqs in terms.items():
                unique = {fold(e): e for e in reversed(eqs)}
                self.written.setdefault(lang, {})[fold(term)] = [unique[k] for k in dict.fromkeys(map(fold, eqs))]

    def fits(self, form: str, lang: str) -> bool:
        """False for a form the user's glossary says is of another language than `lang`."""
        langs = self.tagged.get(fold(form))
        return not langs or lang in langs

    def spelling(self, lang: str, term: str) -> str:
        """The term as a glossary file writes it ('La Réunion'), for its capitals."""
        return self.spelled.get(lang, {}).get(fold(term), term)

    def shown(self, lang: str, term: str, target: str | None = None) -> tuple[str, ...]:
        """The equivalents of a term as the glossary writes them, without those that fold alike; with
        `target`, those of that language (or of none known). None of that language: the name is
        written the same there ('Parlement'), and another language's form is no expectation."""
        forms = tuple(self.written.get(lang, {}).get(fold(term), []))
        if target is None:
            return forms
        return tuple(f for f in forms if target in self.languages.get(fold(f), {target}))

    @classmethod
    def load(cls, user: Path | None = None, extra: Path | None = None) -> Glossary:
        """Country and city names from CLDR, then the bundled glossary, then the user's (optional:
        it may not exist), then `extra` (must exist); each adds equivalents to the ones before."""
        records = _cldr_records() + _table()
        merged = _entries(records)
        for dutch, forms in _languages().items():
            merged["nl"].setdefault(dutch, list(forms))
        languages: dict[str, set[str]] = {}
        listed: list[tuple[str, str]] = []  # (an equivalent, the section whose term it renders)
        tagged: dict[str, set[str]] = {}  # the user's forms that say their language
        for record in records:
            for lang, forms in record.items():
                for form in forms:
                    languages.setdefault(fold(form), set()).add(lang)
        for path, required in ((BUNDLED, True), (user, False), (extra, True)):
            if path is None:
                continue
            tags: dict[str, set[str]] = {}
            for lang, terms in _read(path, required, tags).items():
                for term, eqs in terms.items():
                    # the user's names taught the same hold whichever language they were typed under:
                    # 'glossary add' takes NL FR, and a French service typed its French name first,
                    # which then worked from no side (a trial); a name is written in both alike. A
                    # term whose equivalents say their language is of its section's only.
                    said = path == BUNDLED or fold(term) in tags
                    for section in (lang,) if said else dict.fromkeys([lang, *_LANGS]):
                        merged.setdefault(section, {}).setdefault(term, [])
                        merged[section][term] = list(dict.fromkeys(merged[section][term] + eqs))
                    if path == BUNDLED:  # a term of its section's language (maybe of others too)
                        languages.setdefault(fold(term), set()).add(lang)
                        listed.extend((eq, lang) for eq in eqs if fold(eq) != fold(term))
            for form, langs in tags.items():
                tagged.setdefault(form, set()).update(langs)
                languages[form] = set(tagged[form])  # the user's word on a form's language is the last
        _not_of_section(languages, listed)
        return cls(symmetric(merged), merged, languages, tagged)

    def extended(self, extra: dict[str, dict[str, list[str]]]) -> Glossary:
        """This glossary with more equivalents (term pairs learned from the archive), a new object."""

        def plus(base: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
            merged = {lang: {t: list(e) for t, e in terms.items()} for lang, terms in base.items()}
            for lang, terms in extra.items():
                for term, eqs in terms.items():
                    have = merged.setdefault(lang, {}).setdefault(term, [])
                    have.extend(e for e in eqs if e not in have)
            return merged

        return Glossary(plus(self.raw), plus(self.raw_written), self.languages, self.tagged)

    def equivalents(self, lang: str, term: str) -> list[str]:
        return self.entries.get(lang, {}).get(fold(term), [])

    def known(self, lang: str, term: str) -> bool:
        return fold(term) in self.entries.get(lang, {})

    def phrases(self, lang: str) -> list[tuple[str, list[str]]]:
        """Multi-word terms ('binnenlandse zaken': 'interieur'), longest first: an institution is
        named by its whole name, which may share no word with its translation."""
        terms = [(t, eqs) for t, eqs in self.entries.get(lang, {}).items() if " " in t]
        return sorted(terms, key=lambda item: len(item[0]), reverse=True)


_LANGS = ("nl", "fr", "en")


def _not_of_section(languages: dict[str, set[str]], listed: list[tuple[str, str]]) -> None:
    """An equivalent the bundled glossary lists under a term of one section is a rendering of it, in
    another language ('Welzijn: [Bien-être, Action sociale, Welfare]'): a form of no section of its own
    is then of the other languages, never offered as the section's (trial A: 'Action sociale' in a
    French original expected 'Welzijn, Welfare' in Dutch, an English word given as a Dutch form)."""
    unknown: dict[str, set[str]] = {}
    for written, section in listed:
        form = fold(written)
        # (an acronym or a symbol, 'NCCN', 'VGC', '€', is often written alike in every language)
        if form not in languages and re.search(r"[^\W\d_]{2}", written) and written != written.upper():
            unknown[form] = unknown.get(form, set(_LANGS)) - {section}
    languages.update({form: langs for form, langs in unknown.items() if langs})


def symmetric(entries: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    """Every entry works from either side: 'nl: Rijsel: [Lille]' also makes 'Lille' a term of the
    other languages with 'Rijsel' among its equivalents. An equivalent does not say its language,
    so it becomes a term of each other language ('Lille' in French and in English)."""
    out = {lang: {term: list(eqs) for term, eqs in terms.items()} for lang, terms in entries.items()}
    spelled = {lang: {fold(term): term for term in terms} for lang, terms in out.items()}
    for lang, terms in entries.items():
        for term, eqs in terms.items():
            for eq in eqs:
                if not eq[:1].isupper() or fold(eq) == fold(term):
                    continue  # a lower-case equivalent is a stem or a form ('europ', 'vandaag'), not a name
                if len(eq.split()) * 2 <= len(term.split()) and not eq.isupper():
                    # 'Région wallonne: [Waals]': a word of the name, not the name; a rendering of a
                    # name says it in about as many words ('Chancellerie du Premier Ministre' of
                    # the five-word Dutch name was dropped, and a French-original trial's flag said so)
                    continue
                for other in dict.fromkeys([*_LANGS, *entries]):
                    if other == lang:
                        continue
                    known = spelled.setdefault(other, {}).setdefault(fold(eq), eq)
                    out.setdefault(other, {})
                    others = [e for e in eqs if fold(e) != fold(eq)]
                    out[other][known] = list(dict.fromkeys([*out[other].get(known, []), term, *others]))
    return out


Record = dict[str, list[str]]  # one body or place: its forms in each language


def _cldr_records() -> list[Record]:
    """Countries, regions of the world ('Centraal-Afrika': 'Afrique centrale') and the cities of the
    time-zone database in nl, fr and en, from CLDR (babel): 'Roemenië' is 'Roumanie', 'Praag' is
    'Prague'. Facts from a public list, not hand-made; the world itself ('wereld') is no name."""
    from babel import Locale
    from babel.core import get_global

    locales = {lang: Locale(lang) for lang in _LANGS}
    names: list[dict[str, str]] = []
    for code in locales["en"].territories:
        if isinstance(code, str) and code not in ("001", "QO"):
            names.append({lang: locales[lang].territories.get(code, "") for lang in _LANGS})
    for zone in get_global("zone_territories"):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        default = zone.rsplit("/", 1)[1].replace("_", " ")
        cities = {lang: (locales[lang]._data["time_zones"].get(zone, {}) or {}).get("city") for lang in _LANGS}
        names.append({lang: cities[lang] or default for lang in _LANGS})
    return [{lang: [name] for lang, name in entry.items() if _usable(name)} for entry in names]


def _languages() -> dict[str, list[str]]:
    """The names of languages, Dutch to French ('Duits' is 'allemand'), from CLDR: a language named on
    the Dutch side ('in het Nederlands, het Frans en het Duits') and lost on the other is a list member
    dropped. Dutch terms only: Dutch capitalises a language, French writes it in lower case, and a
    capital there ('les Grecs') is a people. One word only ('Zwitsers Duits' is not read)."""
    from babel import Locale

    dutch_names, french_names = Locale("nl").languages, Locale("fr").languages
    out: dict[str, list[str]] = {}
    for code, dutch in dutch_names.items():
        french = french_names.get(code, "")
        one_word = " " not in dutch and bool(french) and " " not in french
        if "_" not in code and one_word and 3 < len(dutch) <= 20 and dutch[:1].isupper():
            out[dutch] = [french]
    return out


def _usable(name: str) -> bool:
    """A name as a text writes one: capitalised ('eurozone' and 'zone euro' are words), of a useful length."""
    return 3 < len(name) <= 30 and name[:1].isupper() and not set(name) & set("()&")


@lru_cache(maxsize=1)
def service_names() -> tuple[str, ...]:
    """The federal public services' official names ('SPF Sécurité sociale', 'FOD Mobiliteit en
    Vervoer'), longest first: a name read off a page is taken whole, its lowercase words too."""
    forms = {f for record in _table() for many in record.values() for f in many}
    return tuple(sorted((f for f in forms if re.match(r"(?:FOD|SPF|FPS|POD|SPP) ", f)), key=len, reverse=True))


def official_service(rest: str, found: str) -> str:
    """The service's official name where `rest` starts with it: 'SPF Sécurité sociale', not the 'SPF
    Sécurité' of the capitalised words `found` alone (a new user's page); else `found`."""
    for name in service_names():
        after = rest[len(name) : len(name) + 1]
        if rest[: len(name)].lower() == name.lower() and not after.isalnum():
            return rest[: len(name)]
    return found


@lru_cache(maxsize=1)
def body_names() -> dict[str, str]:
    """The forms of the table of official names that name a body on their own, folded, each as the
    table writes it: an import reads one alone over a page as its issuer. A record of one word in each
    language, each another, is a common noun translated ('Gewest' / 'Région' / 'Region'), no body;
    a body's name is written alike in every language ('Sciensano'), or has a longer form beside it
    ('Rekenhof' / 'Cour des comptes'), or is an acronym of three capitals or more ('AFSCA')."""
    out: dict[str, str] = {}
    for record in _table():
        forms = [form for many in record.values() for form in many]
        noun = all(len(f.split()) == 1 for f in forms) and len({fold(f) for f in forms}) > 1
        for form in forms:
            if not noun or re.fullmatch(r"[A-ZÀ-Þ]{3,8}", form):
                out.setdefault(fold(form), form)
    return out


def _table() -> list[Record]:
    """The tagged table of official names (bilingual.yaml): a list of {lang: [forms]}."""
    data = yamlio.read(TABLE) or []
    return [{str(lang): [str(f) for f in forms] for lang, forms in record.items()} for record in data]


def _entries(records: list[Record]) -> dict[str, dict[str, list[str]]]:
    """Each form a term of its language, with every form of the other languages as equivalents."""
    out: dict[str, dict[str, list[str]]] = {lang: {} for lang in _LANGS}
    for record in records:
        for lang, forms in record.items():
            others = [form for other, more in record.items() if other != lang for form in more]
            for form in forms:
                have = out.setdefault(lang, {}).setdefault(form, [])
                have.extend(o for o in others if o not in have)
    return out


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


def checking_glossary(
    user: Path | None, extra: Path | None = None, warn: Callable[[str], None] | None = None
) -> Glossary:
    """The glossary the checks read; the user's own file broken by hand is said (`warn`) and left
    out, never a stop: a personal aid had blocked marking, exporting and checking every release, and
    the TUI's review waited on it for ever (a trial). `extra`, named on the command line, must read."""
    try:
        return default_glossary(user) if extra is None else Glossary.load(user, extra)
    except GlossaryError as exc:
        if warn is None or user is None or str(exc.path) != str(user):
            raise
        warn(f"{exc}; checked without your glossary until the file is mended")
        return default_glossary() if extra is None else Glossary.load(None, extra)
