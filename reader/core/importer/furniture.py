"""Site furniture around a release copied or saved from a web page, in nl, fr and en.

Navigation, breadcrumbs, share/print/cookie lines, 'Lees meer', and the contact block that closes a
page are not the release. They are dropped here, before detection (so a 'Blijf op de hoogte' line
never becomes the title), and each dropped line is kept for the user to see in --dry-run.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from reader.core.importer.raw import RawBlock
from reader.core.importer.site_words import JOINS, LINES, NAVIGATION, related_heading

_PERSON = r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)+"
# The navigation's shapes, which is_navigation reads too: where you are, a breadcrumb, a language switch.
_HERE = re.compile(r"^(?:u bent hier|vous êtes ici|you are here)\b", re.IGNORECASE)
# Home > Nieuws > Persberichten (words; the slashes of a date such as 03/06/2024 separate nothing)
_CRUMBS = re.compile(r"^(?=.*[^\W\d_]{2})[\w .'’-]{1,40}(?:(?:\s*[>»›|]\s*|\s*(?<!\d)/(?!\d)\s*)[\w .'’-]{1,60}){2,}$")
# 'Bekijk dit persbericht in NL FR', a language switch: a line ending in language codes (capitals)
_SWITCH = re.compile(r"^.{0,60}?(?<![\w])(?:NL|FR|DE|EN)(?:\s*[/|·–-]?\s*(?:NL|FR|DE|EN)){1,3}$")
_PATTERNS = [
    _HERE,
    _CRUMBS,
    re.compile(
        r"^(?:deze (?:web)?site gebruikt|ce site utilise|this (?:web)?site uses|(?:we|wij) gebruiken|"
        r"nous utilisons|we use)(?: \w+){0,2} cookies",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:laatst bijgewerkt|dernière mise à jour|last updated)\b.{0,40}$", re.IGNORECASE),
    re.compile(r"^\S+@\S+\.\w+$"),  # an e-mail address alone
    re.compile(r"^(?:https?://|www\.)\S+(?:\s+\S{1,2})?$", re.IGNORECASE),  # a URL alone (and its arrow icon)
    # the federal sites' top bar, whether its link is on the same line or the next
    re.compile(
        r"^(?:andere informatie en diensten van de overheid|autres informations et services officiels|"
        r"other information and services (?:from|of) the government|weitere informationen und dienste)\b",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:tel|tél|phone|gsm|t)\.?\s*:?\s*\+?[\d ./()-]{8,}$", re.IGNORECASE),
    # 'Andere informatie en diensten van de overheid: www.belgium.be': a short line ending in a URL
    re.compile(r"^.{0,90}[:\s](?:https?://|www\.)\S+\s*\S{0,2}$", re.IGNORECASE),
    _SWITCH,
    re.compile(
        r"^(?:bekijk dit persbericht|voir ce communiqué|consultez ce communiqué|view this press release)\b", re.I
    ),
    # a byline: 'Door Sarah Peeters, Jan Janssens' / 'Par ...'
    re.compile(
        re.compile(rf"^(?:[Dd]oor|[Pp]ar|[Bb]y)\s+{_PERSON}(?:,\s*{_PERSON})*(?:\s+(?:en|et|and)\s+{_PERSON})?$"),
    ),
    re.compile(r"^(?:federal |federale |fédéral )?logo\b", re.IGNORECASE),
    # a blog's link to its author's page, as WordPress themes word it ('All posts by %s' and its
    # translations): a plain fact of the software, seen on 2018-ibz-jaarverslag-2017-asiel
    re.compile(
        r"^(?:all posts by|view all posts by|tous les articles (?:par|de)|voir tous les articles de|"
        r"alle berichten (?:van|door)|bekijk alle berichten van)(?:\s+[^\s.!?]+){1,3}$",
        re.IGNORECASE,
    ),
    # a link back to the list: 'Terug naar het overzicht', 'Retour aux actualités'
    re.compile(
        r"^(?:terug naar|retour (?:à|aux|vers)|back to)\s+(?:het |de |la |l'|les |the |all )?(?:\w*overzicht|\w*lijst|"
        r"nieuws\w*|persberichten|aperçu|liste|actualités|communiqués|news|overview|list|top|boven|publicaties|"
        r"publications|artikels|artikelen|articles|berichten|posts|blog|agenda|events|evenementen|événements|"
        r"\w*resultaten|résultats|results|dossiers|projecten|projets|projects)\b.{0,20}$",
        re.IGNORECASE,
    ),
    # a page's tags and categories: 'Tags: mobiliteit, spoor', 'Thème : Emploi'
    re.compile(
        r"^(?:tags?|thema'?s?|thèmes?|themes?|trefwoorden|mots[- ]clés|catégories?|categorie(?:ën)?|rubriek|"
        r"rubrique|onderwerpen|sujets|topics?)\s*:\s*\S[^.!?]{0,120}$",
        re.IGNORECASE,
    ),
    # sharing on a named platform: 'Deel op Facebook', 'Partager sur LinkedIn', 'Delen op Facebook | X',
    # 'Partager ce message : Facebook | X', 'Deel dit bericht: LinkedIn'
    re.compile(
        r"^(?:deel|delen|partager|partagez|share)(?:\s+(?:dit|deze|ce|cet|cette|this)\s+\w+)?"
        r"(?:\s+(?:op|sur|on|via)|\s*:)\s+[\w.]+(?:\s*[|/·,]\s*[\w.]+){0,6}$",
        re.IGNORECASE,
    ),
    # a press contact given on one line: 'Contact presse : name – phone', 'Perscontact: name, e-mail'
    re.compile(
        r"^(?:contact presse|contacts presse|perscontact|press contact|contact pers|woordvoerder|porte-parole)"
        r"\s*:\s*[^.!?]{1,100}$",
        re.IGNORECASE,
    ),
    # a photo credit: '© Belga', 'Foto: Belga', 'Crédit photo : ...'
    re.compile(r"^(?:©|\(c\)\s|(?:foto|photo|beeld|image|crédit photo|fotocredit)\s*:).{0,80}$", re.IGNORECASE),
    # a reading time: 'Leestijd: 3 min', 'Temps de lecture : 2 minutes', '3 min read'
    re.compile(
        r"^(?:(?:leestijd|temps de lecture|reading time)\s*:?\s*)?\d{1,2}\s*min(?:uten|utes|\.)?(?:\s+read)?$", re.I
    ),
    # an image's description ('Groepsfoto op een trap.', 'photo de pneus usagés'): a few words opening
    # on the word for a photograph (two unrelated sites of the real dev pages: an Africa museum, a
    # Brussels office); not 'image' or 'couverture', which open headings ('Image de marque', 'Couverture
    # des soins') as often
    re.compile(
        r"^(?:(?:groeps)?foto|photo(?: de groupe)?|afbeelding|illustratie|illustration)\b(?:\s+\S+){0,9}$", re.I
    ),
    # a skip link however a site words it: 'Ga verder naar de inhoud', 'Continuer vers le contenu'
    # (every accessible site has one; the common CMSs' own wordings are in site_words.LINES)
    re.compile(
        r"^(?:(?:ga|ga verder|ga direct|spring|direct|doorgaan)\s+naar\s+(?:de\s+)?(?:hoofd)?inhoud|"
        r"(?:aller|passer|continuer|accéder|sauter)\s+(?:directement\s+)?(?:au|vers le|jusqu'au)\s+contenu"
        r"(?:\s+principal)?|(?:skip|jump|go|continue)\s+to\s+(?:the\s+)?(?:main\s+)?content)$",
        re.IGNORECASE,
    ),
    # the page as a file: 'Download dit persbericht in pdf-formaat', 'Télécharger ce communiqué en PDF'
    re.compile(
        r"^(?:download(?:en)?|télécharger|téléchargez)\s+(?:dit|deze|het|de|ce|cette|le|la|this|the)\s+\w+"
        r"(?:\s+\w+)?\s+(?:in|en|as|als|au format)\s+(?:pdf|word)(?:[- ]?(?:formaat|format|bestand))?$",
        re.IGNORECASE,
    ),
    # a text-size widget: '-A A +A'
    re.compile(r"^[-–]\s?A\s+A\s+\+\s?A$"),
    # a download link: a file's name alone, or its type and size ('PDF - 144 Kb')
    re.compile(r"^(?!(?:\S+\s+){8})[^\s/\\:][^/\\:]{0,80}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|csv|rtf)$", re.I),
    re.compile(r"^(?:pdf|docx?|xlsx?|pptx?|odt|zip|csv)\s*[-–(]?\s*\d+(?:[.,]\d+)?\s*[kmg]i?[bo]\)?$", re.IGNORECASE),
    # ... or a link's few words with its type and size in brackets ('Persbericht (pdf - 89k)')
    re.compile(
        r"^[^.!?]{1,60}\((?:pdf|docx?|xlsx?|pptx?|odt|zip|csv)\s*[-–,]?\s*\d+(?:[.,]\d+)?\s*[kmg]i?[bo]?\)$", re.I
    ),
    # a template's message key shown instead of its text ('site.skip_to_content.title'): no language
    # writes a dotted identifier with underscores as a line of prose (a domain name has no underscore)
    re.compile(r"^(?=[^ ]*_)[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$"),
    # a language switch written out: 'Deze bladzijde weergeven in het: Frans Nederlands'
    re.compile(
        r"^.{0,60}?(?:\b(?:nederlands|frans|duits|engels|français|néerlandais|allemand|anglais|deutsch|english)\b"
        r"[\s/|·,]*){2,}$",
        re.IGNORECASE,
    ),
    # a site's own word followed by the language of the page: 'Home FR', 'Accueil NL'
    re.compile(r"^(?:home|start|accueil|menu|nieuws|actualités|news)\s+(?:NL|FR|DE|EN)$", re.IGNORECASE),
    # the A-Z index of a site: 'Zoeken van A tot Z', 'Recherche de A à Z'
    re.compile(r"^(?:zoeken|recherche|search|index)\s+(?:van\s+|de\s+)?A\s+(?:tot|à|to|-)\s+Z$", re.IGNORECASE),
    # a breadcrumb whose steps hold '&' or an ellipsis ('Publicaties > Persberichten & Mededelingen >...')
    # (only '>' there: French quotes « » around two words of a headline are no path)
    re.compile(r"^(?=.*[^\W\d_]{2})[^>«».!?]{1,60}(?:\s*>\s*[^>«»]{1,140}){2,}$"),
    # a cookie banner's buttons: 'Alle cookies accepteren', 'Paramètres des cookies', 'Accept all cookies'
    re.compile(
        r"^(?=.*\bcookies?\b)(?=.*\b(?:accept\w*|aanvaard\w*|weiger\w*|refuse\w*|reject\w*|instellingen|"
        r"paramètres|settings|beheer\w*|gérer|manage|personnalis\w*|noodzakelijke|nécessaires|necessary)\b)"
        r"[^.!?]{0,60}$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:deze (?:web)?site|ce site|this (?:web)?site) (?:maakt gebruik van|gebruikt|utilise|uses)\b", re.I),
    # when the page was changed: 'Bijgewerkt op 3 mei', 'Mis à jour le', 'Laatste wijziging: ...'
    re.compile(
        r"^(?:bijgewerkt op|laatste (?:update|wijziging)|datum laatste wijziging|mis à jour le|"
        r"dernière modification|updated on|last modified)\b.{0,40}$",
        re.IGNORECASE,
    ),
    # a page's rating box: 'Was deze pagina nuttig?', 'Cette page vous a-t-elle été utile ?'
    re.compile(
        r"^(?:(?:was|is|vond (?:u|je)) (?:deze|dit) (?:informatie|info|pagina|artikel) (?:nuttig|handig)|"
        r"(?:cette|ces) (?:page|information|informations|article) vous (?:a|ont)-t-(?:elle|il|elles) été utiles?|"
        r"(?:was|is|did you find) this (?:page|information|article) (?:useful|helpful))\s*\??$",
        re.IGNORECASE,
    ),
    # a subscription or a follow-us call alone: 'Schrijf je in op de nieuwsbrief', 'Volg ons op Facebook'
    re.compile(
        r"^(?:schrijf (?:je|u) in|inschrijven|abonneer (?:je|u)|s'abonner|s’abonner|abonnez-vous|subscribe|"
        r"volg ons|suivez-nous|nous suivre|follow us)\b[^.!?]{0,50}$",
        re.IGNORECASE,
    ),
    # a footer's rights: '© 2024 FOD Economie. Alle rechten voorbehouden.', '© 2023 SPF … – Cookies'
    re.compile(r"^.{0,60}\b(?:alle rechten voorbehouden|tous droits réservés|all rights reserved)\.?$", re.I),
    re.compile(r"^(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b[^.!?]{0,200}$", re.I),
    # an author line: 'Auteur: ...', 'Rédaction : ...'
    re.compile(r"^(?:auteur|author|redactie|rédaction|tekst|texte)\s*:\s*[^.!?]{1,60}$", re.IGNORECASE),
    # 'Bron: Brussel Mobiliteit' closing a page: the importer reads the issuer from it
    re.compile(r"^(?:bron|source|uitgever|éditeur)\s*:\s*\S.{0,80}$", re.IGNORECASE),
]
# The patterns as one expression tried at the line's start only (each opens with '^'): a page of
# 30,000 lines is read once per line, not once per pattern.
_ANY = re.compile("|".join(f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})" for p in _PATTERNS))
assert all(p.pattern.startswith("^") for p in _PATTERNS)
# A contact block closes the page: from its heading to the end, unless a long paragraph follows.
_CONTACT = re.compile(
    r"^(?:contact|perscontact|contactpersoon|contacts? presse|contact presse|press contact|bron|source|"
    r"voor meer informatie|pour plus d'informations|for more information|meer informatie|"
    r"plus d'informations|informatie voor de pers|"
    # a subscription box closes a page too ('Persberichten in je mailbox')
    r".{0,40}\b(?:in je mailbox|in uw mailbox|dans votre boîte(?: mail| aux lettres)?|in your inbox))\s*:?$",
    re.IGNORECASE,
)


def line_key(line: str) -> str:
    """A line as a site repeats it: case, spacing, bullets, closing marks and the apostrophe's
    typography aside ('Plus d’infos' is 'plus d'infos': sites set either)."""
    line = line.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    return " ".join(re.sub(r"[\s:.!?|»›>]+$", "", re.sub(r"^[\s|»›>•·-]+", "", line)).lower().split())


# A notice about the site itself, not the release: 'deze website gaat offline', 'ce site sera
# archivé', 'this site is no longer updated'. The demonstrative names the site the reader is on,
# so the sentence is the site's, whatever page it stands on (a plain fact, like a cookie banner;
# seen on 2021-bosa-ambtenarenzaken-nota, both sides). Its first sentence decides.
_STATE = (
    r"(?:gearchiveerd|archiveren|offline|niet (?:langer|meer) (?:bijgewerkt|geactualiseerd|beschikbaar)|verhuis|"
    r"archiv[ée]|hors ligne|plus (?:été )?mis à jour|plus à jour|déménag|"
    r"archived|no longer (?:updated|maintained|available)|has moved|will move)"
)
_NOTICE = re.compile(
    rf"^[^.!?]{{0,40}}\b(?:deze|onze|ce|cette|notre|this|our)\s+(?:web)?(?:site|stek|page|pagina)\b"
    rf"(?:\s+(?:web|internet))?[^.!?]{{0,60}}\b{_STATE}",
    re.IGNORECASE,
)
_STATE_WORD = re.compile(rf"\b{_STATE}", re.IGNORECASE)
# The heading of a page's files ('Documents', 'Bijlagen'): the list right under it is their links.
_FILES = {"documents", "documenten", "bijlagen", "annexes", "attachments", "downloads", "téléchargements"}


def site_notices(blocks: list[RawBlock]) -> set[int]:
    """Indexes of the blocks that tell of the site itself: a notice, and the line next to it that
    says the same of the site by its name ('Fedweb wordt gearchiveerd' over 'Deze website ...')."""
    notices = {i for i, b in enumerate(blocks) if len(b.text) <= 600 and _NOTICE.search(" ".join(b.text.split()))}
    near = {
        j
        for i in notices
        for j in (i - 1, i + 1)
        if 0 <= j < len(blocks) and len(blocks[j].text) <= 400 and _STATE_WORD.search(blocks[j].text)
    }
    return notices | near


def _menu_words(key: str) -> bool:
    """A line made only of the site's own words ('Nieuws en persberichten'), joined by 'en', '&'..."""
    words = key.replace(",", " ").split()
    labels = [w for w in words if w not in JOINS]
    return len(labels) >= 2 and all(w in LINES and len(w) > 2 for w in labels)


def doubled(line: str) -> bool:
    """A phrase glued to itself ('Aantasting van de integriteitAantasting van de integriteit'): a
    widget's text copied twice (shown, and again for a screen reader or a tooltip). No language
    writes a phrase twice in a row as its text (a plain fact; seen on the pages of one Brussels
    office: 2019-10-26-bpv-veiligheidsenquete-2018, 2021-01-bpv-observatorium-verslag-2019)."""
    half = len(line) // 2
    if len(line) < 24 or len(line.split()) < 4:
        return False
    return line[:half] == line[len(line) - half :] and line[half : len(line) - half].strip() == ""


# A caption closing on its credit: '… in actie. (c) KBIN/BMM', '… stelt de strategie voor. © F. Debatty'
# (captions of two unrelated sites, batch 5 dev): a photo's, not the release's; longer than a site
# line may be, as a caption is a sentence.
# (the holder may be a site: 'Séverin Malaud © urban.brussels')
_CREDITED = re.compile(r"^.{0,280}\S\s+(?:©|\(c\))\s*(?:[A-ZÀ-Þ][^.!?]{0,120}\.?|[a-z][\w-]*(?:\.[\w-]+)+)$")


def _widget(line: str) -> bool:
    """One word three times in a few ('Kleine letters Normale letters Grote letters', 'Texte petit
    Texte normal Texte grand'): a widget's buttons, no sentence of any language repeats itself so."""
    words = re.findall(r"[^\W\d_]{3,}", line.lower())
    return 3 <= len(line.split()) <= 9 and any(words.count(w) >= 3 for w in set(words))


# Navigation: the lines that separate a site's header (its name, logo, slogan) from the page's
# content (a language menu, 'Menu', 'Zoeken', a skip link, a breadcrumb). A plain fact of web
# pages: the header and its navigation come first, the content after.
def is_navigation(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 200:
        return False
    return line_key(stripped) in NAVIGATION or any(p.match(stripped) for p in (_HERE, _CRUMBS, _SWITCH))


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    if stripped and len(stripped) <= 600 and doubled(stripped):
        return True
    if _widget(stripped) or (len(stripped) <= 400 and _CREDITED.match(stripped)):
        return True
    if not stripped or len(stripped) > 200:
        return False
    if not re.search(r"\w", stripped):  # a dash, a bullet, stars: no words, nothing of the release
        return True
    key = line_key(stripped)
    if key in LINES or _menu_words(key) or related_heading(key):
        return True
    return bool(_ANY.match(stripped))


# Follow-us links run into the line before them when a page is copied: 'Persbericht (25/06/2021)
# Volg ons op Twitter Volg ons op Facebook LinkedIn'.
_PLATFORM = r"(?:twitter|facebook|linkedin|instagram|youtube|flickr|mastodon|bluesky)"
_FOLLOW = r"(?:volg ons op|suivez-nous sur|nous suivre sur|follow us on)"
_SOCIAL = re.compile(
    rf"(?:\s+{_FOLLOW}\s+{_PLATFORM}(?:\s+(?:{_FOLLOW}\s+)?{_PLATFORM})*|(?:\s+{_PLATFORM}){{2,}})\s*$",
    re.IGNORECASE,
)  # a follow-us phrase, or two platforms at least: 'Politie waarschuwt op Facebook' keeps its last word


def _without_social(line: str, dropped: list[str]) -> str:
    """A line without the social links that close it (listed as dropped); a line of links alone
    is left whole for is_furniture."""
    match = _SOCIAL.search(line)
    if match is None or not line[: match.start()].strip():
        return line
    if re.fullmatch(rf"\s*{_PLATFORM}(?:[\s,|·]+{_PLATFORM})*\s*", line, re.IGNORECASE):
        return line  # 'Facebook Twitter LinkedIn': a line of links alone, listed whole as written
    dropped.append(match.group(0).strip())
    return line[: match.start()]


def drop_furniture(blocks: list[RawBlock], keep: Collection[str] = ()) -> tuple[list[RawBlock], list[str]]:
    """The blocks without site furniture, and the lines dropped (in order). Lines in `keep` (as
    listed among the dropped) are the user's to keep: they stay."""
    kept_keys = {line_key(line) for line in keep}

    def is_site_line(line: str) -> bool:
        return is_furniture(line) and line_key(line) not in kept_keys

    dropped: list[str] = []
    kept: list[RawBlock] = []
    notices = site_notices(blocks)
    files = tail = False  # under a heading of files; the page's last blocks dropped
    related: list[int] = []  # where a heading of links to other pages stood among the kept blocks
    nav = False  # navigation dropped since the last kept block
    for n, block in enumerate(blocks):
        if block.kind == "letterhead":
            kept.append(block)
            continue
        if block.kind not in ("table", "quote"):
            block.text = "\n".join(_without_social(line, dropped) for line in block.text.split("\n"))
        lines = block.text.split("\n")
        furniture = [is_site_line(line) for line in lines]
        files = files and (block.kind == "list_item" or not re.search(r"\w", block.text))
        listed = (files or n in notices) and not any(line_key(line) in kept_keys for line in lines)
        if all(furniture) or listed:
            nav = nav or any(is_navigation(line) for line in lines)
            dropped.extend(line.strip() for line in lines if line.strip())
            files = files or line_key(lines[-1]) in _FILES
            related += [len(kept)] if related_heading(line_key(lines[-1])) else []
            tail = True
            continue
        tail = False
        if any(furniture) and block.kind not in ("list_item", "quote", "table"):  # a table's rule line is its own
            dropped.extend(line.strip() for line, f in zip(lines, furniture, strict=True) if f and line.strip())
            block.text = "\n".join(line for line, f in zip(lines, furniture, strict=True) if not f)
        block.after_nav = block.after_nav or nav or any(is_navigation(line) for line in lines[:1])
        nav = False
        kept.append(block)
    # Links to other pages under their heading, to the end of the page: short lines only.
    start = next((i for i in related if i < len(kept) and all(_link(b) for b in kept[i:])), None)
    if start is not None:
        links = [b for b in kept[start:] if line_key(b.text) not in kept_keys]  # the user's to keep stay
        dropped.extend(line.strip() for block in links for line in block.text.split("\n") if line.strip())
        kept, tail = kept[:start] + [b for b in kept[start:] if b not in links], True
    # The contact block at the end of the page.
    for index in range(len(kept) - 1, max(-1, len(kept) - 8), -1):
        first_line = kept[index].text.split("\n")[0]
        if (
            _CONTACT.match(first_line.strip())
            and index > 0  # it closes a page: the release stands above it
            and line_key(first_line) not in kept_keys
            and all(len(b.text) < 160 for b in kept[index + 1 :])
        ):
            for block in kept[index:]:
                dropped.extend(line.strip() for line in block.text.split("\n") if line.strip())
            kept = kept[:index]
            tail = True
            break
    # A short label closing the page over nothing but site lines ('Kerncijfers' over a pdf link,
    # 'Meer info' over the contact block): the label of those links (2 sites:
    # nodate-nbb-ckp-maandstatistieken, nodate-justitie-in-cijfers-2011-2016).
    # Under the release's text only: a page of a headline and links keeps its headline.
    if tail and len(kept) >= 2 and _label(kept[-1]) and _text(kept[-2]) and line_key(kept[-1].text) not in kept_keys:
        dropped.append(kept.pop().text.strip())
    return kept, dropped


def _link(block: RawBlock) -> bool:
    """A line a list of links holds: a page's title or its date, short and no sentence."""
    return len(block.text) < 160 and not re.search(r"[.!?][\"”»')]*\s*$", block.text)


def _text(block: RawBlock) -> bool:
    """The release's own text: a list item, or a sentence that ends."""
    return block.kind == "list_item" or bool(re.search(r"[.!?:;…][\"”»')]*\s*$", block.text))


def _label(block: RawBlock) -> bool:
    """A link's or a section's few words: one line, at most four words, no sentence, no number."""
    text = block.text.strip()
    return (
        block.kind in ("", "heading")
        and "\n" not in text
        and 1 <= len(text.split()) <= 4
        and not re.search(r"[.!?;:,\d]", text)
    )
