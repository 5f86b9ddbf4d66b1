"""Output helpers shared by the commands. rich is imported here, lazily, never by the core."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A usage or input error: printed as one line, exit code 2."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def warn(message: str) -> None:
    """One line per warning, never wrapped, so scripts can grep it."""
    sys.stderr.write(f"press-reader: warning: {message}\n")


def escape(text: str) -> str:
    from rich.markup import escape as _escape

    return _escape(text)
