"""Notices about the site itself, not the release: the site going offline or archived, the
issuer's offices closed. Read from the page as a whole by `furniture.drop_furniture`."""

from __future__ import annotations

import re

from reader.core.importer.raw import RawBlock

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
# A banner of the issuer's offices over the page: 'onze kantoren zijn gesloten', 'nos bureaux uniquement
# sur rendez-vous', 'our offices are closed': the issuer speaking of its own desks and their hours,
# above the headline (a federal service's pages, two Walloon towns' sites behind a breadcrumb): the
# site's, not the release's. Opening the page only, and said as a notice (a sentence with its full stop,
# or under an alert's label: 'Opgelet:', 'Attention :'): a headline may well announce a closing.
_OFFICE_NOTICE = re.compile(
    r"^(?=[^.!?]*\b(?:onze|ons|nos|notre|our)\s+(?:\w+\s+)?(?:kantoren|kantoor|loketten|loket|infocenters?|"
    r"bureaux|bureau|guichets|guichet|offices?|counters?)\b)"
    r"(?=[^.!?]*\b(?:gesloten|op afspraak|openingsuren|openingstijden|fermée?s?|sur rendez-vous|heures d'ouverture|"
    r"closed|by appointment|opening hours)\b)",
    re.IGNORECASE,
)


def site_notices(blocks: list[RawBlock]) -> set[int]:
    """Indexes of the blocks that tell of the site itself: a notice, and the line next to it that
    says the same of the site by its name ('Fedweb wordt gearchiveerd' over 'Deze website ...')."""
    notices = {i for i, b in enumerate(blocks) if len(b.text) <= 600 and _NOTICE.search(" ".join(b.text.split()))}
    first = " ".join(blocks[0].text.split()) if blocks else ""
    said = bool(re.search(r"[.!]$", first) or re.match(r"[^\W\d_]{3,15}\s?:", first))
    if len(blocks) > 2 and len(first) <= 300 and said and _OFFICE_NOTICE.search(first):
        notices.add(0)
    near = {
        j
        for i in notices
        for j in (i - 1, i + 1)
        if 0 <= j < len(blocks) and len(blocks[j].text) <= 400 and _STATE_WORD.search(blocks[j].text)
    }
    return notices | near
