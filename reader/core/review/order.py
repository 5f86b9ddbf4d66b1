"""What the two versions say in another order: a figure or a name missing in one segment and extra
in another is not missing.

Numbers and names are compared per aligned block, and the alignment keeps the order of both texts.
A sentence that one version moves across a paragraph boundary, or passages the two versions give
in another order, leave an item missing where the other version lacks it and extra where it has
it. Seen on unrelated real dev pairs: a sentence moved into the next paragraph
(2012-07-20-spoorregulering), two sentences swapped across two paragraphs
(nodate-rekenhof-opvolging-aanbevelingen-vlaanderen), two sections given in the other order
(2022-11-10-fedasil-bredene-theux). Settled once per release, after every segment is checked:

- neighbouring segments: what one lacks and the next (or the one before) has in excess is there;
- two segments further apart that hold each other's names (a name lost here is added there, and
  the other way round) are one passage moved: their figures and names settle, and so do those of
  the segments around them at the same distance (a section moved as a whole), with a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reader.core.review.implied import implied_figures, ranked_in_place
from reader.core.review.name_forms import Lost, same_name
from reader.core.review.names import said
from reader.core.review.thresholds import SET_APART_WITHIN
from reader.core.text.fold import fold

if TYPE_CHECKING:
    from reader.core.review.checks import CheckedPair, Finding

Part = tuple[str, str, tuple[str, str]]  # (shown, where, key) of a quantity flag
MOVED_WITHIN = 60  # segments: a passage moved further is not looked for (a bound on time in long texts)
_MISSING, _EXTRA = "not in the target", "not in the source"


def quantities_said(code: str, parts: list[Part]) -> str:
    """A quantity flag's message from its parts."""
    label = {"number": "numbers differ", "date": "dates or times differ"}[code]
    return f"{label}: {'; '.join(f'«{shown}» {where}' for shown, where, _key in parts)}"


def settle(
    pairs: list[CheckedPair],
    note: Callable[[str], Finding],
    dates: Callable[[str, bool], set[Any]] | None = None,
    speaker: str = "",
    quantities: Callable[[str, bool], set[Any]] | None = None,
) -> None:
    """Settle the flags of a release's pairs in place; `note` makes the note of a moved passage;
    `dates` gives the keys of the dates a text states (the source's when its flag is True), and
    `quantities` those of all its numbers and dates."""
    body = [p for p in pairs if p.kind != "title" and p.source.strip() and p.target.strip()]
    for a, b in zip(body, body[1:], strict=False):
        _settle_two(a, b, loose=False)
    for i, first in enumerate(body):
        for j in range(i + 2, min(len(body), i + MOVED_WITHIN + 1)):
            if _mirrored(first, body[j]):
                moved = [(i, j)] + [
                    (i + m, j + m)
                    for m in range(-(j - i) + 1, j - i)
                    if m and 0 <= i + m < len(body) and 0 <= j + m < len(body) and i + m != j and j + m != i
                ]
                for x, y in moved:
                    if _settle_two(body[x], body[y], loose=True) or (x, y) == (i, j):
                        _note(body[x], body[y], note)
                        _note(body[y], body[x], note)
    # after the settling, which rewrites what it leaves of a flag's message
    _restated_figures(pairs, quantities)
    _in_full(pairs)
    if dates is not None:
        _restated_dates(body, dates)
    if quantities is not None:
        _set_apart(pairs, quantities, note)
        implied_figures(pairs, quantities, quantities_said)  # a remainder, a share of a count (implied.py)
    _named_elsewhere(pairs, note, speaker)


def _named_elsewhere(pairs: list[CheckedPair], note: Callable[[str], Finding], speaker: str = "") -> None:
    """An institution or a place one version names where the other says 'the organisation', 'our
    service', 'its staff', while that other version names it elsewhere in the release: the reader
    knows who is meant. Translators make the referent explicit or leave it to context (explicitation,
    a known habit of translation; unrelated real dev pairs: 2018-ibz-jaarverslag-2017-asiel,
    nodate-justitie-in-cijfers-2011-2016, 2022-11-10-fedasil-bredene-theux, 2019-mobilit-jaarverslag-2018).
    A note, not a warning. People, a name put in place of another, a member of a list, and a category
    written in lower case ('kmo's', 'btw': who is meant, not a referent) stay flagged.

    So is the release's own issuer, the one who speaks, which one version names ('Unia', 'Actiris',
    'Myria' observes…) where the other says 'we', 'bij ons' or turns the sentence around: three
    unrelated real dev pairs (nodate-unia-cijfers-2015, nodate-actiris-jaaroverzicht-2023,
    nodate-myria-persbericht-migratiebewegingen-2)."""
    said_by = fold(speaker)
    for pair in pairs:
        flag = _flag(pair, "name")
        if flag is None or flag.severity == "info":
            continue
        lost, added = _names(pair)
        others = [p for p in pairs if p is not pair]
        known = [
            item
            for item in added
            if _referent(item) and not _listed(item, pair.target) and any(_written(item, p.source) for p in others)
        ]
        if not added and not _new_name(pair):
            known += [
                item
                for item in lost
                if _referent(item) and not _listed(item, pair.source) and any(_written(item, p.target) for p in others)
            ]
        if len(lost) + len(added) == 1:  # the speaker alone: with another name beside it, one took its place
            known += [
                item
                for item in lost + added
                if item not in known
                and _referent(item)
                and not _listed(item, pair.source if item in lost else pair.target)
                and len(item.text) >= 3
                and any(
                    re.search(rf"(?<!\w){re.escape(fold(form))}(?!\w)", said_by) for form in (item.text, *item.expected)
                )
            ]
        if not known:
            continue
        _update_names(pair, [i for i in lost if i not in known], [i for i in added if i not in known])
        names = ", ".join(item.text for item in known)
        _note_once(pair, f"{names}: one version names it here, the other only elsewhere in the release", note)


def _new_name(pair: CheckedPair) -> bool:
    """The target writes a capitalised word inside a sentence that the source lacks: the lost name
    may have been replaced by another ('l'aéroport de Bierset' for 'de luchthaven van Luik'), not
    left to context, which a common noun or a pronoun does."""
    source = set(re.findall(r"\w+", fold(pair.source)))
    for match in re.finditer(r"(?<=[\w,;:'’]\s)[A-ZÀ-Þ][\w'’-]+|(?<=\b[dl]['’])[A-ZÀ-Þ][\w'’-]+", pair.target):
        if not set(re.findall(r"\w+", fold(match.group(0)))) <= source:
            return True
    return False


_LIST_JOIN = r"(?:,|\s(?:en|et|and|of|ou|or)(?=\s))"


def _listed(item: Lost, text: str) -> bool:
    """The name is a member of a list ('FOREM, VDAB, Actiris en ADG'): one left out of a list, or
    put into one, changes what the list says; context does not stand for it."""
    name, other = re.escape(item.text), r"[A-ZÀ-Þ][\w'’.-]*"
    before = rf"{other}\s*{_LIST_JOIN}\s*(?:\w+['’]?\s?)?{name}"
    after = rf"{name}\s*{_LIST_JOIN}\s*(?:\w+['’]?\s?)?{other}"
    return bool(re.search(after, text)) or any(not _opener(match, text) for match in re.finditer(before, text))


def _opener(match: re.Match[str], text: str) -> bool:
    """'Ensuite, Myria…', 'Daarnaast, Unia…': a capital opening the sentence, set off by a comma, is
    an adverb leading in, not a list's first member; two names in a list are joined by 'en' / 'et'."""
    start = text[: match.start()].rstrip()
    return (not start or start[-1] in ".!?:") and bool(re.match(r"[\w'’.-]+\s*,", match.group(0)))


def _referent(item: Lost) -> bool:
    return item.kind not in ("person", "substitution") and item.text[:1].isupper()


def _note_once(pair: CheckedPair, message: str, note: Callable[[str], Finding]) -> None:
    if not any(f.message == message for f in pair.flags):
        pair.flags.append(note(message))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _restated_figures(pairs: list[CheckedPair], keys: Callable[[str, bool], set[Any]] | None = None) -> None:
    """A year one segment names and its counterpart leaves out, while the other version names that
    year elsewhere ('Rapport annuel 2010' for 'jaarverslag', 'par rapport à 2018' for a rise in 2019):
    context the other version gives elsewhere, a note (seen on unrelated real dev pairs:
    2011-03-29-federale-ombudsman-jaarverslag, 2020-unia-jaarverslag-2019,
    2023-07-13-economische-inspectie). So is the year before the one the sentence speaks of, named
    as what it is compared with ('een stijging in 2019' / 'une hausse en 2019 par rapport à 2018'). A
    figure beside the year, or a year on both sides (2018 for 2019), keeps the flag an error.

    So is any figure but a count under ten (which a text repeats by chance) that the other version
    states elsewhere: a subheading or a lead saying again a share the text gives ('phishing first:
    23%' over a heading without it; 2023-06-05-economie-meldingen-misleiding-oplichting-2022), the
    same restating the year rule rests on (`keys`: the figures a text states, the source's when True)."""
    for pair in pairs:
        flag = _flag(pair, "number")
        if flag is None or flag.severity == "info":
            continue
        parts: list[Part] = flag.detail
        wheres = {where for _shown, where, _key in parts}
        years = all(key[0] == "number" and _YEAR.fullmatch(key[1]) for *_, key in parts)
        if len(wheres) != 1 or not (years or (keys is not None and all(_distinct(key) for *_, key in parts))):
            continue
        source_has = _MISSING in wheres  # the source names the figures, the target leaves them out
        others = [p.target if source_has else p.source for p in pairs if p is not pair]
        if years:
            elsewhere = all(re.search(rf"(?<!\d){key[1]}(?!\d)", " ".join(others)) for *_, key in parts)
        else:
            assert keys is not None
            stated = set().union(*(keys(text, not source_has) for text in others if text.strip()))
            elsewhere = all(key in stated for *_, key in parts)
        said = pair.source if source_has else pair.target  # the side that names the year
        if elsewhere or (years and all(_compared(key[1], said) for *_, key in parts)):
            what = "year" if years else "figure"
            flag.message += (
                f" (a {what} the other version gives elsewhere)"
                if elsewhere
                else " (the year before, said as compared with)"
            )
            flag.confidence = 0.5
            flag.__post_init__()


def _distinct(key: tuple[str, str]) -> bool:
    """A figure unlikely to recur by chance: a share, a decimal, or a number of two digits or more."""
    try:
        return key[0] != "number" or float(key[1]) >= 10
    except ValueError:
        return True


# 'par rapport à 2018', 'ten opzichte van 2018', 'vergeleken met 2018', 'compared with 2018'
_COMPARED = (
    r"(?:par rapport à|comparé(?:e|s|es)? à|en comparaison avec|ten opzichte van|t\.o\.v\.|vergeleken met|"
    r"tegenover|in vergelijking met|compared (?:with|to)|than in|qu'en|dan in)"
)


def _compared(year: str, text: str) -> bool:
    """The year before the one a sentence speaks of, named as what it is compared with: a rise 'in
    2019' is one over 2018 whether a version says so or not."""
    return bool(
        re.search(rf"{_COMPARED}\s+(?:l'année\s+|het jaar\s+)?{year}(?!\d)", text, re.IGNORECASE)
        and re.search(rf"(?<!\d){int(year) + 1}(?!\d)", text)
    )


# 'voor de volle 100%' / 'pleinement': a hundred per cent said as a word of wholeness
_WHOLLY = re.compile(
    r"\b(?:pleinement|entièrement|totalement|complètement|intégralement|tout à fait|à fond|volledig|helemaal|"
    r"volkomen|ten volle|geheel|totaal|fully|entirely|completely|wholly)\b",
    re.IGNORECASE,
)


def _in_full(pairs: list[CheckedPair]) -> None:
    """'100%' on one side where the other says 'fully': the same measure, in a word (a note)."""
    for pair in pairs:
        flag = _flag(pair, "number")
        if flag is None or flag.severity == "info":
            continue
        parts: list[Part] = flag.detail
        if not parts or not all(re.fullmatch(r"100\s?%", shown) for shown, *_ in parts):
            continue
        lacking = {pair.target if where == _MISSING else pair.source for _shown, where, _key in parts}
        if all(_WHOLLY.search(text) for text in lacking):
            flag.message += " (said in a word: fully)"
            flag.confidence = 0.5
            flag.__post_init__()


def _restated_dates(body: list[CheckedPair], dates: Callable[[str, bool], set[Any]]) -> None:
    """A date one version states again where the other says 'then' ('vanaf dan' for 'depuis le
    mois d'août 2019'), while the version without it states that date in the segment before or
    after: the context of a neighbouring sentence, a note like a restated year (_restated_figures)."""
    for i, pair in enumerate(body):
        flag = _flag(pair, "date")
        if flag is None or flag.severity == "info":
            continue
        parts: list[Part] = flag.detail
        wheres = {where for _shown, where, _key in parts}
        if len(wheres) != 1:
            continue
        source = _EXTRA in wheres  # the source lacks them: its neighbours may state them
        around: set[Any] = set()
        for near in body[max(0, i - 1) : i] + body[i + 1 : i + 2]:
            around |= dates(near.source if source else near.target, source)
        if all(key in around for *_, key in parts):
            flag.message += " (a date the other version gives in the next sentence or the one before)"
            flag.confidence = 0.5
            flag.__post_init__()


def _set_apart(pairs: list[CheckedPair], keys: Callable[[str, bool], set[Any]], note: Callable[[str], Finding]) -> None:
    """Figures one version sets in segments of their own, near the sentence or row the other version
    writes them in: a table copied cell by cell on one page and row by row on the other
    (2023-06-favv-activiteitenverslag-2022-begroting), a list item broken before its regulation's
    number ('n°' / '537/2014 ;', nodate-ibr-sanctiecommissie-fsma). The alignment left those cells
    without a counterpart (each is noted so); the figures are there, not lost or added."""
    for i, pair in enumerate(pairs):
        for code in ("number", "date"):
            flag = _flag(pair, code)
            if flag is None or flag.severity == "info":
                continue
            parts: list[Part] = list(flag.detail)
            near = pairs[max(0, i - SET_APART_WITHIN) : i] + pairs[i + 1 : i + 1 + SET_APART_WITHIN]
            alone_t = [p.target for p in near if p.target.strip() and not p.source.strip()]
            alone_s = [p.source for p in near if p.source.strip() and not p.target.strip()]
            lone = {
                _MISSING: set().union(*(keys(text, False) for text in alone_t)),
                _EXTRA: set().union(*(keys(text, True) for text in alone_s)),
            }
            kept = [part for part in parts if part[2] not in lone.get(part[1], set())]
            if len(kept) < len(parts):
                _update(pair, code, kept)
                _note_once(pair, "figures the other version sets in segments of their own, beside this one", note)


def _mirrored(a: CheckedPair, b: CheckedPair) -> bool:
    """Each holds a name the other lost: 'Bredene' lost here and added there, 'Theux' the other way."""
    (a_lost, a_added), (b_lost, b_added) = _names(a), _names(b)
    return any(same_name(x, y) for x in a_lost for y in b_added) and any(
        same_name(x, y) for x in b_lost for y in a_added
    )


def _settle_two(a: CheckedPair, b: CheckedPair, loose: bool) -> bool:
    """Cancel what each lacks against what the other has in excess; whether anything settled.
    `loose` (a passage moved): a name also settles where the other segment merely writes it."""
    settled = False
    for code in ("number", "date"):
        a_parts, b_parts = _parts(a, code), _parts(b, code)
        for here, there in ((a_parts, b_parts), (b_parts, a_parts)):
            for part in list(here):
                twin = next((p for p in there if p[2] == part[2] and p[1] != part[1]), None)
                if twin is not None and not (ranked_in_place(part, here) or ranked_in_place(twin, there)):
                    here.remove(part)
                    there.remove(twin)
                    settled = True
        _update(a, code, a_parts)
        _update(b, code, b_parts)
    (a_lost, a_added), (b_lost, b_added) = _names(a), _names(b)
    for lost, added, other in ((a_lost, b_added, b), (b_lost, a_added, a)):
        for item in list(lost):
            same = next((x for x in added if same_name(item, x)), None)
            if same is not None:
                added.remove(same)
            elif not loose or not _written(item, other.target):
                continue
            lost.remove(item)
            settled = True
    for added, other in ((a_added, b), (b_added, a)):
        for item in list(added):
            if loose and _written(item, other.source):
                added.remove(item)
                settled = True
    _update_names(a, a_lost, a_added)
    _update_names(b, b_lost, b_added)
    return settled


def _written(item: Lost, text: str) -> bool:
    folded = fold(text)
    return any(re.search(r"(?<!\w)" + re.escape(fold(form)), folded) for form in (item.text, *item.expected) if form)


def _flag(pair: CheckedPair, code: str) -> Finding | None:
    return next((f for f in pair.flags if f.code == code and f.detail is not None), None)


def _parts(pair: CheckedPair, code: str) -> list[Part]:
    flag = _flag(pair, code)
    return list(flag.detail) if flag is not None else []


def _names(pair: CheckedPair) -> tuple[list[Lost], list[Lost]]:
    flag = _flag(pair, "name")
    return (list(flag.detail[0]), list(flag.detail[1])) if flag is not None else ([], [])


def _update(pair: CheckedPair, code: str, parts: list[Part]) -> None:
    flag = _flag(pair, code)
    if flag is None:
        return
    if not parts:
        pair.flags.remove(flag)
        return
    flag.message, flag.detail = quantities_said(code, parts), parts


def _update_names(pair: CheckedPair, lost: list[Lost], added: list[Lost]) -> None:
    flag = _flag(pair, "name")
    if flag is None:
        return
    now: Any = said(lost, added)
    if now is None:
        pair.flags.remove(flag)
        return
    flag.message, flag.detail = now[0], (lost, added)
    if now[1] < flag.confidence:
        flag.confidence = now[1]
        flag.__post_init__()


def _note(pair: CheckedPair, other: CheckedPair, note: Callable[[str], Finding]) -> None:
    message = f"the other version gives this passage elsewhere (segment {other.index + 1}): in another order"
    if not any(f.message == message for f in pair.flags):
        pair.flags.append(note(message))
