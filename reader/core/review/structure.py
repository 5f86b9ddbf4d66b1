"""Checks no segment-level QA tool makes: lists that lost an item, coordinations that lost a member.

Both look past the segment: a list is counted as a whole (and against the count its lead-in
sentence announces, 'negen hefbomen:'), and a coordinated compound ('gas- en elektriciteitssector')
is compared with its counterpart sentence, where a rendering that keeps one member has no 'et'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.core.model import Block
from reader.core.review import thresholds as limit
from reader.core.review.analysis import Analyses, SegmentAnalysis, analysed, announced, inline_items, totalled
from reader.core.review.findings import CheckedPair, Finding
from reader.core.review.lone import lone_quote
from reader.core.text.fold import fold
from reader.core.text.number_words import MONTHS

__all__ = [
    "coordination_finding",
    "enumeration_flag",
    "enumeration_findings",
    "head_finding",
    "inline_enumeration_finding",
    "inline_items",
]

_ELIDED = {  # 'gas- en elektriciteitssector', 'Vlaams- en Waals Gewest', 'secteur du gaz et de l'électricité'
    "nl": re.compile(r"(?<![\w-])(\w{2,})-\s+(?:en|of)\s+(\w{3,})", re.IGNORECASE),
    "en": re.compile(r"(?<![\w-])(\w{2,})-\s+(?:and|or)\s+(\w{3,})", re.IGNORECASE),
    "fr": re.compile(r"$^"),  # French repeats the noun or uses 'et': nothing is elided
}
NAMES = {"nl": "Dutch", "fr": "French", "en": "English"}  # messages are in English
_COORDINATION = {
    "nl": re.compile(r"(?<!\w)(?:en|of)(?!\w)|,", re.IGNORECASE),
    "fr": re.compile(r"(?<!\w)(?:et|ou)(?!\w)|,", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:and|or)(?!\w)|,", re.IGNORECASE),
}

_QUOTED = 80  # characters of an item quoted in a message: enough to know it, short enough for a panel


@dataclass(frozen=True)
class ListRun:
    """Consecutive list items, and the count its lead-in sentence announces (if any)."""

    first: int  # index of the first item block
    items: list[str]
    announced: int | None


def list_runs(blocks: list[Block], lang: str, analyses: Analyses | None = None) -> list[ListRun]:
    runs: list[ListRun] = []
    index = 0
    while index < len(blocks):
        if blocks[index].kind != "list_item":
            index += 1
            continue
        start = index
        while index < len(blocks) and blocks[index].kind == "list_item":
            index += 1
        lead = blocks[start - 1].text if start > 0 and blocks[start - 1].kind != "list_item" else ""
        if index - start >= 3 and blocks[start].text.rstrip().endswith(":"):
            # '• De doelen waren:' set as the first bullet: a line ending in a colon announces the
            # items, it is none of them (a plain fact of punctuation; the other version may set it apart)
            lead, start = blocks[start].text, start + 1
        items = [b.text for b in blocks[start:index]]
        count = announced(lead, lang, analyses)
        runs.append(ListRun(start, items, None if count and totalled(count, items, lang, analyses) else count))
    return runs


def enumeration_findings(
    source: list[Block], target: list[Block], src: str, tgt: str, analyses: Analyses | None = None
) -> list[tuple[range, range, str]]:
    """(source blocks, target blocks, message) for lists whose counts disagree; a lead-in sentence's
    count is read from `analyses` when the checker gives them (the sentence was read as a segment)."""
    found: list[tuple[range, range, str]] = []
    s_name, t_name = NAMES.get(src, src), NAMES.get(tgt, tgt)
    for s_run, t_run in zip(list_runs(source, src, analyses), list_runs(target, tgt, analyses), strict=False):
        ns, nt = len(s_run.items), len(t_run.items)
        s_items, t_items = range(s_run.first, s_run.first + ns), range(t_run.first, t_run.first + nt)
        if ns != nt:
            said = f"the {t_name} lists {nt} items, the {s_name} {ns}"
            # a version whose own lead-in announces the other's count lost (or gained) an item: no
            # layout of the same text explains that (enumeration_flag keeps it a warning)
            if t_run.announced == ns:
                said += f" (the {t_name} {ITSELF}{ns})"
            elif s_run.announced == nt:
                said += f" (the {s_name} {ITSELF}{nt})"
            found.append((s_items, t_items, said))
        if (s_run.announced, ns) == (t_run.announced, nt):
            continue  # both versions say it alike: no difference between them (the list goes on, or a sub-list)
        if t_run.announced is not None and t_run.announced != nt:
            lead = range(t_run.first - 1, t_run.first)
            found.append((range(0), lead, f"the {t_name} announces {t_run.announced} items and lists {nt}"))
        if s_run.announced is not None and s_run.announced != ns:
            lead = range(s_run.first - 1, s_run.first)
            found.append((lead, range(0), f"the {s_name} announces {s_run.announced} items and lists {ns}"))
    return found


ITSELF = "itself announces "
_LOST = ("omission", "addition")


def enumeration_flag(
    pairs: list[CheckedPair],
    lists: tuple[tuple[range, list[str]], tuple[range, list[str]]],
    message: str,
    ratio: float = 1.0,
) -> tuple[CheckedPair, Finding] | None:
    """Where a list's count difference is flagged, and how surely. When every item's text is
    paired with text of the other version's list (items run into one line there, split again into
    sentences; or set two to a pair whose sides weigh alike), the text is all there in another
    layout: a note. An item paired with nothing, or with text from outside the list (the paragraph
    after it), or set with a neighbour that makes its side much longer ('Guy Cox' against two
    names) is an item lost or added. `lists` holds each side's list: the indexes of its item blocks
    and their texts; `ratio` is the pair's usual length ratio (align.RATIOS)."""
    (s_blocks, s_items), (t_blocks, t_items) = lists
    inside = [p for p in pairs if p.source_block in s_blocks or p.target_block in t_blocks]
    if not inside:
        return None
    if not s_blocks or not t_blocks:
        # a lead-in that announces more or fewer items than its own list gives, where the other version
        # agrees with itself: no layout explains it, so no 'its text is there' (a new user's trial: an
        # item dropped was said to be there); how sure, limit.ANNOUNCED says
        return inside[-1], Finding("enumeration", message, confidence=limit.ANNOUNCED)
    uneven = [p for p in inside if p.shape != "1-1"]
    holder = (uneven or inside[-1:])[0]
    # the sentence of a merged pair the other side lacks (an omission's or addition's quote): the item lost
    lost = next((q for p in uneven for f in p.flags if f.code in _LOST and (q := lone_quote(f.message))), "")
    if uneven:
        # two items of one side quoted with a ' / ' between them, as their lines are shown (trial R)
        lines = (holder.source_lines or holder.target_lines).split("\n")
        said = lost[1 : lost.find("»")] if "»" in lost else " / ".join(" ".join(line.split()) for line in lines)
        said = said if len(said) <= _QUOTED else said[: _QUOTED - 1].rstrip() + "…"  # the row shows it whole
        message += f": «{said}» has no item of its own on the other side"
    # every item's text paired with text of the other version (in its list or beside it), the
    # pairs that set two together alike in weight (an empty side never is)
    # ... and no sentence of theirs flagged as text the other side lacks: a merged pair's sentence that
    # 'has nothing in common with the target' (omission, or addition the other way) is an item lost,
    # not laid out (trials S, F7 and T, F9: a street dropped from a list was only a note)
    laid_out = not lost and all(
        _weighs_alike(p, ratio)
        and _within(p.source, s_items)
        and _within(p.target, t_items)
        and _runs_together(p, s_items, t_items)
        for p in uneven
    )
    if ITSELF in message or not laid_out:
        return holder, Finding("enumeration", message)
    return holder, Finding("enumeration", message + " (its text is there, set with another)", confidence=limit.LAID_OUT)


# Where items run into one line, a mark still parts them (';', ',', a bullet, a dash) or a sentence
# ends between them. A plain fact of writing a list in a line ('a, b en c': the comma; a conjunction
# alone is inside an item as often, and is not counted).
_PARTED = re.compile(r"[;,•·–—]|\.\s+\w")


def _runs_together(pair: CheckedPair, s_items: list[str], t_items: list[str]) -> bool:
    """The side holding fewer of the pair's items runs several into its text, with what parts them.
    A single item with nothing inside it that parts two is one item, however long its rendering: a
    French item half again the length of the Dutch one it renders matched the two Dutch items it
    stood beside by weight, and a dropped item was read as laid out (a reviewer's trial, 12 of 17)."""
    s_count = sum(1 for item in s_items if _within(item, [pair.source]))
    t_count = sum(1 for item in t_items if _within(item, [pair.target]))
    fewer = pair.target if t_count < s_count else pair.source
    return bool(_PARTED.search(fewer.strip().rstrip(" .;:,")))


def _within(text: str, items: list[str]) -> bool:
    """The text is the list's own: found in its items as they run on."""
    return " ".join(text.split()) in " ".join(" ".join(items).split())


def _weighs_alike(pair: CheckedPair, ratio: float) -> bool:
    """Both sides of a merged pair hold about the same text: within the spread of clean merged
    segments on real pairs (thresholds.SHORT_MERGED and its inverse)."""
    if not pair.source or not pair.target:
        return False
    measured = len(pair.target) / (len(pair.source) * ratio)
    return limit.SHORT_MERGED <= measured <= 1 / limit.SHORT_MERGED


_CONJUNCTIONS = {
    "nl": re.compile(r"(?<!\w)(?:en|of|alsook|evenals|alsmede)(?!\w)", re.IGNORECASE),
    "fr": re.compile(r"(?<!\w)(?:et|ou|ainsi que)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:and|or|as well as)(?!\w)", re.IGNORECASE),
}


def coordination_finding(
    source: str | SegmentAnalysis, target: str | SegmentAnalysis, src: str, tgt: str
) -> tuple[str, float] | None:
    """A compound that coordinates two members on one side ('wapen- en mensensmokkelaars'), and on
    the other no coordination at all (a warning), or only fewer coordinating words than this side
    has (a note: the other side's 'juin et juillet' may be this one's 'mei en juni', or its clauses
    coordinate differently: on the real dev pairs one such flag in four was a member lost). A
    hyphenated pair of nouns coordinates too ('assurance maladie-invalidité')."""
    s_text = source.text if isinstance(source, SegmentAnalysis) else source
    t_text = target.text if isinstance(target, SegmentAnalysis) else target
    for side, other, lang, other_lang in ((s_text, t_text, src, tgt), (t_text, s_text, tgt, src)):
        match = _ELIDED.get(lang, _ELIDED["fr"]).search(side)
        if not match:
            continue
        here = len(_CONJUNCTIONS.get(lang, _CONJUNCTIONS["en"]).findall(side))
        there = len(_CONJUNCTIONS.get(other_lang, _CONJUNCTIONS["en"]).findall(other)) + len(_PAIRED.findall(other))
        # A coordination of months, figures or names ('mei en juni', 'mai et juin') is the same one on
        # both sides (as many as this side has: 'Herstel- en veerkrachtfaciliteit' is the capitalised
        # 'Recovery and Resilience Facility', and 'Bank of Belgium' coordinates nothing: trial B, 35th).
        mine = len(_ANCHORED.get(lang, _ANCHORED["en"]).findall(side))
        free = there - min(len(_ANCHORED.get(other_lang, _ANCHORED["en"]).findall(other)), mine)
        none = (
            free <= 0
            and not _COORDINATION.get(other_lang, _COORDINATION["en"]).search(other)
            or (free <= 0 < here - mine)
        )
        if none or there < here:
            whose = NAMES.get(other_lang, other_lang)
            said = "no coordination" if none else "fewer coordinations"
            message = (
                f"«{match.group(0)}» coordinates two terms; the {whose} has {said} here: one member may be missing"
            )
            return message, 1.0 if none else 0.5
    return None


_AND_OR = {"nl": "en|of", "fr": "et|ou", "en": "and|or"}
_MONTHS = "|".join(sorted(map(re.escape, (m for m in MONTHS if len(m) >= 3)), key=len, reverse=True))
_ANCHOR = rf"(?:\d[\d.,]*|[A-ZÀ-Þ][\w'’-]+|(?i:{_MONTHS}))"
_ANCHORED = {k: re.compile(rf"(?<![\w-]){_ANCHOR}\s+(?:{w})\s+{_ANCHOR}(?![\w-])") for k, w in _AND_OR.items()}

_PAIRED = re.compile(r"(?<![\w-])[a-zà-ÿ]{4,}-[a-zà-ÿ]{4,}(?![\w-])")  # 'maladie-invalidité': two nouns by a hyphen


# 'van 147 (…) naar 194', 'van 2017 tot 2019': 'van' opens a range there (a plain fact of Dutch)
_FROM_TO = re.compile(r"\d[\d.,]*(?:\s+\S+){0,6}?\s+(?:naar|tot)\s+\d")

_RELATIVE = re.compile(r"(?:wie|wier|welke|wat|whom|which)\b")  # 'van wie', 'of whom': whose, a relative pronoun
_GENITIVE = {  # a head noun, then 'van/des/of' and its complement
    "nl": r"(?P<head>{heads})\s+(?:van|uit)\s+(?:de|het|een|alle|onze|hun|die|deze)?\s*(?P<of>{words})",
    # with an article: 'de' alone is as often 'de + infinitive' ('les usagers de prendre')
    "fr": r"(?P<head>{heads})\s+(?:de\s+la|de\s+l['’]|des|du|d['’]une?|de\s+ces|de\s+leurs?)\s*(?P<of>{words})",
    "en": r"(?P<head>{heads})\s+of\s+(?:the\s+)?(?P<of>{words})",
}
_WORDS = r"[\w'’-]+(?:\s+(?!{stop}\b)[\w'’-]+)?"
_STOP = (  # no second word of a complement: 'de aanslagen en ...', 'les élèves qui ...'
    r"(?:en|of|in|op|aan|met|voor|van|te|die|dat|worden|wordt|zijn|is|kunnen|moeten|zullen|hebben|heeft|krijgen|"
    r"et|ou|à|au|aux|dans|sur|pour|par|de|des|du|qui|que|sont|est|ont|peuvent|doivent|seront|reçoivent|"
    r"and|or|to|for|by|with|who|which|are|is|can|will|have|has)"
)


# The people of a place said by its demonym instead of 'inhabitants of' (thirty-fourth session, trial T:
# 'inwoners van Elsene' for 'les Ixelloises et Ixellois', 'inwoners van Anderlecht' for 'Anderlechtois').
# Plain facts of the languages: French demonyms are capitalised nouns in -ois(e), -ais(e), -ien(ne),
# -ain(e), -in(e), plural after an article or a count ('les Bruxellois', '1 840 Liégeoises'); Dutch ones
# end in -(e)naars/-aars ('de Gentenaars', 'alle Brusselaars', 'Schaarbekenaren'). A first name in -ois
# ('François') stands after no article.
_INHABITANTS = frozenset({"inwoners", "bewoners", "habitants", "residents"})
_DEMONYM = {
    "fr": re.compile(
        r"(?:\b(?:[Ll]es|[Dd]es|[Aa]ux|[Cc]es|[Nn]os|[Vv]os|[Ll]eurs|[Tt]ous les|[Tt]outes les)|\d) +"
        r"[A-ZÀ-Ý][a-zà-ÿ-]{2,}(?:oises|ois|aises|ais|iennes|iens|aines|ains|ines|ins)\b"
    ),
    "nl": re.compile(
        r"(?:\b(?:[Dd]e|[Aa]lle|[Oo]nze|[Dd]eze|[Vv]eel|[Vv]ele)|\d) +[A-Z][a-zà-ÿ-]{2,}(?:naars|naren|aars|aren)\b"
    ),
}


@lru_cache(maxsize=1)
def _heads_written() -> dict[str, dict[str, dict[str, list[str]]]]:
    """Source language -> head -> target language -> equivalents."""
    import yaml

    data = yaml.safe_load(Path(__file__).parent.parent.joinpath("text", "heads.yaml").read_text(encoding="utf-8"))
    return {lang: dict(terms) for lang, terms in data.items()}


@lru_cache(maxsize=1)
def _heads() -> dict[str, dict[str, dict[str, list[str]]]]:
    written = _heads_written()
    return {
        lang: {fold(k): {to: [fold(v) for v in vs] for to, vs in by_lang.items()} for k, by_lang in terms.items()}
        for lang, terms in written.items()
    }


@lru_cache(maxsize=1)
def _accented() -> dict[str, set[str]]:
    """The heads as written, accents and all, lower case: a word that folds to one must be one."""
    return {lang: {k.lower() for k in terms} for lang, terms in _heads_written().items()}


def _count(folded: str, forms: list[str], inside: bool = False) -> int:
    """Occurrences at a word's start; `inside` also counts the end of a Dutch compound
    ('weggebruikers' holds 'gebruiker')."""
    start = "" if inside else r"(?<!\w)"
    return sum(len(re.findall(start + _inflected(form), folded)) for form in dict.fromkeys(forms))


def _inflected(form: str) -> str:
    """A head of several words as a text writes it: each word in the plural too ('demandeurs d'asile'
    for 'demandeur d'asile', French inflects the first), either apostrophe (a plain fact of French)."""
    words = form.split()
    if len(words) == 1:
        return re.escape(form)
    return r"\s+".join(re.sub(r"['’]", "['’]", re.escape(w)) + r"[sx]?" for w in words)


def _lost_heads(
    source: SegmentAnalysis, target: SegmentAnalysis, source_block: SegmentAnalysis, target_block: SegmentAnalysis
) -> list[tuple[str, str]]:
    """(phrase, expected) for each genitive head of the source with no equivalent on the other side."""
    src, tgt = source.lang, target.lang
    heads = _heads().get(src)
    if not heads or src not in _GENITIVE:
        return []
    pattern = re.compile(
        r"(?<!\w)"
        + _GENITIVE[src].format(
            heads="|".join(sorted(map(re.escape, heads), key=len, reverse=True)), words=_WORDS.format(stop=_STOP)
        )
    )
    lost: list[tuple[str, str]] = []
    folded_target, folded_block, folded_source_block = target.folded, target_block.folded, source_block.folded
    for match in pattern.finditer(source.folded):
        if src == "nl" and _FROM_TO.match(source.folded, match.start("of")):
            continue  # 'het aantal personeelsleden van 147 naar 194': a range, not whose
        if _RELATIVE.match(match.group("of")):
            continue  # 'de asielzoekers van wie de nationaliteit …' ('dont'): a relative clause, no complement
        written = source.text[match.start("head") : match.end("head")].lower()  # fold keeps the length
        if written != match.group("head") and written not in _accented().get(src, set()):
            continue  # 'prix élevés' (high) is no 'élèves' (pupils): the accents tell them apart (a trial)
        forms = heads[match.group("head")].get(tgt)
        if not forms:
            continue  # no equivalent known in the target's language: nothing to look for (trial K)
        if match.group("head") in _INHABITANTS and tgt in _DEMONYM and _DEMONYM[tgt].search(target.text):
            continue  # 'inwoners van Elsene' said 'les Ixelloises et Ixellois': the place's own people
        if match.group(0) in folded_target:
            continue  # the phrase kept as written: a name left in its language ('la Ligue des usagers …', trial K)
        if _count(folded_target, forms, inside=tgt == "nl"):
            continue
        if _count(folded_block, forms, inside=tgt == "nl") >= _count(folded_source_block, [match.group("head")]):
            continue
        lost.append((match.group(0), forms[0]))
    return lost


def head_finding(
    source: str | SegmentAnalysis,
    target: str | SegmentAnalysis,
    source_block: str | SegmentAnalysis,
    target_block: str | SegmentAnalysis,
    src: str,
    tgt: str,
) -> str | None:
    """'de slachtoffers van de aanslagen' rendered 'les attentats': the complement stayed, the head
    noun went. Looked for from both sides (a head the target adds is as wrong)."""
    parts: list[str] = []
    s_name, t_name = NAMES.get(src, src), NAMES.get(tgt, tgt)
    s, t = analysed(source, src), analysed(target, tgt)
    s_block, t_block = analysed(source_block, src) or s, analysed(target_block, tgt) or t
    for phrase, expected in _lost_heads(s, t, s_block, t_block):
        parts.append(f"the {t_name} has no «{expected}…» for «{phrase}»: a noun may have been dropped")
    for phrase, expected in _lost_heads(t, s, t_block, s_block):
        parts.append(f"the {t_name} has «{phrase}», the {s_name} no «{expected}…»: a noun was added, or dropped there")
    return "; ".join(parts) or None


def inline_enumeration_finding(
    source: str | SegmentAnalysis, target: str | SegmentAnalysis, src: str, tgt: str
) -> str | None:
    """A run-in list whose items differ in number from the other side's, or from the count its own
    lead announces ('cinq secteurs : a, b, c et d')."""
    s_name, t_name = NAMES.get(src, src), NAMES.get(tgt, tgt)
    s_list, t_list = analysed(source, src).inline_list, analysed(target, tgt).inline_list
    parts: list[str] = []
    alike = bool(s_list and t_list and (s_list[0], len(s_list[1])) == (t_list[0], len(t_list[1])))
    for found, name in ((t_list, t_name), (s_list, s_name)):
        if found and found[0] is not None and found[0] != len(found[1]) and not alike:
            parts.append(f"the {name} announces {found[0]} items and lists {len(found[1])}")
    if s_list and t_list and len(s_list[1]) != len(t_list[1]):
        parts.append(f"the {t_name} lists {len(t_list[1])} items, the {s_name} {len(s_list[1])}")
    # The same in brackets ('(a, b, c en d)'), where both sides bracket as many lists
    s_brackets, t_brackets = analysed(source, src).bracket_lists, analysed(target, tgt).bracket_lists
    if s_brackets and len(s_brackets) == len(t_brackets) and s_brackets != t_brackets:
        said = ", ".join(
            f"{t} items in brackets, the {s_name} {s}" for s, t in zip(s_brackets, t_brackets, strict=True) if s != t
        )
        parts.append(f"the {t_name} lists {said}")
    return "; ".join(parts) or None
