"""Screens delegate: each keeps layout, keys and thin actions; behaviour lives in widgets and controllers.

A screen that grows handlers for filtering, polling, import, translation and export is several
widgets waiting to be drawn out (issue 26), so every Screen class in `reader/tui/screens` is held to
twenty functions of its own: methods, properties' accessors, static and class methods, counted in
its class body (not what it inherits).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from textual.screen import Screen

import reader.tui
import reader.tui.screens

MAX_METHODS = 20
MAX_LINES = 400


def _own_functions(cls: type) -> list[str]:
    names = []
    for name, value in vars(cls).items():
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if isinstance(value, property):
            names += [f"{name}.{part.__name__}" for part in (value.fget, value.fset, value.fdel) if part]
        elif inspect.isfunction(value):
            names.append(name)
    return names


def _screens() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(reader.tui.screens.__path__, "reader.tui.screens."):
        module = importlib.import_module(info.name)
        found += [
            cls
            for _name, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__ == module.__name__ and issubclass(cls, Screen)
        ]
    return found


def test_every_screen_has_at_most_twenty_methods_of_its_own():
    screens = _screens()
    assert {"LibraryScreen", "SideBySideScreen", "ReviewScreen", "ReaderScreen"} <= {s.__name__ for s in screens}
    over = {s.__qualname__: len(_own_functions(s)) for s in screens if len(_own_functions(s)) > MAX_METHODS}
    assert over == {}


def test_the_counter_counts_what_a_class_body_defines():
    class Sample:
        def a(self) -> None: ...

        @property
        def b(self) -> int:
            return 1

        @b.setter
        def b(self, value: int) -> None: ...

        @staticmethod
        def c() -> None: ...

        d = 1

    assert sorted(_own_functions(Sample)) == ["a", "b.b", "b.b", "c"]


def test_every_tui_module_is_under_four_hundred_lines():
    root = Path(reader.tui.__file__).parent
    long = {
        str(p.relative_to(root)): n for p in root.rglob("*.py") if (n := len(p.read_text().splitlines())) >= MAX_LINES
    }
    assert long == {}
