"""The names a sentence writes, as `terms` learns them: capitalised runs, and in French the lower-case
words a name's head carries.

Dutch capitalises each main word of a name ('Algemene Directie Kwaliteit en Veiligheid'); French only
its first ('Point de contact', 'Commission de l'indice', 'Inspection économique': the Académie
française's rule for institutions), so a French name runs on past its head through lower-case words
and 'de/du/des/de la/de l'' (trial D learned 'Meldpunt → Point', 'Indexcommissie → Commission'). How
far it runs is not for the spelling to say: each stop is a candidate and the counts choose
(`terms.learn`). A person named after a minister's portfolio ('minister van Economie Nadia Lemaire')
is a name of their own, not the portfolio's tail (trial D learned 'Economie Nadia Lemaire').
"""

from __future__ import annotations

import re

MAX_WORDS = 6
# Words that stand inside names without a capital (a fact of each language's spelling of names).
CONNECTORS = {
    "nl": {"van", "voor", "en", "de", "het", "der", "den", "op", "in"},
    "fr": {"de", "du", "des", "la", "le", "les", "et", "pour", "en", "d", "l", "à", "aux", "au", "sur"},
    "en": {"of", "for", "and", "the", "on", "in"},
}
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
# French elides the article and a few short words before a vowel: 'l'Inspection', 'd'Etat' are two
# words, the second the name's head (a plain fact of French spelling; read whole, 'l'Inspection
# économique' never began with a capital and trial D's most frequent name was missed)
_ELIDED = re.compile(r"(?<!\w)((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’])(?=\w)", re.IGNORECASE)
_ENDS = {".", "!", "?", ":", "«", '"', "“", "„"}
# What a French name's lower-case part never holds: articles, pronouns, the forms of 'avoir' and
# 'être' and the common modal verbs, negation and conjunctions (closed classes of French grammar: a
# name's lower-case words are nouns and adjectives). 'Le Point de contact a reçu' stops at 'a'.
_NOT_IN_NAME_FR = {
    *("le la les l un une ce cet cette ces son sa ses leur leurs notre nos votre vos".split()),
    *("il elle ils elles on se s qui que qu dont y nous vous lui eux".split()),
    *("a ont est sont sera seront était étaient avait avaient aura auront été être avoir".split()),
    *("peut peuvent doit doivent va vont fait font".split()),
    *("ne n pas plus aussi également mais ou où car donc si comme lors avec par dans sans".split()),
    *("entre chez vers depuis pendant selon contre sous après avant".split()),
}
_PREPOSITIONS_FR = {"et", "à", "au", "aux", "en", "pour", "sur"}
_OF_FR = {"de", "du", "des", "d"}  # 'de' and its forms: what joins a French name's lower-case parts
_LOWER_WORDS = 3  # lower-case words past the head at most ('Direction générale', 'Point de contact')
# A minister's title and its preposition: the capitalised words after it are a portfolio, and a run
# longer than two words ends with a person (review/name_context.py's rule, read the same way)
_TITLE = re.compile(
    r"\b(?i:minister|ministre|staatssecretaris|secrétaire d['’]état)\s+(?:van|voor|de|du|des|à|aux)"
    r"(?:\s+(?:de|het|la|l['’]))?\s*$"
)
# A minister's title opening a sentence has its capital from its place: in Dutch and French the title
# is a common noun, written lower case before a name in running text ('zegt minister Jonas Thiry', 'le
# ministre Jonas Thiry'), so it is no word of the name (trial D learned 'Minister Jonas Thiry' and
# 'Minister van Volksgezondheid Hugo Renard' from headlines and sentences that opened with it)
_TITLE_WORDS = {"minister", "ministre", "staatssecretaris"}
_TITLE_JOINS = {"van", "voor", "de", "du", "des", "het", "la", "l'", "l’", "à", "aux"}
# Particles of Belgian and French family names ('Anna De Smet', 'Van der Straeten', 'Le Pen')
_PARTICLES = {"de", "van", "der", "den", "vande", "vanden", "vander", "le", "la", "du", "des", "di", "da", "d"}


def _is_cap(word: str) -> bool:
    """A capitalised word; an elided one ('C'', 'L'') is an article or a pronoun, never a name."""
    return word[:1].isupper() and any(ch.isalpha() for ch in word) and word[-1] not in "'’"


def _tokens(text: str, lang: str) -> list[str]:
    if lang == "fr":
        text = _ELIDED.sub(r"\1 ", text)
    return _TOKEN.findall(text)


def _joined(run: list[str]) -> str:
    return " ".join(run).replace("' ", "'").replace("’ ", "’").replace(" '", "'")


def _person_after_title(run: list[str], before: str) -> list[str] | None:
    """The person's words of a run after a minister's title ('Economie Nadia Lemaire' -> 'Nadia
    Lemaire'): a surname, its particles, one given name; None when the run is no such thing."""
    if len(run) < 3 or not _TITLE.search(before):
        return None
    k = len(run) - 1
    while k - 1 > 0 and run[k - 1].lower().strip("'’") in _PARTICLES:
        k -= 1
    k -= 1  # the given name
    if k < 1 or not all(_is_cap(w) or w.lower().strip("'’") in _PARTICLES for w in run[k:]):
        return None
    return run[k:]


def _run_on(tokens: list[str], j: int) -> list[tuple[int, list[str]]]:
    """The lower-case continuations of a French name's head that ends before `j`, each as (end,
    words): 'Point' -> 'de contact'; 'Direction' -> 'générale', then 'Qualité et Sécurité'."""
    out: list[tuple[int, list[str]]] = []
    words: list[str] = []
    lower = 0
    while j < len(tokens) and lower < _LOWER_WORDS:
        step: list[str] = []
        k = j
        if tokens[k].lower().strip("'’") in _OF_FR:  # 'de', 'de la', 'de l'', 'du', 'des', 'd''
            step.append(tokens[k])
            k += 1
            if k < len(tokens) and tokens[k].lower() in {"la", "l'", "l’"} and step[0].lower() == "de":
                step.append(tokens[k])
                k += 1
        if k >= len(tokens) or not re.match(r"\w", tokens[k]) or tokens[k][:1].isdigit():
            break
        word = tokens[k]
        if word.lower().strip("'’") in _NOT_IN_NAME_FR or word.lower() in _OF_FR:
            break
        if _is_cap(word):
            if step:  # 'du SPF Economie': a capital after 'de' opens another name
                break
            k += 1  # the capitalised rest of this one ('générale Qualité et Sécurité')
            step.append(word)
            while k < len(tokens):
                if _is_cap(tokens[k]):
                    step.append(tokens[k])
                    k += 1
                elif tokens[k].lower() == "et" and k + 1 < len(tokens) and _is_cap(tokens[k + 1]):
                    step += tokens[k : k + 2]
                    k += 2
                else:
                    break
            words += step
            out.append((k, list(words)))
            break
        step.append(word)
        words += step
        lower += 1
        j = k + 1
        out.append((j, list(words)))
    return out


def name_spans(text: str, lang: str, *, run_on: bool = True) -> set[str]:
    """Every reading of the sentence's names `terms` weighs: each capitalised run at its longest, and
    in French each stop of a head's lower-case continuation ('Point', 'Point de contact')."""
    tokens = _tokens(text, lang)
    connectors = CONNECTORS.get(lang, set())
    found: set[str] = set()
    i = 0
    while i < len(tokens):
        if not _is_cap(tokens[i]):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens):  # the whole run, however long: one cut at MAX_WORDS is half a name
            word = tokens[j]
            if _is_cap(word):
                run.append(word)
                j += 1
                continue
            joiner = [word]
            if lang == "fr" and word.lower() == "de" and j + 1 < len(tokens) and tokens[j + 1].lower() in {"la", "l'"}:
                joiner.append(tokens[j + 1])  # 'Conseil de la Concurrence', 'Cour de l'Union'
            after = j + len(joiner)
            if word.lower().strip("'’") in connectors and after < len(tokens) and _is_cap(tokens[after]):
                run += [*joiner, tokens[after]]
                j = after + 1
            else:
                break
        sentence_start = i == 0 or tokens[i - 1] in _ENDS
        while len(run) > 1 and run[0].lower().strip("'’") in connectors:  # 'De Federale Overheidsdienst'
            run = run[1:]
            sentence_start = False
        start = i
        if len(run) > 1 and run[0].lower() in _TITLE_WORDS:  # 'Minister Jonas Thiry opent'
            cut = 1
            while cut < len(run) - 1 and run[cut].lower() in _TITLE_JOINS:
                cut += 1
            run, start, sentence_start = run[cut:], i + cut, False
        before = " ".join(tokens[max(0, start - 4) : start]).replace("' ", "'").replace("’ ", "’")
        person = _person_after_title(run, before)
        if person is not None:
            run = person  # the portfolio before it is a remit, said in each language its own way
        if len(run) > MAX_WORDS:  # a title and a person's name run together: neither is a term alone
            i = j
            continue
        after_title = bool(_TITLE.search(before))
        j = _add(found, run, sentence_start, tokens, j, lang, run_on, after_title)
        if run_on and sentence_start and len(run) > 1:
            # the first word of a sentence has its capital from its place: without it is a reading
            # too ('Signalez-le au Bureau de médiation', 'Volgens Statbel'), the counts choose
            rest = run[1:]
            while rest and rest[0].lower().strip("'’") in connectors:
                rest = rest[1:]
            if rest:
                j = _add(found, rest, False, tokens, j, lang, run_on)
        i = j
    return found


def _add(
    found: set[str],
    run: list[str],
    sentence_start: bool,
    tokens: list[str],
    j: int,
    lang: str,
    run_on: bool,
    after_title: bool = False,
) -> int:
    """Adds a run's readings to `found`; returns where the next name may start."""
    if lang == "fr" and after_title and len(run) == 1:
        stops = _run_on(tokens, j)
        if stops and _is_cap(stops[-1][1][-1]):
            # 'ministre de la Santé publique Hugo Renard': a person after the portfolio, read apart as
            # in Dutch (the portfolio a remit each language says its own way; trial D learned 'Santé
            # publique Hugo Renard'); the person's run starts where the portfolio's lower case ends
            return stops[-2][0] if len(stops) > 1 else j
    # a single letter is an initial or an elided word ('M. Dupont', 'A l'issue'), never a name
    if len(run) > 1 or (len(run[0]) > 1 and (not sentence_start or run[0].isupper())):
        found.add(_joined(run))
    if lang == "fr" and len(run) > 1 and run_on and j < len(tokens) and _adjective(tokens[j]):
        # a French adjective follows its noun (a plain fact of French grammar), in lower case after a
        # capitalised name: 'SPF Santé publique' (trial O learned 'SPF Santé'); a reading of its
        # own, the counts choose, and no name is read as starting inside it
        found.add(_joined([*run, tokens[j]]))
    # a French head not opening the sentence ('le Point', 'l'Inspection') runs on in lower case
    if lang == "fr" and len(run) == 1 and not sentence_start and len(run[0]) > 1:
        for end, words in _run_on(tokens, j):
            if run_on:
                found.add(_joined([*run, *words]))
            j = max(j, end)  # a name never starts inside this one ('générale Qualité et Sécurité')
    return j


def _adjective(word: str) -> bool:
    """A lower-case word that may be a name's adjective: none of the closed classes a name never holds."""
    plain = word.lower().strip("'’")
    # prepositions are a closed class, never adjectives: 'Le ministre Jonas Thiry en visite à …' read
    # 'Jonas Thiry en' (trial D)
    return word.isalpha() and word.islower() and plain not in _NOT_IN_NAME_FR | _OF_FR | _PREPOSITIONS_FR


def names(text: str, lang: str) -> set[str]:
    """The capitalised names of a sentence, each at its longest (sub-runs are not counted apart)."""
    return name_spans(text, lang, run_on=False)
