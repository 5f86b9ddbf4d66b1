"""import FILE... [--release ID] [--lang xx] [--date YYYY-MM-DD] [--keep LINE] [--force] [--separate]
[--dry-run] [--json]"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.commands import import_meanwhile as meanwhile
from reader.commands import import_partners as partners
from reader.commands.context import Context
from reader.commands.import_files import ImportedAndRemoved, expanded, kept_nowhere, not_applied, removed_before
from reader.commands.import_missing import found_so_far
from reader.commands.import_xliff import XLIFF_SUFFIXES, NotApplied, import_xliff, xliff_inside
from reader.commands.output import (
    EXIT_OK,
    CommandError,
    bounded,
    console,
    escape,
    iso_date,
    language,
    path_shown,
    print_json,
    warn,
)
from reader.core.errors import AlreadyImported, ReaderError, SameRelease
from reader.core.importer.plan import MissingFields
from reader.core.library import Library
from reader.core.model import LANGUAGES
from reader.core.text.clean import clean_line

if TYPE_CHECKING:
    from reader.core.importer.importer import ImportPlan


def _import_file(
    args: argparse.Namespace,
    library: Library,
    name: str,
    reviews: Path,
    made: partners.Made,
    previews: dict[str, ImportPlan],
) -> dict[str, Any]:
    from reader.core.importer.importer import plan_import

    by = made.said  # 'which nl.txt made in this command'

    def plan_for(release_id: str | None, date: dt.date | None = None, own_title: bool = False) -> ImportPlan:
        return plan_import(
            Path(name),
            library,
            release_id=release_id,
            lang=args.lang,
            date=date or args.date,
            provenance=args.provenance,
            title=None if own_title else args.title,
            issuer=args.issuer,
            force=args.force,
            keep=args.keep or (),
            preview=args.dry_run,
            apart=made,
        )

    def joining(release_id: str) -> ImportPlan:
        """A version joining the release an earlier file of this command made keeps its own headline:
        one `--title` given for several files is the first one's (a Dutch title on the French
        version was the release's title in two languages); none found, the given one stands."""
        if args.title is None:
            return plan_for(release_id)
        try:
            return plan_for(release_id, own_title=True)
        except MissingFields:
            plan = plan_for(release_id)
            plan.warnings.append("no headline of its own found: the --title given is its title too")
            return plan

    try:
        plan = plan_for(args.release)
    except SameRelease as exc:
        # The release an earlier file of this command made under the same date and headline (a
        # `--title` given for all of them): this file is its other language, as the dry run says
        if exc.release_id not in made or args.separate or partners.has_language(library, exc.release_id, exc.language):
            raise
        plan = joining(exc.release_id)
        plan.warnings.append(
            f"added as the '{plan.language}' version of {exc.release_id}, {by(exc.release_id)} under the same "
            "date and title (--separate keeps each file its own release)"
        )
    except MissingFields as exc:
        if args.dry_run and exc.plan.duplicate and len(args.files) > 1:  # as the real run: skipped, whatever it lacks
            from reader.core.importer.plan import already_in_library

            raise already_in_library(exc.plan.path, exc.plan.duplicate) from None
        # A version that states no date of its own (many a French page leaves it to the Dutch one),
        # given with the release it renders: it takes that release, and its date
        together = None
        if not (args.release or args.separate) and set(exc.missing) == {"date"}:
            together = (
                partners.previewed_partner(exc.plan, made, previews, library, any_date=True)
                if args.dry_run
                else partners.dateless_partner(exc, library, made)
            )
        if together is None:
            raise
        # a dry run's release is not written: its plan gives the date, the file previewed as joining it
        plan = plan_for(None, partners.made_date(together, previews, library)) if args.dry_run else joining(together)
        plan.warnings.append(
            f"no date of its own: {'to be ' if args.dry_run else ''}added as the '{plan.language}' version of "
            f"{together}, {by(together)}, with its date "
            "(--separate keeps each file its own release)"
        )
    if args.dry_run and plan.duplicate and len(args.files) > 1:  # as the real run: skipped, for that reason
        from reader.core.importer.plan import already_in_library

        raise already_in_library(plan.path, plan.duplicate)
    near, pair = None, partners.pairer(name, args.files, made, previews, library)
    if (
        args.dry_run
        and plan.new_release
        and not args.separate
        and (near := partners.previewed_partner(plan, made, previews, library) or pair(plan))
    ):
        # as the real run says it: a version takes its release's issuer, and joins it once
        plan.warnings = [
            w for w in plan.warnings if not w.startswith("no issuer line found") and "to add this file to it" not in w
        ]
        made.joined.setdefault(near, set()).add(plan.language)
        whose = f"{near}, {by(near)}" if near in made.earlier else f"the release {made[near]} makes"
        if not any(w.startswith("no date of its own") for w in plan.warnings):
            plan.warnings.append(
                f"would be added as the '{plan.language}' version of {whose} "
                "(in this command without --dry-run; --separate keeps each file its own release)"
            )
    elif plan.new_release and not args.separate and (joined := partners.partner(plan, library, made) or pair(plan)):
        # Files imported together are a release's versions: the French beside the Dutch it renders.
        plan = meanwhile.joined_or_skipped(joining, joined, plan, library)
        plan.warnings = [w for w in plan.warnings if "to add this file to it" not in w]
        plan.warnings.append(
            f"added as the '{plan.language}' version of {joined}, {by(joined)} as the original"
            f"{'' if joined in made.earlier else ', given first'} (--separate keeps each file its own release)"
        )
    if plan.new_release and near is None:
        removed_before(library, plan, force=args.force)  # skipped unless --force, said either way
    if plan.new_release and near is None and not args.separate and len(args.files) == 2:
        apart = partners.left_apart(plan, name, library, made, previews)
        if apart:  # a pair given together that stays two releases: why, and how to join them
            plan.warnings.append(apart)
    partners.of_the_pair(plan, args, name, made)
    if not args.dry_run:
        plan = meanwhile.written(plan, library, reviews, args.who, name, joining)
    if plan.new_release and near is None:
        made[plan.release_id] = made.file(name)
        if args.dry_run:  # nothing written: what the next files would be compared with
            previews[plan.release_id] = plan
    for warning in plan.warnings:
        # a file joining the release its partner made is what a folder of versions is for: a note, not
        # a warning on every second file (a new user's trial); still said, on stderr, as the README has it
        joining_it = warning.startswith(("added as the '", "would be added as the '", "kept official", "not UTF-8"))
        warn(f"{name}: {warning}", kind="note" if joining_it else "warning")
    html = Path(name).suffix.lower() in (".html", ".htm")
    for line in kept_nowhere(plan, args.keep or ()):
        shown = clean_line(line)[:80]
        if html:  # trafilatura gives the page's main content; what lies outside it never reaches a rule
            warn(
                f"{name}: --keep '{shown}' is not in the page's main content, which is all an HTML page "
                "gives; to choose among all its lines, save the page's text as .txt and import that"
            )
        else:
            warn(f"{name}: --keep '{shown}' matches no whole line of the page; nothing kept for it")
    refused = args.dry_run and any("would be refused" in w for w in plan.warnings)
    if not args.json:
        verb = "would import" if args.dry_run else "imported"
        where = "new release" if plan.new_release and near is None else "language version of"
        head = f"{verb} {path_shown(name)} as {where}"
        if refused:  # the warning says why; what follows is how the file reads, not what would be written
            head = f"would refuse {path_shown(name)} (the warning says why); it reads as {where}"
        skips = args.dry_run and plan.duplicate and not refused  # refused first, as the run is
        if skips:  # not 'would import' under a warning that it would skip it
            head = f"would skip {path_shown(name)}, in the library already (same content) as"
        console().print(
            f"{head} [cyan]{near or (plan.duplicate if skips else plan.release_id)}[/] "
            f"({plan.language}, {plan.own_date.isoformat()}, {len(plan.blocks)} blocks)\n"
            f"  title: {escape(plan.title)}\n  issuer: {escape(plan.issuer) or '—'}"
        )
        if skips and plan.duplicate and (hint := not_applied(args, plan.duplicate, name)):
            warn(f"{name}: would skip it{hint}")
        if plan.site_lines:
            # the first ones, each cut: a page repeating one paragraph 4,000 times printed 4.5 MB here
            # (a hostile-input trial); --json lists them all
            cut = [escape(line if len(line) <= 200 else line[:199] + "…") for line in plan.site_lines[:SHOWN_LINES]]
            more = len(plan.site_lines) - len(cut)
            lines = " · ".join(cut) + (f" · and {more} more (--json lists them)" if more > 0 else "")
            console().print(f"  left out as site lines: {lines}\n  (to keep one: --keep 'LINE')")
    said = plan.to_json(written=not args.dry_run)
    said["refused"] = refused
    if near is not None:  # as the same command without --dry-run would write it
        said["id"], said["new_release"] = near, False
    if args.dry_run and plan.duplicate and not refused:  # as the same command would say it: skipped, that release's
        said["id"], said["new_release"], said["skipped"] = plan.duplicate, False, True
    return said


def _dated_by_a_later_file(
    args: argparse.Namespace,
    library: Library,
    name: str,
    exc: ReaderError,
    later: list[str],
    made: partners.Made,
    previews: dict[str, ImportPlan],
    read_ahead: dict[str, ImportPlan | None],
    reviews: Path,
) -> dict[str, Any] | None:
    """A file with no date of its own, given before the version it renders: imported first, dated
    by that version, so that it is the original (the file given first) and the other joins it."""
    from reader.core.importer.importer import plan_import

    if not isinstance(exc, MissingFields):
        return None

    def preview(other: str) -> ImportPlan:
        return plan_import(Path(other), library, lang=args.lang, provenance=args.provenance, preview=True, apart=made)

    dating = partners.dating_partner(exc, later, read_ahead, preview)
    if dating is None or dating.date is None:
        return None
    try:
        said = _import_file(
            argparse.Namespace(**{**vars(args), "date": dating.date}), library, name, reviews, made, previews
        )
    except ReaderError:
        return None  # waits for the others, as before
    warn(
        f"{name}: no date of its own: {'to be ' if args.dry_run else ''}dated {dating.date.isoformat()} as "
        f"{dating.path.name}, given with it, which renders it; it stays the original, given first"
    )
    return said


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    args.files = expanded(args.files, ordered=not (args.release or args.separate or args.lang))  # trial S, 8a
    if args.release and len(args.files) > 1:
        raise CommandError("--release takes one file (one language version) at a time")
    library = ctx.library_for_writing()
    results: list[dict[str, Any]] = []
    made = partners.Made(args.files)  # the releases this command made or found its files in, and from which file
    if len(args.files) > 1 and not (args.release or args.separate):
        partners.known_files(library, [f for f in args.files if Path(f).suffix.lower() not in XLIFF_SUFFIXES], made)
    previews: dict[str, ImportPlan] = {}  # a dry run's new releases, nothing written: their plans
    # a file with no date of its own waits for the others: its release may come later ('fr.txt'
    # sorts before 'nl.txt' in a folder)
    deferred: list[str] = []
    order = list(args.files)  # grows by the deferred files, read again once the others are in
    args.who = ctx.who(args.translator)  # named in the history of each version an import replaces
    read_ahead: dict[str, ImportPlan | None] = {}  # the plans of files read ahead for a dateless one
    try:
        failed, skipped = _each_file(args, ctx, library, order, deferred, results, made, previews, read_ahead)
    except KeyboardInterrupt as interrupt:
        if len(args.files) == 1 or args.dry_run:
            raise
        written = sum(1 for r in results if r.get("written"))  # what a rerun of the same command will do
        sys.stderr.write(
            f"press-reader: interrupted; {written} of {len(args.files)} files imported, the one under way "
            "not; the same command imports the rest (files already in the library are skipped)\n"
        )
        if type(interrupt) is not KeyboardInterrupt:
            raise  # a SIGTERM ends as one (143)
        return 130
    if args.json:
        print_json(results[0] if len(args.files) == 1 and results else results)
    # a preview exits as the import it previews would, so a script can trust it
    refused = [str(r.get("file", "")) for r in results if r.get("refused")]
    if refused and len(args.files) == 1:
        raise CommandError(f"{refused[0]}: the import would be refused, as said above (a dry run: nothing written)")
    if failed or refused:  # the files named above, each with its reason; the exit says that not all went in
        verb = "would not be" if args.dry_run else "not"
        raise CommandError(f"{failed + len(refused)} of {len(args.files)} files {verb} imported (each named above)")
    if skipped and len(args.files) > 1:
        warn(f"{skipped} of {len(args.files)} files were in the library already (same content): skipped")
    return EXIT_OK


def _each_file(
    args: argparse.Namespace,
    ctx: Context,
    library: Library,
    order: list[str],
    deferred: list[str],
    results: list[dict[str, Any]],
    made: partners.Made,
    previews: dict[str, ImportPlan],
    read_ahead: dict[str, ImportPlan | None],
) -> tuple[int, int]:
    """Import each file of `order` in turn (it grows by the files that wait for a date), into
    `results`: how many failed, how many were skipped as in the library already."""
    failed = skipped = 0
    for at, name in enumerate(order):
        try:
            if Path(name).suffix.lower() in XLIFF_SUFFIXES or xliff_inside(Path(name)):
                results.append(import_xliff(args, ctx, Path(name)))
            else:
                reviews = ctx.settings.reviews_of(ctx.library_root)
                results.append(_import_file(args, library, name, reviews, made, previews))
        except ReaderError as exc:
            waits = isinstance(exc, MissingFields) and set(exc.missing) == {"date"}
            if waits and len(args.files) > 1 and name not in deferred and not args.release and not args.separate:
                reviews = ctx.settings.reviews_of(ctx.library_root)
                later = order[at + 1 :]
                dated = _dated_by_a_later_file(args, library, name, exc, later, made, previews, read_ahead, reviews)
                if dated is not None:
                    results.append(dated)
                    continue
                deferred.append(name)
                order.append(name)
                continue
            if isinstance(exc, AlreadyImported) and not isinstance(exc, ImportedAndRemoved):
                made.setdefault(exc.release_id, made.file(name))  # its release takes this command's other languages
            if isinstance(exc, NotApplied):
                results.append(exc.said)
            if len(args.files) == 1 and isinstance(exc, AlreadyImported):
                # as in a folder: the page is in the library already, so nothing is left to do (a
                # script importing pages one at a time as they come saw exit 2 for each it had)
                warn(f"{exc} (skipped){not_applied(args, exc.release_id, name, exc)}")
                results.append({"file": name, "written": False, "skipped": True, "id": exc.release_id})
                return 0, 1
            if len(args.files) == 1:
                found = found_so_far(name, exc, args.json) if args.dry_run and isinstance(exc, MissingFields) else {}
                if args.json:  # a script reads the outcome as it does of several files
                    said = {**found, "file": name, "written": False, "error": clean_line(exc.reason)}
                    print_json(results[0] if results else said)
                raise CommandError(str(exc)) from None
            if isinstance(exc, AlreadyImported):  # a folder imported again with new pages: nothing to do
                skipped += 1
                warn(f"{exc} (skipped){not_applied(args, exc.release_id, name, exc)}")
                # as one file says it: a script saw [] for a folder it had imported (a new user's trial)
                results.append({"file": name, "written": False, "skipped": True, "id": exc.release_id})
                continue
            failed += 1
            warn(
                f"{exc}{partners.join_hint(exc, name, made, library)} (not {'to be ' if args.dry_run else ''}imported)",
                kind="error",
            )
            if args.json and not isinstance(exc, NotApplied):  # a script reads which file failed, and why
                results.append({"file": name, "written": False, "error": clean_line(exc.reason)})
    return failed, skipped


SHOWN_LINES = 40  # site lines said after an import; more are a page's own text said again
MOST_TITLE, MOST_ISSUER = 500, 300  # characters: a headline is a line, 500 fill five of a wide terminal


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import",
        parents=[common],
        help="import releases from .txt .md .html .pdf .docx files; take back an .xlf",
        description="Import files as new releases (files of one release in two languages, given together, "
        "make one release), or one file as a language version (--release); "
        "an XLIFF file (.xlf) brings back the targets, states and notes changed in a CAT tool. "
        "With one file, --json prints one object; with several, a list.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a page, or a folder: the pages in it")
    p.add_argument("--release", metavar="ID", help="add the file as a language version of this release")
    p.add_argument("--lang", type=language, choices=list(LANGUAGES), help="language of the file (default: detected)")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="date of the release (default: detected)")
    p.add_argument("--title", type=bounded(MOST_TITLE), help="headline (default: detected)")
    p.add_argument("--issuer", type=bounded(MOST_ISSUER), help="issuer (default: detected)")
    p.add_argument("--provenance", choices=("official", "unofficial"), help="default: official")
    p.add_argument("--force", action="store_true", help="replace an existing language version")
    p.add_argument(
        "--separate",
        action="store_true",
        help="each file its own release (by default a file that renders a release an earlier file of "
        "the same command made, of the same date, is added to it as its language version)",
    )
    p.add_argument(
        "--keep",
        action="append",
        metavar="LINE",
        help="keep this line that import leaves out as a site line (as listed); repeat for several",
    )
    p.add_argument("--dry-run", action="store_true", help="detect and print, write nothing")
    p.add_argument(
        "--translator",
        metavar="NAME",
        help="who imports or, with .xlf, who edited (default: $PRESS_READER_TRANSLATOR, the user)",
    )
    p.add_argument(
        "--accept-copies",
        action="store_true",
        help="with .xlf: also take targets that are empty, copy the source or read as another language than "
        "the target's (skipped by default: a CAT tool's untranslated units, German typed in a French file)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)
