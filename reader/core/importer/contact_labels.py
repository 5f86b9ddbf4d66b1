"""The labels that open a page's press contacts and its sources, and a press contact given on one line:
what closes a release's page, kept apart from the site lines' patterns (furniture_patterns) that grew
past a module's size."""

from __future__ import annotations

import re

# 'Meer informatie: www.hasselt.be/zwembad': more information at a page of its own (a path past the
# host, more than a language's folder) or at a number alone is the release's own address, part of
# its text (trial R: dropped as a site line in both languages); a site's bare address under the label
# stays the site's, as a line every page of the site shows is learned as the site's (learned.py)
MORE_INFO = r"(?:voor )?meer info(?:rmatie)?|(?:pour )?plus d['’]info(?:rmation)?s?|(?:for )?more info(?:rmation)?"
OWN_PAGE = (
    rf"(?!(?i:{MORE_INFO})\s*:?\s*(?:(?i:op|sur|on)\s+)?(?i:https?://)?[\w-]+(?:\.[\w-]+)+"
    r"/(?!(?i:nl|fr|en|de)/?\s*$)[\w%-][^\s]*\s*$)"
)
PRESS_INFO = r"persinfo|persinformatie|info(?:rmation)?s? (?:presse|pers)|press info(?:rmation)?"

# A contact block closes the page: from its heading to the end, unless a long paragraph follows
# ('Contacten': the plural news.belgium.be sets over its press contacts, trial B's Council pages).
CONTACT = re.compile(
    r"^(?:contact(?:en|s)?|perscontact|contactpersoon|contacts? presse|contact presse|press contact|bron|source|"
    # the Dutch label as a federal economy service sets it, and the plurals (a checks trial's pages:
    # 'Contact pers' stayed, glued to the phone number under it, when the name and role went)
    r"contacts? pers|perscontacten|persverantwoordelijken?|contacts? m[ée]dias?|media ?contacts?|" + PRESS_INFO + r"|"
    r"voor meer informatie|pour plus d'informations|for more information|meer informatie|"
    r"plus d'informations|informatie voor de pers|"
    # more information 'for the press', as a city's press room heads its press office (trial C)
    r"(?:meer |plus d['’])?info(?:rmatie|rmations?|s)? (?:voor de pers|pour la presse|for the press)|"
    # a subscription box closes a page too ('Persberichten in je mailbox')
    r".{0,40}\b(?:in je mailbox|in uw mailbox|dans votre boîte(?: mail| aux lettres)?|in your inbox))\s*:?$",
    re.IGNORECASE,
)

# A firm's customer service named after a contact's label ('Contact: klantendienst X, 0800 …', 'Contact :
# service consommateurs de X, …'): whom the consumer calls about a product, as a recall tells its reader
# (trial B, F6: dropped as a press contact, the consumer's phone lost). A press contact serves the press,
# never the consumers: the release's own text, whatever number it gives.
CONSUMER = (
    r"(?![^\n]{0,60}\b(?:klanten(?:dienst|service|contact|lijn)|consumenten(?:dienst|service|lijn)|"
    r"service (?:(?:à la |aux |de la )?client(?:èle|s)?|(?:aux )?consommateurs?|après-vente)|"
    r"customer (?:service|care|helpline|line)s?|consumer (?:service|helpline|line)s?)\b)"
)

# A press contact or the press office given on one line: whom to call, the site's (furniture_patterns.py
# reads them among the site lines' shapes).
CONTACT_LINES = [
    # a press contact given on one line: 'Contact presse : name – phone', 'Perscontact: name, e-mail'
    re.compile(
        r"^(?:contact presse|contacts presse|perscontact|press contact|contact pers|woordvoerder|porte-parole|"
        r"contactpersoon(?: pers| media)?|"  # 'Contactpersoon pers: name, phone' (trial C's court page)
        r"persvoorlichter|persverantwoordelijke|attachée? de presse|press officer|"
        # the French of 'persverantwoordelijke' and 'perscontact' as contact_cards.py's roles name them
        r"responsable (?:de (?:la )?)?presse|chargée? de (?:presse|communication)|"
        + PRESS_INFO
        + r"|media ?contact|contact médias?)"
        r"\s*:\s*(?:[^.!?]|\.(?=\S)){1,100}$",  # an address's dots ('pers@fedasil.be') end no sentence
        re.IGNORECASE,
    ),
    # 'Voor meer informatie: Koen Maes, woordvoerder, 0471 …': more information, given as a press
    # contact (its role, or a name and a phone number, in the line): whom to call, no text (a new
    # user's page); a number alone is the release's own (OWN_PAGE above), and so is a firm's customer
    # service (CONSUMER below)
    re.compile(
        r"^(?:voor meer informatie|meer informatie|meer info|pour plus d['’]informations?|plus d['’]infos?|"
        r"informations?|for more information|contact)\s*:\s*"
        + CONSUMER
        + r"(?=[^\n]{0,100}(?:"
        + r"woordvoer|porte-parole|persverantwoordelijke|attachée? de presse|press officer|spokes|"
        + r"(?-i:[A-ZÀ-Þ])[^\n]{0,60}(?:\+32|0)\s?\d[\d ./]{6,}))(?:[^.!?]|\.(?=\S)){1,120}$",
        re.IGNORECASE,
    ),
    # the press office named with its address or phone, no label's colon: 'Persdienst FOD X – pers@x.be',
    # 'Service de presse SPF X, presse@x.be' (a new user's page), '… – 02 …' (trial C): how to reach it
    re.compile(
        r"^(?:persdienst|persbureau|perscel|service (?:de )?presse|cellule (?:de )?presse|press office)\b"
        r"[^!?\n]{0,80}(?:\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+32|\b0)\s?\d[\d ./]{6,}\d)\s*$",
        re.IGNORECASE,
    ),
]
