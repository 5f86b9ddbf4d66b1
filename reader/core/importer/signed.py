"""Who issues a page that names no issuer line: the office that signs it, in the lines the page
showed around its text (the contact block, a source line) or in the site's own name."""

from __future__ import annotations

import re

from reader.core.text.glossary import official_service

# 'FOD Financiën', 'SPF Chancellerie du Premier Ministre', 'FOD Mobiliteit en Vervoer'
_SERVICE = re.compile(
    r"\b(?:FOD|SPF|POD|SPP|FPS)\s+[A-ZÀ-Ý][\w-]+"
    r"(?:\s+(?:en|et|and|van de|van het|van|du|de la|de l'|des|de|of the|of)?\s*[A-ZÀ-Ý][\w-]+)*"
)


_CABINET = re.compile(
    r"^\s*(?:kabinet van (?:de |het )?|cabinet (?:du |de la |de l'|des |de )|office of the )(.{3,80}?)\s*$",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^\s*(?:bron|source|uitgever|éditeur)\s*:\s*(.{3,80}?)\s*$", re.IGNORECASE)
_OFFICE_NAME = re.compile(r"\b(?:minister|ministre|staatssecretaris|secrétaire d'état|premier)\b", re.IGNORECASE)


def _named_in(site: str, texts: list[str]) -> bool:
    """A site's short name ('Fedasil', 'SPF Mobilité') that the headline or the text names as well:
    a portal's name ('Belgium.be') is not said by the releases it carries."""
    name = " ".join(site.split())
    if not name or len(name.split()) > 5 or not re.search(r"[A-Za-zÀ-ÿ]{3}", name):
        return False
    said = re.compile(r"(?<![\w.])" + re.escape(name) + r"(?![\w.])", re.IGNORECASE)
    return any(said.search(text) for text in texts)


def signed_issuer(dropped: list[str], site: str, texts: list[str], declared: str = "") -> str:
    """The issuer the dropped lines or the site name ('' when none says it); `texts`: the headline
    and the body, which name a site's owner when it speaks of itself; `declared`: the publisher the
    page's metadata names (html_meta), after the lines the page shows."""
    # A FOD/SPF site signs its releases in the contact block that closes the page.
    signed = next(
        (official_service(line[m.start() :], m.group(0)) for line in dropped if (m := _SERVICE.search(line))), ""
    )
    # 'Cabinet du Premier ministre' in the press contact: the office that speaks.
    signed = signed or next((m.group(1) for line in dropped if (m := _CABINET.match(line))), "")
    signed = signed or next((m.group(1) for line in dropped if (m := _SOURCE.match(line))), "")
    signed = signed or declared
    # The site's own name ('… | SPF Economie', og:site_name 'Premier ministre') when it is an office.
    signed = signed or (
        official_service(site[m.start() :], m.group(0))
        if (m := _SERVICE.search(site))
        else site
        if _OFFICE_NAME.search(site)
        else ""
    )
    # A site named by its owner ('… | Fedasil') whose release speaks of it: the owner issues it.
    return signed or (site if _named_in(site, texts) else "")
