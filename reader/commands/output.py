"""Output helpers shared by the commands. rich is imported here, lazily, never by the core."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.written import write_keeping_earlier as write_keeping_earlier

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
# The standard streams the shell closed ('stdin', 'stdout', 'stderr'): they read and write as
# /dev/null (cli._closed_streams), and a command that must read one says it is closed instead.
CLOSED: set[str] = set()


class CommandError(Exception):
    """A usage or input error: printed as one line, exit code 2."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


# What JSON may carry inside a string but a terminal must not see raw: C1 controls, bidi marks,
# lone surrogates (which no UTF-8 stream can even write). Written as \uXXXX escapes, losslessly.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def console(stderr: bool = False, soft_wrap: bool = False) -> Console:
    from rich.console import Console
    from rich.text import Text

    class _Quiet(Console):
        piped = False  # no terminal and no COLUMNS: lines of text are not wrapped

        def on_broken_pipe(self) -> None:
            """A reader that stopped reading ('| head -1') is no failure: rich exits 1, the
            command line's contract keeps 1 for problems found, so the pipe's end is told as
            itself and `main` exits 0, as `print_json` already does."""
            self.quiet = True
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise BrokenPipeError

        def print(self, *objects: Any, **options: Any) -> None:
            """A line that suggests a command names the library given, and is not wrapped inside
            the command (a paste then ran half of it)."""
            if any(isinstance(o, str) and "press-reader " in o for o in objects):
                objects = tuple(here(o) if isinstance(o, str) else o for o in objects)
                options.setdefault("soft_wrap", True)
            # piped, a line of text is one line, however long: trial R's import report and concordance
            # split a segment at 160 columns ('…Infrastructures \nsportives.', R-5); tables keep the width
            if self.piped and all(isinstance(o, (str, Text)) for o in objects):
                options.setdefault("soft_wrap", True)
            super().print(*objects, **options)

    stream = sys.stderr if stderr else sys.stdout
    # Piped into a file or a pager, rich would wrap at 80 columns, splitting ids and names: without a
    # terminal (and no COLUMNS), lines are as wide as a wide terminal's
    width = None if stream.isatty() or os.environ.get("COLUMNS") else PIPED_WIDTH
    out = _Quiet(stderr=stderr, highlight=False, soft_wrap=soft_wrap, width=width)
    out.piped = width is not None
    return out


PIPED_WIDTH = 160

# The library the user named with --library: a command the output suggests ('press-reader history
# ID --restore STAMP') names it too, or, pasted, it ran on the default library and found no such
# release (a new user's trial: every hint of `remove`, `validate`, `import` and `translate --all`).
_LIBRARY_FLAG: list[str] = []
# (not the models' commands nor the glossary's: the user's, whatever the library)
_COMMAND = re.compile(r"(?<![\w/-])press-reader (?=[a-z])(?!models\b|glossary\b)")


def name_library_in_hints(library: str | None) -> None:
    _LIBRARY_FLAG[:] = [library] if library else []


def here(text: str) -> str:
    """`text` with each command it suggests given the --library this command was given."""
    if not _LIBRARY_FLAG or "press-reader " not in text:
        return text
    from reader.core.text.clean import shell_word

    flag = f"press-reader --library {shell_word(_LIBRARY_FLAG[0])} "
    return _COMMAND.sub(lambda _: flag, text)  # taken as it is: '\\n' in it is no template's newline


def warn(message: str, kind: str = "warning") -> None:
    """One line per warning, never wrapped, so scripts can grep it; `kind` 'error' for one file of
    several that failed (the command goes on with the others, and its exit says not all went in)."""
    from reader.core.text.clean import clean_line, visible

    # controls shown escaped, not dropped: a path named is the path there is (trial Z, F5)
    sys.stderr.write(f"press-reader: {kind}: {clean_line(visible(here(message)))}\n")


def escape(text: str) -> str:
    """Text for rich markup, cleaned: a file name or a server's answer never drives the terminal."""
    from rich.markup import escape as _escape

    from reader.core.text.clean import clean_text

    return _escape(clean_text(text))


def path_shown(name: str) -> str:
    """A path or file name for rich markup: its control characters shown escaped (`visible`), as a
    name read back must be the name there is; `escape` drops them, as a title's are."""
    from rich.markup import escape as _escape

    from reader.core.text.clean import visible

    return _escape(visible(name))


def output_file(name: str, flag: str = "-o", library: Path | None = None) -> Path:
    """A file the user names for writing: its folder must be there already. A typo in a folder's
    name would otherwise create a tree of folders (even at the filesystem's root) without a word.
    Never inside the library: a report written over a version's text would replace it with no
    history and no warning (a release's files change only through import, review and translate)."""
    path = Path(name)
    if path.is_dir():
        raise CommandError(f"{path}: is a folder; give a file name with {flag}")
    if path.is_symlink():
        # the link stays and the file it names is written (a write replaces a file whole: the link
        # itself would have become a copy, its target left as it was)
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        # a device, a pipe or a socket: a write replaces a file whole, and would have put a
        # plain file in the place of /dev/full (a new user's trial)
        raise CommandError(f"{name}: not a regular file (a device, a pipe or a socket); give a file name with {flag}")
    if not path.parent.is_dir():
        raise CommandError(f"{path}: the folder {path.parent} does not exist ({flag})")
    if library is not None and library.is_dir() and path.resolve().is_relative_to(library.resolve()):
        raise CommandError(f"{path}: inside the library ({library}); write it elsewhere ({flag})")
    return path


def kept_note(backup: Path | None) -> str:
    return f"; the earlier file kept as {backup.name}" if backup else ""


def _period(value: str, end: bool) -> dt.date:
    """'2024' or '2024-12' as the first (or, for --until, the last) day of that year or month: an
    official asking for December's releases typed --since 2024-12 and was refused (a reader's trial)."""
    import calendar

    text = value.strip()
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    if found := re.fullmatch(r"(\d{4})-(\d\d)", text):
        year, month = int(found.group(1)), int(found.group(2))
        if not 1 <= month <= 12 or year < 1:
            raise argparse.ArgumentTypeError(f"{value!r} is no month of the calendar")
        return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    return iso_date(value)


def since_date(value: str) -> dt.date:
    return _period(value, end=False)


def until_date(value: str) -> dt.date:
    return _period(value, end=True)


def bounded(most: int) -> Callable[[str], str]:
    """A flag's text of at most `most` characters: a headline of 100,000 letters went into the
    release's file and every listing (a hostile-input trial)."""

    def checked(value: str) -> str:
        if len(value) > most:
            raise argparse.ArgumentTypeError(f"{len(value)} characters; at most {most}")
        return value

    return checked


def iso_date(value: str) -> dt.date:
    """A date flag's value: the format, or a day the calendar lacks, said as such."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()):
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}")  # --since/--until: YYYY-MM, YYYY too
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is no day of the calendar") from None


_TAG = re.compile(r"([a-z]{2,3})[-_]([a-z]{2}|\d{3})")  # BCP 47 language-region, as CAT tools name languages


def language(value: str) -> str:
    """A language code as typed ('NL', ' fr', 'fr-BE'): the codes are lower case, a capital is no other
    language, and a region (a CAT project's 'fr-BE') narrows a language without making it another."""
    code = value.strip().lower()
    tagged = _TAG.fullmatch(code)
    return tagged.group(1) if tagged else code


def tag_region(value: str) -> str | None:
    """The region of a language tag as typed ('fr-BE' gives 'BE'), for the files that carry one."""
    tagged = _TAG.fullmatch(value.strip().lower())
    return tagged.group(2).upper() if tagged else None


class LanguageTag(argparse.Action):
    """--source/--target: the language, and the region its tag named (kept as `tag_region`), so that
    '--target fr-BE' exports as '--target fr --region BE' does."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, language(str(values)))
        region = tag_region(str(values))
        if region:
            namespace.tag_region = region
