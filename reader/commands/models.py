"""models list | install | remove | cache-clear."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.commands.context import Context
from reader.commands.output import EXIT_OK, EXIT_USAGE, CommandError, console, escape, language, print_json, warn
from reader.core.engine import packages as pkgs
from reader.core.engine.package_choice import unused
from reader.core.errors import PackageError
from reader.core.model import LANGUAGES


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    found, problems = pkgs.list_packages(ctx.settings.packages)
    for problem in problems:
        warn(problem)
    idle = {id(p) for p in unused(found)}  # another package of its pair is newer: said, and in the JSON
    if args.json:
        print_json([{**p.to_json(), "used": id(p) not in idle} for p in found])
        return EXIT_OK
    from rich.table import Table

    out = console()
    # a line of its own: as the table's title it wrapped to the table's width (over three lines, empty)
    out.print(f"{len(found)} package(s) in {escape(str(ctx.settings.packages))}", soft_wrap=True)
    if not found:
        out.print("install one copied onto this machine: press-reader models install FILE.argosmodel", soft_wrap=True)
        return EXIT_OK
    table = Table()
    for column in ("code", "pair", "version", "size", "licence"):
        table.add_column(column)
    for p in found:
        pair, size = f"{p.from_code} → {p.to_code}", pkgs.human_size(p.size)
        version = f"{p.version} (not used)" if id(p) in idle else p.version
        table.add_row(p.code, pair, version, size, escape(p.license or ""))
    out.print(table)
    return EXIT_OK


def cmd_install(args: argparse.Namespace, ctx: Context) -> int:
    files: list[str] = args.file
    if files and (args.from_code or args.to_code):
        raise CommandError("give either FILE or --from/--to, not both")
    if not files and not (args.from_code and args.to_code):
        raise CommandError("give a FILE.argosmodel, or --from xx --to yy to install from the index")
    if len(files) > 1:  # trial R: 'models install a.argosmodel b.argosmodel' was 'unrecognized arguments'
        failed = 0
        for name in files:  # each one line, installed or not; the others go on
            try:
                _said(pkgs.install_file(Path(name), ctx.settings.packages, args.force))
            except PackageError as exc:
                warn(str(exc), "error")
                failed += 1
        return EXIT_USAGE if failed else EXIT_OK
    try:
        if files:
            package = pkgs.install_file(Path(files[0]), ctx.settings.packages, args.force)
        else:
            package = pkgs.install_from_index(
                args.from_code, args.to_code, ctx.settings.package_index, ctx.settings.packages, force=args.force
            )
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    _said(package)
    return EXIT_OK


def _said(package: pkgs.InstalledPackage) -> None:
    # trial E (F1): a replaced install went unsaid; an older over a newer is refused above (PackageError)
    others = [v for v in package.replaced if v != package.version]
    replaced = f"; replaced {', '.join(others)}" if others else ""
    if package.version in package.replaced:  # a new user's trial: the same file again said 'replaced 1.0'
        replaced += "; reinstalled over the same version"
    size = pkgs.human_size(package.size)
    console().print(f"installed {package.code} {package.version} ({size}) in {package.path}{replaced}")


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    try:
        package = pkgs.remove(args.code, ctx.settings.packages)
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    console().print(f"removed {package.code} {package.version}")
    return EXIT_OK


def cmd_cache_clear(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.engine.cache import TranslationCache

    cache = TranslationCache(ctx.settings.translation_cache)
    try:
        removed = cache.clear()
    finally:
        cache.close()
    console().print(f"removed {removed} cached sentence(s)")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    models = sub.add_parser("models", parents=[common], help="manage offline translation models")
    msub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    p = msub.add_parser("list", help="installed packages")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = msub.add_parser("install", help="install from a .argosmodel file or from the package index")
    p.add_argument("file", nargs="*", metavar="FILE.argosmodel", help="one or more package files")
    p.add_argument("--from", type=language, dest="from_code", choices=list(LANGUAGES))
    p.add_argument("--to", type=language, dest="to_code", choices=list(LANGUAGES))
    p.add_argument("--force", action="store_true", help="install an older version over a newer one")
    p.set_defaults(handler=cmd_install)
    p = msub.add_parser("remove", help="remove an installed package, e.g. translate-nl_en")
    p.add_argument("code")
    p.set_defaults(handler=cmd_remove)
    p = msub.add_parser("cache-clear", help="empty the translation cache")
    p.set_defaults(handler=cmd_cache_clear)
