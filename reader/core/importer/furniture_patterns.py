"""The shapes of site lines as patterns, each anchored at a line's start: navigation (where you are,
a breadcrumb, a language switch), share and print lines, notices, credits, bylines, a footer's rights.
Read by furniture.py (is_furniture, is_navigation), once per line through ANY."""

from __future__ import annotations

import re

from reader.core.importer.contact_labels import CONTACT_LINES, OWN_PAGE

PERSON = r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)+"
# The navigation's shapes, which is_navigation reads too: where you are, a breadcrumb, a language switch.
# ('U bevindt zich op: …' is the same trail in a regional portal's words, a loading notice before it:
# 'Gedaan met laden.'; with its colon only: 'U bevindt zich in de sectie …' is a sentence)
HERE = re.compile(
    r"^(?:(?:gedaan met laden|chargement terminé|finished loading)\.?\s*)?"
    r"(?:u bent hier|vous êtes ici|you are here|u bevindt zich (?:hier|op)\s*:|vous vous trouvez (?:ici|sur)\s*:)",
    re.IGNORECASE,
)
# Home > Nieuws > Persberichten (words; the slashes of a date such as 03/06/2024 separate nothing).
# Each crumb and each separator's spaces are taken whole (possessive): letting the two share the
# spaces between them made a row of a pasted table ('2004 | 2005 | … | |') take minutes to reject.
# Two steps are a trail too when the first is the site's home or an arrow parts them ('Home > Nieuws'
# over an undated page was its headline: a new user's trial); a bar or a slash alone parts two words
# of a title ('Persbericht | ...').
CRUMBS = re.compile(
    r"^(?=.*[^\W\d_]{2})[\w .'’-]{1,40}+(?:(?:\s*+[>»›|]\s*+|\s*+(?<!\d)/(?!\d)\s*+)[\w .'’-]{1,60}+){2,}$"
    r"|^(?:home|homepage|startpagina|start|accueil|page d'accueil|onthaal)\s*+[>»›|/]\s*+[\w .'’-]{1,60}+$"
    r"|^(?=.*[^\W\d_]{2})[\w .'’-]{1,40}+\s*+[>›]\s*+[\w .'’-]{1,40}+$",
    re.IGNORECASE,
)
# 'Bekijk dit persbericht in NL FR', a language switch: a line ending in language codes (capitals)
# The same trail opening on its separator, its last steps empty ('/ Pro News / /'): a path, never prose
LEADING_CRUMBS = re.compile(r"^(?=.*[^\W\d_]{2})\s*+/[^/.!?:]{0,60}+(?:/[^/.!?:]{0,60}+){1,8}$")
SWITCH = re.compile(r"^.{0,60}?(?<![\w])(?:NL|FR|DE|EN)(?:\s*[/|·–-]?\s*(?:NL|FR|DE|EN)){1,3}$")
# A print link by any of its names; a line of them alone is furniture ('Eentalige printerversie').
PRINT_LINK = (
    r"(?:druk de huidige pagina af|druk deze pagina af|(?:(?:tweetalige|eentalige)\s+)?(?:afdrukbare versie|"
    r"printversie|printerversie|printvriendelijke versie)|(?:deze )?pagina afdrukken|printer[- ]friendly version|"
    r"version (?:imprimable|à imprimer)(?:\s+(?:bilingue|unilingue))?|"
    r"imprimer cette page|imprimer la page|printable version|print version|print this page)"
)
_LINKS = rf"(?:{PRINT_LINK}|haut de page|retour en haut(?: de (?:la )?page)?|(?:terug )?naar boven|back to top)"
# A download's line: a file's size, alone or after its type or its file name ('PDF 144 KB', '(643.3 kB)',
# 'bijlagen: persbericht.pdf74,7 Kb(pdf)', '| projets_0.pdf | 75.9 Ko |') and a list of files' header
# ('Fichier attaché | Taille'): the site's widget, never a sentence (a senate's pages, two regional
# governments', a province's; no text states a size alone on its line).
_SIZE = r"\(?\d{1,4}(?:[.,]\d{1,2})?\s?(?:[kmg][bo]|[km]ib|octets|bytes)\)?"
_FILE = r"(?:pdf|docx?|xlsx?|odt|ods|pptx?|zip|csv)"
DOWNLOAD = re.compile(
    rf"^\|?\s*(?:{_FILE}\s*[-–:]?\s*|[^|\n]{{0,150}}?\.{_FILE}\s*\|?\s*)?{_SIZE}\s*(?:\(?{_FILE}\)?)?\s*\|?\s*$"
    r"|^\|?\s*(?:fichiers? attachés?|fichiers?|bestand(?:en)?|bijlagen?|files?|attachments?|documents?)\s*\|\s*"
    r"(?:taille|grootte|size|poids)\s*\|?\s*$",
    re.IGNORECASE,
)
# A press contact's label said as information for the press ('Persinfo: name, phone', 'Infos presse :'):
# a heading over the contact block (furniture.py) or the label of a contact on one line (below).
PATTERNS = [
    HERE,
    DOWNLOAD,
    # with the top-of-page link beside it ('Imprimer cette page · Haut de page', a parliament's, trial C)
    re.compile(rf"^{_LINKS}(?:\s*[|·/]?\s*{_LINKS})*\s*$", re.IGNORECASE),
    # a CMS's message key left unfilled ('???module.newsItem.label.themes???': JSTL's fmt:message writes
    # a missing key so, a plain fact of it; a province's and its governor's sites in trial C)
    re.compile(r"^\?{3}[\w.-]+\?{3}$"),
    # the page's QR code link ('QR code for this page', a health institute's, trial C)
    re.compile(r"^qr[- ]?code(?:\s+(?:for|of|voor|van|de|pour)\s+(?:this|deze|cette)\s+(?:page|pagina))?$", re.I),
    CRUMBS,
    LEADING_CRUMBS,
    re.compile(
        r"^(?:deze (?:web)?site gebruikt|ce site utilise|this (?:web)?site uses|(?:we|wij) gebruiken|"
        r"nous utilisons|we use)(?: \w+){0,2} cookies",
        re.IGNORECASE,
    ),
    # ('Pagina laatst gewijzigd op 3 maart 2025.': a federal civil-service portal's footer, trial C)
    re.compile(
        r"^(?:laatst bijgewerkt|(?:pagina )?laatst gewijzigd|dernière mise à jour|last updated)\b.{0,40}$", re.I
    ),
    # what the page is, alone on a line: 'Persbericht', 'Communiqué de presse' labels, never says
    re.compile(
        r"^(?:persbericht|persmededeling|perscommuniqué|nieuwsbericht|communiqué de presse|communiqué|"
        r"press release)\s*:?$",
        re.IGNORECASE,
    ),
    re.compile(r"^\S+@\S+\.\w+$"),  # an e-mail address alone
    re.compile(r"^(?:https?://|www\.)\S+(?:\s+\S{1,2})?$", re.IGNORECASE),  # a URL alone (and its arrow icon)
    # a host name alone, as a site's logo reads ('Nieuws.belgium.be' over the menu: a new user's page
    # took it for the headline's first words); Belgium's public sites end so
    re.compile(r"^[a-z][\w-]*(?:\.[\w-]+)*\.(?:be|brussels|vlaanderen|wallonie|eu|gov|int|org)$", re.IGNORECASE),
    # the federal sites' top bar, whether its link is on the same line or the next
    re.compile(
        r"^(?:andere informatie en diensten van de overheid|"
        r"autres informations et services (?:officiels|du gouvernement)|"
        r"other information and services (?:from|of) the government|weitere informationen und dienste)\b",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:tel|tél|phone|gsm|t)\.?\s*:?\s*\+?[\d ./()-]{8,}$", re.IGNORECASE),
    # 'Andere informatie en diensten van de overheid: www.belgium.be': a label and a URL, or a few
    # words and one; a sentence that ends on one and a full stop, with no label before it, is the
    # release's own ('Inschrijven kan op www.be-alert.be.'), and so is a long one without its stop
    # ('Vanaf 10u30 staan de persmap en het jaarverslag op www…': an ombudsman's pair, both sides);
    # 'sur notre site https://…' labels its link as 'op onze website: https://…' does, without the colon
    # French and Dutch punctuate differently (an asylum agency's pair, both sides)
    re.compile(
        r"^"
        + OWN_PAGE
        + r"(?![^:]*\s(?:https?://|www\.)\S*\w\.$)(?:.{0,40}[:\s]|.{0,90}:\s*|.{0,90}\b(?:site|website|webpagina|"
        r"site web|site internet)\s+)(?:https?://|www\.)\S+\s*\S{0,2}$",
        re.I,
    ),
    SWITCH,
    re.compile(
        r"^(?:bekijk dit persbericht|voir ce communiqué|consultez ce communiqué|view this press release)\b", re.I
    ),
    # a byline: 'Door Sarah Peeters, Jan Janssens' / 'Par ...'
    re.compile(
        re.compile(rf"^(?:[Dd]oor|[Pp]ar|[Bb]y)\s+{PERSON}(?:,\s*{PERSON})*(?:\s+(?:en|et|and)\s+{PERSON})?$"),
    ),
    re.compile(r"^(?:federal |federale |fédéral )?logo\b", re.IGNORECASE),
    # a blog's link to its author's page, as WordPress themes word it ('All posts by %s' and its
    # translations): a plain fact of the software, seen on 2018-ibz-jaarverslag-2017-asiel
    re.compile(
        r"^(?:all posts by|view all posts by|tous les articles (?:par|de)|voir tous les articles de|"
        r"alle berichten (?:van|door)|bekijk alle berichten van)(?:\s+[^\s.!?]+){1,3}$",
        re.IGNORECASE,
    ),
    # a parliament's session over a question or a report: 'Session 2011-2012', 'Zittingsperiode: 19/24
    # Zitting: 19/20 …' (the Senate's and the Brussels Parliament's pages): what the document is
    # filed under, never its text
    re.compile(
        r"^(?:zittingsperiode|zitting|legislatuur|législature|session|sessie|legislature)\s*:?\s*"
        r"(?:19|20)?\d\d\s*[-/]\s*(?:19|20)?\d\d\b(?:\s+\S+\s*:.*)?$",
        re.IGNORECASE,
    ),
    # a link back to the list: 'Terug naar het overzicht', 'Retour aux actualités', 'Terug naar alle
    # nieuws', 'Ga naar het volledige nieuwsoverzicht' (two Flemish authorities' news pages)
    re.compile(
        r"^(?:terug naar|ga naar|retour (?:à|aux|vers)|back to)\s+(?:het |de |la |l'|les |the |all |alle )?"
        r"(?:volledige |complete |toute la |tous les )?(?:\w*overzicht|\w*lijst|"
        r"nieuws\w*|persberichten|aperçu|liste|actualités|communiqués|news|overview|list|top|boven|publicaties|"
        r"publications|artikels|artikelen|articles|berichten|posts|blog|agenda|events|evenementen|événements|"
        r"\w*resultaten|résultats|results|dossiers|projecten|projets|projects|"
        # and to the site's home ('Retour à la page d'accueil de Le Médiateur', 'Terug naar de startpagina')
        r"(?:page |pagina )?(?:d['’])?accueil|startpagina|homepage|home ?page|home)\b.{0,40}$",
        re.IGNORECASE,
    ),
    # a page's tags and categories: 'Tags: mobiliteit, spoor', 'Thème : Emploi'
    re.compile(
        r"^(?:tags?|thema'?s?|thèmes?|themes?|trefwoorden|mots[- ]clés|catégories?|categorie(?:ën)?|rubriek|"
        r"rubrique|onderwerpen|sujets|topics?)\s*:\s*\S[^.!?]{0,120}$",
        re.IGNORECASE,
    ),
    # the share line's label alone, its platforms on the next line: 'Partagez cet article :', 'Deel dit bericht'
    # (its platforms' preposition left with it: 'Partager sur', 'Deel op', a foreign-affairs page in trial C)
    re.compile(
        r"^(?:deel|delen|partager|partagez|share)(?:\s+(?:dit|deze|ce|cet|cette|this)\s+\w+)?(?:\s+(?:op|sur|on|via))?"
        r"\s*:?$",
        re.I,
    ),
    # sharing on a named platform: 'Deel op Facebook', 'Partager sur LinkedIn', 'Delen op Facebook | X',
    # 'Partager ce message : Facebook | X', 'Deel dit bericht: LinkedIn'
    re.compile(
        r"^(?:deel|delen|partager|partagez|share)(?:\s+(?:dit|deze|ce|cet|cette|this)\s+\w+)?"
        r"(?:\s+(?:op|sur|on|via)|\s*:)\s+[\w.-]+(?:\s*[|/·,]\s*[\w.-]+){0,6}$",  # 'E-mail' too
        re.IGNORECASE,
    ),
    # sharing on platforms named one after another without separators: 'Deel dit bericht: Facebook
    # Twitter LinkedIn E-mail', 'Partager : Facebook X Email' (the platforms' own names, a plain fact)
    re.compile(
        r"^(?:deel|delen|partager|partagez|share)(?:\s+(?:dit|deze|ce|cet|cette|this)\s+\w+)?\s*:?"
        r"(?:\s*[|/·,]?\s*(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|instagram|bluesky|mastodon|threads|"
        r"messenger|telegram|reddit|print|afdrukken|imprimer|kopieer link|copier le lien|copy link)){2,10}\s*$",
        re.IGNORECASE,
    ),
    # a link to another page under its 'read also' label on one line: 'Lees ook: <title>', 'À lire
    # aussi : <title>' (the label of the related-pages heading, RELATED in site_words)
    re.compile(
        r"^(?:lees ook|zie ook|lees meer|lire aussi|à lire aussi|voir aussi|read also|see also|read more)"
        r"\s*:\s*\S[^\n]{0,150}$",
        re.IGNORECASE,
    ),
    # the topics a page is filed under, after a label saying they are related to it ('Sujets de santé
    # associés : …', trial C's health institute page; 'Related topics: …'): the site's tags, no text
    re.compile(
        r"^(?:(?:sujets|th[èe]mes|th[ée]matiques)(?: de [\w-]+)? (?:associ[ée]s|li[ée]s|connexes)|"
        r"(?:gerelateerde|verwante) (?:onderwerpen|thema's)|(?:related|associated)(?: [\w-]+)? (?:topics|themes))"
        r"\s*:\s*[^\W\d_][^\n.!?]{0,100}$",
        re.IGNORECASE,
    ),
    *CONTACT_LINES,  # a press contact or office given on one line (contact_labels.py)
    # a photo credit: '© Belga', 'Foto: Belga', 'Crédit photo : ...'; after the label, a sentence is the
    # photo's caption ('Photo : the mural unveiled in …'), the site's all the same: the label says so
    re.compile(r"^(?:©|\(c\)\s|(?:foto|photo|picture|beeld|image|crédit photo|fotocredit)\s*:).{0,300}$", re.I),
    # an image's file name left as its alt text: a stock photo's ('Sarah Shaffer O3gogpb4sru Unsplash':
    # photographer, id, library), a camera's ('IMG_2041', 'DSC 0012', '20141209 024 Fronton': date and
    # counter). What photo libraries and cameras name files, a plain fact; two unrelated real dev
    # sites (the police information supervisor, an Africa museum's pages)
    re.compile(
        r"^(?:[^.!?]{0,60}\b(?:unsplash|pexels|pixabay|shutterstock|istock(?:photo)?|adobe ?stock|getty ?images)"
        r"(?:\s+\d{1,2})?|(?:img|dsc|dscn|dsi|dji|pxl)[ _-]?\d{3,}\b[^.!?]{0,40}"
        r"|(?:19|20)\d{6}[ _-]\d{2,5}\b[^.!?]{0,40})$",
        re.IGNORECASE,
    ),
    # the site's maker: 'Powered by …', 'Web design by …', 'Development & Web design by …'
    re.compile(
        r"^[^.!?]{0,40}\b(?:powered by|(?:web ?)?design(?:ed)? by|website by|site (?:web )?(?:réalisé|conçu) par|"
        r"webdesign(?: en ontwikkeling)? door)\b[^.!?]{0,80}$",
        re.IGNORECASE,
    ),
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
    re.compile(
        r"^(?!(?:\S+\s+){8})[^\s/\\:][^/\\:]{0,80}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|csv|rtf|jpe?g|png|gif|webp|svg|tiff?)$",
        re.I,
    ),
    # an outdated-browser notice and its links: 'Download IE 10+', 'Téléchargez Firefox', '… you need a
    # more modern browser …' (any site that still supports old browsers shows one)
    re.compile(
        r"^(?:download|downloaden|télécharger|téléchargez)\s+(?:internet explorer|ie|chrome|firefox|edge|safari|opera)"
        r"(?:\s*\d+\+?)?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?=.*\b(?:browser|navigateur|webbrowser)\b)(?=.*\b(?:modern\w*|recent\w*|récent\w*|update|upgrade|"
        r"verouderd\w*|obsolète|download|mettre à jour|bijwerken)\b)(?!(?:\S+\s+){25}).*$",
        re.IGNORECASE,
    ),
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
    # a cookie banner's text however it opens ('Om u een betere ervaring te bieden, maakt onze site gebruik
    # van cookies.'): cookies and the site speaking of itself, in one line; its heading ('Cookies informatie')
    re.compile(
        r"^(?=.*\bcookies?\b)(?=.*\b(?:onze|deze|notre|ce|our|this) (?:web)?site\b).{0,600}$"
        r"|^(?=[^.!?]*\bcookies?\b)\S+(?:\s+\S+){0,2}$",
        re.IGNORECASE,
    ),
    # a banner's one line: 'Cookies: wij gebruiken cookies. Meer info | Ok' (the site's 'we')
    re.compile(
        r"^[^\n]{0,40}\b(?:we|wij|nous|on) (?:gebruiken|utilisons|utilise|use)\b(?: \w+){0,2} cookies\b.{0,120}$", re.I
    ),
    # its button in a page's language or the site's other one: 'J'accepte', 'Ik ga akkoord'
    re.compile(r"^(?:j['’]accepte|ik (?:ga akkoord|accepteer)|i (?:accept|agree)|je refuse|tout refuser)\s*!?$", re.I),
    # when the page was changed: 'Bijgewerkt op 3 mei', 'Mis à jour le', 'Laatste wijziging: ...'
    re.compile(
        r"^(?:bijgewerkt op|laatste (?:update|wijziging)|datum laatste wijziging|mis à jour le|"
        r"dernière modification|updated on|last modified)\b.{0,40}$",
        re.IGNORECASE,
    ),
    # a page's rating box: 'Was deze pagina nuttig?', 'Cette page vous a-t-elle été utile ?'
    re.compile(
        r"^(?:(?:was|is|vond (?:u|je)) (?:deze|dit) (?:informatie|info|pagina|artikel) (?:nuttig|handig)|"
        r"(?:cette|ces) (?:page|information|informations|article)(?: vous)? (?:a|ont)-t-(?:elle|il|elles) "
        r"été utiles?|"
        r"(?:was|is|did you find) this (?:page|information|article) (?:useful|helpful))\s*\??"
        r"(?:\s*(?:ja|nee|oui|non|yes|no)(?:\s*/\s*(?:ja|nee|oui|non|yes|no))?)?\s*$",  # with its buttons
        re.IGNORECASE,
    ),
    # the site's menu named as such, with what the page's copy took along ('Menu principal - SPF
    # Finances - Presse'): navigation, never the issuer whose name it holds
    re.compile(
        r"^(?:hoofdmenu|menu principal|main menu|hoofdnavigatie|navigation principale)\b.{0,120}$", re.IGNORECASE
    ),
    # a document's page numbering, from a PDF or a Word file: 'Pagina 1 van 3', 'Page 2 sur 5', 'Page 1 of 1'
    re.compile(r"^(?:pagina|page|blz\.?|p\.)\s*\d{1,4}\s*(?:van|sur|of|/)\s*\d{1,4}$", re.IGNORECASE),
    # a subscription or a follow-us call alone: 'Schrijf je in op de nieuwsbrief', 'Volg ons op Facebook';
    # a subscription's call says what to (a newsletter, alerts) or nothing more: 'Inschrijven in vier
    # stappen' heads the release's own steps (an import trial: dropped, the French twin kept)
    re.compile(r"^(?:volg ons|suivez-nous|nous suivre|follow us)\b[^.!?]{0,50}$", re.IGNORECASE),
    re.compile(
        r"^(?:schrijf (?:je|u) in|inschrijven|abonneer (?:je|u)|s'abonner|s’abonner|abonnez-vous|subscribe)"
        r"(?:\W{0,3}$|\b[^.!?]{0,50}?\b(?:nieuwsbrief|newsletter|lettre d['’]information|infolettre|mailing"
        r"|alerte?s?|updates|rss|e-?mail)\b[^.!?]{0,30}$)",
        re.IGNORECASE,
    ),
    # a letter's reference and an embargo, above a release's headline: 'Kenmerk: WD/2025/031', 'Notre
    # référence : …', 'EMBARGO tot dinsdag 4 november, 11.00 uur' (each taken for the headline by a
    # document of an import trial: a plain fact of official letters and releases)
    re.compile(
        r"^(?:ons kenmerk|uw kenmerk|kenmerk|onze referentie|notre référence|votre référence|n/réf\.?|v/réf\.?"
        r"|our reference|your reference|our ref\.?)\s*:\s*\S.{0,60}$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:embargo|onder embargo|sous embargo|under embargo)\b[\s:]*\S.{0,100}$", re.IGNORECASE),
    # a footer's rights: '© 2024 FOD Economie. Alle rechten voorbehouden.', '© 2023 SPF … – Cookies'
    re.compile(r"^.{0,60}\b(?:alle rechten voorbehouden|tous droits réservés|all rights reserved)\.?$", re.I),
    re.compile(r"^(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b[^.!?]{0,200}$", re.I),
    # an author line: 'Auteur: ...', 'Rédaction : ...'
    re.compile(r"^(?:auteur|author|redactie|rédaction|tekst|texte)\s*:\s*[^.!?]{1,60}$", re.IGNORECASE),
    # 'Bron: Brussel Mobiliteit' closing a page: the importer reads the issuer from it
    re.compile(r"^(?:bron|source|uitgever|éditeur)\s*:\s*\S.{0,80}$", re.IGNORECASE),
    # the logo's link, named by the site and where it leads ('Brussels Hoofdstedelijk Gewest - Homepage'):
    # a home page's name after a dash is a link's text, never a headline's words (a plain fact of web pages)
    re.compile(r"^[^.!?]{2,80}?\s[-–|]\s(?:home|homepage|home page|accueil|page d['’]accueil|startpagina)$", re.I),
    # a program's or a file's name alone, words joined by an underscore: an image's file name for
    # its description, a widget's untranslated message key ('search_api_…', 'site.common.home_page').
    # No word of Dutch or French holds an underscore (a plain fact; seen on three unrelated sites:
    # a statistics office's chart, a regional government's skip link, a regulator's search box).
    re.compile(r"^(?=\S*[^\W_]_[^\W_])[\w.-]{3,120}$"),
    # the mark closing a release sent to the press ('Einde persbericht', '- Fin du communiqué -', '###'):
    # a line of its own, what the newsroom sets under the text, never the text
    re.compile(
        r"^[-–—*#(\[ ]*(?:einde(?: van het)? (?:persbericht|bericht)|fin du communiqué(?: de presse)?|"
        r"end of (?:the )?press release|einde|fin|end)[-–—*#)\] ]*$|^#{3}$",
        re.IGNORECASE,
    ),
    # a page's feedback widget: 'Was deze informatie nuttig? Ja Nee', 'Cette page vous a-t-elle été utile ?'
    re.compile(
        r"^(?:was deze (?:informatie|pagina) nuttig|vond u (?:deze|wat u zocht)[^?]{0,40}|"
        r"cette (?:information|page) (?:vous )?a-t-elle été utile|avez-vous trouvé[^?]{0,40}|"
        r"was this (?:information|page) (?:helpful|useful))\s*\?(?:\s*(?:ja|nee|oui|non|yes|no)){0,2}\s*$",
        re.IGNORECASE,
    ),
]
# The patterns as one expression tried at the line's start only (each opens with '^'): a page of
# 30,000 lines is read once per line, not once per pattern.
ANY = re.compile("|".join(f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})" for p in PATTERNS))
assert all(p.pattern.startswith("^") for p in PATTERNS)
