"""One side of a segment, read once: the value every check compares.

Like spaCy's `Doc`, a text is folded, tokenised, scanned for quantities, names and a run-in list
once, on first use, and each check reads the result instead of reading the string again. A block
(a paragraph) is analysed once too, and every sentence pair inside it reads the same analysis of
its block; `Analyses` hands out one analysis per text and language for a whole check run, so a
text met twice (a one-sentence paragraph is its own block, a title its own lead) is read once.
"""

from __future__ import annotations

import re
from functools import cached_property

from reader.core.text import numbers
from reader.core.text.fold import fold
from reader.core.text.langid import identify
from reader.core.text.word_facts import calendar_words

_TOKEN = re.compile(r"[\w'’-]+")
# A capitalised word, also after a French elided article or conjunction ('d'Ostende', 'l'ONSS',
# 'jusqu'à Anvers'): French writes the name glued to it, a plain fact of its orthography; such a
# name was no name, and a swapped town or agency passed (a translator's trial).
# ("'s-Gravenbrakel", "'s-Hertogenbosch": a Dutch place name may open on the old genitive article)
_NAME = re.compile(r"(?:(?<![\w'’-])|(?<=(?<!\w)[dlDL]['’])|(?<=qu['’]))((?:['’]s-)?[A-ZÀ-ÖØ-Þ][\w'’-]*[\w])")
_SENTENCE_START = re.compile(r"(^|[.!?:;]\s+|[“«\"(‘]\s*)$")
_LAST_CONJ = {
    "nl": r"\s+(?:en|of|alsook|evenals|alsmede)\s+",
    "fr": r"\s+(?:et|ou|ainsi que)\s+",
    "en": r"\s+(?:and|or|as well as)\s+",
}
_CLAUSE = re.compile(  # an item that opens a clause: the colon introduced sentences, not a list
    r"^(?:omdat|dat|die|wat|als|want|maar|we|wij|ik|hij|zij|ze|er|parce|que|qu['’]|qui|nous|je|il|elle|ils|elles|"
    r"on|mais|car|because|that|which|we|i|he|she|they|it|but)\b",
    re.IGNORECASE,
)

NameRun = list[tuple[str, bool]]


class SegmentAnalysis:
    """The text of one side in one language, with what the checks read of it."""

    def __init__(self, text: str, lang: str, analyses: Analyses | None = None):
        self.text, self.lang = text, lang
        self._analyses = analyses  # where the lead of a list finds its own analysis

    @cached_property
    def folded(self) -> str:
        """Case- and accent-free, one character per character of the text (offsets agree)."""
        return fold(self.text)

    @cached_property
    def folded_stripped(self) -> str:
        """The text without surrounding space, folded: what a copy of the source is compared by."""
        stripped = self.text.strip()
        return self.folded if stripped == self.text else fold(stripped)

    @cached_property
    def quantities(self) -> list[numbers.Quantity]:
        """Numbers, amounts, dates, times, ordinals and ratios, in reading order."""
        return numbers.extract(self.text, self.lang)

    @cached_property
    def words(self) -> set[str]:
        """The folded words, and hyphenated ones without their hyphens ('Home-grown' is 'homegrown')."""
        found = set(re.findall(r"\w+", self.folded))
        return found | {w.replace("-", "") for w in re.findall(r"[\w-]+", self.folded)}

    @cached_property
    def tokens(self) -> list[str]:
        """The words as written, apostrophes and hyphens inside them ('l'Intérieur', 'Home-grown')."""
        return _TOKEN.findall(self.text)

    @cached_property
    def folded_tokens(self) -> list[str]:
        """`tokens`, each folded: what a name is compared with, word by word."""
        return [fold(token) for token in self.tokens]

    def release_mentions(self, forms: list[str]) -> int:
        """How often the whole version names one of these (folded) forms (0 outside a checker run)."""
        return self._analyses.mentions(forms, self.lang) if self._analyses is not None else 0

    def release_heads(self, form: str) -> frozenset[str]:
        """The heads this version sets before a (folded) form it names ('service de mediation' of
        'Service de Médiation de l'Energie'): none outside a checker run."""
        return self._analyses.heads(form, self.lang) if self._analyses is not None else frozenset()

    def common_word(self, word: str) -> bool:
        """A capitalised word this version writes in lower case elsewhere (`Analyses.read_release`)."""
        return self._analyses is not None and self._analyses.written_lower(word, self.lang)

    @cached_property
    def name_runs(self) -> list[NameRun]:
        """Runs of capitalised words (a name such as 'Charles Michel'), each word with 'starts a sentence'."""
        runs: list[NameRun] = []
        last_end = -2
        for match in _NAME.finditer(self.text):
            if re.match(r"-\s", self.text[match.end() : match.end() + 2]):
                continue  # 'Frans- en Nederlandstaligen': half of an elided compound, no name
            if re.fullmatch(r"[A-Z]-[a-zà-ÿ][\w'’-]*", match.group(1)):
                continue  # 'P-zaken', 'C-attest': a letter that names a category, no name
            word = re.sub(r"['’]s$", "", match.group(1))  # Belgium's -> Belgium
            at_start = bool(_SENTENCE_START.search(self.text[: match.start()]))
            if runs and self.text[last_end : match.start()] == " " and not at_start:
                runs[-1].append((word, at_start))
            else:
                runs.append([(word, at_start)])
            last_end = match.end()
        # English capitalises its months and weekdays: 'Friday' alone names no one (Dutch and French
        # write them in lower case, so there a capital is a headline's, read as before)
        calendar = calendar_words(self.lang) if self.lang == "en" else frozenset()
        return [run for run in runs if len(run) > 1 or not calendar & set(run[0][0].lower().split("-"))]  # 'Mid-March'

    @cached_property
    def language(self) -> tuple[str, float]:
        """The language the text reads as, and how sure langid is (nl, fr, en or de)."""
        return identify(self.text)

    @cached_property
    def inline_list(self) -> tuple[int | None, list[str]] | None:
        """A run-in list after a colon: the count its lead announces and its items (see `inline_items`)."""
        return inline_items(self.text, self.lang, self._analyses)

    @cached_property
    def bracket_lists(self) -> list[int]:
        """The item counts of lists in brackets ('(politie, brandweer, stewards, …)'): three short
        items or more, a trailing '…', 'etc.' or 'enz.' no item of its own."""
        return bracket_lists(self.text, self.lang)

    @property
    def length(self) -> int:
        return len(self.text)

    def __bool__(self) -> bool:
        return bool(self.text.strip())


# A name's head before its complement ('service de médiation | de l'énergie', 'ombudsdienst | voor
# energie'): up to three words, the last a content word, before the linking preposition.
_HEAD = r"(?<![\w'’-])((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]{3,})"
_LINK = r"(?:de l['’]\s*|de la |du |des |de |d['’]\s*|voor (?:de |het )?|van (?:de |het )?|of (?:the )?|for (?:the )?)"


class Analyses:
    """One analysis per text and language for one check run: a text read by two checks, or met as a
    sentence and as its own block, is folded and scanned once."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, str], SegmentAnalysis] = {}
        self._lowercase: dict[str, frozenset[str]] = {}
        self._folded: dict[str, str] = {}
        self._heads: dict[tuple[str, str], frozenset[str]] = {}  # a version's text is read once per form

    def read_release(self, text: str, lang: str) -> None:
        """The words a version writes in lower case somewhere: a capital that only opens a sentence
        ('Landen die ...' beside 'landen') is then a common word, not a name (the document-wide
        reading of capitals of Mikheev, 1999: a plain fact of nl/fr/en orthography)."""
        self._lowercase[lang] = frozenset(re.findall(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*", text))
        self._folded[lang] = fold(text)
        self._heads = {key: value for key, value in self._heads.items() if key[1] != lang}  # read anew

    def mentions(self, forms: list[str], lang: str) -> int:
        """How often this version names a body by one of its (folded) forms, as a word."""
        folded = self._folded.get(lang, "")
        return sum(len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", folded)) for form in forms if form)

    def heads(self, form: str, lang: str) -> frozenset[str]:
        """The words before 'de', 'du', 'van', 'voor'… and the form, wherever this version names it so,
        without an opening article: the head a body's name keeps when the text names it again."""
        if (form, lang) in self._heads:
            return self._heads[(form, lang)]
        folded = self._folded.get(lang, "")
        found = re.finditer(rf"{_HEAD}\s+{_LINK}{re.escape(form)}(?![\w-])", folded)
        heads = set()
        for match in found:
            words = match.group(1).split()
            while len(words) > 1 and len(words[0]) < 4:
                words = words[1:]  # 'de Ombudsdienst': the article is no part of the head
            heads.add(" ".join(words))
        self._heads[(form, lang)] = frozenset(heads)
        return self._heads[(form, lang)]

    def written_lower(self, word: str, lang: str) -> bool:
        return word.lower() in self._lowercase.get(lang, frozenset())

    def of(self, text: str, lang: str) -> SegmentAnalysis:
        made = self._made.get((text, lang))
        if made is None:
            made = self._made[(text, lang)] = SegmentAnalysis(text, lang, self)
        return made


def analysed(text: str | SegmentAnalysis, lang: str) -> SegmentAnalysis:
    """An analysis as given, or one made of a bare text (tests and callers outside the checker)."""
    return text if isinstance(text, SegmentAnalysis) else SegmentAnalysis(text, lang)


def announced(lead: str, lang: str, analyses: Analyses | None = None) -> int | None:
    """'... met negen hefbomen:' -> 9: a count in the sentence that opens the list."""
    if not lead.rstrip().endswith(":"):
        return None
    last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    found = analyses.of(last, lang).quantities if analyses is not None else numbers.extract(last, lang)
    # The count that announces a list qualifies the noun the colon follows, in the clause the colon
    # closes: past a comma a new clause has begun ('deux semaines de formation, qui portent sur des
    # domaines :' counts weeks, not domains).
    counts = [
        q for q in found if q.kind == "number" and float(q.value) >= 2 and "," not in last[q.start + len(q.text) :]
    ]
    if len(counts) != 1:
        return None
    value = float(counts[0].value)
    return int(value) if value.is_integer() and 2 <= value <= 50 else None


def inline_items(sentence: str, lang: str, analyses: Analyses | None = None) -> tuple[int | None, list[str]] | None:
    """'De steun gaat naar vijf sectoren: a, b, c, d en e.' -> (5, [a, b, c, d, e]).

    A list after a colon: commas, then one final conjunction. An elided coordination inside an
    item ('de land- en tuinbouwsector') is one item. Items are short noun phrases; a colon that
    opens a quotation or a clause is not a list.
    """
    lead, colon, rest = sentence.partition(":")
    rest = OPEN_TAIL.sub("", rest.strip().rstrip(".;!").strip()).strip()
    # 'par exemple, a en 1920 et b en 1946': the marker is no item, and examples of what the lead
    # counts are not all of it, so no count is announced for them
    example = _EXAMPLE.match(rest)
    rest = rest[example.end() :] if example else rest
    if not colon or not rest or rest[0] in "«“\"'‘" or ("," not in rest and ";" not in rest):
        return None
    if _CORRELATIVE.search(rest):  # 'd'une part, a, et, d'autre part, b': two members, whatever its commas
        return None
    protected = re.sub(r"(\w)-\s+(en|of|et|ou|and|or)\s+", "\\1-\x00\\2\x00", rest)
    # Items holding commas are set apart by semicolons (the typographic rule of the three languages)
    chunks = [c.strip() for c in re.split(r"\s*;\s*" if ";" in protected else r",\s+", protected) if c.strip()]
    # 'a, inclusief b', 'a, y compris b': what opens on such a word says more of the item before it
    for i in range(len(chunks) - 1, 0, -1):
        if _ELABORATES.match(chunks[i]):
            chunks[i - 1 : i + 1] = [f"{chunks[i - 1]}, {chunks[i]}"]
    last = re.split(_LAST_CONJ.get(lang, _LAST_CONJ["en"]), chunks[-1])
    if len(last) > 1:
        chunks[-1:] = [" ".join(last[:-1]), last[-1]]
    elif "\x00" in chunks[-1]:
        # 'a, b, slaap- en kalmeringsmiddelen': the elision's conjunction is the only one left, so
        # it closes the list, and the two halves are two items ('somnifères et tranquillisants')
        head, _, tail = chunks[-1].partition("\x00")
        chunks[-1:] = [head.rstrip(), tail.partition("\x00")[2]]
    chunks = [re.sub(r"^(?:en|et|and|of|ou|or)\s+", "", c).replace("\x00", " ") for c in chunks]
    if len(chunks) < 3 or any(len(c.split()) > 8 or _CLAUSE.match(c) for c in chunks):
        return None
    count = None if example else announced(lead + ":", lang, analyses)
    return (None if count is not None and totalled(count, chunks, lang, analyses) else count), chunks


def totalled(count: int, items: list[str], lang: str, analyses: Analyses | None = None) -> bool:
    """'29 conseillers : 15 francophones, 13 néerlandophones et 1 germanophone': items that each open
    on a number adding up to the count break a total down, no list of that many items (arithmetic;
    a trial's pair was said to announce 29 items and list 3)."""
    opening: list[float] = []
    for item in items:
        found = analyses.of(item, lang).quantities if analyses is not None else numbers.extract(item, lang)
        first = [q for q in found if q.kind == "number" and q.start == 0]
        if not first:
            return False
        opening.append(float(first[0].value))
    return sum(opening) == count


# What says the items after it are examples (a plain fact of the three languages' words for it)
_EXAMPLE = re.compile(
    r"(?:par exemple|bijvoorbeeld|for example|for instance|zoals|onder meer|onder andere|entre autres|"
    r"notamment|e\.g\.|bv\.|p\.\s?ex\.)(?:\s*,)?\s+",
    re.IGNORECASE,
)

# The correlative pairs that frame two members ('enerzijds … anderzijds', 'd'une part … d'autre
# part', 'on the one hand … on the other'): a plain fact of the three languages.
_CORRELATIVE = re.compile(r"\b(?:enerzijds|d['’]une part|on the one hand)\b", re.IGNORECASE)

_ELABORATES = re.compile(
    r"(?:inclusief|met inbegrip van|waaronder|namelijk|including|included|namely|y compris|dont|notamment|"
    r"à savoir|compris)\b",
    re.IGNORECASE,
)


# What keeps a list open at its end, no item of its own: '…', 'etc.', 'enzovoort', 'et cetera',
# 'and so on' (the words nl, fr and en write for it)
OPEN_TAIL = re.compile(
    r"\s*+,?\s*+(?:…\.*|\.{3,}|etc\.?|et cetera|enz\.?|enzovoorts?|en zo verder|e\.d\.|e\.a\.|usw\.?|"
    r"et ainsi de suite|and so on)\s*$",
    re.IGNORECASE,
)


def bracket_lists(text: str, lang: str) -> list[int]:
    counts: list[int] = []
    for inner in re.findall(r"\(([^()]{5,400})\)", text):
        chunks = [c.strip() for c in re.split(r",\s*", OPEN_TAIL.sub("", inner)) if c.strip()]
        if len(chunks) < 2:
            continue
        # every member counted, wherever the conjunction stands: a rendering may join two members
        # with it inside the list ('socio-economische en culturele activiteiten, havenactiviteiten')
        # where the original uses commas ('activités socioéconomiques, culturelles et portuaires')
        conj = _LAST_CONJ.get(lang, _LAST_CONJ["en"])
        chunks = [piece for chunk in chunks for piece in re.split(conj, chunk)]
        if len(chunks) >= 3 and all(0 < len(c.split()) <= 6 for c in chunks):
            counts.append(len(chunks))
    return counts
