"""Checks on aligned segment pairs: what a reviser looks for, with as few false alarms as possible.

Numbers and dates are compared over the whole aligned block, and only what is missing at block
level is reported, on the sentence that holds it: a sentence-alignment slip cannot invent an error.
Names are looked for in the whole target block, through the glossary of Belgian equivalents.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from reader.core.align import (
    RATIOS,
    AlignCancelled,
    AlignedPair,
    Held,
    Scorer,
    align_blocks,
    align_sentences,
    length_delta,
    rendered_from,
)
from reader.core.model import LANGUAGES, LanguageVersion, Release
from reader.core.review import thresholds as limit
from reader.core.review.across import across_languages
from reader.core.review.analysis import Analyses, SegmentAnalysis
from reader.core.review.closed_terms import closed_term_findings
from reader.core.review.dates import version_dates
from reader.core.review.figures import calendar_findings, opposite_bounds, quantity_findings
from reader.core.review.findings import (
    PLAUSIBLE,
    SEVERITIES,
    SEVERITY,
    CheckedPair,
    CheckReport,
    Finding,
    FlagCode,
    Severity,
)
from reader.core.review.firm_names import firm_spelled, firms_of
from reader.core.review.headlines import moved_headline, moved_note, unshifted, with_headline
from reader.core.review.identical import alone_untranslated, foreign_conjunction, left_as_is, names_only
from reader.core.review.initials import initials_findings
from reader.core.review.layout import laid_out_apart
from reader.core.review.lone import either_lone, lone_sentence
from reader.core.review.months import month_change, settle_months
from reader.core.review.names import name_lists
from reader.core.review.names import said as names_said
from reader.core.review.order import settle
from reader.core.review.routes import route_findings
from reader.core.review.rows import row_findings
from reader.core.review.spelling import inconsistent, misspelled, person_spelled, slips_said
from reader.core.review.structure import (
    enumeration_findings,
    enumeration_flag,
)
from reader.core.review.table_scale import table_scales
from reader.core.review.years import cited_acts, implied_years, own_dates, said_again, short_years
from reader.core.text import numbers
from reader.core.text.anchors import each_sentence_shares
from reader.core.text.glossary import Glossary, default_glossary

__all__ = [
    "PLAUSIBLE",
    "SEVERITIES",
    "SEVERITY",
    "CheckCancelled",
    "CheckReport",
    "CheckedPair",
    "Checker",
    "FlagCode",
    "Finding",
    "Severity",
    "check_release",
]


_CONJUNCTION = re.compile(r"\s(?:en|et|and|of|ou|or)\s")


class Checker:
    def __init__(
        self,
        src: str,
        tgt: str,
        glossary: Glossary | None = None,
        meaning: Callable[[str, str], float | None] | None = None,
        analyses: Analyses | None = None,
        dated: dt.date | None = None,
    ):
        self.src, self.tgt = src, tgt
        self.dated = dated  # the release's date: the year of a date written without one
        self.glossary = glossary or default_glossary()
        self.meaning = meaning  # returns chrF-based similarity when MT is trusted, else None
        self.ratio = RATIOS.get((src, tgt), 1.0)
        self.analyses = analyses or Analyses()  # every text this checker reads, analysed once
        self.firms: tuple[set[str], set[str]] | None = None  # the names each version introduces as firms'

    def _of(self, text: str | SegmentAnalysis, lang: str) -> SegmentAnalysis:
        return text if isinstance(text, SegmentAnalysis) else self.analyses.of(text, lang)

    def _length(self, pair: AlignedPair, source: str, target: str) -> list[Finding]:
        """A target much shorter than its source lost something; much longer, it gained something."""
        ratio = len(target) / (len(source) * self.ratio)
        merged = len(pair.source) > len(pair.target)  # 2-1: one source sentence may have no counterpart
        split = len(pair.target) > len(pair.source)
        # One sentence for one: said more briefly or more fully, not cut (a lost sentence aligns 2-1 or
        # 1-0), unless the longer one coordinates more: a member dropped takes its 'en' / 'et' along.
        longer, shorter = (source, target) if ratio < 1 else (target, source)
        coordinates_more = len(_CONJUNCTION.findall(longer)) > len(_CONJUNCTION.findall(shorter))
        condensed = (
            len(pair.source) == len(pair.target) == 1
            and limit.CONDENSED < ratio < 1 / limit.CONDENSED
            and not coordinates_more
        )
        short = ratio < limit.SHORT_OMISSION or (merged and ratio < limit.SHORT_MERGED)
        long = (split and ratio > limit.LONG_SPLIT) or ratio > limit.LONG_ADDITION
        if lone := lone_sentence(pair, self.src, self.tgt, self.ratio):
            return [lone]
        if condensed or not (short or long):
            return self._length_note(ratio, source)
        if short:
            message = (
                f"the target is much shorter than expected ({ratio:.0%} of the source's length): "
                "part of it may be missing"
            )
            finding = Finding("omission", message, confidence=0.8 if ratio < limit.SHORT_OMISSION else 0.6)
        else:
            message = (
                f"the target is much longer than expected ({ratio:.0%} of the source's length): "
                "a sentence may have been added here, or dropped from the source"
            )
            finding = Finding("addition", message, "warning", confidence=0.6)
        # A ratio that far from the usual is an omission only where chance cannot explain it: a short
        # segment's length strays as far as a long one's by chance (Gale and Church's length model).
        if not coordinates_more and abs(length_delta(len(source), len(target), self.ratio)) < limit.LENGTH_SIGNIFICANT:
            finding.message += " (within what chance gives a segment this short)"
            finding.severity, finding.confidence = "info", limit.LENGTH_CHANCE
        elif limit.SHORT_OMISSION <= ratio <= limit.LONG_ADDITION and each_sentence_shares(pair, self.src, self.tgt):
            # Two sentences set against one, every one of them sharing a word or a figure with the
            # other side: both were said, the one more briefly (a lost sentence shares nothing)
            finding.message += " (each sentence has words or figures in the other version: said more briefly)"
            finding.severity, finding.confidence = "info", limit.CONDENSED_PAIR
        finding.detail = "length"  # what layout.py counts: the segment's length is far from its source's
        return [finding]

    def _length_note(self, ratio: float, source: str) -> list[Finding]:
        """A ratio outside the usual bounds but not an omission: a note, hidden by default."""
        low, high = limit.LENGTH_NOTE
        if (ratio < low or ratio > high) and len(source) >= limit.LENGTH_NOTE_MIN:
            message = f"length ratio {ratio:.2f} is outside the usual bounds for {self.src}→{self.tgt}"
            return [Finding("length", message, confidence=0.4)]
        return []

    def check_pair(
        self,
        pair: AlignedPair,
        target_block: str | SegmentAnalysis,
        missing: list[numbers.Quantity],
        extra: list[numbers.Quantity],
        source_block: str | SegmentAnalysis = "",
    ) -> list[Finding]:
        """Every check of one segment pair, each reading the two sides' analyses (made here, once)
        and those of their blocks (made once per block by check_release)."""
        s, t = self._of(pair.source_text, self.src), self._of(pair.target_text, self.tgt)
        s_block, t_block = self._of(source_block, self.src) or s, self._of(target_block, self.tgt) or t
        source, target = s.text, t.text
        findings: list[Finding] = []
        if not target.strip():
            if pair.kind != "letterhead" and source.strip():  # two empty sides (a title neither has): nothing lost
                findings.append(Finding("omission", "no counterpart in the target: this text is missing"))
            return findings
        if not source.strip():
            if pair.kind != "letterhead":
                findings.append(Finding("addition", "text in the target with no counterpart in the source", "warning"))
            return findings
        s_items, t_items = s.quantities, t.quantities
        findings += quantity_findings(s_items, t_items, missing, extra)
        if bounds := opposite_bounds(source, target, s_items, t_items, self.src, self.tgt):
            findings.append(Finding("number", bounds))
        # 'in juni' rendered 'en juillet'; a segment whose dates differ is flagged for them already
        if not any(f.code == "date" for f in findings) and (months := month_change(source, target, self.src, self.tgt)):
            findings.append(Finding("date", months, confidence=0.8))
        # A weekday the calendar denies is an error of its own, apart from the figures' flag: the
        # settling rewrites or drops that one (order.py), and took the weekday's word with it (a trial)
        findings += calendar_findings(s_items, self.src, self.dated) + calendar_findings(t_items, self.tgt, self.dated)
        carried = pair.kind == "letterhead" and source == target  # the letterhead as printed: furniture, kept
        if not carried and left_as_is(s, t, self.src, self.tgt):
            findings.append(Finding("untranslated", "the target is identical to the source"))
        elif len(target.split()) >= limit.UNTRANSLATED_MIN_WORDS and not carried and not names_only(target):
            lang, probability = t.language
            if lang == self.src and probability >= limit.UNTRANSLATED_PROBABILITY:
                findings.append(
                    Finding("untranslated", f"the target reads as {LANGUAGES[self.src]}, not {LANGUAGES[self.tgt]}")
                )
        leftover = pair.kind != "letterhead" and not any(f.code == "untranslated" for f in findings)
        if leftover and (kept := foreign_conjunction(t, self.tgt, self.glossary)):  # a bilingual letterhead has both
            message = f"«{kept}»: the conjunction is not {LANGUAGES[self.tgt]}, a word left from another version?"
            findings.append(Finding("untranslated", message, "warning"))
        if pair.kind not in ("title", "letterhead", "table") and len(source) >= limit.MIN_LENGTH_CHECKED:
            findings += self._length(pair, source, target)
        if pair.kind == "table":  # a row dropped whose figures recur in other rows (trial F, C14)
            findings += row_findings(pair.source_text, pair.target_text, self.src, self.tgt, self.glossary)
        if pair.kind != "letterhead":
            slips = misspelled(s, t_block, self.glossary)
            persons = person_spelled(s, t_block, self.glossary)  # a firm's name both see is said once
            firms = [pair for pair in firm_spelled(source, t_block.text, self.firms) if pair not in persons]
            slips += [pair for pair in persons + firms if not any(a in pair[0] for a, _ in slips)]
            lost, added = name_lists(s, t, s_block, t_block, self.src, self.tgt, self.glossary)
            # a name spelled otherwise ('Sofie' / 'Sophie') is that flag's, not also one lost and one added
            lists = (
                [x for x in lost if not any(x.text in a for a, _ in slips)],
                [x for x in added if not any(x.text in b for _, b in slips)],
            )
            names = names_said(*lists)
            if names:
                findings.append(Finding("name", names[0], confidence=names[1], detail=lists))
            if slips:  # its own flag: what settles lost and added names across segments leaves it be
                findings.append(
                    Finding("name", "spelled differently: " + ", ".join(f"«{a}» / «{b}»" for a, b in slips))
                )
            findings += closed_term_findings(source, target, s_block.text, t_block.text, self.src, self.tgt)
            findings += route_findings(source, target, (s_block.text, t_block.text), self.src, self.tgt, self.glossary)
            findings += initials_findings(source, target, s_block.text, t_block.text)
        findings += across_languages(pair, (s, t), (s_block, t_block), findings, self.src, self.tgt)
        if self.meaning is not None and len(source) >= 30 and not findings:
            score = self.meaning(source, target)
            if score is not None:
                findings.append(
                    Finding(
                        "meaning",
                        f"check meaning: the machine translation of the source is far "
                        f"from this target (chrF {score:.0f})",
                    )
                )
        return alone_untranslated(findings)


def _lead(blocks: list[Any]) -> str:
    return next((b.text for b in blocks if b.kind in ("paragraph", "list_item", "quote")), "")


def check_release(
    release: Release,
    src: str,
    tgt: str,
    glossary: Glossary | None = None,
    mt: Any = None,
    analyses: Analyses | None = None,
    guide: Scorer | None = None,
    block_guide: Scorer | None = None,
    held: Held | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    aligning: Callable[[int, int], None] | None = None,
) -> CheckReport:
    """Align the two versions and check every segment pair. `mt` is an optional MTHelper; `analyses`
    lets a caller that checks more read the same analyses afterwards; `guide` and `block_guide` score
    sentence and block pairs in place of the MT (an XLIFF import rebuilds its file's segments); `held`
    pairs (what the reviewer marked or edited, `ReviewStore.holds`) stay pairs; `cancelled` is asked
    between paragraphs (CheckCancelled: a view that closed wants no report); `progress` is told the
    paragraphs checked of all (a review of 2,000 words showed a blank 'checking…' for 5 s: trial Y),
    `aligning` the blocks aligned of all before (half a minute on a 30-page pair: trial E, F10)."""
    source, target = release.versions[src], release.versions[tgt]
    scorer = mt.scorer if mt is not None and mt.trusted else None
    checker = Checker(src, tgt, glossary, mt.meaning if scorer else None, analyses, release.date)
    report = CheckReport(release.id, src, tgt, [], notes=list(mt.notes) if mt is not None else [])
    report.target_kind = target.provenance.kind
    analyses = checker.analyses
    for lang, version in ((src, source), (tgt, target)):
        analyses.read_release("\n".join([version.title, *(b.text for b in version.blocks)]), lang)
    checker.firms = (firms_of(source), firms_of(target))  # a headline's 'van het merk X'
    title = AlignedPair("title", [source.title], [target.title])
    s_title, t_title = analyses.of(source.title, src), analyses.of(target.title, tgt)
    t_missing, t_extra = numbers.unmatched(s_title.quantities, t_title.quantities)
    # A headline condenses: a number its rendering leaves to the lead ('65-plussers' / 'un senior') is there.
    s_lead, t_lead = _lead(source.blocks), _lead(target.blocks)
    t_missing = numbers.unmatched(t_missing, analyses.of(t_lead, tgt).quantities)[0]
    t_extra = numbers.unmatched(t_extra, analyses.of(s_lead, src).quantities)[0]
    s_blocks, t_blocks = list(source.blocks), list(target.blocks)
    moved = moved_headline(source.title, target.title, s_blocks, t_blocks, src, tgt)
    if moved is None:
        flags = checker.check_pair(title, t_title, t_missing, t_extra)
    else:  # the imports took different headlines: each stands in front of the text it renders
        flags = [Finding("omission", moved_note(moved, src, tgt), "info")]
        s_blocks = with_headline(source.title, s_blocks) if moved == "source" else s_blocks
        t_blocks = with_headline(target.title, t_blocks) if moved == "target" else t_blocks
    for message, severity, confidence in version_dates(release, src, tgt, analyses):
        flags.append(Finding("date", message, severity, confidence))  # type: ignore[arg-type]
    report.pairs.append(CheckedPair(0, "title", source.title, target.title, "1-1", flags, target_parts=[target.title]))
    dated = {d.isoformat() for d in (release.date, source.date, target.date) if d is not None}
    whole = [
        analyses.of("\n".join(b.text for b in v.blocks), lang).quantities for v, lang in ((source, src), (target, tgt))
    ]
    dated |= said_again(*whole)  # a day one version repeats: neither block lost it
    parallel = rendered_from(source, target) and moved is None
    blocks = align_blocks(s_blocks, t_blocks, src, tgt, block_guide or scorer, held, parallel, aligning)
    for done, shifted in enumerate(blocks):
        if progress is not None:
            progress(done, len(blocks))
        block = unshifted(shifted, moved)
        try:
            sentences = align_sentences([block], src, tgt, guide or scorer, held, cancelled, parallel)
        except AlignCancelled:
            raise CheckCancelled(release.id) from None
        # A paragraph is each sentence's context; a page of one enormous line is read in stretches
        # of LONG_BLOCK sentence pairs, so that checking stays linear in the length of the text.
        if len(sentences) <= limit.LONG_BLOCK:
            stretches = [(block.source_text, block.target_text, sentences)]
        else:
            stretches = [
                (" ".join(p.source_text for p in part), " ".join(p.target_text for p in part), part)
                for part in (sentences[k : k + limit.LONG_BLOCK] for k in range(0, len(sentences), limit.LONG_BLOCK))
            ]
        for source_text, target_text, part in stretches:
            if cancelled is not None and cancelled():
                raise CheckCancelled(release.id)
            _check_stretch(checker, report, part, source_text, target_text, dated, release.date.year)
    _settle_release(report, source, target, src, tgt, analyses, " · ".join({release.issuer_in(c) for c in (src, tgt)}))
    return report


class CheckCancelled(Exception):
    """The caller stopped a check before its end (check_release's `cancelled`)."""


def _check_stretch(
    checker: Checker,
    report: CheckReport,
    sentences: list[AlignedPair],
    source_text: str,
    target_text: str,
    dated: set[str],
    year: int,
) -> None:
    """Check the sentence pairs of one paragraph (or stretch of one), against its figures as a whole."""
    src, tgt, analyses = checker.src, checker.tgt, checker.analyses
    s_block, t_block = analyses.of(source_text, src), analyses.of(target_text, tgt)
    block_missing, block_extra = short_years(*numbers.unmatched(s_block.quantities, t_block.quantities))
    block_missing = implied_years(block_missing, target_text, tgt, year, (source_text, src))
    block_extra = implied_years(block_extra, source_text, src, year, (target_text, tgt))
    block_missing, block_extra = own_dates(block_missing, dated), own_dates(block_extra, dated)
    block_missing = cited_acts(block_missing, source_text, t_block.quantities)
    block_extra = cited_acts(block_extra, target_text, s_block.quantities)
    found = [checker.check_pair(pair, t_block, block_missing, block_extra, s_block) for pair in sentences]
    either_lone(sentences, found, src, tgt, checker.ratio)  # a lone sentence's neighbour as likely lost
    for pair, flags in zip(sentences, found, strict=True):
        checked = CheckedPair(len(report.pairs), pair.kind, pair.source_text, pair.target_text, pair.shape, flags)
        checked.target_parts = list(pair.target)
        checked.target_block, checked.source_block = pair.target_block, pair.source_block
        checked.shown = (pair.source_lines, pair.target_lines)
        report.pairs.append(checked)


def _settle_release(
    report: CheckReport,
    source: LanguageVersion,
    target: LanguageVersion,
    src: str,
    tgt: str,
    analyses: Analyses,
    speaker: str = "",
) -> None:
    """What is read across the segments of a release, once each is checked."""
    s_slips, t_slips = inconsistent(source), inconsistent(target)  # a name spelled two ways in one version
    for checked in report.pairs:
        for message in slips_said(checked.source, checked.target, (src, s_slips), (tgt, t_slips)):
            checked.flags.append(Finding("name", message))
    # What the two versions say in another order, across segments: settled, a moved passage noted.
    settle(
        report.pairs,
        lambda message: Finding("omission", message, "info", confidence=0.3),
        lambda text, source: {q.key for q in analyses.of(text, src if source else tgt).quantities if q.code == "date"},
        speaker,
        lambda text, source: {q.key for q in analyses.of(text, src if source else tgt).quantities},
    )
    settle_months(report.pairs, src, tgt)
    for checked in report.pairs:  # one flag per kind on a segment: a calendar's word joins the figures' flag
        dated = [f for f in checked.flags if f.code == "date"]
        for extra in dated[1:]:
            dated[0].message += f"; {extra.message}"
            dated[0].severity = "error" if "error" in (dated[0].severity, extra.severity) else dated[0].severity
            checked.flags.remove(extra)
    for s_blocks, t_blocks, message in enumeration_findings(source.blocks, target.blocks, src, tgt, analyses):
        lists = (
            (s_blocks, [source.blocks[i].text for i in s_blocks]),
            (t_blocks, [target.blocks[i].text for i in t_blocks]),
        )
        placed = enumeration_flag(report.pairs, lists, message, RATIOS.get((src, tgt), 1.0))
        if placed is not None:
            placed[0].flags.append(placed[1])
    table_scales(report.pairs, src, tgt)  # a table's figures in millions, rendered in thousands
    laid_out_apart(report.pairs)
    report.number_occurrences()
