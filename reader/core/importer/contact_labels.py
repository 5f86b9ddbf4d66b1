"""The labels that open a page's press contacts and its sources: what closes a release's page, kept
apart from the site lines' patterns (furniture_patterns) that grew past a module's size."""

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
