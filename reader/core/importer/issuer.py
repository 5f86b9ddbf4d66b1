"""How an issuer line reads: a kicker ('PERSMEDEDELING DOOR DE FOD FINANCIËN'), an office
('Kabinet van de Eerste Minister'), a minister's titles, an institution's name.

A name line names someone (most of its words capitalised, or words of titles and offices); a
headline that mentions a minister or a service is a sentence about them (lowercase content words).
"""

from __future__ import annotations

import re

from reader.core.importer.name_words import JOINING, LINK_WORDS, name_like
from reader.core.importer.official_names import official_name
from reader.core.text.fold import fold

KICKER = re.compile(
    r"^\s*(persmededeling|persbericht|nieuwsbericht|perscommuniqué|communiqu[ée] de presse|communiqu[ée]|press release|"
    r"mededeling aan de pers|information presse)\b|^\s*(?:bron|source|uitgever|éditeur)\s*:",
    re.IGNORECASE,
)
OFFICE = re.compile(
    r"^\s*(kabinet van|cabinet d[eu']|persdienst|service de presse|press office of)\b[^\n]{0,80}$", re.IGNORECASE
)
ISSUER = re.compile(
    r"\b(minister|ministre|eerste minister|premier ministre|vice-?eersteminister|vice-?premier|staatssecretaris|"
    r"secrétaire d'état|secretaire d'etat|secretary of state|FOD|SPF|POD|SPP|FPS|federale overheidsdienst|"
    # the English titles, as the federal sites write them ('State Secretary for Asylum and Migration'
    # over an English page was dropped as a site line: a new user's trial)
    r"state secretary|prime minister|deputy prime minister|federal public service|"
    r"service public fédéral|kanselarij|chancellerie|chancellery|kabinet|cabinet)\b",
    re.IGNORECASE,
)
# An institution's own name above a page ('Brussels Hoofdstedelijk Gewest', 'Service Public Régional
# de Bruxelles', 'FOD Economie'): a name line with a word that only institutions carry.
_INSTITUTION = re.compile(
    r"\b(?:gewest|r[ée]gion|r[ée]gional|gemeenschap|communaut[ée]|overheid|overheidsdienst|service public|"
    r"ministerie|minist[èe]re|gouvernement|regering|agentschap|agence|parlement|senaat|s[ée]nat|stad|ville|"
    r"gemeente|commune|provincie|province|instituut|institut|bureau|office|politie|police|polizei|defensie|"
    r"d[ée]fense|crisiscentrum|centre de crise|FOD|SPF|POD|SPP|FPS|"
    # councils, courts, commissions (a checks trial's pages lost their issuer line to the site's lines,
    # 'Raad van State', or took it for the headline, 'CREG – Commission de Régulation ...'); a Dutch
    # compound ending in one ('Ministerraad van 12 mei', 'Nationale Sportdienst') is as often the topic
    r"raad|conseil|hof|cour|rechtbank|tribunal|commissie|commission|comit[ée]|kamer|chambre|"
    r"ombudsman|m[ée]diateur|environnement|leefmilieu|service f[ée]d[ée]ral|"
    # a police or rescue zone, the bodies Belgian law sets up for local police and fire services (Dutch
    # writes them as one word), and universities: trial V took a zone's 'Lokale politie' under its name
    # 'Politiezone Leie-Schelde', and had no issuer for 'Université de Liège' over a release
    r"politiezone|hulpverleningszone|zone de police|zone de secours|universiteit|universit[ée]|university|"
    r"hogeschool|haute [ée]cole|"
    # prosecutors' offices, named so by the Judicial Code (parket / parquet, procureur des Konings / du
    # Roi, arbeidsauditoraat / auditorat du travail): trial A's 'Parket Limburg', 'Federaal parket',
    # 'Parquet du Hainaut – division Tournai' were dropped as site lines and left no issuer (A-F1)
    r"parket|parquet|procureur|auditorat|arbeidsauditoraat|"
    # the same words in English (trial K: 'Flemish Government', 'Constitutional Court' over English pages)
    r"government|ministry|agency|parliament|senate|institute|council|court|committee|chamber)\b",
    re.IGNORECASE,
)


# Acronyms keep their capitals when a kicker line in capitals is brought to normal case.
_ACRONYMS = {
    "FOD",
    "SPF",
    "POD",
    "SPP",
    "FPS",
    "FAVV",
    "AFSCA",
    "RVA",
    "ONEM",
    "RSZ",
    "ONSS",
    "RIZIV",
    "INAMI",
    "KMO",
    "PME",
    "EU",
    "UE",
    "NAVO",
    "OTAN",
    "BTW",
    "TVA",
    "OCMW",
    "CPAS",
    "FSMA",
    "BIPT",
    "CREG",
    "NBB",
    "BNB",
}


def _official_case(word: str, first: bool = True) -> str:
    # an acronym the official names write so ('BELSPO', 'RIZIV', 'CREG') stays: alone on the first
    # line, 'BELSPO' was stored as 'Belspo' (trial G, F6)
    if word.strip(",.;:") in _ACRONYMS or official_name(word.strip(",.;:")) == word.strip(",.;:"):
        return word
    if not first and word.lower() in JOINING:
        return word.lower()
    return word.capitalize() if len(word) > 2 or not word.isalpha() else word.lower()


# A kicker after the owner's name, as a running header sets it ('SPF Finances — Communiqué de presse'):
# what the page is, not who issues it (trial G stored the kicker in the issuer)
_TRAILING_KICKER = re.compile(
    r"(?<!\s)\s*[—–|·/-]+\s*" + KICKER.pattern.split("|^")[0].removeprefix(r"^\s*") + r"\s*$", re.I
)


def trailing_kicker(text: str) -> bool:
    """A name and a kicker after it ('Ministère - Communiqué de presse'): what the page is and whose, a
    letterhead's line, never its headline (trial A, F8: a German-speaking Community digest's title)."""
    return bool(_TRAILING_KICKER.search(" ".join(text.split())))


def issuer_text(text: str) -> str:
    if common_noun(text):  # a menu's 'Het parlement' over a page names no one (trial C's parliament page)
        return ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    # A kicker on a line of its own below the issuer ('SPF Intérieur' / 'Communiqué de presse') says
    # what the page is, not who issues it.
    # ('Ministère - Communiqué de presse': the kicker after a name is what the page is, too)
    kept = [line for line in lines[1:] if not (KICKER.match(line) and not KICKER.sub("", line).strip(" :,-–|·•/"))]
    lines = lines[:1] + [_TRAILING_KICKER.sub("", line) for line in kept]
    first = _TRAILING_KICKER.sub("", lines[0]) or lines[0]
    while KICKER.match(first):  # 'PERSBERICHT   COMMUNIQUE DE PRESSE': the kicker in both languages
        first = KICKER.sub("", first).strip(" :,-–|·•/")
    for _ in range(2 * (not _named_so(first))):  # 'DOOR DE FOD FINANCIËN': both words go
        first = re.sub(r"^(door|van|de|het|du|de la|la|le|by|from|the)\s+", "", first, flags=re.IGNORECASE).strip()
    if first.isupper():
        first = " ".join(_official_case(w, i == 0) for i, w in enumerate(first.split()))
    elif (official := official_name(first)).lower() == " ".join(first.split()).lower():
        first = official  # a logo's case ('provincie' over 'ANTWERPEN': trial V's P1), as the data writes it
    rest = " ".join(lines[1:]).strip(" ,")
    # A title wrapped over lines ('Ministre ... et' / 'des Consommateurs') reads on; else a comma.
    joiner = " " if re.search(r"\b(?:et|en|de|du|des|van|met|voor|of|and)$", first, re.IGNORECASE) else ", "
    return joiner.join(part for part in (first, rest) if part)


def _named_so(line: str) -> bool:
    """An official name whose article is its own ('De federale Ombudsman', trial W)."""
    return official_name(line).lower() == " ".join(line.split()).lower()


def wrapped_lines(text: str) -> str:
    """The lines of a letterhead as one name: a title wrapped over lines ('Minister van Werk, Economie
    en' / 'Consumenten, belast met') reads on where a line ends on a joining word or a comma or the next
    opens in lowercase; lines that each name something ('FOD Economie' / 'Persdienst') take a comma."""
    out = ""
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            continue
        if out and not (_WRAPPED.search(out) or line[0].islower()):
            out += ","
        out = f"{out} {line}" if out else line
    return out


_WRAPPED = re.compile(r"(?:,|\b(?:et|en|de|du|des|van|met|voor|of|and|à|pour|chargée?|belast))$", re.IGNORECASE)


# An institution named in full opens with what it is ('Agence fédérale pour la sécurité de la
# chaîne alimentaire', 'Federaal Agentschap voor ...'), its lowercase words those of its mission.
_NAMED = re.compile(
    r"^(?:(?:federale?|fédérale?|vlaamse?|waalse?|brusselse?|regionale?|régionale?)\s+)?"
    r"(?:agentschap|agence|ministerie|minist[èe]re|overheidsdienst|service public|instituut|institut|office|"
    r"federale overheidsdienst|commissariaat|commissariat)\b",
    re.IGNORECASE,
)


def org_line(text: str) -> bool:
    """A line that names an institution or an office holder, not a headline about them."""
    flat = " ".join(text.split())
    if len(flat) > 120 or re.search(r"[.!?]$", flat) or ":" in flat:  # a name has no colon; a headline may
        return False
    if _NAMED.match(flat) and _lowercase_share(flat) <= 0.5:  # 'Office national de l'emploi lance ...' is news
        return True
    bare = re.sub(r"\s*\([A-Z]{2,10}\)$", "", flat)  # a body the data names, alone (its acronym aside):
    if official_name(bare).lower() == bare.lower():  # 'Politique scientifique fédérale (BELSPO)' over
        return True  # trial R's page was its headline; 'Ministerraad van 12 mei' is a headline
    if _described(flat):
        return True
    return name_like(flat) and bool(ISSUER.search(flat) or _INSTITUTION.search(flat)) and not about_line(flat)


# 'Enabel – Belgian development agency' / 'Enabel – Agence belge de développement': a body's name, a
# dash, what the body is (trial B: dropped as a site line, no issuer). The name is the data's, or a
# word or two capitalised; what it is ends on its noun in English and Dutch, a compound's last part in
# Dutch ('ontwikkelingsagentschap'), and opens on it in French: plain facts of the three languages.
_BODY_NOUN = (
    r"(?:agency|agence|agentschap|institute|institut|instituut|authority|autorit[ée]|dienst|service|bureau|office)"
)
_DESCRIBED = re.compile(
    rf"(?P<name>[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){{0,2}})\s+[–—-]\s+"
    rf"(?P<what>(?i:[^\W\d_][\w'’-]*\s+){{0,4}}(?i:[\w'’-]*{_BODY_NOUN})|(?i:{_BODY_NOUN})(?:\s+[^\W\d_][\w'’-]*){{1,4}})"
)


_BODY_END = re.compile(rf"{_BODY_NOUN}$", re.IGNORECASE)


def named_body(text: str) -> bool:
    """A line that is a body's name, the data's or 'Name – what it is': the page's issuer, never a line a
    library learned as its site's (trial B: 'Enabel – …' left out once was learned, and left out again)."""
    flat = " ".join(text.split())
    return bool(flat) and (official_name(flat).lower() == flat.lower() or _described(flat))


# A body's acronym and the name it stands for, either way round ('AFSCA - Agence fédérale pour la
# sécurité de la chaîne alimentaire', 'Federal Agency for Medicines and Health Products (FAMHP)').
_ACRONYM = r"[A-ZÀ-Þ]{3,8}"
_SPELLED = re.compile(
    rf"\A(?:(?P<acronym>{_ACRONYM})\s+[–—-]\s+(?P<name>[^()]+)|(?P<name2>[^()]*[^()\s])\s+\((?P<acronym2>{_ACRONYM})\))\Z"
)  # anchored, name2 ending on a letter: a lazy name2 rescanned a run of spaces per step (test_pattern_time)
# The small words a name's acronym skips ('voor de', 'pour la', 'de l'', 'and'): nl, fr and en
_SKIPPED = JOINING | {"l", "d", "un", "une", "een", "a", "an", "à", "aan", "bij", "in", "over", "sur", "to"}


def spelled_out(acronym: str, name: str) -> bool:
    """The acronym's letters, in order, are the initials of the name's words, each word that is not a
    small one giving its letter (FAVV: Federaal Agentschap voor de Veiligheid van de Voedselketen):
    how a body's acronym is made in the three languages, so the pair names a body; a headline's words
    after a firm's acronym spell nothing."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    letters = fold(acronym)
    if not words or not re.match(r"[A-ZÀ-Þ]", name.strip()) or re.search(r"\d|[.!?:]\s*$", name):
        return False

    def match(a: int, w: int) -> bool:
        if w == len(words):
            return a == len(letters)
        if a < len(letters) and fold(words[w][0]) == letters[a] and match(a + 1, w + 1):
            return True
        return words[w] in _SKIPPED and match(a, w + 1)

    return match(0, 0)


def _acronym_named(flat: str) -> bool:
    found = _SPELLED.fullmatch(flat)
    return found is not None and spelled_out(found["acronym"] or found["acronym2"], found["name"] or found["name2"])


def _described(flat: str) -> bool:
    if _acronym_named(flat):
        return True
    found = _DESCRIBED.fullmatch(flat)
    # a noun phrase ending on its noun has only modifiers before it: 'Nieuw loket voor de dienst' is a headline
    if found is None or (_BODY_END.search(found["what"]) and JOINING & set(found["what"].lower().split())):
        return False
    return bool(official_name(found["name"])) or len(found["name"].split()) <= 2


# An article and one lowercase noun ('Het parlement', 'De stad', 'La ville', 'Le gouvernement'): a
# common noun, a menu's label about the institution, never its name, which writes its noun or its
# qualifier with a capital ('Het Vlaams Parlement', 'La Chambre'): a plain fact of nl, fr and en.
# The article is a word of its own: 'Defensie' was read as 'De' and 'fensie', a common noun, and the
# armed forces' name alone over a page gave 'no issuer line found' (trial S, 8b).
_COMMON_NOUN = re.compile(r"(?:(?:de|het|la|le|les|the)\s+|l['’]\s*)(?-i:[a-zà-ÿ])[\w'’-]*", re.IGNORECASE)


def common_noun(text: str) -> bool:
    return bool(_COMMON_NOUN.fullmatch(" ".join(text.split())))


# A noun, a preposition and an article before the institution: the line is a headline about it
# ('Letter from the Minister ...', 'Follow-up of the recommendations for the Flemish Community':
# nodate-rekenhof-opvolging-aanbevelingen-vlaanderen, 2020-03-18-buza-brief-goffin-belgen-buitenland).
# An issuer line names the office first, or a person and a comma before it ('J. de Smet, minister ...').
# An article and a common noun before a preposition ('De evolutie van de handel in het Brussels Gewest')
# open a noun phrase about something: a name writes its nouns with a capital ('La Commission de …').
_PREPOSITION = r"(?:van|voor|aan|over|bij|met|door|de|du|des|pour|à|au|aux|sur|par|of|for|to|from)"
# French contracts a preposition and its article ('du' is 'de le', 'des' 'de les', 'au' 'à le'): 'Décisions
# du Gouvernement …' is 'Beslissingen van de Regering …' (trial A, F8: it was read as the body's name).
_ABOUT = re.compile(
    rf"^\s*(?:[^\W\d_][\w'’-]*\s+{_PREPOSITION}\s+(?:de|het|een|la|le|les|l['’]|du|des|un|une|the|a|an)\b"
    r"|(?-i:[A-ZÀ-Þ])[^\W\d_][\w'’-]*\s+(?:du|des|aux?)(?:\s|$)"
    rf"|(?:(?:de|het|een|la|le|les|un|une|the|a|an)\s+|l['’]\s*)(?-i:[a-zà-ÿ])[\w'’-]*\s+{_PREPOSITION}\s)",
    re.IGNORECASE,
)


# 'Interview met staatssecretaris … Tom Vanderlinden', 'Entretien avec la ministre …': who is asked, the
# interview's subject, never who issues the page (trial U of the thirty-fourth session: its issuer)
_INTERVIEW = re.compile(
    r"^\s*(?:(?:dubbel|exclusief\s+)?interview|vraaggesprek|gesprek|entretien|entrevue|interview exclusive)\s+"
    r"(?:met|with|avec|de|du|des|d['’])(?=\s|[^\W\d_])",
    re.IGNORECASE,
)


def interview_line(text: str) -> bool:
    return bool(_INTERVIEW.match(text))


def about_line(text: str) -> bool:
    if interview_line(text):
        return True
    found = ISSUER.search(text) or _INSTITUTION.search(text)
    head = text[: found.start()] if found else ""
    return "," not in head and bool(_ABOUT.match(head))


def _lowercase_share(text: str) -> float:
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    content = [w for w in words if w[:1].islower() and w.lower().strip("'’") not in LINK_WORDS]
    return len(content) / max(1, len(words))


def short_name(text: str) -> bool:
    """Two or three capitalised words ('Federale Politie', 'Sport Vlaanderen'): a site's or a
    service's name. A headline that short still has a lowercase word ('Springen zonder zorgen')."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    # the small words of names, not 'in' or 'à' of a headline ('Koning Filip in Congo')
    lowercase = [w for w in words if w[:1].islower() and w.lower() not in _NAME_PARTICLES]
    return 2 <= len(text.split()) <= 3 and bool(words) and not lowercase and not re.search(r"\d", text)


_NAME_PARTICLES = {"van", "de", "der", "den", "du", "des", "la", "le", "het", "et", "en", "d'", "l'", "di", "von"}


# What a report is called, alone on its line: 'Jaarverslag 2020', 'RAPPORT ANNUEL 2020', 'FAVV -
# ACTIVITEITENVERSLAG 2018', 'Rapports annuels'. The publication's name, set over each of its pages
# as a letterhead is over a release (KCE, FAVV/AFSCA and CFI/CTIF report pages, dev half); the page's
# own headline comes under it. Alone above the text, it is the headline ('Activiteitenverslag 2021').
_PUBLICATION = re.compile(
    r"^(?:[A-Z][\w.-]{1,12}\s*[-–—:]?\s+)?"  # the issuer's initials before it ('FAVV -', 'INASTI –')
    r"(?:jaarverslag(?:en)?|activiteitenverslag(?:en)?|jaarrapport|rapports? annuels?|"
    r"rapports? d['’]activités?|annual reports?|activity reports?)"
    r"(?:\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)?\s*$",
    re.IGNORECASE,
)


def publication_name(text: str) -> bool:
    return bool(_PUBLICATION.match(" ".join(text.split())))


# Whom a line is addressed to ('aan de minister van Pensioenen', 'au ministre des Pensions'): a
# parliamentary question's addressee, never its issuer (the preposition says so).
_ADDRESSEE = re.compile(r"^\s*(?:aan\s+(?:de|het|den|mevrouw|de heer)\b|au\b|aux\b|à\s+(?:la|l['’])|to\s+the\b)", re.I)
# A question's author and day: 'van Jan Peeters (Partij) d.d. 7 december 2009', 'de Jan Peeters
# (Parti) du 7 décembre 2009': the Senate's and the Chamber's written questions (dev half: four, one issuer).
_AUTHOR = re.compile(
    r"^\s*(?:van|de|by)\s+(?P<who>[^\d()]{3,80}?)\s*(?:\([^()]{1,40}\))?\s+(?:d\.d\.|du|of)\s+\d", re.IGNORECASE
)


def addressee(text: str) -> bool:
    """'aan de minister van …': the preposition, then an office ('Au moniteur : …' is a headline)."""
    found = _ADDRESSEE.match(text)
    return bool(found and ISSUER.match(text[found.end() :].lstrip()))


def question_author(text: str) -> str:
    """The author a question's date line names, else ''."""
    found = _AUTHOR.match(" ".join(text.split()))
    return found.group("who").strip() if found and name_like(found.group("who")) else ""


# The words a service's or a body's name is built on, in the three languages; Dutch sets them as a
# compound's head ('Pensioendienst', 'Rijksinstituut', 'Kenniscentrum'): plain facts of the
# languages, read only on the line under a page's date, where a portal sets who speaks.
BODY_WORD = re.compile(
    r"(?:dienst|instituut|centrum|agentschap|raad|fonds|service|centre|center|institute|institut|fund|conseil|"
    r"council|board|authority|autorit[ée])\b",
    re.IGNORECASE,
)
