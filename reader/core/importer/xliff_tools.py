"""A review's verdict as CAT tools save it in their own attributes, beside XLIFF 1.2's states.

Trados Studio keeps a segment's confirmation in `<sdl:seg conf="…">` (ApprovedSignOff, ApprovedTranslation,
RejectedTranslation, RejectedSignOff), memoQ in the unit's `mq:status` (Proofread, Rejected, …): a
reviser's sign-off stayed 'todo', and a rejected translation became 'todo' and went into the next TMX
(a CAT-tool trial). A sign-off is 'ok', a rejection 'flagged'; a translator's own confirmation says
no more than XLIFF's 'translated', and is left to the standard state. A segment Trados keeps as
'Draft' (typed, never confirmed) is no rendering yet: its half-typed text was written over a good
one (a CAT-tool trial), so it is read as unsure, as a target marked not translated yet is.
"""

from __future__ import annotations

from typing import Any

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
