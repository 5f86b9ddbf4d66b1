"""The command line: parse, load the library, dispatch to reader.commands. Nothing else lives here.

Exit codes: 0 ok, 1 problems found, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from reader import __version__

# Each module registers its sub-commands; keep this list the single source of truth.
COMMAND_MODULES = ("library", "models", "translate", "review", "importing")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="library folder (default: $PRESS_READER_LIBRARY, ./releases, or the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="press-reader",
        description="Read government press releases and translate them offline (nl, fr, en).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"press-reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"reader.commands.{name}")
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from reader.commands.output import EXIT_USAGE, CommandError
    from reader.core.model import LibraryError

    parser = build_parser()
    args = parser.parse_args(argv)
    library_flag = getattr(args, "library", None)
    try:
        if args.command is None:
            from reader.tui.run import run_tui

            return run_tui(library_flag)
        handler = args.handler
        library = None
        if getattr(handler, "needs_library", True):
            from reader import paths
            from reader.core.library import Library

            root = paths.library_dir(library_flag)
            if getattr(handler, "creates_library", False):
                root.mkdir(parents=True, exist_ok=True)  # importing into a fresh library
            library = Library.load(root)
        return int(handler(args, library) or 0)
    except (CommandError, LibraryError) as exc:
        code = exc.code if isinstance(exc, CommandError) else EXIT_USAGE
        print(f"press-reader: error: {exc}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print("press-reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
