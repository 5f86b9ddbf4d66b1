"""The language pair of a command that compares two versions, when its flags are left out."""

from __future__ import annotations

from reader.commands.output import CommandError
from reader.core.model import Release

# The other official language of a Belgian federal release: the pair a reviser checks by default.
COUNTERPART = {"nl": "fr", "fr": "nl"}


def direction(release: Release, source: str | None, target: str | None) -> tuple[str, str]:
    """The pair when a flag is left out: from the original to the other of Dutch and French, or to the
    one other version there is; a new user typed `check ID` and was told two flags were required."""
    have = release.languages
    if source is None:
        source = release.original_language
        if source == target:
            source = COUNTERPART.get(target, "") if COUNTERPART.get(target) in have else ""
    if target is None:
        others = [code for code in have if code != source]
        target = COUNTERPART.get(source, "") if COUNTERPART.get(source) in have else ""
        target = target or (others[0] if len(others) == 1 else "")
    if not source or not target:
        missing = "--source" if not source else "--target"
        raise CommandError(f"release '{release.id}' has {', '.join(have)}: give {missing} (which version to check)")
    return source, target
