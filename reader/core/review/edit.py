"""Edit a rendering segment by segment: what the review finds, fixed in place, with history.

An edit replaces exactly the target text of one aligned segment inside its block, so every other
segment keeps its text byte for byte. What an edit makes of the version depends on its provenance:
a machine version becomes ``post-edited`` (keeping the engine and models it came from, adding the
editor), an unofficial one stays unofficial with the editor added, and an official one is never
changed: the correction is kept as a proposal in the segment's review comment instead.
"""

from __future__ import annotations

import dataclasses
import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Literal

from reader.core.align import Scorer
from reader.core.errors import EditRefused, ProposalKept, WriteConflict, WriteFailed
from reader.core.library import Library
from reader.core.model import BLOCK_KINDS, Block, BlockKind, LanguageVersion, Provenance, Release
from reader.core.review.checks import CheckedPair, CheckReport, Finding, check_release
from reader.core.review.dismiss import held_back
from reader.core.review.edit_refused import PartlyRefused, empty, ran_on, refusal, runs_on
from reader.core.review.store import ReviewStore, proposal_line
from reader.core.review.undo import Undo, ready
from reader.core.text.clean import blank, clean_line, clean_text, squash
from reader.core.text.glossary import Glossary

MAX_EDIT = 20_000
_ITEM_MARK = re.compile(r"^\s*(?:[-•*–]|\d{1,3}[.)])\s+")  # a marker typed before an item added by an edit


def items(text: str) -> list[str]:
    """An edited list item's text as the items it holds: a line typed under it is an item of its own
    (a reviser restoring a dropped item; it was glued to the one above), its marker aside."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    return [clean_line(_ITEM_MARK.sub("", line) if n else line) for n, line in enumerate(lines)] or [""]


def edited_text(kind: str, text: str) -> str:
    """An edit's text as the version stores it: a letterhead's and a table's keep their lines (a
    table's rows are its lines: joined into one, the table is gone), any other is one line."""
    if kind == "letterhead":
        return clean_text(text).strip()
    if kind == "table":
        return "\n".join(clean_line(line) for line in clean_text(text).split("\n") if line.strip())
    return clean_line(text)


@dataclass(frozen=True)
class Edit:
    segment: int  # as printed: 1 is the title
    text: str


@dataclass(frozen=True)
class Place:
    """Where a segment's target is: a span of a block, an insertion point, a new block, or the title."""

    how: Literal["title", "span", "new_block", "items"]
    block: int = -1  # the block (span), or the block a new one goes after (new_block; -1: first)
    start: int = 0
    end: int = 0  # in the last block, for items
    last: int = -1  # items: the last of the list items the segment runs over (from `block`)


# List items one segment may run over: a list's rendering that dropped or merged items aligns so
ITEMS_SPANNED = 20


def item_lines(place: Place, blocks: list[Block]) -> list[str]:
    """The items a segment runs over, one a line, as an edit shows them (joined, they were one item
    once saved: a reviser's trial, whose corrected list segment could not be edited again)."""
    if place.how != "items":
        return []
    texts = [b.text for b in blocks[place.block : place.last + 1]]
    texts[-1] = texts[-1][: place.end]
    texts[0] = texts[0][place.start :]
    return [" ".join(t.split()) for t in texts if t.strip()]


@dataclass
class EditedSegment:
    segment: int
    text: str
    flags: list[Finding] = field(default_factory=list)
    status: str = "todo"

    def to_json(self) -> dict[str, Any]:
        return {
            "segment": self.segment,
            "text": self.text,
            "status": self.status,
            "flags": [f.to_json() for f in self.flags],
        }


@dataclass
class EditOutcome:
    release: Release
    lang: str
    provenance: Provenance
    segments: list[EditedSegment]
    report: CheckReport

    def to_json(self) -> dict[str, Any]:
        return {
            "release": self.release.id,
            "target": self.lang,
            "provenance": self.provenance.to_json(),
            "segments": [s.to_json() for s in self.segments],
        }


def locate(report: CheckReport, blocks: list[Block], sources: list[Block] | None = None) -> list[Place | None]:
    """The place of every segment of the report in the target blocks (None: it cannot be told).
    `sources`, the source version's blocks, tell a whole paragraph missing from one sentence."""
    places: list[Place | None] = []
    bare = _bare_paragraphs(report, sources)
    cursor: dict[int, int] = {}  # block -> where the previous segment's target ended
    last = (-1, 0)  # the last target found: (block, end)
    for pair in report.pairs:
        if pair.kind == "title":
            places.append(Place("title"))
            continue
        if not pair.target_parts:
            places.append(_insertion(pair, last, blocks, pair.index in bare))
            continue
        first, final = pair.target_parts[0], pair.target_parts[-1]
        place = None
        start_block = pair.target_block if pair.target_block is not None else max(last[0], 0)
        for index in range(start_block, len(blocks)):
            text = blocks[index].text
            start = text.find(first, cursor.get(index, 0))
            if start < 0:
                continue
            end = text.find(final, start) if len(pair.target_parts) > 1 else start
            if end >= 0:
                place = Place("span", index, start, end + len(final))
                cursor[index] = place.end
                last = (index, place.end)
            elif blocks[index].kind == "list_item":
                place = _over_items(blocks, index, start, final)
                if place is not None:
                    cursor[place.last] = place.end
                    last = (place.last, place.end)
            break
        places.append(place)
    return places


def _over_items(blocks: list[Block], index: int, start: int, final: str) -> Place | None:
    """A segment that starts in a list item and ends in a later one, items all the way: its items."""
    for later in range(index + 1, min(len(blocks), index + ITEMS_SPANNED + 1)):
        if blocks[later].kind != "list_item":
            return None
        end = blocks[later].text.find(final)
        if end >= 0:
            return Place("items", index, start, end + len(final), last=later)
    return None


def _bare_paragraphs(report: CheckReport, sources: list[Block] | None) -> set[int]:
    """The indexes of the pairs whose source paragraph has no rendering at all (no sentence of it has
    a target): what is typed for one is a paragraph of its own (it was run into the paragraph before,
    and the segments after it regrouped: a new user's trial). The paragraph is the source version's
    own (a held alignment may group two of them with one of the target); found in one walk, the
    pairs being in the source's order."""
    if sources is None or all(p.target_parts or p.kind == "title" for p in report.pairs):
        return set()
    texts = [" ".join(b.text.split()) for b in sources]
    homes: dict[int, int] = {}
    at = 0
    for pair in report.pairs:
        start = " ".join(pair.source.split())[:60]
        if pair.kind == "title" or not start:
            continue
        found = next((k for k in range(at, len(texts)) if start in texts[k]), None)
        if found is not None:
            homes[pair.index], at = found, found
    rendered = {homes[p.index] for p in report.pairs if p.target_parts and p.index in homes}
    return {index for index, home in homes.items() if home not in rendered}


def _insertion(pair: CheckedPair, last: tuple[int, int], blocks: list[Block], alone: bool = False) -> Place:
    """An empty target: inside its block after the previous sentence, or a block of its own."""
    if alone and pair.kind != "title":
        return Place("new_block", last[0])
    if pair.target_block is not None and 0 <= pair.target_block < len(blocks):
        if last[0] >= pair.target_block:
            return Place("span", last[0], last[1], last[1])
        return Place("span", pair.target_block, 0, 0)
    return Place("new_block", last[0])


def preview(release: Release, lang: str, blocks: list[Block], title: str) -> Release:
    """A copy of the release whose `lang` version has these blocks: edits checked before they are written."""
    current = release.versions[lang]
    version = LanguageVersion(lang, current.provenance, title, current.path, None, current.date, list(blocks))
    return dataclasses.replace(release, versions={**release.versions, lang: version})


def edited_provenance(current: Provenance, who: str) -> Provenance:
    editors = list(current.editors) + ([who] if who and who not in current.editors else [])
    if current.kind in ("machine", "post-edited"):
        return Provenance(
            "post-edited",
            translator=None,
            engine=current.engine,
            models=list(current.models),
            date=current.date,
            pivot=current.pivot,
            editors=editors,
            memory=current.memory,
            source=current.source,  # what it was translated from: its blocks still face that text's
        )
    return dataclasses.replace(current, editors=editors)


def _splice(text: str, start: int, end: int, new: str) -> str:
    if start == end:  # an insertion between sentences
        if not new:
            return text
        before = " " if start > 0 and not text[start - 1].isspace() else ""
        after = " " if start < len(text) and not text[start].isspace() else ""
        return text[:start] + before + new + after + text[end:]
    if new:
        return text[:start] + new + text[end:]
    return (text[:start].rstrip() + " " + text[end:].lstrip()).strip()  # a removed sentence


def apply_edits(
    report: CheckReport, blocks: list[Block], title: str, edits: list[Edit], sources: list[Block] | None = None
) -> tuple[list[Block], str]:
    """The version's blocks and title with the edits made; every other character stays as it was."""
    places = locate(report, blocks, sources)
    texts = [b.text for b in blocks]
    spans: list[tuple[int, int, int, str]] = []
    new_blocks: list[tuple[int, int, str, BlockKind, str]] = []  # after, order, text, kind, marker
    for order, edit in enumerate(edits):
        if not 1 <= edit.segment <= len(report.pairs):
            raise EditRefused(None, f"segment {edit.segment} does not exist (1 to {len(report.pairs)})")
        if len(edit.text) > MAX_EDIT:
            raise EditRefused(None, f"segment {edit.segment}: over {MAX_EDIT} characters")
        pair, place = report.pairs[edit.segment - 1], places[edit.segment - 1]
        new = edited_text(pair.kind, edit.text)
        more: list[str] = []
        if pair.kind == "list_item" or (place is not None and place.how == "items"):
            new, *more = items(edit.text)
        if place is None:
            raise EditRefused(
                None,
                f"segment {edit.segment} spans two paragraphs of the target; "
                "edit the paragraphs at block level (align --level block)",
            )
        if blank(new) and (place.how == "title" or pair.target.strip()):
            raise empty(edit.segment)
        if place.how == "span" and runs_on(texts[place.block][: place.start], pair.target, new):
            raise ran_on(edit.segment)
        marker = blocks[place.block].marker if place.how != "title" and 0 <= place.block < len(blocks) else ""
        # an item typed under the edited one follows it, with its marker; the list keeps its order
        new_blocks += [(place.block, order * 1000 + 1 + n, text, "list_item", marker) for n, text in enumerate(more)]
        if place.how == "title":
            title = new
        elif place.how == "new_block":
            if new:
                kind: BlockKind = pair.kind if pair.kind in BLOCK_KINDS else "paragraph"
                new_blocks.append((place.block, order * 1000, new, kind, marker if kind == "list_item" else ""))
        elif place.how == "items":  # the first item takes the text, the others typed under it follow
            found = " ".join(item_lines(place, blocks))
            if pair.target_parts and found != " ".join(pair.target.split()):
                raise EditRefused(None, f"segment {edit.segment} changed since it was read; check again and edit it")
            spans.append((place.block, place.start, len(texts[place.block]), new))
            spans += [(b, 0, len(texts[b]), "") for b in range(place.block + 1, place.last)]
            spans.append((place.last, 0, place.end, ""))
        else:
            found = " ".join(texts[place.block][place.start : place.end].split())
            if pair.target_parts and found != " ".join(pair.target.split()):
                # the text there is not the segment's any more (another window wrote the version since
                # the check that numbered it): a splice would cut into another sentence
                raise EditRefused(None, f"segment {edit.segment} changed since it was read; check again and edit it")
            spans.append((place.block, place.start, place.end, new))
    for index, start, end, new in sorted(spans, reverse=True):
        texts[index] = _splice(texts[index], start, end, new)
    out = [dataclasses.replace(b, text=t) if t != b.text else b for b, t in zip(blocks, texts, strict=True)]
    for after, _order, new, kind, marker in sorted(new_blocks, reverse=True):
        out.insert(after + 1, Block(kind, new, marker=marker))
    return [b for b in out if b.text.strip()], title


def edit_release(
    library: Library,
    release: Release,
    src: str,
    tgt: str,
    edits: list[Edit],
    *,
    who: str,
    why: str = "",
    glossary: Glossary | None = None,
    store: ReviewStore | None = None,
    status: str | None = None,
    comment: str | None = None,
    report: CheckReport | None = None,
    guide: Scorer | None = None,
    block_guide: Scorer | None = None,
) -> EditOutcome:
    """Make the edits in one write of the target version, re-check, and report the edited segments.

    `guide` and `block_guide` align the re-check as `report` was aligned (an XLIFF import's segments)."""
    report = report or check_release(release, src, tgt, glossary)
    target = release.versions[tgt]
    for edit in edits:  # an empty proposal said nothing and flagged the segment
        if blank(edit.text):
            raise empty(edit.segment)
    if target.provenance.kind == "official":
        numbers = ", ".join(str(e.segment) for e in edits)
        if store is not None:
            for edit in edits:
                if 1 <= edit.segment <= len(report.pairs):
                    proposal = proposal_line(edit.text)  # added under the store's lock
                    store.set(report.pairs[edit.segment - 1].key, status="flagged", comment=proposal, append=True)
        published = f"the official '{tgt}' version stays as published; not edited"
        if store is None:
            raise EditRefused(target.path, published)
        raise ProposalKept(
            target.path, f"{published}. Your correction is kept as a proposal in the comment of segment {numbers}"
        )
    blocks, title = apply_edits(report, target.blocks, target.title, edits, release.versions[src].blocks)
    provenance = edited_provenance(target.provenance, who)
    why = why or "edit of segment " + ", ".join(str(e.segment) for e in edits)
    refused: list[int] = []
    segments: list[EditedSegment] = []
    # the store's lock held from the version's write to the review's move: a mark read on the new
    # text with the old states would go where no segment finds it (trial I); `standing` refuses it
    undo = Undo(release, tgt)
    with store.holding() if store is not None else nullcontext():
        if store is not None:
            ready(store)  # the states can land too, before the text is touched (trial Z, F1)
        try:
            library.save_version(release, tgt, blocks, provenance, title, target.date, who=who, why=why, base=target)
        except WriteConflict as exc:
            if not exc.written:
                raise refusal(target.path, [e.segment for e in edits], written=False, meanwhile=exc) from None
            refused = [e.segment for e in edits if not _landed(release.versions[tgt], e)]
        said = {e.segment: edited_text(report.pairs[e.segment - 1].kind, e.text) for e in edits}
        edited = [(report.pairs[e.segment - 1].source, said[e.segment]) for e in edits]
        replaced = [report.pairs[e.segment - 1].key for e in edits]
        held = store.holds(edited, replaced) if store is not None else None
        after = check_release(release, src, tgt, glossary, guide=guide, block_guide=block_guide, held=held)
        for edit in edits:
            if edit.segment in refused:
                continue
            found = _find(after, report.pairs[edit.segment - 1], said[edit.segment], edit.segment - 1)
            if found is None:
                segments.append(EditedSegment(edit.segment, said[edit.segment]))
                continue
            if store is not None:
                # The comment stays with the segment: it says why it was flagged and what was proposed.
                # The state goes back to todo (the new text is not reviewed yet) unless one is given. As
                # on disk under the store's lock: another writer's comment since (a CLI beside the TUI, a
                # comment beside this edit) was lost (a team's trial, trial I). Marked as an edit: it
                # holds the alignment of the next checks (ReviewStore.holds).
                # A dismissal stays while the new text raises the same flag (trial I, t17)
                raised = [(flag.code, flag.signature) for flag in found.flags]
                try:
                    store.move(report.pairs[edit.segment - 1].key, found.key, status, comment, raised)
                except WriteFailed as failed:  # the text put back: its state and comment stay with it
                    raise undo.put_back(failed) from None
                held_back(found, store)  # said as dismissed, as the full review says it
            state = store.get(found.key).status if store is not None else "todo"
            segments.append(EditedSegment(found.index + 1, found.target, list(found.flags), state))
    outcome = EditOutcome(release, tgt, release.versions[tgt].provenance, segments, after)
    if refused:
        raise PartlyRefused(target.path, refused, outcome)
    return outcome


def _landed(version: LanguageVersion, edit: Edit) -> bool:
    """Did a merged write keep this edit (its text is in the version on disk now)?"""
    said = [squash(b.text) for b in version.blocks]
    return all(not text or text == version.title or any(text in b for b in said) for text in items(edit.text))


def _find(report: CheckReport, before: CheckedPair, text: str, index: int) -> CheckedPair | None:
    """The edited segment in the new report: same source, holding the new text, nearest the old place.
    Spaces aside: a letterhead keeps its lines, which the edit's text gives as one."""
    text = " ".join(text.split())

    def holds(pair: CheckedPair) -> bool:
        return bool(text) and text in " ".join(pair.target.split())

    candidates = [p for p in report.pairs if p.source == before.source and (not text or holds(p))]
    candidates = candidates or [p for p in report.pairs if holds(p)]
    return min(candidates, key=lambda p: abs(p.index - index)) if candidates else None
