"""The issuer's 'About us' paragraph that closes a press release ('Over Stad Gent' and a paragraph
on the city, 'À propos de …', 'About …'): the boilerplate a newsroom sets under each of its
releases, the same text every time, no part of the release (trial C: a city's press room page kept
it as two paragraphs). A closing 'About X' section is how press releases end, a plain fact of the
genre in nl, fr and en; told by its heading naming an institution with its capitals and by the
paragraph under it naming that institution again. And a court's note that its press office wrote
the release, which binds not the court (below)."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.importer.contact_labels import CONTACT
from reader.core.importer.raw import RawBlock
from reader.core.review.name_facts import spelled_out

# 'Over Stad Gent', 'Over de FOD Financiën', 'À propos de l'AFMPS', 'About Sciensano': the name
# with its capital after the preposition (and an article); 'Over het project' is a text's section.
# 'de' elides before a vowel and contracts with 'le'/'les' ('À propos d'Infrabel', 'du Port', 'des
# Musées'): the same phrase, a plain fact of French.
_ABOUT = re.compile(
    r"^(?:over|[àa] propos (?:d(?:e\s+|['’])|du\s+|des\s+)|about)\s*(?:(?:de|het|la|le|l['’]|the)\s*)?"
    r"(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:\s+(?:(?-i:[A-ZÀ-Þ])[\w'’.-]*|van|voor|de|du|des|et|en|of|and)){0,6})"
    r"\s*:?$",
    re.IGNORECASE,
)
_PARAGRAPHS = 3  # what an 'About' section holds: a paragraph or two, never the release's length
_LONGEST = 900


def _about(line: str) -> str:
    """The institution an 'About' heading names ('' when the line is none)."""
    found = _ABOUT.match(" ".join(line.split()))
    return found.group("name") if found else ""


def _spelled(name: str, text: str) -> bool:
    """The heading's acronym written out in the paragraph ('À propos de l'AFSCA' over 'L'Agence fédérale
    pour la sécurité de la chaîne alimentaire …'): the same institution, as an acronym is its name's
    initials (trial B, F7: the section stayed, its paragraph never saying 'AFSCA')."""
    return name.isupper() and spelled_out(name, text)


# The heading run into its paragraph ('À propos d'Infrabel : Infrabel est …', 'Over Infrabel: …'), as a
# letterhead's PDF sets it (trial V: a rail manager's two releases kept it as their last paragraph, the
# 'À propos de Proximus' heading on a line of its own dropped): the same section, its colon the seam.
_RUN_IN = re.compile(r"^(?P<head>[^:\n]{4,80}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)


def _heading(block: RawBlock) -> tuple[str, list[str]]:
    """The institution a block's 'About' heading names and the text under it in the block."""
    lines = block.text.split("\n")
    if name := _about(lines[0]):
        return name, ["\n".join(lines[1:])] if len(lines) > 1 else []
    run_in = _RUN_IN.match(block.text.strip())
    if run_in and (name := _about(run_in.group("head"))):
        return name, [run_in.group("rest")]
    return "", []


def without_about(kept: list[RawBlock], dropped: list[str], keeps: Callable[[str], bool]) -> list[RawBlock]:
    """The blocks without an 'About' section closing them (heading and paragraphs to the end, the
    paragraphs naming the heading's institution), its lines added to `dropped`; a line the user
    keeps (`keeps`) keeps the section. The release stands above it: a page that is only the
    section keeps it."""
    for start in range(max(1, len(kept) - _PARAGRAPHS - 1), len(kept)):
        name, rest = _heading(kept[start]) if kept[start].kind in ("", "heading") else ("", [])
        if not name:
            continue
        under = len(rest)
        rest += [b.text for b in kept[start + 1 :] if b.kind in ("", "heading")]
        said = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
        if (
            rest
            and len(rest) == len(kept) - start - 1 + under  # no list, table or quote under it
            and all(len(text) <= _LONGEST for text in rest)
            and any(said.search(text) or _spelled(name, text) for text in rest)
            and not any(keeps(line) for block in kept[start:] for line in block.text.split("\n"))
        ):
            dropped.extend(line.strip() for block in kept[start:] for line in block.text.split("\n") if line.strip())
            return kept[:start]
    return kept


# A press release saying it binds not the body that issued it: 'Dit persbericht is opgesteld door
# de persdienst en bindt het Hof niet', 'Ce communiqué … ne lie pas la Cour', '… not binding on the
# Court' (trial C's court page kept it as a paragraph). A disclaimer of the press office, what a
# court sets under each release: the Constitutional Court's and the EU Court of Justice's, two
# unrelated real sites; 'bindt … niet' / 'ne lie pas' / 'n'engage pas' / 'not binding' say so.
_DISCLAIMER = re.compile(
    r"^(?:dit persbericht|deze persmededeling|ce communiqué(?: de presse)?|le présent communiqué|this press release|"
    r"(?:an )?unofficial document)\b[^.!?]{0,160}?(?:\bbindt\b[^.!?]{0,60}\bniet\b|\bniet bindend\b|"
    r"\bne (?:lie|engage) pas\b|\bn['’]engage pas\b|\bnot binding\b|\b(?:does not|doesn't) bind\b)",
    re.IGNORECASE,
)
_DISCLAIMER_LONGEST = 400  # the disclaimer and where the ruling is found, never a paragraph of the text


def without_disclaimer(kept: list[RawBlock], dropped: list[str], keeps: Callable[[str], bool]) -> list[RawBlock]:
    """The blocks without the press office's disclaimer among the last ones (its lines in `dropped`)."""
    out = kept[:]
    for block in kept[-_PARAGRAPHS:]:
        text = " ".join(block.text.split())
        if block.kind == "" and len(text) <= _DISCLAIMER_LONGEST and _DISCLAIMER.match(text) and not keeps(block.text):
            dropped.append(text)
            out.remove(block)
    return out


# What the issuer is, said by its name ('Infrabel est le gestionnaire de …', 'De Lijn is de vervoermaatschappij
# van …', 'X is the …'): the definition an 'About' section holds, set without its heading.
_DEFINES = re.compile(
    r"^(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.&-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’.&-]*){0,3})\s+(?:is|est)\s+"
    r"(?:de|het|een|le|la|l['’]|les|un|une|the|a|an)\b",
    re.IGNORECASE,
)


def without_definition(
    kept: list[RawBlock], page: dict[int, str], dropped: list[str], keeps: Callable[[str], bool]
) -> list[RawBlock]:
    """The blocks without a last paragraph under the press contacts that defines the issuer by name, no
    heading over it (trial M, F7: 'Infrabel est le gestionnaire de …' after a rail manager's contact
    lines stayed as the release's last paragraph): the 'About' section's boilerplate. Told by the
    contact label among the page's lines between the text above it and itself (`page`: each block's
    text as read, by `id`), and by its name, which the site's own dropped lines say (its header, its
    copyright); its lines go to `dropped`. A definition above the contacts is the release's."""
    if len(kept) < 2 or kept[-1].kind != "":
        return kept
    last = " ".join(kept[-1].text.split())
    found = _DEFINES.match(last)
    if not found or len(last) > _LONGEST or keeps(kept[-1].text):
        return kept
    name = re.compile(r"(?<![\w-])" + re.escape(found.group("name")) + r"(?![\w-])")
    if not any(name.search(line) for line in dropped):
        return kept
    ids = list(page)
    if id(kept[-2]) not in page or id(kept[-1]) not in page:
        return kept  # a block a rule made (a title under a related heading): no line of the page's
    before, at = ids.index(id(kept[-2])), ids.index(id(kept[-1]))
    lines = [line for i in ids[before + 1 : at] for line in page[i].split("\n")]
    own = page[ids[at]].split("\n")  # its own block's lines above it (a contact label, a phone)
    opens = (k for k, line in enumerate(own) if len(line.split()) >= 3 and last.startswith(" ".join(line.split())))
    lines += own[: next(opens, 0)]
    if not any(CONTACT.match(line.strip()) for line in [*lines, kept[-2].text.split("\n")[0]]):
        return kept
    dropped.append(last)
    return kept[:-1]
