"""Names a rendering lost or added: people, places, institutions.

Institutions and places are translated ('Binnenlandse Zaken' is 'Intérieur'), so they are matched
through the glossary, whole names first. People are not translated: a capitalised run after a title
('minister', 'la ministre') must appear as such. Anything else capitalised is only reported as a
substitution, where the other side has another capitalised word in the same place ('Charles Michel'
-> 'Charles Martin'). A name followed by an acronym ('Nationaal Crisiscentrum (NCCN)') is matched by
the acronym when the other side has it.
"""

from __future__ import annotations

import difflib
import re

from reader.core.review import name_facts
from reader.core.review.analysis import SegmentAnalysis, analysed
from reader.core.review.name_context import (
    acronym_spans,
    by_head,
    cognate_name,
    inside,
    inside_written_out,
    portfolio_after,
    put_in_place,
    shortened,
    spoken_of,
    titled_after,
)
from reader.core.review.name_facts import (
    HONORIFICS,
    TITLES,
    acronyms,
    body_noun,
    initials,
    people_of,
    place_form,
    spelled_out,
)
from reader.core.review.name_facts import LINKS as _LINKS
from reader.core.review.name_forms import Lost, paired_away
from reader.core.review.name_match import occurrences as _occurrences
from reader.core.review.speakers import speaker_change, within
from reader.core.review.streets import street_losses
from reader.core.review.thresholds import CLOSE_SPELLING
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary

# A place: right after 'in/à', or further along a list that starts so ('In Dinant, Hastière en Bouillon').
_LIST_SO_FAR = r"(?:[A-ZÀ-Þ][\w'’-]+(?:\s*,\s*|\s+(?:en|et|and|of|ou|or)\s+(?:(?:à|in|te)\s+)?))*"
_LOCATIVE = {
    "nl": re.compile(rf"(?:^|\s)(?:[Ii]n|[Tt]e|[Nn]aar|[Uu]it|[Bb]ij)\s+{_LIST_SO_FAR}$"),
    "fr": re.compile(rf"(?:^|\s)(?:[àÀ]|[Ee]n|[Vv]ers)\s+{_LIST_SO_FAR}$"),  # not 'au': 'au Fonds', 'au Parlement'
    "en": re.compile(rf"(?:^|\s)(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear)\s+{_LIST_SO_FAR}$"),
}


def _substituted(
    lost: list[str], found: list[str], run: list[str], other_block: SegmentAnalysis, own: set[str]
) -> bool:
    """'Charles Michel' -> 'Charles Martin': where the lost word stood, the other side has another
    capitalised word (not an acronym, not a word of this side). 'Digitale Agenda' -> 'Agenda
    numérique' is a translation, not a substitution."""
    tokens, folded_tokens, articles = other_block.tokens, other_block.folded_tokens, name_facts.ARTICLES
    # the word kept nearest the lost one ('Van' of 'Vincent Van Peteghem'): its neighbour there
    # stands where the lost word stood
    near = min(found, key=lambda word: abs(run.index(word) - run.index(lost[0])))
    anchor = fold(near)
    step = run.index(lost[0]) - run.index(near)
    for i, folded in enumerate(folded_tokens):
        if folded != anchor or not 0 <= i + step < len(tokens):
            continue
        neighbour, after_article = tokens[i + step], step < 0 < i + step and folded_tokens[i + step - 1] in articles
        if _TITLE_ALONE.fullmatch(neighbour) or after_article:
            continue  # a title ('Premier ministre Dehaene'), a portfolio ('de la Justice Van Q…'): no other name
        if neighbour[:1].isupper() and not neighbour.isupper() and folded_tokens[i + step] not in own:
            return True
    return False


def _names(
    side: SegmentAnalysis,
    opposite: SegmentAnalysis,
    opposite_block: SegmentAnalysis,
    side_block: SegmentAnalysis,
    glossary: Glossary,
) -> list[Lost]:
    """Names of the source that the target lacks. High precision first:

    - a word with glossary equivalents (Luik: Liège) must be there, through one of them, as often in
      the target paragraph as in the source paragraph;
    - other capitalised words are often translated (institutions), so they are only reported as a
      person after a title, a place after a locative preposition, or a substitution.
    """
    source = side.text
    lang = side.lang
    folded_target, folded_block, folded_source_block = opposite.folded, opposite_block.folded, side_block.folded
    block_words = opposite_block.words  # 'Homegrown' is 'Home-grown': a hyphen is spelling, for closeness
    dutch = opposite.lang == "nl"

    def present(word: str, forms: list[str]) -> bool:
        # a form the user's glossary says is English is no name of a Dutch text (trial K)
        forms = [forms[0], *(form for form in forms[1:] if glossary.fits(form, opposite.lang))]
        if _occurrences(folded_target, forms, dutch):
            return True
        head = word.split("-")[0]
        if "-" in word and head.isupper() and len(head) >= 2 and fold(head) in block_words:
            return True  # 'PDF-formaat' / 'format pdf': a Dutch compound on an acronym the other side writes
        if re.fullmatch(r"[^\W\d_]{3,}-(?:stad|city|ville)", word, re.I) and present(head, [fold(head)]):
            return True  # 'Quebec-stad' is 'Quebec City', 'Québec': '-stad' after a place is that place (trial B)
        if place_form(word, lang, opposite.lang, folded_block, glossary):
            return True  # 'Oost-Congo' is 'l'est du Congo', 'Aatsesteenweg' 'chaussée d'Ath'
        if any(acronyms(form) & opposite_block.words or initials(form, opposite_block.text) for form in forms):
            return True  # 'SPFE' for 'SPF Economie', 'CGRA' for the Commissariat's full name, 'VK'
        if word.isupper() and any(spelled_out(form, opposite_block.text) for form in forms if " " not in form):
            return True  # 'FOD' where the other side writes 'Service public fédéral' out
        if inside_written_out(word, source, opposite_block, glossary):
            return True  # and 'Service public' of 'Service public fédéral' where the other side writes 'FOD'
        if lang == "nl" and people_of(forms, opposite.lang, set(opposite_block.tokens)):
            return True  # 'Polen' (the Poles) for 'Polonais'
        if cognate_name(word, block_words):
            return True  # 'International Maritiem Organization' for 'Organisation Maritime Internationale'
        in_block = _occurrences(folded_block, forms, dutch)
        if in_block and in_block >= _occurrences(folded_source_block, [fold(word)]):
            return True
        return not in_block and bool(difflib.get_close_matches(fold(word), block_words, n=1, cutoff=CLOSE_SPELLING))

    missing: list[Lost] = []
    vouched = acronym_spans(source, opposite_block, lang, glossary)
    covered: set[str] = {fold(w) for a, b in vouched for w in re.findall(r"[\w'’-]+", source[a:b])}
    folded_source = side.folded  # the same length as the source: fold keeps one character per character
    source_words = side.words
    for term, equivalents in glossary.phrases(lang):
        if not set(re.findall(r"\w+", term)) <= source_words:
            continue  # most phrases: a word of them is not here at all
        flexible = (
            re.escape(term).replace(r"\-", "[- ]").replace(r"\ ", "[- ]").replace("'", "['’]")
        )  # 'Banque Carrefour'
        match = re.search(r"(?<![\w-])" + flexible + r"(?!\w)", folded_source)
        if not match or inside(vouched, match.start()):
            continue
        if not _capitalised_as(source[match.start() : match.end()], glossary.spelling(lang, term)):
            continue  # 'la réunion' is a meeting, 'La Réunion' an island; 'transport routier' no institution
        # A longer name consumes its words: 'vice-premier ministre' is not also 'premier ministre'.
        folded_source = folded_source[: match.start()] + " " * len(term) + folded_source[match.end() :]
        # its words whatever stands between them: 'Volksgezondheid,' of the Health FPS's whole name
        # was no word of it, and flagged alone (trial S, F2)
        covered.update(re.findall(r"[\w'’-]+", term))
        if not present(term, [term, *equivalents]):
            portfolio = bool(_TITLE_WORD.search(folded_source[max(0, match.start() - 25) : match.start()]))
            shown = source[match.start() : match.end()] if len(folded_source) == len(source) else term
            missing.append(
                Lost("portfolio" if portfolio else "phrase", shown, glossary.shown(lang, term, opposite.lang))
            )
    locative = _LOCATIVE.get(lang, _LOCATIVE["en"])
    for run in side.name_runs:
        body = name_facts.acronym_body(run, glossary, lang)  # 'HR Rail': lost when its acronym is too
        if body and fold(run[0][0]) not in block_words and not present(body, [fold(body)]):
            missing.append(Lost("body", body))
            continue
        words = [(w, start) for w, start in run if len(w) >= 3 and not (w.isupper() and len(w) > 6)]
        words = [(w, start) for w, start in words if fold(w).rstrip(".") not in HONORIFICS]
        words = [(w, start) for w, start in words if fold(w) not in covered]
        if not words:
            continue
        for word, at_start in words:
            if at_start and side.common_word(word):
                continue  # 'Landen die …' where the text also writes 'landen': a noun, not the town
            equivalents = name_facts.equivalents(word, lang, glossary)  # 'Courtrai-Wevelgem' too
            if equivalents and name_facts.acronym_of_a_word(word, source, glossary.spelling(lang, word)):
                continue  # 'ROI' (règlement d'ordre intérieur) in a sentence is no 'Roi'
            if equivalents and lang == "en" and name_facts.word_of_an_acronym(word, glossary.spelling(lang, word)):
                continue  # 'Who can apply?' opens on a word, not on the WHO
            if equivalents and not present(word, [fold(word), *equivalents]):
                place = len(run) == 1 and _preceded_by(source, word, locative)
                portfolio = _preceded_by(source, word, _AFTER_TITLE)
                kind = "place" if place else "portfolio" if portfolio else "glossary"
                forms = glossary.shown(lang, word, opposite.lang)
                # 'Belgische' / 'belge', 'Brusselse' / 'bruxellois': an adjective of a place, which Dutch
                # capitalises and French does not; said another way as often ('de Bruxelles'): a note
                # ('het Duits': after the neuter article, uninflected, Dutch writes a language, a noun)
                adjective = kind == "glossary" and bool(forms) and all(form.islower() for form in forms)
                language = lang == "nl" and word[-1:] != "e" and _preceded_by(source, word, _NEUTER)
                adjective = adjective and not language
                missing.append(Lost(kind, word, forms, confidence=0.4 if adjective else 1.0))
        while len(run) > 1 and (glossary.known(lang, run[0][0]) or fold(run[0][0]) in covered):
            run = run[1:]  # 'Werk Kris Peeters' after 'minister van': the portfolio, then the person
            words = [(w, start) for w, start in words if any(w == name for name, _ in run)]
        unknown = [w for w, at_start in words if not (at_start or name_facts.named(w, lang, glossary))]
        names = [w for w, _ in run]
        # 'in Franstalige zaken': a language's adjective, capitalised in Dutch ('-talig'), no place
        unknown = [w for w in unknown if not re.search(r"talige?n?$", w)]
        if len(run) == 1 and unknown and _preceded_by(source, unknown[0], locative):
            # 'in NAVO-verband', 'EU-lidstaten': a Dutch compound hyphenated after a known name is that name
            parts = [(part, glossary.equivalents(lang, part)) for part in unknown[0].split("-")[:-1]]
            known = [(part, forms) for part, forms in parts if forms]
            if known and all(present(part, [fold(part), *forms]) for part, forms in known):
                continue
            if not present(unknown[0], [fold(unknown[0])]):
                missing.append(Lost("place", unknown[0], confidence=0.7))  # 'te Zaventem': a place keeps its name
        elif 2 <= len(run) <= 3 and unknown and len(unknown) == len(words) - sum(1 for _, s in words if s):
            found = [w for w in unknown if present(w, [fold(w)])]
            lost = [w for w in unknown if w not in found]
            if found and lost and _substituted(lost, found, names, opposite_block, side_block.words):
                person = _after_person_title(source, run[0][0])  # a person's name is never translated
                # 'Lichte Brigade' -> 'Brigade Légère': a word of a translated name is only plausibly lost
                missing += [Lost("substitution", w) if person else Lost("part", w, confidence=0.4) for w in lost]
            elif not found and (_after_person_title(source, run[0][0]) or titled_after(source, names)):
                if portfolio_after(source, names):
                    continue  # 'X, minister van Lokale Besturen': a remit, no person (name_context.py)
                # 'la ministre Sophie Wilmès' -> 'la ministre': the role kept says less than the name
                # (a trial: 'minister van Justitie Liesbeth X' / 'la ministre de la Justice' was a note)
                missing.append(Lost("person", " ".join(names)))
    # Names no one translates: 'MyGov.be', 'MyMinfin', 'eID', 'www.be-alert.be' (an inner capital, a domain)
    for match in _BRAND.finditer(source):
        token = match.group(0).rstrip(".")
        named = [fold(token), *glossary.equivalents(lang, token)]  # 'safe.brussels' is 'BPS' in French
        if not any(form in folded_block for form in named) and fold(token) not in covered:
            # A web address is never translated; 'eID' may be spelled out ('carte d'identité électronique')
            domain = "." in token
            missing.append(Lost("domain" if domain else "brand", token, confidence=1.0 if domain else 0.4))
    for term in glossary.acronyms.get(lang, set()):  # 'kmo's', 'btw': acronyms in lower case
        for match in re.finditer(r"(?<![\w'’-])" + re.escape(term) + r"(?:['’]?s)?(?![\w-])", source):
            if match.group(0)[:1].islower() and not present(term, [term, *glossary.equivalents(lang, term)]):
                missing.append(Lost("glossary", match.group(0), glossary.shown(lang, term, opposite.lang)))
                break
    return list(dict.fromkeys(missing))


# The country every release here is about: one version names it where the other says 'ons land',
# 'national' or 'we' (unrelated real dev pairs: 2016-bivv-onveiligheidsenquete-buurlanden,
# nodate-justitie-in-cijfers-2011-2016, 2022-11-10-fedasil-bredene-theux). Alone, a note; put in place
# of another country, a lost name with an added one, a warning.
_FRAME = {"belgie", "belgique", "belgium", "belgisch", "belgische", "belge", "belges", "belgian"}
_BRAND = re.compile(
    # (a domain opens on a letter: '08.07.2022Safe.brussels' is a date run into the name, not a domain)
    r"(?<![\w@./-])(?:[a-zA-Z]*[a-z][A-Z][\w]*(?:\.[a-z]{2,3})?|[^\W\d_][\w-]*(?:\.[\w-]+)*\.(?:be|eu|com|org|net|brussels))"
    r"(?![\w@/-])"
)


def _preceded_by(text: str, word: str, pattern: re.Pattern[str]) -> bool:
    at = text.find(word)
    return at > 0 and bool(pattern.search(text[max(0, at - 80) : at]))


_NEUTER = re.compile(r"(?:^|\s)[Hh]et\s+$")
_AFTER_TITLE = re.compile(
    r"(?:minister|ministre|staatssecretaris|secrétaire d'état|secretary)\s+(?:van|voor|de|du|des|de la|of|for)?"
    r"\s*(?:l['’]|het\s+|de\s+|la\s+|the\s+)?$",
    re.IGNORECASE,
)


def _capitalised_as(text: str, written: str) -> bool:
    """A name found case-blind is one only where the text has the capitals the glossary writes."""
    pairs = zip(re.findall(r"[\w'’]+", written), re.findall(r"[\w'’]+", text), strict=False)
    return all(not w[:1].isupper() or t[:1].isupper() for w, t in pairs)


def name_findings(
    source: str | SegmentAnalysis,
    target: str | SegmentAnalysis,
    source_block: str | SegmentAnalysis,
    target_block: str | SegmentAnalysis,
    src: str,
    tgt: str,
    glossary: Glossary,
) -> tuple[str, float] | None:
    """What a reviser reads, in one flag: the names the target lost, then the people and places it
    added ('Brussel' rendered as 'Namur' is both), with the flag's confidence."""
    return said(*name_lists(source, target, source_block, target_block, src, tgt, glossary))


def name_lists(
    source: str | SegmentAnalysis,
    target: str | SegmentAnalysis,
    source_block: str | SegmentAnalysis,
    target_block: str | SegmentAnalysis,
    src: str,
    tgt: str,
    glossary: Glossary,
) -> tuple[list[Lost], list[Lost]]:
    """The names the target lost and those it added, a name in two languages paired away."""
    s, t = analysed(source, src), analysed(target, tgt)
    s_block, t_block = analysed(source_block, src) or s, analysed(target_block, tgt) or t  # a title is its own block
    lost = _names(s, t, t_block, s_block, glossary)
    added_all = _names(t, s, s_block, t_block, glossary)
    added = [item for item in added_all if item.kind != "portfolio"]  # 'le ministre de l'Economie' for 'de minister'
    if not any(item.kind == "portfolio" for item in added_all) and _TITLE_WORD.search(t.text):
        # The same seen from the other side: 'de minister van Werk' for 'notre ministre' keeps the
        # role and names no other portfolio; only a portfolio replaced by another is news.
        lost = [Lost(i.kind, i.text, i.expected, 0.5) if i.kind == "portfolio" else i for i in lost]
    paired_away(lost, added, glossary, src, tgt)  # one name in two languages, or the same by the glossary
    if added and not lost:
        lost = put_in_place(s, t, added, glossary)
    elif lost and not added:
        added = put_in_place(t, s, lost, glossary)
    if change := speaker_change(s.text, t.text, src, tgt, glossary):  # a quote credited to another (speakers.py)
        lost, added = [*within(lost, change[0]), change[0]], [*within(added, change[1]), change[1]]
    street_lost, street_added = street_losses(s.text, t.text, src, tgt, t_block.text, s_block.text, glossary)
    lost, added = lost + street_lost, added + street_added  # 'rue X' / 'Xstraat', both ways (streets.py)
    # 'la Région' for 'het Brussels Hoofdstedelijk Gewest', 'le Comité' for 'het Overlegcomité': an
    # institution named again by the head of its name, capitalised (the anaphora both languages use)
    others = [term for term, _ in glossary.phrases(tgt)]
    lost = [by_head(item, t.text, others) for item in lost]
    return [shortened(spoken_of(item, s, t), t) for item in lost], [
        shortened(spoken_of(item, t, s), s) for item in added
    ]


def said(lost: list[Lost], added: list[Lost]) -> tuple[str, float] | None:
    """The flag's message and confidence for these lists (None when both are empty)."""
    parts: list[str] = []
    if lost:
        parts.append(f"not found in the target: {', '.join(item.describe() for item in lost)}")
    if added:
        parts.append(f"in the target but not in the source: {', '.join(item.text for item in added)}")
    if not parts:
        return None
    confidence = max(item.confidence for item in lost + added)
    if all(body_noun(item.text) and item.kind != "portfolio" for item in lost + added):
        # 'le Parlement' for 'de parlementsleden': a body by its common noun; not a minister's portfolio
        # ('minister van Justitie' / 'ministre de l'Intérieur' was a note nl->fr, a warning fr->nl: trial U, F7)
        confidence = min(confidence, 0.5)
    if all(fold(item.text) in _FRAME for item in lost + added):
        confidence = min(confidence, 0.5)  # Belgium alone, named or left as 'our country', 'national', 'we'
    unknown = [item for item in lost + added if not item.expected and item.kind in ("place", "part")]
    if lost and added and len(unknown) == len(lost) + len(added):
        confidence = min(confidence, 0.4)  # 'Groot-Brittannië' / 'Grande-Bretagne': one name the glossary lacks
    return "; ".join(parts), confidence


_PERSON_TITLE = re.compile(
    TITLES
    # the role's body before a comma of apposition: 'de CEO van Infrabel, Benoît Gilson', 'Le
    # porte-parole, Marc Dubois'
    + r"(?:\s+(?:van|of|de|du|des|d['’])\s*(?:de\s+|het\s+|la\s+|le\s+|l['’])?[A-ZÀ-Þ][\w'’.-]*)?\s*,?\s+$",
    re.IGNORECASE,
)


# One word of a title standing where the other side gives a given name: the person named by title
# and surname, which is no substitution.
_TITLE_ALONE = re.compile(TITLES, re.IGNORECASE)

_PORTFOLIO_WORDS = _LINKS | {
    "belast",
    "met",
    "chargé",
    "chargée",
    "publique",
    "sociale",
    "sociales",
    "social",
    "étrangères",
    "numérique",
    "durable",
    "fédéral",
    "fédérale",
    "extérieur",
    "nationale",
    "moyennes",
    "scientifique",
}


def _after_person_title(source: str, first_word: str) -> bool:
    """A capitalised run after 'minister', 'Mme', ... names a person, not an institution; so does one
    after a title and its portfolio ('minister van Werk Kris Peeters', 'la ministre de la Santé
    publique Maggie De Block'), but not one after a verb ('la ministre a cité Anvers')."""
    at = source.find(first_word)
    if at <= 0:
        return False
    before = source[max(0, at - 90) : at]
    if _PERSON_TITLE.search(before[-50:]):
        return True
    titles = list(_TITLE_WORD.finditer(before))
    if not titles:
        return False
    title = titles[-1]
    between = re.findall(r"[\w'’-]+", before[title.end() :])
    return (
        0 < len(between) <= 7
        and all(
            w[:1].isupper()
            or fold(re.sub(r"^[ld]['’]", "", w)) in _PORTFOLIO_WORDS
            or w.lower() in _PORTFOLIO_WORDS
            or re.match(r"^[ld]['’][A-ZÀ-Þ]", w)
            for w in between
        )
        and not re.search(r"[,;:.]", before[title.end() :])
    )


_TITLE_WORD = re.compile(
    r"(?<!\w)(?:minister|ministre|staatssecretaris|secrétaire d'état|secretary of state)(?!\w)", re.IGNORECASE
)
