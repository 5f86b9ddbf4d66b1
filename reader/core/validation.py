"""Every problem of every release, for `validate`: the library's load reads only metadata, and stops
at a release's first problem, so one run of this lists all there is to fix."""

from __future__ import annotations

from pathlib import Path

from reader.core.body import body_problems
from reader.core.errors import LibraryError
from reader.core.history import sidecar_problems
from reader.core.metadata import METADATA, metadata_problems
from reader.core.model import LANGUAGES, Problem, Release
from reader.core.on_disk import source_digest
from reader.core.text.langid import language_name, plain_language


def every_problem(root: Path, problems: list[Problem], releases: list[Release]) -> list[Problem]:
    """The load's problems, each opened up (all of a broken release's metadata and bodies), and the
    problems of the bodies of the releases that loaded."""
    found_all: list[Problem] = []
    for problem in problems:
        folder = _folder_of(root, problem.path)
        if folder is None or folder.is_symlink() or not (folder / METADATA).is_file():
            found_all.append(problem)
            continue
        found = metadata_problems(folder)
        found_all += [Problem.of(exc) for exc in found] or [problem]
        found_all += [Problem.of(exc) for exc in _bodies_of_broken(folder, found)]
    for release in releases:
        for version in release.versions.values():
            found_all += [Problem.of(exc) for exc in body_problems(version.path)]
            said = out_of_date(release, version.lang) or other_language(release, version.lang)
            found_all += [Problem(version.path, said)] if said else []
        found_all += _unlisted(release) + sidecar_problems(release.folder)
    return list(dict.fromkeys(found_all))


def _unlisted(release: Release) -> list[Problem]:
    """Body files of a language that release.yaml does not list: never read, so a version hand-taken
    out of 'languages:' (or a 'de.md' put beside) vanished without a word (a trial)."""
    try:
        files = sorted(release.folder.glob("??.md"))
    except OSError:
        return []
    said = "a body file release.yaml's 'languages:' does not list: it is not read (list it there, or remove it)"
    return [Problem(path, said) for path in files if path.stem not in release.versions]


def out_of_date(release: Release, lang: str) -> str:
    """Why the version is a translation of a text that is gone ('' when it is not, or cannot be told:
    a version saved before translations recorded what they read)."""
    source = release.versions[lang].provenance.source
    if not source or ":" not in source:
        return ""
    code, digest = source.split(":", 1)
    original = release.versions.get(code)
    if original is None:
        return ""
    now = source_digest(original.path, original.title)
    if now in ("", digest) or ("+" not in digest and now.split("+")[0] == digest):
        return ""
    said = redo(release.id, code, lang, release.versions[lang].provenance.kind)
    return f"translated from an earlier '{code}' text (it was replaced since): {said}"


def other_language(release: Release, lang: str) -> str:
    """Why a published text is stored under the wrong language ('' when it reads as its own, or
    cannot be told): an import told '--lang en --force' of a French page, say. A machine
    translation is left alone: a poor model's words are no sign of the language meant."""
    version = release.versions[lang]
    if version.provenance.kind == "machine":
        return ""
    try:
        texts = [b.text for b in version.blocks if b.kind != "letterhead"]
    except LibraryError:
        return ""  # said by body_problems
    found = plain_language(texts)  # any language the guesser knows: German stored as French is named too
    if found is None or found == lang:
        return ""
    if found not in LANGUAGES:  # no version of ours is right for it (trial C, F2: validate said nothing)
        only = "" if lang == release.original_language else f" --lang {lang}"
        return (
            f"its text reads as {language_name(found)} (not supported), not '{lang}': remove it "
            f"(press-reader remove {release.id}{only}) or import its '{lang}' page over it"
        )
    return f"its text reads as '{found}', not '{lang}': import the file again with --lang {found}"


def _folder_of(root: Path, path: Path) -> Path | None:
    """The release folder a problem's path is in (the folder, or a file in it)."""
    for candidate in (path, path.parent):
        if candidate.parent == root:
            return candidate
    return None


def _bodies_of_broken(folder: Path, found: list[LibraryError]) -> list[LibraryError]:
    """The bodies of a release whose metadata is broken are read all the same (each language's file
    there, unless its problem is named already), so a second run finds nothing new."""
    named = {Path(str(exc.path)) for exc in found}
    out: list[LibraryError] = []
    for code in LANGUAGES:
        body = folder / f"{code}.md"
        if body not in named and (body.is_file() or body.is_symlink()):
            out += body_problems(body)
    return out


def redo(release_id: str, source: str, lang: str, kind: str) -> str:
    """What to do with a version translated from a text since replaced: a machine's, translate again;
    a post-edited one, review it against the new text, its edits kept (a new translation would drop
    them, and `--save` refuses to: the advice was a dead end, an archive team's trial)."""
    if kind == "machine":
        return f"translate it again (press-reader translate {release_id} --to {lang} --save)"
    return f"review it against the new text (press-reader check {release_id} --source {source} --target {lang})"
