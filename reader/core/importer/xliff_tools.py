"""A review's verdict and comments as CAT tools save them in their own words, beside XLIFF 1.2's states and notes.

Trados Studio keeps a segment's confirmation in `<sdl:seg conf="…">` (ApprovedSignOff, ApprovedTranslation,
RejectedTranslation, RejectedSignOff), memoQ in the unit's `mq:status` (Proofread, Rejected, …): a
reviser's sign-off stayed 'todo', and a rejected translation became 'todo' and went into the next TMX
(a CAT-tool trial). A sign-off is 'ok', a rejection 'flagged'; a translator's own confirmation says
no more than XLIFF's 'translated', and is left to the standard state. A segment Trados keeps as
'Draft' (typed, never confirmed) is no rendering yet: its half-typed text was written over a good
one (a CAT-tool trial), so it is read as unsure, as a target marked not translated yet is.

Reviewers' comments too, where a tool keeps them in its own words and not in <note>: memoQ's
<mq:comments><mq:comment>, Trados' <mrk mtype="x-sdl-comment" sdl:cid> whose text is in the file's
<cmt-defs>, ITS' locQualityIssueComment (Okapi's Ocelot), XLIFF 2.0's comment annotation (<mrk
type="comment" value="…">) and XLIFF 1.2's <mrk comment="…"> (trial X, F2). They were dropped in silence
(a CAT-tool trial lost 'is it 40 % or 40 per cent?'); xliff_read.py takes them beside the notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader.core.text.clean import clean_line, squash

# a Trados comment's text is kept once per file, its marks in the units point at it by id; this many
# are read at most (a file of one release holds a few), so that a crafted one costs no more
MAX_TOOL_COMMENTS = 2000

_TRADOS = {
    "approvedsignoff": "ok",
    "approvedtranslation": "ok",
    "rejectedtranslation": "flagged",
    "rejectedsignoff": "flagged",
}
_MEMOQ = {"proofread": "ok", "rejected": "flagged", "reviewer1confirmed": "ok", "reviewer2confirmed": "ok"}


def tool_status(unit: Any) -> str | None:
    """'ok' or 'flagged' when a tool's own attribute says the reviser approved or rejected the unit."""
    for element in unit.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag.endswith("}seg") and "sdl" in element.tag.lower():
            said = _TRADOS.get((element.get("conf") or "").lower())
            if said:
                return said
    for key, value in unit.attrib.items():
        name = str(key).lower()
        if name.endswith("}status") and ("mqxliff" in name or "memoq" in name):
            said = _MEMOQ.get(str(value).lower())
            if said:
                return said
    return None


def tool_draft(unit: Any) -> bool:
    """Trados' 'Draft' on any of the unit's segments: work begun and never confirmed."""
    return any(
        isinstance(element.tag, str)
        and element.tag.endswith("}seg")
        and "sdl" in element.tag.lower()
        and (element.get("conf") or "").lower() == "draft"
        for element in unit.iter()
    )


def _name(element: Any) -> str:
    return str(element.tag).rsplit("}", 1)[-1]


def trados_comments(root: Any) -> dict[str, list[tuple[str, str]]]:
    """Trados' comment threads by id, (author, text) each, from the file's <cmt-defs>."""
    threads: dict[str, list[tuple[str, str]]] = {}
    for element in root.iter():
        if isinstance(element.tag, str) and _name(element) == "cmt-def" and len(threads) < MAX_TOOL_COMMENTS:
            said = [c for c in element.iter() if isinstance(c.tag, str) and _name(c) == "Comment"]
            threads[element.get("id") or ""] = [(c.get("user") or "", "".join(c.itertext())) for c in said]
    return threads


def tool_comments(unit: Any, threads: dict[str, list[tuple[str, str]]]) -> Iterator[tuple[str, str]]:
    """(author, text) of each comment the unit carries in a tool's own words, in the file's order."""
    count = 0
    for element in unit.iter():
        if not isinstance(element.tag, str) or count >= MAX_TOOL_COMMENTS:
            continue
        name = _name(element)
        if name == "comment" and "mqxliff" in str(element.tag).lower():
            count += 1
            yield element.get("creatoruser") or "", "".join(element.itertext())
        elif name == "mrk" and element.get("mtype") == "x-sdl-comment":
            cid = next((str(v) for k, v in element.attrib.items() if str(k).endswith("cid")), "")
            count += 1
            yield from threads.get(cid, [])
        elif name in ("mrk", "sm") and element.get("type") == "comment" and element.get("value"):
            count += 1  # XLIFF 2.0's comment annotation, its text in 'value' (one with a 'ref' is a <note>)
            yield "", element.get("value")
        elif name == "mrk" and element.get("comment"):
            count += 1  # XLIFF 1.2's 'comment' on a <mrk> (mtype="x-comment" as tools write it)
            yield "", element.get("comment")
        for key, value in element.attrib.items():
            if str(key).rsplit("}", 1)[-1] == "locQualityIssueComment":
                count += 1
                yield "", str(value)


def signed(author: str | None, note: str) -> str:
    """A note a CAT tool's user wrote, with who wrote it ('marie: …'): the review comment it becomes
    kept only the words (a translator's trial). Ours, and one that names nobody, as it is."""
    who = clean_line(author or "")[:40]
    return f"{who}: {note}" if who and who != "press-reader" and note and not note.startswith(f"{who}:") else note


def with_tool_comments(notes: list[str], unit: Any, threads: dict[str, list[tuple[str, str]]]) -> list[str]:
    """The notes and the comments a CAT tool keeps in its own words, each once: one already a line of
    a note (a round trip brought it back as press-reader's comment) is not taken again."""
    lines = {line for note in notes for line in note.removeprefix("comment: ").splitlines()}
    for author, text in tool_comments(unit, threads):
        said = signed(author, "\n".join(squash(line) for line in text.splitlines() if line.strip()))
        if said and said not in lines:
            notes.append(said)
            lines.add(said)
    return notes
