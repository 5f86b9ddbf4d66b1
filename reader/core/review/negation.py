"""A negation one version says and the other does not: 'is nog altijd niet uitgevoerd' rendered 'a
été mis en œuvre', 'moeten niet worden verwijderd' rendered 'doivent être retirées'. No figure or
name differs, so nothing else sees it, and the meaning is reversed (two misses of a checks trial, in
the shapes of an ombudsman's and a court's pairs).

The words are plain facts of the languages: Dutch and English negate with a word of their own
('niet', 'geen', 'nooit'; 'not', 'never'), French with 'ne' (or 'n'') before the verb, or a word
that negates alone ('aucun', 'jamais', 'sans', 'non'; 'pas' where headlines and speech leave 'ne'
out). French 'ne … que' ('il n'y a que trois …') restricts ('only') and is no negation, nor is 'ne …
pas … avant' (not before) where the other side says it with Dutch 'pas' or English 'only'. A
negation said by an affix ('onmogelijk', 'impossible') or by a word of meaning ('weigeren',
'refuser') is not counted as one: a segment is flagged only when one side has a negation word and
the other none at all, at the lowest confidence of a warning (thresholds.NEGATION) until real pairs
measure it. The other side's negating affixes are read so that they excuse it: 'sans annonce
préalable' is 'onaangekondigd', 'non conventionnés' 'niet-geconventioneerde', 'non sollicité'
'ongewenst' (three false flags of a checks trial, on pairs of three issuers). Dutch 'on-' and
'niet-', '-loos', '-vrij'; English 'un-', 'non-', '-less', '-free'; French 'non-', 'sans-' and 'in-'
before the adjectives it most often negates (a prefix that also opens words of no negation,
'onder-', 'ont-', 'information', is read only where it cannot be those).
"""

from __future__ import annotations

import re

from reader.core.review import thresholds as limit
from reader.core.review.findings import Finding, FlagCode
from reader.core.text.fold import fold

_WORDS = {
    # and the near negations, which the other language says with its negation ('nauwelijks' is 'ne … guère')
    "nl": r"niet|geen|nooit|niets|niemand|nergens|noch|zonder|allerminst|nauwelijks|amper|haast",
    # ('judgment no. 42/2025', 'No. 7': the abbreviation of 'number' before a figure, a trial K false flag)
    "en": r"not|no(?!\.\s{0,2}\d)|never|nothing|nobody|none|nowhere|neither|nor|without|cannot|\w+n't"
    r"|hardly|barely|scarcely",
    # 'jamais', 'rien', 'guère' negate with 'ne' ('plus que jamais': more than ever), read with it below
    "fr": r"aucun|aucune|sans|non|ni",
}
# a word alone: 'sans-abri', 'non-marchand', 'niet-EU-burgers' are compounds that name, not negate
_NEGATION = {lang: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE) for lang, words in _WORDS.items()}
# French 'ne' or 'n'' before a verb; 'ne … que' (only, 'ne … plus que': only still) is no negation
# unless 'pas' comes first ('ne … pas que': not only, 'ne … pas … avant que')
_NE = re.compile(r"(?<![\w'’])(?:ne\s+|n['’]\s*)", re.IGNORECASE)
_CLAUSE = re.compile(r"[^.;:!?«»“”()]{0,120}")
_ONLY = re.compile(r"(?<![\w'’])(?:que\b|qu['’])|(?<![\w'’])(?P<pas>pas)\b", re.IGNORECASE)
# A 'que' is no restriction where the negation came first ('personne n'attendra plus longtemps que ...':
# nobody will wait longer than; 'rien ne ... autant que'): a negative pronoun as the subject of 'ne', or a
# 'plus' / 'jamais' / 'rien' / 'personne' set apart from the 'que' by a word of its own (a comparative),
# is the negation; 'ne … plus que' with the two together stays 'only still' (French grammar; trial M,
# in the shape of a ministry's waiting-time promise)
_SUBJECT = re.compile(r"(?<![\w'’-])(?:personne|rien|nul|nulle|aucun|aucune)\s{1,3}$", re.IGNORECASE)
_COMPARED = re.compile(r"(?<![\w'’])(?:plus|jamais|rien|personne)\s{1,3}(?!qu)[\w'’-]+", re.IGNORECASE)
# French 'pas' negates alone where 'ne' is left out, as headlines and spoken French write it ('Pas de
# trains ce week-end', 'mais pas à plus de 30 km/h'; three false flags of three trials). The noun 'pas'
# (a step) follows a determiner or 'à' ('un pas', 'à deux pas', 'pas à pas'); 'pas mal de' is 'many'.
_PAS = re.compile(r"(?<![\w'’-])pas(?![\w-])(?!\s+mal\s+d|\s+à\s+pas)", re.IGNORECASE)
_STEP = re.compile(
    r"(?<![\w'’-])(?:un|le|les|des|du|au|aux|ce|ces|cet|mon|mes|ton|tes|son|ses|leur|leurs|notre|nos|votre|vos"
    r"|quelques|deux|trois|premiers?|derniers?|faux|grands?|petits?|mêmes?|chaque|nouveaux?|à|pas|\d+)\s+$",
    re.IGNORECASE,
)
# French 'ne … pas … avant' (not before) is what Dutch says with 'pas' and English with 'only' (then):
# 'geldt pas vanaf 1 juli' is 'ne s'applique pas avant le 1er juillet', as 'ne … que' is (a trial's
# false flag on an economic forecast's pair). Read so where the other side says that word.
_BEFORE = re.compile(r"(?<![\w'’-])avant(?![\w-])", re.IGNORECASE)
_THEN = {
    "nl": re.compile(r"(?<![\w-])(?<!de )(?<!een )(?<!zijn )(?<!haar )(?<!uw )pas(?![\w-])", re.IGNORECASE),
    "en": re.compile(r"(?<![\w-])only(?![\w-])", re.IGNORECASE),
}
# The expletive 'ne' of French negates nothing: after 'avant que', 'à moins que', 'de peur/crainte que'
# its verb stands alone, with no 'pas', 'plus', 'jamais' after it ('avant que le service ne commence':
# before the service starts; a grammar fact, a memory trial's false flag)
_EXPLETIVE = re.compile(
    r"(?<![\w'’-])(?:avant|moins|peur|crainte)\s{1,3}qu(?:e\s{1,3}|['’]\s{0,3})(?:[\w'’-]+\s{1,3}){0,5}$", re.IGNORECASE
)
_FULL = re.compile(
    r"(?<![\w'’])(?:pas|plus|jamais|rien|guère|point|personne|nul(?:le)?|aucun(?:e)?)(?![\w'’])", re.IGNORECASE
)
# 'par trimestre et non plus par jour' sets an alternative aside, as 'per kwartaal in plaats van per
# dag' and 'instead of' do: a contrast, no negation of the sentence (a fact of the three languages; a
# Council of Ministers trial's false flag). Excused only where the other side says 'instead of'.
_CONTRAST = {
    "fr": re.compile(r"(?:\bet|\bmais|,)\s{1,3}non(?:\s{1,3}plus)?(?![\w-])", re.IGNORECASE),
    "nl": re.compile(r"(?:\ben|\bmaar|,)\s{1,3}niet(?:\s{1,3}meer)?(?![\w-])", re.IGNORECASE),
    "en": re.compile(r"(?:\band|\bbut|,)\s{1,3}not(?:\s{1,3}any\s{1,3}more)?(?![\w-])", re.IGNORECASE),
}
_INSTEAD = {
    "fr": re.compile(r"(?<![\w-])(?:au\s{1,3}lieu\s{1,3}d|plutôt\s{1,3}qu)", re.IGNORECASE),
    "nl": re.compile(r"(?<![\w-])(?:in\s{1,3}plaats\s{1,3}van|i\.p\.v\.|eerder\s{1,3}dan)", re.IGNORECASE),
    "en": re.compile(r"(?<![\w-])(?:instead\s{1,3}of|rather\s{1,3}than)", re.IGNORECASE),
}
# 'Not exceed' is an upper bound said with a negation: 'ne peut pas dépasser 10 ml' says what 'ten
# hoogste 10 ml' and 'at most 10 ml' say (trial B: a false 'meaning reversed?' both ways). A plain fact
# of the three languages: a negated verb of exceeding ('dépasser', 'excéder'; 'overschrijden',
# 'overtreffen', 'overstijgen'; 'exceed'), with French 'ne' alone as written French has it ('ne peut
# dépasser'), is matched by the other side's upper-bound word. Both sets closed and small.
_NOT_EXCEED = {
    "fr": re.compile(
        r"(?<![\w'’])n(?:e\s+|['’]\s*)(?:[\w'’-]+\s+){0,3}?(?:pas\s+(?:[\w'’-]+\s+){0,2}?)?"
        r"(?:dépass|excéd|excèd)\w*(?:\s+pas)?(?![\w-])",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"(?<![\w-])niet\s+(?:te\s+)?(?:overschr|overtr|overst)(?:ijd|eed|ed|ef|of|ijg|eeg|eg)\w*"
        r"|(?<![\w-])(?:overschr|overtr|overst)(?:ijd|eed|ed|ef|of|ijg|eeg|eg)\w*\s+(?:[\w-]+\s+){0,3}?niet(?![\w-])",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?<![\w-])(?:not|cannot|never|\w+n't)\s+(?:to\s+)?exceed\w*", re.IGNORECASE),
}
_UPPER = {
    "nl": re.compile(r"(?<![\w-])(?:ten\s{1,3}hoogste|hoogstens|maximaal|maximum)(?![\w-])", re.IGNORECASE),
    "fr": re.compile(r"(?<![\w-])(?:au\s{1,3}maximum|au\s{1,3}plus|maximum|maximale?s?)(?![\w-])", re.IGNORECASE),
    "en": re.compile(r"(?<![\w-])(?:at\s{1,3}most|maximum)(?![\w-])", re.IGNORECASE),
}
_NAMES = {"nl": "the Dutch", "fr": "the French", "en": "the English"}
# What says a negation in a word of meaning, read as the other side's negation (trials S, F3 and U, F4):
# an exclusion is what 'zonder' / 'sans' / 'without' says ('kerninflatie zonder energie' is 'core
# inflation excluding energy', 'hors frais'), and a verb may carry the negation ('ne respectent pas'
# is 'negeren', 'ignore'; 'weigeren', 'refuser', 'refuse'). Plain facts of the three languages.
_LEXICAL = {
    "nl": r"|behalve|exclusief|met\s{1,3}uitzondering\s{1,3}van|negeer\w*|negeren|genegeerd|weiger\w*|geweigerd",
    "fr": r"|hors|sauf|à\s{1,3}l['’]exception\s{1,3}d\w*|ignor\w+|refus\w+",
    "en": r"|excluding|except|ignor\w+|refus\w+",
}
# An answer word alone, at a segment's or a speaker's turn's start ('Non, mais …', 'Nee.', 'No!'),
# answers a question and negates no sentence (trial U, F4): a plain fact of the three languages.
_ANSWER = re.compile(r"(?:^|[:«“\"—–]\s*)\s*(?:no|non|nee)\s*(?=[.,!…]|$)", re.IGNORECASE)
# A vote tally counts its 'no' votes as a noun: '70 oui, 41 non et 5 abstentions', '41 neen', '41 no
# and 5 abstentions' (the press wording of Chamber and Senate votes; a parliaments trial's only false
# flag, three of three tallies). A figure right before the word and the noun phrase ending after it (a
# stop, a comma, 'et' / 'en' / 'and' / 'contre') is a count of the votes cast no, never the negation of a
# clause, which puts 'non' before what it negates ('3 non traités' is read as before).
_COUNTED = re.compile(
    r"(?<![\w.,])\d+(?:[ .\u00a0\u202f]\d{3})*\s{1,3}(?:non|no|nee|neen)"
    r"(?=\s*(?:[.,;:!?)…]|$|(?:et|ou|contre|en|of|tegen|and|or|against)(?![\w-])))",
    re.IGNORECASE,
)
_AFFIXED = {
    lang: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
    for lang, words in {
        "nl": r"on(?!der|t|s|ze|line|geveer|langs|geval|kosten|weer|danks|roerend|co)[a-z]{4,}|niet-\w+"
        # '-loos' declines with one 'o' ('autoloze', 'daklozen'); '-vrij' is free of ('rookvrij': 'sans tabac'),
        # not 'persvrijheid' (freedom of)
        r"|\w{3,}(?:loos|loze|lozen|loosheid|vrij|vrije)" + _LEXICAL["nl"],
        "en": r"un(?!der|til|ion|it|iqu|ivers|less)[a-z]{4,}|non-\w+|\w{3,}less(?:ly|ness)?|\w{3,}-?free"
        # English 'in-', 'im-', 'ir-', 'il-' before the adjectives they most often negate ('incorrect',
        # 'impossible', 'irregular', 'illegal'; 'information', 'important' open with them too), and 'fail to'
        # ('qui ne respectent pas' is 'that fail to meet', 'Klopt het voorstel niet' 'If the proposal is
        # incorrect': two false flags of trial K). Plain facts of English word formation and idiom.
        r"|(?:in|im)(?:correct|accura|complet|adequa|sufficien|valid|eligib|appropriat|effectiv|efficien"
        r"|consisten|compatib|admissib|accessib|capab|conclusiv|secur|exact|visib|activ|audib|applicab|coheren"
        r"|competen|possib|prope|precis|practica|perfect|partial|matur|mobil|patien|plausib|dependen)\w*"
        r"|ir(?:regular|relevan|revers|respons|rational|repara|recover|revoca)\w*|il(?:legal|legib|licit|logical)\w*"
        r"|fail(?:s|ed|ing|ure)?\s+to" + _LEXICAL["en"],
        "fr": r"non-\w+|sans-\w+|(?:in|im)(?:suffis|exact|complet|complèt|égal|juste|certain|connu|attendu|adapt"
        r"|adéquat|cohérent|compatible|correct|habituel|utile|valide|efficace|stable|possible|prévu|précis|partial"
        r"|achevé|payé|admissible|acceptable|dispensable|évitable|éligible|dépendan)\w*|ill(?:égal|icite|imité|isible)\w*"
        r"|irr(?:égul|espons|évers|ecev|éali)\w*"
        # 'à défaut' (failing that), 'faute de' (for want of): a negative condition said in a word of
        # meaning, a plain fact of French ('Wie dat niet doet, kan …' / 'À défaut, ils peuvent …', trial Q)
        r"|à\s{1,3}défaut|faute\s{1,3}de" + _LEXICAL["fr"],
    }.items()
}

# A 'niet' or 'not' over a predicate (an adjective, a participle, an adverb: 'niet toegelaten', 'niet
# thuis', 'not allowed') is what French and English often say with one word of negative meaning:
# 'interdit', 'absents', 'fermé', 'supprimé', 'en cas de doute', 'prohibited' (trial A: six correct
# renderings were 'the meaning reversed?'). A plain fact of the languages: a privative adjective,
# participle or noun renders a negated predicate. The words are a closed set of meanings (forbidden,
# absent, closed, cancelled, lacking, in doubt), no pairs of antonyms; they excuse a negation only
# where each negation the other side says is such a 'niet' / 'not' and this side has as many more of
# them (the negating side's own 'gesloten' beside 'fermé' is a word kept, not the negation rendered).
_PRIVATIVE = {
    lang: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
    for lang, words in {
        "nl": r"verbod(?:en)?|afwezig\w*|(?:af|uit)?gesloten|(?:af)?sluiting(?:en)?|geschrapt|afgeschaft"
        r"|geannuleerd|annulering(?:en)?|twijfel\w*|ontbre\w+",
        "fr": r"interdi(?:t|te|ts|tes|re|ction|ctions)|prohib\w+|absen(?:t|te|ts|tes|ce|ces)"
        r"|ferm(?:é|ée|és|ées|er|eture|etures)|supprim(?:é|ée|és|ées|er)|suppressions?|annul(?:é|ée|és|ées|er)"
        r"|annulations?|doutes?|manqu(?:e|ent|ant|ante|ants|antes)|exclu(?:e|s|es)?",
        "en": r"prohibit\w*|forbid\w*|banned|absen(?:t|ce)|closed|closures?|cancel+(?:ed|ation)s?|doubt\w*"
        r"|lack(?:s|ing)?|missing|excluded",
    }.items()
}
# the word after 'niet' / 'not' (past an adverb of time or degree) is the predicate's unless it is of a
# closed class: an article, a pronoun, a preposition, an auxiliary or modal verb, a conjunction
_PREDICATE = {
    "nl": re.compile(
        r"(?<![\w-])niet\s+(?:(?:meer|langer|helemaal|altijd|echt)\s+)?(?!(?:de|het|een|ik|je|jij|u|hij|zij|ze|we"
        r"|wij|jullie|hen|hem|haar|zich|dit|dat|die|deze|er|daar|hier|op|in|bij|naar|met|van|voor|vóór|aan|uit|om"
        r"|over|onder|tegen|door|tot|na|te|zonder|dan|als|of|en|maar|want|omdat|wordt|worden|werd|werden|is|zijn"
        r"|was|waren|heeft|hebben|had|hadden|kan|kunnen|kon|konden|moet|moeten|mag|mogen|wil|willen|zal|zullen"
        r"|zou|zouden|gaat|gaan|meer|langer|alleen|enkel|zo|al|nog|wel|alle|alles|veel|genoeg)(?![\w-]))[^\W\d_]{3,}",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![\w-])not\s+(?:(?:be|been|yet|always|fully|currently|longer)\s+)?(?!(?:the|a|an|to|be|been|being|only"
        r"|just|all|so|as|in|on|at|for|by|with|from|of|more|any|every|even|until|before|after|this|that|these"
        r"|those|he|she|it|they|we|you|i|his|her|its|their|our|your|have|has|had|do|does|did|only|yet)(?![\w-]))"
        r"[a-z]{3,}",
        re.IGNORECASE,
    ),
}


def _said_privatively(negating: str, plain: str, lang: str, other: str, negated: int) -> bool:
    """Each of the `negated` negations of `negating` is a 'niet' / 'not' over a predicate, and `plain`
    says as many more words of negative meaning than `negating` does: 'niet toegelaten' / 'interdit'."""
    if lang not in _PREDICATE or other not in _PRIVATIVE or len(_PREDICATE[lang].findall(negating)) < negated:
        return False
    own = len(_PRIVATIVE[lang].findall(negating)) if lang in _PRIVATIVE else 0
    return len(_PRIVATIVE[other].findall(plain)) - own >= negated


def negations(text: str, lang: str, *, until: bool = False) -> list[str]:
    """The words of `text` that negate, as written (an answer word, a counted 'no' vote is none);
    `until`: a French 'pas … avant' (not before, only from) is no negation, as 'ne … que' is not."""
    answers = {m.end() for m in _ANSWER.finditer(text)} | {m.end() for m in _COUNTED.finditer(text)}
    found = _NEGATION[lang].finditer(text) if lang in _NEGATION else iter(())
    said = [m.group(0) for m in found if m.end() not in answers]
    if lang == "fr":
        with_ne: set[int] = set()  # where the 'pas' of a 'ne … pas' stands, said with its 'ne'
        for m in _NE.finditer(text):
            clause = _CLAUSE.match(text, m.end()).group(0)  # type: ignore[union-attr]
            if _EXPLETIVE.search(text, max(0, m.start() - 80), m.start()) and not _FULL.search(clause):
                continue  # 'avant que le service ne commence': no negation
            after = _ONLY.search(clause)
            negated = _SUBJECT.search(text, max(0, m.start() - 12), m.start()) or (
                after is not None and _COMPARED.search(clause, 0, after.start())
            )
            if after is not None and not after.group("pas") and not negated:
                continue  # 'n'y a que', 'ne pouvait … que lorsque': only
            if after is not None:
                with_ne.add(m.end() + after.start())
                if until and _before(text, m.end() + after.end()):
                    continue
            said.append(m.group(0).strip())
        said += [
            m.group(0)
            for m in _PAS.finditer(text)
            if m.start() not in with_ne
            and not _STEP.search(text, 0, m.start())
            and not (until and _before(text, m.end()))
        ]
    return said


def _before(text: str, at: int) -> bool:
    """'avant' in the clause from `at` on: the 'pas' before it says 'not before'."""
    return _BEFORE.search(_CLAUSE.match(text, at).group(0)) is not None  # type: ignore[union-attr]


def negation_findings(source: str, target: str, src: str, tgt: str) -> list[Finding]:
    """One side negates, the other has no negation at all: the meaning reversed?"""
    if not (source.strip() and target.strip()):
        return []
    said, rendered = negations(source, src), negations(target, tgt)
    if bool(said) == bool(rendered):
        return []
    lang, words, other = (src, said, tgt) if said else (tgt, rendered, src)
    negating, plain = (source, target) if said else (target, source)
    # the other side negates by an affix ('sans annonce' / 'onaangekondigd'), one the negating side does
    # not say by an affix of its own: 'onafhankelijk' / 'indépendant' is a word both keep, which excused
    # 'wordt geëvalueerd' rendered 'ne sera pas évalué' beside it (trial M)
    affixed = len(_AFFIXED[other].findall(plain)) if other in _AFFIXED else 0
    if affixed > (len(_AFFIXED[lang].findall(negating)) if lang in _AFFIXED else 0):
        return []
    if _said_privatively(negating, plain, lang, other, len(words)):
        return []  # 'niet toegelaten' / 'interdit', 'niet thuis' / 'absents'
    if lang == "fr" and other in _THEN and _THEN[other].search(plain) and not negations(negating, lang, until=True):
        return []  # 'ne … pas avant' / 'pas vanaf': not before, only then
    set_aside = lang in _CONTRAST and other in _INSTEAD and _INSTEAD[other].search(plain)
    if set_aside and not negations(_CONTRAST[lang].sub(" ", negating), lang):
        return []  # 'et non plus par jour' / 'in plaats van per dag': an alternative set aside
    bounded = lang in _NOT_EXCEED and other in _UPPER and _UPPER[other].search(plain)
    if bounded and not negations(_NOT_EXCEED[lang].sub(" ", negating), lang):
        return []  # 'ne peut pas dépasser 10 ml' / 'ten hoogste 10 ml': an upper bound both
    code: FlagCode = "omission" if said else "addition"
    shown = ", ".join(f"«{w}»" for w in dict.fromkeys(fold(w) for w in words))
    message = f"{shown}: {_NAMES.get(lang, lang)} negates, {_NAMES.get(other, other)} does not: the meaning reversed?"
    return [Finding(code, message, "warning", confidence=limit.NEGATION)]
