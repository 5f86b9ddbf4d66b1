"""One language version, formatted: letterhead apart, then title, date, issuer, provenance, body."""

from __future__ import annotations

from textual.widgets import Static

from reader.core.model import Release
from reader.render import render_version


class ReleaseView(Static):
    """Static over rich renderables: reading needs no interaction but scrolling."""

    plain: str = ""

    def show(self, release: Release, lang: str, letterhead_open: bool = False) -> None:
        renderable = render_version(release, lang, letterhead_open)
        version = release.versions[lang]
        self.plain = "\n".join(
            [version.title, release.issuer, version.provenance.label(), *(b.text for b in version.blocks)]
        )
        self.update(renderable)
