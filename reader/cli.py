"""The command line: parse, build the settings, dispatch to reader.commands. Nothing else lives here.

Exit codes: 0 ok, 1 problems found, 2 usage or input error (one line naming the file and the problem),
130 interrupted (Ctrl-C), 143 terminated (SIGTERM: what finished is kept as on Ctrl-C, and said). No
input, however bad, prints a traceback: what is not foreseen is reported in one line too (set
PRESS_READER_DEBUG=1 to see the traceback).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from reader import __version__

# Each module registers its sub-commands; keep this list the single source of truth.
COMMAND_MODULES = ("library", "models", "translate", "review", "importing", "memory", "glossary", "removing")


class _Formatter(argparse.HelpFormatter):
    """Help lines broken at spaces only: '.press-reader-library' and '--source' stay whole (trial R)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, like every other error (argparse prints the usage block first)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        from reader.core.text.clean import clean_line

        sys.stderr.write(f"press-reader: error: {clean_line(message)} (see: {self._help_of()} --help)\n")
        raise SystemExit(2)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._argv = [str(arg) for arg in (sys.argv[1:] if args is None else args)]
        return super().parse_known_args(args, namespace)

    def _help_of(self) -> str:
        """The help to read: the command's when one was named ('list --bogus' is reported by the
        top parser, whose help does not list the command's flags)."""
        commands = next((a.choices for a in self._actions if isinstance(a, argparse._SubParsersAction)), None)
        named = next((arg for arg in getattr(self, "_argv", []) if commands is not None and arg in commands), None)
        return f"{self.prog} {named}" if named is not None and self.prog == "press-reader" else self.prog


def _seconds(text: str) -> float:
    from reader.paths import seconds

    try:
        return seconds(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--library",
        metavar="DIR",
        default=argparse.SUPPRESS,
        # the README's condition said too: trial R read './releases' as the default whatever it held (R-4d)
        help="library folder (default: $PRESS_READER_LIBRARY, else ./releases only when it holds the marker file "
        ".press-reader-library, else releases/ in the user data folder)",
    )
    common.add_argument(
        "--engine-url",
        metavar="URL",
        action="append",
        default=argparse.SUPPRESS,
        help="a LibreTranslate server to translate with (repeatable; default: $PRESS_READER_ENGINE_URLS; "
        "none: offline, local models only)",
    )
    common.add_argument(
        "--api-key", metavar="KEY", default=argparse.SUPPRESS, help="API key for those servers ($PRESS_READER_API_KEY)"
    )
    common.add_argument(
        "--engine-timeout",
        metavar="SECONDS",
        type=_seconds,
        default=argparse.SUPPRESS,
        help="how long a server may take over one batch before it is dropped for the run "
        "(default: $PRESS_READER_ENGINE_TIMEOUT or 120)",
    )
    common.add_argument(
        "--engine-only",
        action="store_true",
        default=argparse.SUPPRESS,
        help="the servers only: a server that fails stops the run (what finished is kept) instead of the "
        "local models finishing it ($PRESS_READER_ENGINE_ONLY=1)",
    )
    parser = _Parser(
        prog="press-reader",
        description="Read government press releases and translate them offline (nl, fr, en).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"press-reader {__version__}")
    from reader.commands.translate import MAX_MEMORY_HELP, memory_size

    parser.add_argument(  # for the TUI; `translate` has its own
        "--max-memory", type=memory_size, metavar="SIZE", default=argparse.SUPPRESS, help=MAX_MEMORY_HELP
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"reader.commands.{name}")
        module.register(sub, common)
    return parser


class _WarningLine(logging.Handler):
    """Core warnings (a damaged cache moved aside, ...) as one stderr line each, never wrapped."""

    def emit(self, record: logging.LogRecord) -> None:
        from reader.core.text.clean import clean_line

        sys.stderr.write(f"press-reader: warning: {clean_line(record.getMessage())}\n")


def _setup_logging() -> None:
    log = logging.getLogger("reader")
    if not any(isinstance(h, _WarningLine) for h in log.handlers):
        log.addHandler(_WarningLine(logging.WARNING))
    log.propagate = False
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not the user's business


def _closed_streams() -> None:
    """A standard stream the shell closed (`press-reader import FILE >&-`, `<&-`) is None in Python:
    the first write or `isatty` ended the command with exit 70 although it had done its work (a
    hostile-input trial). It reads and writes as /dev/null now, its descriptor held so that no file
    the command opens takes it, and is named (`output.CLOSED`) for what must say so (`--text -`)."""
    from reader.commands.output import CLOSED

    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        CLOSED.add(name)
        mode = "r" if fd == 0 else "w"
        try:
            os.fstat(fd)
            stream = open(os.devnull, mode, encoding="utf-8")  # noqa: SIM115 - the process's own stream
        except OSError:  # closed: /dev/null put at that number
            null = os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            stream = os.fdopen(fd, mode, encoding="utf-8", errors="replace")
        setattr(sys, name, stream)


def _tolerant_streams() -> None:
    """A stream that cannot encode a character (LANG=C, a cp1252 pipe) gets a replacement, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - a closed or odd stream: left as it is
                pass


def _error(message: str) -> None:
    from reader.commands.output import here
    from reader.core.text.clean import clean_line, visible

    # controls shown escaped, not dropped: a path named is the path there is (trial Z, F5)
    sys.stderr.write(f"press-reader: error: {clean_line(visible(here(message)))}\n")


class _Terminated(KeyboardInterrupt):
    """SIGTERM (a job stopped, a shell closed) taken as Ctrl-C is: the translation cache keeps what
    finished, writes end as they do on an interrupt, and the user is told; it used to end at once
    with exit 143 and nothing said."""


def _terminate_as_interrupt() -> Any:
    """Install the SIGTERM handler (from the main thread only); the one it replaces, to restore."""
    import signal
    import threading

    def stop(_signum: int, _frame: object) -> None:
        raise _Terminated()

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, stop)


def main(argv: Sequence[str] | None = None) -> int:
    from reader import paths
    from reader.commands.context import Context
    from reader.commands.output import EXIT_USAGE, CommandError, name_library_in_hints
    from reader.core.atomic import describe, unusable_temporary_folder
    from reader.core.errors import ReaderError

    _closed_streams()
    _setup_logging()
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    library_flag = getattr(args, "library", None)
    name_library_in_hints(library_flag)
    try:
        settings = paths.settings(
            urls=getattr(args, "engine_url", None),
            api_key=getattr(args, "api_key", None),
            max_memory=getattr(args, "max_memory", None),
            timeout=getattr(args, "engine_timeout", None),
            engine_only=getattr(args, "engine_only", False),
            tui=args.command is None,
        )
        if args.command is None:
            from reader.tui.run import run_tui

            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                # a TUI with no terminal (cron, `ssh host press-reader` without -t, a pipe) spun at
                # full CPU for ever, drawing to nothing (a sysadmin's trial)
                raise CommandError(
                    "the terminal app needs a terminal (stdin and stdout); give a command (press-reader --help)"
                )
            return run_tui(library_flag, settings)
        context = Context(settings, library_flag)
        previous = _terminate_as_interrupt()
        try:
            return int(args.handler(args, context) or 0)
        finally:
            context.close()
            if previous is not None:
                import signal

                signal.signal(signal.SIGTERM, previous)
    except CommandError as exc:
        _error(str(exc))
        return exc.code
    except ReaderError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt as exc:
        if isinstance(exc, _Terminated):
            sys.stderr.write("press-reader: terminated; what was finished is kept\n")
            return 143
        sys.stderr.write("press-reader: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except ImportError as exc:
        from reader.deps import EXIT_MISSING, missing_message

        _error(missing_message(exc))
        return EXIT_MISSING
    except OSError as exc:
        exc = unusable_temporary_folder(exc) or exc  # tempfile's 'no such file' under `ulimit -f 0` (trial Z, F3)
        _error(f"{_where(exc)}{describe(exc)}")
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        if os.environ.get("PRESS_READER_DEBUG"):
            raise
        _error(f"unexpected {type(exc).__name__}: {exc} (set PRESS_READER_DEBUG=1 for details)")
        return 70


def _where(exc: OSError) -> str:
    """The file an OSError is about, as the line's start: one the system did not name (a library's
    temporary file) is said so, with the folder temporary files go to (trial I, t14: 'File too
    large' alone, under `ulimit -f`, named nothing to look at)."""
    import errno

    from reader.core.atomic import temporary_folder

    if exc.filename:
        return f"{exc.filename}: "
    if exc.errno not in (errno.EFBIG, errno.ENOSPC, errno.EDQUOT, errno.EIO):  # a socket's, a pipe's: no file
        return ""
    return f"a file the system did not name (a temporary file in {temporary_folder()}?): "


def entry() -> NoReturn:
    """The console script and `python -m reader`. An interrupted command leaves at once once its
    writes are done and its files closed: a model's native threads, still winding down when the
    interpreter tears its objects apart, could end the process with an abort (exit 134) instead
    of 130; seen in 1 of 16 interrupted `translate --all` runs."""
    code = main()
    if code in (130, 143):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
    sys.exit(code)
