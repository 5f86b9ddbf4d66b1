"""Site lines learned from the library itself.

A release says something of its own; a line that comes back word for word in the releases of one
issuer (a slogan, a widget's label, a standard closing line) is the site's, however it is worded,
so it is dropped from a new page as furniture and listed with the rest. Two releases can share a
line by chance (a follow-up quoting the first); three that share it have it from their site.

The titles count too: a line the site sets above every page (a notice, a section's name) taken for
the headline of three releases is no headline of a fourth. A sentence said again is not the site's
but the issuer's standard wording, part of each release ('the draft goes to the Council of State
for its opinion' closes many decisions of one Council of Ministers: 2012-07-20-spoorregulering and
another release of news.belgium.be share one): a line that ends a sentence is never learned.
But a series' standing headline is a title too ('Verkeersbalans van het weekend' each week, a
reader's trial): a line learned from titles alone is put back when the page, without it, has no
headline but its issuer line, which detection then took for the headline (silently, and no issuer).
A block is matched whole as well as line by line: the library keeps a block of several lines
(a menu pasted as one block) as one paragraph.

What a page showed as its site's own (the lines import left out and the user did not keep, kept
in the import record as `source.files.<lang>.site_lines`) teaches the next page of that issuer:
a rule that needs the page around a line (above the headline, a phrase set twice, a run of menu
labels) finds it on one page, and the same line on another page, where nothing around it gives
it away, is known from the first (2017-citydev-jaarverslag-2016-cadranel teaches
2017-citydev-jaarverslag-2016-interview its banner; 2021-01-bpv-observatorium-verslag-2019
teaches 2022-07-08-safe-brussels-veiligheidsenquete its slogan). One page is enough: the line
was judged the site's there, and the user saw it listed; but not for a sentence of several words
closed by a full stop, which three releases must show (a body's line one page left out wrongly
took it off the next page too: trial B).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.errors import ReaderError
from reader.core.importer.datelines import is_date_line
from reader.core.importer.detect import detect
from reader.core.importer.furniture import doubled, is_furniture, line_key
from reader.core.importer.issuer import named_body
from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import SALUTATION, is_body_paragraph
from reader.core.importer.site_words import related_heading
from reader.core.importer.wrap import reads_on
from reader.core.library import Library
from reader.core.model import Block, Release

if TYPE_CHECKING:
    from reader.core.importer.importer import ImportPlan

MIN_RELEASES = 3
NEWEST = 300  # the site's lines of today are in its newest releases; reading them all would be slow
MAX_LINE = 200  # a site's line is short; a long paragraph shared by releases is a quoted text
# a longer line left out is kept too, as the README says of what a page dropped, but cut to this length with
# its length said: a 3 MB line of one token was dropped and kept nowhere (trial Z, F6); never learned
KEPT_LINE = 1_000


def site_lines_of(plan: ImportPlan) -> list[str]:
    """The lines a plan left out that are worth remembering as its site's: short, not its headline
    said again; a phrase set twice is remembered once (the next page may set it once)."""
    title, issuer = line_key(plan.title), line_key(plan.issuer)  # the issuer's line is its own (trial K)
    dropped = [line for line in _not_teasers(plan) if not issuer or line_key(line) != issuer]
    lines = [half if doubled(line) and (half := line[: len(line) // 2].strip()) else line for line in dropped]
    worded = [cut(x) for x in lines if len(re.findall(r"[^\W\d_]", x[:KEPT_LINE])) >= 2]  # not '2021'
    # a line read as another language's is kept too: the record is what the page dropped (the README),
    # and what it teaches is sorted when read (_shown); a French contact line naming a Dutch person
    # read as Dutch and was recorded nowhere (trial M, F3)
    return list(dict.fromkeys(x for x in worded if line_key(x) not in ("", title)))


# The record of what a page dropped is bounded by its size, not by a count of lines: a report's 553
# lines were cut to their first 60, the rest (footnotes among them) kept nowhere (trial E), though
# the README says what a page dropped is kept in release.yaml. 200 kB: a thousand lines of a
# footer, a release.yaml still read at once; past it, how many were left out is said.
SITE_LINES_CHARS = 200_000


def site_lines_entry(plan: ImportPlan) -> dict[str, list[str] | int]:
    """The import record's `site_lines` (site_lines_of), every one up to SITE_LINES_CHARS, and
    `site_lines_left_out`, how many past it were not recorded, when some were."""
    lines = site_lines_of(plan)
    kept: list[str] = []
    size = 0
    for line in lines:
        size += len(line)
        if size > SITE_LINES_CHARS:
            break
        kept.append(line)
    entry: dict[str, list[str] | int] = {"site_lines": kept} if kept else {}
    if len(kept) < len(lines):
        entry["site_lines_left_out"] = len(lines) - len(kept)
    return entry


def cut(line: str) -> str:
    """A line as the import record keeps it: whole up to KEPT_LINE characters, else cut there with
    its length said (the record stays small whatever a page holds)."""
    return line if len(line) <= KEPT_LINE else f"{line[:KEPT_LINE]} … [cut: {len(line):,} characters]"


def _not_teasers(plan: ImportPlan) -> list[str]:
    """The dropped lines but the titles a 'Lees ook' / 'Lire aussi' heading links to: those are other
    releases' headlines, and learned as the site's they took the headline off the very page they
    name, imported next (a reader's trial: the page got its issuer's name as its title, silently).
    The titles run from the heading to the next line that is furniture by itself."""
    out: list[str] = []
    under = False
    for line in plan.dropped:
        if related_heading(line_key(line)):
            under = True
        elif under and not is_furniture(line):
            continue
        else:
            under = False
        out.append(line)
    return out


OTHER_VERSION_WORDS = 6


def _other_version(line: str, language: str) -> bool:
    """A line of a headline's length in another language is the other version's headline or lead,
    which bilingual sites set on each version's page: dropped there, and never to be learned as the
    site's, or the other version's page would lose its own headline (a port's pair given together,
    2017-08-25-port-brussel-eerste-semester). A site's own lines in another language (a language
    menu, a follow-us label) are a few words."""
    from reader.core.text.langid import identify

    if len(line.split()) < OTHER_VERSION_WORDS:
        return False
    guess, _ = identify(line)
    return guess in ("nl", "fr", "en") and guess != language


def _shown(release: Release) -> tuple[set[str], set[str]]:
    """The keys of the lines a release showed as its site's: the short ones, and those reading as a
    sentence (see `_body_sentence`), which one page alone does not teach."""
    files = release.source.get("files") if isinstance(release.source, dict) else None
    entries = files.items() if isinstance(files, dict) else ()
    lines = [
        x
        for lang, e in entries
        if isinstance(e, dict)
        for x in e.get("site_lines") or ()
        if isinstance(x, str) and not _other_version(x, str(lang))
    ]
    worded = [x for x in lines if len(re.findall(r"[^\W\d_]", x)) >= 2 and len(x) <= MAX_LINE]  # a long one: a record
    sentences = {line_key(x) for x in worded if _body_sentence(x)} - {""}
    return {line_key(x) for x in worded} - {""} - sentences, sentences


def _body_sentence(line: str) -> bool:
    """A line of a body's sentence: several words closed by a full stop. A page may leave one out as
    its own repeat or by a rule that judged it there, wrongly (trial B: a Council page's procedure
    line said under two items); a menu's label, a slogan, a widget's words are no such sentence.
    Such a line is learned only when MIN_RELEASES distinct releases showed it, as counting asks."""
    return len(line.split()) >= STATEMENT_WORDS and bool(_SENTENCE.search(line))


class Learned(set[str]):
    """Keys of learned lines; `titles`: those only ever seen as releases' titles."""

    titles: frozenset[str] = frozenset()


def learned_lines(library: Library, apart: Collection[str] = ()) -> Learned:
    """Keys (see furniture.line_key) of lines found in at least MIN_RELEASES releases of one issuer,
    or shown as the site's own on a page of that issuer; the releases `apart` teach nothing."""
    counts: Counter[tuple[str, str]] = Counter()
    shown: set[str] = set()
    shown_sentences: Counter[str] = Counter()  # per release, never per line of one page
    in_text: set[str] = set()  # keys some release has in its text, not (only) as its title
    teachers = [r for r in library.releases if r.id not in apart]
    for release in sorted(teachers, key=lambda r: r.date)[-NEWEST:]:
        short, sentences = _shown(release)
        shown |= short
        shown_sentences.update(sentences)
        keys: set[str] = set()
        for version in release.versions.values():
            try:
                blocks = version.blocks
            except ReaderError:
                continue
            texts = [b.text for b in blocks if b.kind not in ("letterhead", "table", "heading") and not _statement(b)]
            keys.update(line_key(text) for text in [version.title, *texts] if _learnable(text))
            in_text.update(line_key(text) for text in texts)
        if not release.issuer:
            continue  # no issuer, no site known: releases of many sites are no one site's (trial H)
        for key in keys - {""}:
            counts[(release.issuer, key)] += 1
    shown |= {key for key, n in shown_sentences.items() if n >= MIN_RELEASES}
    learned = Learned(shown | {key for (_issuer, key), n in counts.items() if n >= MIN_RELEASES})
    learned.titles = frozenset(learned - shown - in_text)
    return learned


def _learnable(text: str) -> bool:
    return len(text) <= MAX_LINE and not _SENTENCE.search(text) and not _RUNNING.search(text)


_SENTENCE = re.compile(r"[.…][\"”»')]*\s*$")
# A line ending in a colon, a semicolon or a comma runs on into the next: a list's lead-in or one of
# its items, the release's own words. A series of one issuer repeats them (the same eligibility
# list on each call for projects): learned, they were dropped from the fourth page of two trials'
# series, the list with them, and no check could miss them any more.
_RUNNING = re.compile(r"[:;,][\"”»')]*\s*$")
STATEMENT_WORDS = 4  # a list item of this many words says something; a site's labels are shorter


def _statement(block: Block) -> bool:
    """A list item that says something, whatever its last mark: the release's, never the site's."""
    return block.kind == "list_item" and len(block.text.split()) >= STATEMENT_WORDS


def drop_learned(
    blocks: list[RawBlock], lines: set[str], keep: Collection[str] = (), facts: dict[str, str] | None = None
) -> tuple[list[RawBlock], list[str]]:
    """The blocks without the learned lines (unless the user keeps them), and those dropped; a line
    learned from titles alone stays when it is the page's only headline (see `_headline_back`)."""
    out, dropped = _dropped(blocks, lines, keep)
    titles = {line_key(x) for x in dropped} & (lines.titles if isinstance(lines, Learned) else frozenset())
    if not titles:
        return out, dropped
    back = _dropped(blocks, set(lines) - titles, keep)
    return back if _headline_back(out, back[0], titles, facts, keep) else (out, dropped)


def _headline_back(
    without: list[RawBlock],
    with_it: list[RawBlock],
    titles: set[str],
    facts: dict[str, str] | None,
    keep: Collection[str],
) -> bool:
    """The page without the title-learned line has no issuer and no headline but a line that, with
    it, is its issuer line or a site line (or no headline at all), and with it that line is its
    headline: the series' own headline, never the site's (trial H: a fourth release of one headline
    was refused 'no title found', its name line above the headline dropped as the site's)."""
    first = detect([replace(b) for b in without], facts, keep)
    if first.issuer and first.title is not None:
        return False
    second = detect([replace(b) for b in with_it], facts, keep)
    if line_key(second.title or "") not in titles:
        return False
    if first.title is None:
        return True
    taken = line_key(first.title)
    return taken == line_key(second.issuer or "") or taken in {line_key(x) for x in second.dropped}


def _dates(text: str) -> bool:
    return any(is_date_line(line, lang) for line in text.split("\n") for lang in ("nl", "fr", "en"))


def _dropped(blocks: list[RawBlock], lines: set[str], keep: Collection[str]) -> tuple[list[RawBlock], list[str]]:
    """Learned lines go from where a site sets its own: the page's head and tail, outside the run
    of the text's paragraphs (from its first to its last paragraph that is no learned line itself),
    and never a line the text says within that run, nor a line that runs on into the next one
    (a sentence's first half). Inside the run the lines are the text's: a digest's proposer's line
    between two items, learned from three digests, went from every item of the fourth (trial A,
    36th session); the page's own rules still take a widget out there."""
    if not lines:
        return blocks, []
    kept_keys = {line_key(line) for line in keep}
    dropped: list[str] = []
    out: list[RawBlock] = []
    text = [i for i, b in enumerate(blocks) if is_body_paragraph(b) and line_key(" ".join(b.text.split())) not in lines]
    run = range(text[0], text[-1] + 1) if text else range(0)
    said = {line_key(line) for i in run for line in blocks[i].text.split("\n")}
    for n, block in enumerate(blocks):
        if block.kind in ("letterhead", "table") or n in run:
            out.append(block)
            continue
        whole = line_key(" ".join(block.text.split()))
        if "\n" in block.text.strip() and whole in lines and whole not in kept_keys and not _dates(block.text):
            dropped.append(" ".join(block.text.split()))
            continue
        rest = []
        own = block.text.split("\n")
        after = blocks[n + 1].text.lstrip() if n + 1 < len(blocks) else ""
        for k, line in enumerate(own):
            key = line_key(line)
            # a salutation ('Dames en heren,') is the text's whoever else says it: one page that left
            # it out (before trial U's fix) took it off every speech after it
            # a body's name line is its issuer's, learned before trial B's fix or not (named_body)
            # a line holding a date dates the page, whatever page showed it before ('Chambre française
            # du 25 juin 2025', listed once read: a court's next page of that day lost its date, trial D)
            text_s = key in said or reads_on(line, own[k + 1] if k + 1 < len(own) else after)
            if (
                key in lines
                and key not in kept_keys
                and not text_s
                and not SALUTATION.match(line)
                and not named_body(line)
                and not _dates(line)
            ):
                dropped.append(line.strip())
            else:
                rest.append(line)
        if any(line.strip() for line in rest):
            out.append(RawBlock("\n".join(rest), block.kind, block.marker, block.lang, block.after_nav))
    return out, dropped
