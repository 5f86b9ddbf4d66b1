"""Every earlier text of a language version, kept beside the release: nothing a write replaces is lost.

``<release>/history/<lang>/<stamp>.md`` is the body exactly as it was, byte for byte, and
``<stamp>.yaml`` says who replaced it, why, and what its title and provenance were, so a restore
brings back the version whole. Stamps are UTC times to the microsecond, so they sort and never clash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core import atomic, yamlio
from reader.core.body import MAX_BODY_BYTES
from reader.core.errors import LibraryError
from reader.core.metadata import default_user, plain_data
from reader.core.model import LANGUAGES, Problem
from reader.core.text.clean import clean_line, clean_text

FOLDER = "history"
_STAMP = re.compile(r"^\d{8}T\d{12}Z$")


@dataclass(frozen=True)
class Revision:
    lang: str
    stamp: str
    path: Path  # the earlier body
    who: str
    why: str
    title: str
    provenance: dict[str, Any]
    sha256: str = ""  # the file this text was imported from, if it was: importing it again skips it

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.strptime(self.stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)

    @property
    def when(self) -> str:
        """ISO 8601 in UTC: what scripts read (`history --json`) and what `restore` accepts."""
        return self.moment.isoformat(timespec="seconds")

    @property
    def local_time(self) -> str:
        """As a person reads it on this machine: 'Mon 30 Nov 2026 05:31:07', local time; to the second,
        since a translator's edits come minutes apart and a restore must name one of them."""
        return self.moment.astimezone().strftime("%a %d %b %Y %H:%M:%S")

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "stamp": self.stamp,
            "when": self.when,
            "who": self.who,
            "why": self.why,
            "title": self.title,
            "provenance": self.provenance,
            "path": str(self.path),
        }


def folder_of(release_folder: Path, lang: str) -> Path:
    """The history of one language; a symbolic link on the way is refused, never followed."""
    folder = release_folder / FOLDER / lang
    for link in (folder.parent, folder):  # the link itself named: 'history', not 'history/fr' under it
        if link.is_symlink():
            raise LibraryError(link, "a symbolic link in the release folder; not followed")
    return folder


def read_revision(revision: Revision) -> str:
    """The text of an earlier body, read without following a link (history --show)."""
    return read_text(revision.path)


def read_text(path: Path) -> str:
    """A body file's text as stored, cleaned for a terminal (an earlier one, or the current one to
    compare it with)."""
    try:
        raw = atomic.read_limited(path, MAX_BODY_BYTES, follow=False)
    except OSError as exc:
        raise LibraryError(path, f"cannot read ({atomic.describe(exc)})") from None
    return clean_text(raw[:MAX_BODY_BYTES].decode("utf-8", errors="replace"))


def new_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def keep(
    release_folder: Path,
    lang: str,
    body: bytes,
    *,
    who: str,
    why: str,
    title: str,
    provenance: dict[str, Any],
    file: dict[str, Any] | None = None,
) -> Revision:
    """Store an earlier body and what it was; called by the library before it replaces one. `file`:
    the import record of the file the body was read from, so that the page, still in an inbox
    imported every night, is known as this text and never made a release of its own."""
    folder = folder_of(release_folder, lang)
    stamp = new_stamp()
    while (folder / f"{stamp}.md").exists():  # two saves in one microsecond
        stamp = new_stamp()
    who, why = clean_line(who) or "unknown", clean_line(why)
    meta: dict[str, Any] = {"who": who, "why": why, "title": title, "provenance": provenance}
    if file:
        meta["file"] = file
    # as closed as the text it keeps: a body made 640 had its earlier texts 644 (a two-writers trial)
    try:
        mode: int | None = (release_folder / f"{lang}.md").stat().st_mode & 0o777
    except OSError:
        mode = None
    atomic.write_bytes(folder / f"{stamp}.md", body, mode)
    digest = str(file.get("sha256") or "") if file else ""
    revision = Revision(lang, stamp, folder / f"{stamp}.md", who, why, title, provenance, digest)
    try:
        atomic.write_text(folder / f"{stamp}.yaml", yamlio.dump(meta), mode)
    except BaseException:
        # a full disk refused the record after its text: a lone text listed as 'unknown' for a
        # change that never landed (a hostile-input trial); nothing is kept, as nothing was written
        withdraw(revision)
        raise
    return revision


@contextlib.contextmanager
def taken_back_on_failure(revision: Revision | None) -> Iterator[None]:
    """The write a revision was kept for: refused (a full disk), the revision is withdrawn with it."""
    try:
        yield
    except BaseException:
        if revision is not None:
            withdraw(revision)
        raise


def withdraw(revision: Revision) -> None:
    """Take back a revision just kept whose change was then refused (a full disk, a second writer): the
    history says only what was written. Its record goes first, so a removal cut short leaves a text
    that lists as 'unknown', never a record without its text."""
    for path in (revision.path.with_suffix(".yaml"), revision.path):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # nothing to do better: a kept text more is never a text lost


def revisions(release_folder: Path, lang: str) -> list[Revision]:
    """The kept revisions of one language, oldest first; a damaged sidecar still lists its body."""
    folder = folder_of(release_folder, lang)
    try:
        bodies = sorted(p for p in folder.glob("*.md") if _STAMP.match(p.stem) and not p.is_symlink())
    except OSError as exc:
        raise LibraryError(folder, f"cannot read the history ({atomic.describe(exc)})") from None
    out: list[Revision] = []
    for body in bodies:
        meta: Any = {}
        try:
            meta = yamlio.read(body.with_suffix(".yaml"), follow=False) or {}
        except (OSError, UnicodeDecodeError, yamlio.YamlProblem):
            meta = {}
        if not isinstance(meta, dict):
            meta = {}
        provenance = meta.get("provenance") if isinstance(meta.get("provenance"), dict) else {}
        file = meta.get("file") if isinstance(meta.get("file"), dict) else {}
        out.append(
            Revision(
                lang,
                body.stem,
                body,
                clean_line(str(meta.get("who") or "unknown")),
                clean_line(str(meta.get("why") or "")),
                clean_line(str(meta.get("title") or "")),
                provenance,
                str(file.get("sha256") or ""),
            )
        )
    return out


def replaced_after(release_folder: Path, lang: str, second: str) -> Revision | None:
    """The first revision of `lang` replaced at or after `second` ('YYYYMMDDTHHMMSS', UTC): it holds
    the body as it stood then (None: no write since, the version is as it was). A write in that very
    second counts as after it, so a text that may have changed is never taken as unchanged."""
    later = [r for r in revisions(release_folder, lang) if r.stamp[:15] >= second[:15]]
    return later[0] if later else None


def _matching(revisions_of: list[Revision], stamp: str) -> list[Revision]:
    """The revisions `stamp` names: its stamp or its time, as listed; else those whose stamp it
    begins (a stamp is long to type: '20261203T0617' is enough when only one starts so)."""
    exact = [r for r in revisions_of if stamp in (r.stamp, r.when)]
    if exact or len(stamp) < 8:
        return exact
    return [r for r in revisions_of if r.stamp.startswith(stamp)]


def has(release_folder: Path, lang: str, stamp: str) -> bool:
    """Whether `lang`'s history holds the revision `stamp` (its stamp, its time, or the start of one stamp)."""
    return bool(_matching(revisions(release_folder, lang), stamp))


def find(release_folder: Path, lang: str, stamp: str) -> Revision:
    found = _matching(revisions(release_folder, lang), stamp)
    shown = clean_line(stamp)[:40]
    if len(found) == 1:
        return found[0]
    if found:
        raise LibraryError(
            folder_of(release_folder, lang),
            f"{len(found)} revisions of '{lang}' start with '{shown}': give more of the stamp",
        )
    for other in sorted(LANGUAGES):  # a stamp copied from another language's row of `history`
        if other != lang and _matching(revisions(release_folder, other), stamp):
            raise LibraryError(
                folder_of(release_folder, lang),
                f"no revision '{shown}' of '{lang}'; it is one of '{other}': add --lang {other}",
            )
    raise LibraryError(folder_of(release_folder, lang), f"no revision '{shown}' of '{lang}'")


def keep_replaced(
    folder: Path,
    lang: str,
    metadata: str | None,
    body: bytes,
    who: str,
    why: str,
    new_title: str | None = None,
    new_provenance: str | None = None,
) -> Revision | None:
    """The body a save is about to replace, kept with its title and provenance (read from `metadata`);
    a save that changes only the title or only the provenance keeps them too: the title is part of
    the text, and whether it is the official version is what a reader trusts it for. The revision
    kept (None when nothing was), for `withdraw` when the save is then refused."""
    path = folder / f"{lang}.md"
    try:
        previous = atomic.read_limited(path, MAX_BODY_BYTES, follow=False)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise LibraryError(path, f"cannot keep the earlier text ({atomic.describe(exc)}); nothing written") from None
    title, provenance, file = "", {}, None
    try:
        data = yamlio.load(metadata or "")
        if isinstance(data, dict):
            title = str((data.get("titles") or {}).get(lang) or "")
            entry = (data.get("languages") or {}).get(lang)
            provenance = {str(k): v for k, v in entry.items()} if isinstance(entry, dict) else {}
            record = ((data.get("source") or {}).get("files") or {}).get(lang)
            if isinstance(record, dict) and isinstance(record.get("sha256"), str):
                file = {"name": str(record.get("name") or ""), "sha256": record["sha256"]}
    except (yamlio.YamlProblem, AttributeError):
        pass
    same_title = new_title is None or clean_line(new_title) == clean_line(title)
    same_provenance = new_provenance is None or new_provenance == provenance.get("provenance", new_provenance)
    if previous == body and same_title and same_provenance:
        return None
    return keep(
        folder,
        lang,
        previous,
        who=who or default_user(),
        why=why or "replaced",
        title=title,
        provenance=plain_data(provenance),
        file=file,
    )


def sidecar_problems(release_folder: Path) -> list[Problem]:
    """The kept revisions whose sidecar (who, why, title) cannot be read: `history` still lists their
    text, as 'unknown', so a hand-damaged sidecar went unsaid; `validate` names it."""
    out: list[Problem] = []
    links = [release_folder / FOLDER, *(release_folder / FOLDER / code for code in LANGUAGES)]
    out += [Problem(p, "a symbolic link in the release folder: no write follows it") for p in links if p.is_symlink()]
    if out:
        return out
    try:
        sidecars = sorted((release_folder / FOLDER).glob("*/*.yaml"))
    except OSError:
        return out
    for sidecar in sidecars:
        if not _STAMP.match(sidecar.stem) or sidecar.is_symlink():
            continue
        try:
            meta = yamlio.read(sidecar, follow=False)
        except (OSError, UnicodeDecodeError, yamlio.YamlProblem) as exc:
            reason = atomic.describe(exc) if isinstance(exc, OSError) else str(exc)
            out.append(Problem(sidecar, f"a kept revision's record cannot be read ({reason})"))
            continue
        if meta is not None and not isinstance(meta, dict):
            out.append(Problem(sidecar, "a kept revision's record is not a mapping"))
    return out
