"""One unit's change as an XLIFF import plans it: a new target, a review state, a comment."""

from __future__ import annotations

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

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"segment": self.segment, "source": self.source}
        for key in ("target", "status", "comment"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.target is not None:
            data["flags"] = [{"code": code, "message": message} for code, message in self.flags]
        return data
