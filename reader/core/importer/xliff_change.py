"""One unit's change as an XLIFF import plans it: a new target, a review state, a comment."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Change:
    segment: int
    source: str
    target: str | None = None  # the new target, when it changed
    status: str | None = None
    comment: str | None = None
    # after the write: what the checks say of the new target (code, message), as `review --edit` says it
    flags: list[tuple[str, str]] = field(default_factory=list)
    was: str = ""  # the review's state before: a decision the file takes back is said (`demoted`)
    # the text a new target replaces: a dry run showed only the new one, and the translator could not
    # tell what the CAT tool's file would undo (a CAT-tool trial)
    previous: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"segment": self.segment, "source": self.source}
        for key in ("target", "status", "comment"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.target is not None:
            data["previous"] = self.previous or ""
            data["flags"] = [{"code": code, "message": message} for code, message in self.flags]
        return data


def demoted(changes: list[Change]) -> list[int]:
    """Segments whose reviewer's ok or flagged the file sets back to todo with their text unchanged: a
    CAT tool that writes every state anew ('translated' throughout, approved dropped) wiped every
    decision, said nowhere (a CAT-tool trial)."""
    return [c.segment for c in changes if c.status == "todo" and c.target is None and c.was in ("ok", "flagged")]


SPACES_ONLY = "only its spaces differ (a no-break or narrow space for a plain one, or the reverse)"


def spaces_only(new: str, old: str) -> bool:
    """A new target that differs from the text it replaces only in its kind of spaces: CAT tools put
    a no-break space before ':' and '%' in French, and the change looked like no change (a trial)."""
    return new != old and re.sub(r"\s", " ", new) == re.sub(r"\s", " ", old)
