"""What a copied page runs onto the end of a line: its follow-us and share links, its print link
and update stamp. Taken off the line (and listed as dropped) before the line is judged; read by
furniture.py, apart so that the rules of whole lines stay in one module of a readable size.
"""

from __future__ import annotations

import re

from reader.core.importer.furniture_patterns import PRINT_LINK

_PLATFORM_NAMES = "twitter|facebook|linkedin|instagram|youtube|flickr|mastodon|bluesky"
# A line of share buttons alone: 'Facebook X', 'LinkedIn · X · E-mail' ('X' is a platform only among others)
_SHARE_BUTTON = rf"(?:{_PLATFORM_NAMES}|threads|tiktok|whatsapp|x|e-?mail)"
PLATFORMS_ALONE = re.compile(rf"{_SHARE_BUTTON}(?:\s*[\s|·,/]\s*{_SHARE_BUTTON})+", re.IGNORECASE)


# Follow-us links run into the line before them when a page is copied: 'Persbericht (25/06/2021)
# Volg ons op Twitter Volg ons op Facebook LinkedIn'.
_PLATFORM = rf"(?:{_PLATFORM_NAMES})"
_FOLLOW = r"(?:volg ons op|suivez-nous sur|nous suivre sur|follow us on)"
# After a follow-us phrase 'X' is the platform; the next phrase may follow a link's name with no
# space between, as the page's buttons are copied ('Volg ons op TwitterVolg ons op Facebook').
_FOLLOWED = rf"(?:{_PLATFORM}|x\b)"
_SOCIAL = re.compile(
    # (?<!\s): a match starts where a run of spaces does, never inside one (a long run was quadratic)
    rf"(?<!\s)(?:\s+{_FOLLOW}\s+{_FOLLOWED}(?:(?:\s*{_FOLLOW}\s+|\s+){_FOLLOWED})*|(?:\s+{_PLATFORM}){{2,}})\s*$",
    re.IGNORECASE,
)  # a follow-us phrase, or two platforms at least: 'Politie waarschuwt op Facebook' keeps its last word


def without_social(line: str, dropped: list[str]) -> str:
    """A line without the social links that close it (listed as dropped); a line of links alone
    is left whole for is_furniture."""
    match = _SOCIAL.search(line)
    if match is None or not line[: match.start()].strip():
        return line
    if re.fullmatch(rf"\s*{_PLATFORM}(?:[\s,|·]+{_PLATFORM})*\s*", line, re.IGNORECASE):
        return line  # 'Facebook Twitter LinkedIn': a line of links alone, listed whole as written
    dropped.append(match.group(0).strip())
    return line[: match.start()]


# A page's tools run into the line before them when a page is copied: 'FANC - … Druk de huidige pagina
# af', 'Organisation Version imprimable | Dernière mise à jour le' (two unrelated real dev sites: the
# nuclear control agency's, the food safety agency's). The print link and the update stamp after it.
_TOOLS = re.compile(
    rf"(?<!\s)\s+{PRINT_LINK}"  # from where a run of spaces starts, never inside one
    r"(?:\s*\|\s*(?:laatst bijgewerkt op|dernière mise à jour le|last updated(?: on)?)(?:\s+[\d./-]{6,10})?)?\s*$",
    re.IGNORECASE,
)


def without_tools(line: str, dropped: list[str]) -> str:
    """A line without the page tools that close it (listed as dropped)."""
    match = _TOOLS.search(line)
    if match is None or not line[: match.start()].strip():
        return line
    dropped.append(match.group(0).strip())
    return line[: match.start()]
