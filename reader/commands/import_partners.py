"""Which release of this import command a file is the other language of: the versions of one
release given together join it (same date or a few days apart, shared numbers and names), a version
with no date of its own the release it renders. Read by importing.py, for the run and its dry run."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.commands.import_named import headlines_apart, titled_apart
from reader.commands.import_named import of_the_pair as of_the_pair  # importing.py says it as partners.of_the_pair
from reader.core.errors import ReaderError
from reader.core.importer.plan import MissingFields
from reader.core.library import Library
from reader.core.model import Release

if TYPE_CHECKING:
    from reader.core.importer.importer import ImportPlan

# How much of its numbers, names and cognates a file shares with a release of the same date, imported
# by the same command, to be taken for its other language: on the 235 dev pairs of the real-text
# evaluation a version and its original score 0.09-0.91 (20 under 0.2), two releases picked at random
# never more than 0.15 (400 tries). Under it the file is its own release, with the hint to add it.
SAME_COMMAND_MATCH = 0.2
# A file whose command made one release only, in another language and of the same date: the pair a
# user gives as `import nl.txt fr.txt`. It joins on less: of 600 random pairs of dev pages 3 score
# over 0.15 (the highest 0.199), and 4 of the 109 dev pairs fall between 0.15 and 0.2 (three more
# pairs the new-user trial gave together were left apart at 0.16-0.19).
LONE_MATCH = 0.15
RIVALS = 30  # other releases of the command a file's match must stand out from
# How many days a version may be dated from the release it renders and still be taken for it by
# the command that imports both: 9 of the 577 real pairs date their versions 1-4 days apart (a
# rendering published later, a page's stamp against the original's dateline), dev and test alike.
JOIN_LAG_DAYS = 4
KNOWN_BYTES = 64 * 2**20  # a file read whole for its hash before the command begins: above any page's size


class Made(dict[str, str]):
    """The releases this command made, each with the file that made it; and those its files were
    imported into before (`earlier`: a folder imported again as its pages arrive, 'fr.txt' sorting
    before the 'nl.txt' imported last time), which take this command's other languages as well."""

    def __init__(self, files: list[str] | None = None) -> None:
        super().__init__()
        self.earlier: set[str] = set()
        self.joined: dict[str, set[str]] = {}  # a dry run's: the languages files would add to each release
        self.mismatch: dict[str, str] = {}  # a file joined on its name and date: what does not match (`named_pair`)
        self.names = Counter(Path(f).name for f in files or [])

    def file(self, name: str) -> str:
        """How a note names a file: by its name, or as given when another file of the command has that
        name ('nl.txt' of 600 folders named, in trial H, the release of a file that was refused)."""
        return name if self.names[Path(name).name] > 1 else Path(name).name

    def said(self, release_id: str) -> str:
        """'which nl.txt made in this command', or '… made before' for a release found in the library."""
        when = "before (in the library already)" if release_id in self.earlier else "in this command"
        return f"which {self[release_id]} made {when}"


def known_files(library: Library, names: list[str], made: Made) -> None:
    """The releases the files given were imported into already, entered in `made` before any file is
    read: their versions join them however the files sort."""
    import hashlib

    from reader.core.importer.known import already_imported

    for name in names:
        try:  # a pipe or a device would wait for ever, a huge file be read whole: each is said in its turn
            if not Path(name).is_file() or Path(name).stat().st_size > KNOWN_BYTES:
                continue
            digest = hashlib.sha256(Path(name).read_bytes()).hexdigest()
        except OSError:
            continue  # said when the file is read in its turn
        if (rid := already_imported(library, digest)) is not None and rid not in made:
            made[rid] = made.file(name)
            made.earlier.add(rid)


def near_date(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= JOIN_LAG_DAYS


def partner(plan: ImportPlan, library: Library, made: dict[str, str]) -> str | None:
    """The release an earlier file of this command made that this file is the other language of:
    the same date or a few days from it, no version in this file's language, and the text's numbers
    and names shared, by a clear margin over every other release of the command (pages written from
    one template, a week of one issuer's releases, share their words and figures whatever their
    dates)."""
    from reader.core.importer.known import rendering_of

    candidates: list[Release] = []
    rivals: list[Release] = []
    text = " ".join(b.text for b in plan.blocks)
    for release in releases_made(library, made, plan.date):
        if plan.language in release.versions:
            continue  # a text in its own language shares more words with any other: no rival
        code = release.original_language
        if titled_apart(plan.title, plan.language, release.title(code), code, (text, _original_text(release))):
            rivals.append(release)
            continue
        (candidates if near_date(release.date, plan.date) else rivals).append(release)
    # a release whose figures say other things is none of this file's, near or not: neither a
    # candidate (the one of its date was joined to it as the user's pair) nor a rival (a template's)
    candidates = [r for r in candidates if not _figured_apart(text, plan, r)]
    rivals = [r for r in rivals if not _figured_apart(text, plan, r)]
    if not candidates:
        return None
    rivals = rivals[-RIVALS:]  # the files given just before: a bound on the work in a folder of thousands
    # one release of the command of this very date: the user's pair, given alone or in a folder of
    # releases of other dates (which still must score a clear margin under it: `rendering_of`), joined
    # whatever names the two give (a region's name the glossary lacks left one real dev pair of 125
    # with none shared). A folder of 54 pages left three such pairs apart at 0.16-0.18, the other
    # releases under 0.03 (a trial).
    lone = len(candidates) == 1 and candidates[0].date == plan.date
    threshold = LONE_MATCH if lone else SAME_COMMAND_MATCH
    found = rendering_of(
        library, text, plan.language, candidates + rivals, threshold=threshold, names=not lone, day=plan.date
    )
    return found.id if found is not None and found in candidates else None


def _figured_apart(text: str, plan: ImportPlan, release: Release) -> bool:
    from reader.core.importer.known import figures_disagree

    version = release.versions.get(release.original_language)
    if version is None or version.lang == plan.language:
        return False
    other = _original_text(release)
    same_day = plan.date is not None and release.date == plan.date
    return bool(other) and figures_disagree(text, other, plan.language, version.lang, same_day=same_day)


def _original_text(release: Release) -> str:
    """The release's original as one text ('' when it cannot be read)."""
    version = release.versions.get(release.original_language)
    try:
        return " ".join(b.text for b in version.blocks) if version is not None else ""
    except ReaderError:
        return ""


def releases_made(library: Library, made: dict[str, str], near: dt.date | None = None) -> list[Release]:
    """The releases this command made, read again: another process may have added to them meanwhile.
    `near`: those of about that date and the last others (each was read again for every file, and a
    folder's import slowed to a third of a release a second at 1,400 made: trial Y), by their dates."""
    ids = list(made)
    if near is not None:  # the dates read already: a release's date never changes
        dates = {r.id: r.date for r in library.releases}
        last = set([rid for rid in ids if not near_date(dates.get(rid), near)][-2 * RIVALS :])
        ids = [rid for rid in ids if rid in last or near_date(dates.get(rid), near)]
    found = []
    for rid in ids:
        try:
            found.append(library.get(rid))
        except ReaderError:
            continue
    return found


def has_language(library: Library, release_id: str, language: str) -> bool:
    try:
        return language in library.get(release_id).versions
    except ReaderError:
        return True  # gone meanwhile: nothing to join


def dateless_partner(exc: MissingFields, library: Library, made: dict[str, str]) -> str | None:
    """`partner` for a file whose only missing field is its date: the release of this command it
    renders, by its numbers and names, whatever that release's date."""
    from reader.core.importer.known import rendering_of

    if set(exc.missing) != {"date"} or not made:
        return None
    plan = exc.plan
    text = " ".join(b.text for b in plan.blocks)
    candidates = [
        r for r in releases_made(library, made) if plan.language not in r.versions and shows_a_version(text, plan, r)
    ]
    found = rendering_of(library, text, plan.language, candidates[-RIVALS:], threshold=SAME_COMMAND_MATCH)
    return found.id if found is not None else None


def shows_a_version(text: str, plan: ImportPlan, release: Release) -> bool:
    """Whether a file with no date of its own reads as a version of the release: its figures come
    from the release's original (`figures_foreign`) and a name of one is in the other, as the
    pairing rule asks of a dated one."""
    from reader.core.importer.known import figures_foreign
    from reader.core.text.anchors import shares_a_name

    version = release.versions.get(release.original_language)
    try:
        other = " ".join(b.text for b in version.blocks) if version is not None else ""
    except ReaderError:
        return False
    code = release.original_language
    return not figures_foreign(text, other, plan.language, code) and shares_a_name(text, other, plan.language, code)


def previewed_partner(
    plan: ImportPlan, made: Made, previews: dict[str, ImportPlan], library: Library, any_date: bool = False
) -> str | None:
    """`partner` for a dry run, where nothing was written: the earlier files' plans stand in, and
    the releases found in the library already (`any_date`: `dateless_partner`'s, for a file that
    states no date)."""
    from reader.core.importer.known import figures_disagree, figures_foreign
    from reader.core.text.anchors import shares_a_name, similarity

    text = " ".join(b.text for b in plan.blocks)[:4000]
    seen = {rid: (" ".join(b.text for b in p.blocks), p.language, p.date) for rid, p in previews.items()}
    for rid in made.earlier:
        try:
            release = library.get(rid)
        except ReaderError:
            continue
        if plan.language not in release.versions:
            version = release.versions[release.original_language]
            seen[rid] = (" ".join(b.text for b in version.blocks), version.lang, release.date)
    pool = [
        rid
        for rid in made
        if (other := seen.get(rid)) is not None
        and other[1] != plan.language
        and plan.language not in made.joined.get(rid, set())  # an earlier file would give it that language
    ]
    pool = [
        rid
        for rid in pool
        if not figures_disagree(
            text,
            seen[rid][0],
            plan.language,
            seen[rid][1],
            same_day=plan.date is not None and seen[rid][2] == plan.date,
        )
    ]
    if any_date:  # a file with no date of its own: its figures come from the release's (`shows_a_version`)
        pool = [rid for rid in pool if not figures_foreign(text, seen[rid][0], plan.language, seen[rid][1])]
    titles = {rid: (p.title, p.language) for rid, p in previews.items()}
    pool = [
        rid
        for rid in pool
        if not (rid in titles and titled_apart(plan.title, plan.language, *titles[rid], (text, seen[rid][0])))
    ]
    near = [rid for rid in pool if near_date(seen[rid][2], plan.date)]
    lone = len(near) == 1 and seen[near[0]][2] == plan.date and plan.date is not None
    scores = [(similarity(text, seen[rid][0][:4000], plan.language, seen[rid][1]), rid) for rid in pool]
    if not lone:  # as `partner`: a pair given alone joins whatever names it gives
        scores = [
            (score, rid)
            for score, rid in scores
            if shares_a_name(text, seen[rid][0][:4000], plan.language, seen[rid][1])
        ]
    winner = _clear_winner(scores, LONE_MATCH if lone else SAME_COMMAND_MATCH)
    if winner is None:
        return None
    return winner if any_date or near_date(seen[winner][2], plan.date) else None


def made_date(rid: str, previews: dict[str, ImportPlan], library: Library) -> dt.date | None:
    """The date of a release of this command: a dry run's plan, or the release in the library."""
    if rid in previews:
        return previews[rid].date
    try:
        return library.get(rid).date
    except ReaderError:
        return None


def _clear_winner(scores: list[tuple[float, str]], least: float) -> str | None:
    """The best-scored name, when it scores `least` at least and stands out from the runner-up
    (the margin `known.rendering_of` asks of a release too)."""
    scores = sorted(scores, reverse=True)
    if not scores or scores[0][0] < least or (len(scores) > 1 and scores[0][0] - scores[1][0] < 0.1):
        return None
    return scores[0][1]


LOOK_AHEAD = 20  # files after a dateless one read for the version that dates it


def dating_partner(
    exc: MissingFields, later: list[str], plans: dict[str, ImportPlan | None], plan_of: Callable[[str], ImportPlan]
) -> ImportPlan | None:
    """For a file that states no date, given before the version it renders: that version's plan (read
    ahead, nothing written; `plans` keeps each file's), so that the file given first dates its
    release by it and stays the original, as the command promises, where waiting for the other file
    made that one the original."""
    from reader.core.importer.known import figures_disagree, figures_foreign
    from reader.core.text.anchors import similarity

    if set(exc.missing) != {"date"}:
        return None
    plan = exc.plan
    text = " ".join(b.text for b in plan.blocks)[:4000]
    scored: list[tuple[float, str]] = []
    for name in later[:LOOK_AHEAD]:
        if name not in plans:
            try:
                plans[name] = plan_of(name)
            except ReaderError:
                plans[name] = None
        other = plans[name]
        if other is None or other.date is None or other.language == plan.language:
            continue
        other_text = " ".join(b.text for b in other.blocks)[:4000]
        if figures_disagree(text, other_text, plan.language, other.language):
            continue
        if figures_foreign(text, other_text, plan.language, other.language):
            continue  # notes quoting the pair's figures (trial J): `shows_a_version`
        scored.append((similarity(text, other_text, plan.language, other.language), name))
    winner = _clear_winner(scored, SAME_COMMAND_MATCH)
    return plans[winner] if winner is not None else None


def left_apart(plan: ImportPlan, name: str, library: Library, made: Made, previews: dict[str, ImportPlan]) -> str:
    """Why the other file of a pair given together did not take this one as its other language, in
    words the user can act on (two releases made in silence read as a joined pair). The file is named
    as given: its name alone, pasted, failed 'no such file' out of its folder (trial G)."""
    import shlex

    for rid in made:
        other = previews.get(rid)
        if other is not None:
            language, date, title = other.language, other.date, other.title
        else:
            try:
                release = library.get(rid)
            except ReaderError:
                continue
            language, date, title = release.original_language, release.date, release.title(release.original_language)
        if language == plan.language:
            continue
        why = (
            f"dated {date.isoformat()} and {plan.date.isoformat()}, more than {JOIN_LAG_DAYS} days apart"
            if date is not None and not near_date(date, plan.date)
            else headlines_apart(plan.title, plan.language, title, language)
            or "they share too few numbers and names to be taken for one release"
        )
        return (
            f"not joined to {rid}, {made.said(rid)}: {why}; if it is its '{plan.language}' version: "
            # removed first: imported before it, the page was refused as in the library already (trial G)
            f"press-reader remove {plan.release_id}, then press-reader import {shlex.quote(name)} --release {rid}"
        )
    return ""


def join_hint(exc: ReaderError, name: str, made: Made, library: Library) -> str:
    """A version refused for a missing headline or date, in a command whose other file made one
    release: how to add it to that release, so that the pair given together is not left half in."""
    made_now = [rid for rid in made if rid not in made.earlier]
    if not isinstance(exc, MissingFields) or len(made_now) != 1:
        return ""
    rid = made_now[0]
    import shlex

    if has_language(library, rid, exc.plan.language):
        return ""
    try:  # notes given with a pair are not offered as its version (trial J's todo.md, labels.md)
        release = library.get(rid)
    except ReaderError:
        return ""
    text = " ".join(b.text for b in exc.plan.blocks)
    if not shows_a_version(text, exc.plan, release):
        return ""
    # what it lacks is still asked for: a version's headline is its own, its date may be the release's
    title = " --title TEXT" if "title" in exc.missing else ""
    return (
        f"; or, as the '{exc.plan.language}' version of {rid}, which {made[rid]} made: "
        f"import {shlex.quote(name)} --release {rid}{title}"
    )


def pairer(
    name: str, files: list[str], made: Made, previews: dict[str, ImportPlan], library: Library
) -> Callable[[ImportPlan], str | None]:
    """`import_named.named_pair` for this file of the command: asked when no partner is found."""
    from reader.commands.import_named import named_pair

    return lambda plan: named_pair(plan, name, files, made, previews, library)
