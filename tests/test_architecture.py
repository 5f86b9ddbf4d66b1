"""The structure the docs describe, checked: no import cycle anywhere in reader/, and the core pure.

import-linter (`lint-imports`, contracts in pyproject.toml) checks the layers; this walks the whole
import graph (function-level imports included) for cycles, which layers alone do not catch inside
one layer.
"""

from __future__ import annotations

import subprocess
import sys

import grimp


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start) & modules)))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        item = stack.pop()
                        on_stack.discard(item)
                        component.append(item)
                        if item == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child) & modules))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_no_import_cycle_in_reader():
    graph = grimp.build_graph("reader", exclude_type_checking_imports=True)
    modules = {m for m in graph.modules if m.startswith("reader")}
    assert _cycles(graph, modules) == []


def test_the_core_never_imports_the_ui_or_the_environment():
    graph = grimp.build_graph("reader", include_external_packages=True)
    for module in (m for m in graph.modules if m.startswith("reader.core")):
        imported = graph.find_modules_directly_imported_by(module)
        assert not {"textual", "rich", "platformdirs"} & imported, module
        assert not {
            m
            for m in imported
            if m.startswith(("reader.tui", "reader.commands", "reader.paths", "reader.cli", "reader.render"))
        }, module


def test_core_imports_in_a_fresh_interpreter_without_textual():
    code = (
        "import sys, pkgutil, importlib, reader.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'reader.core.'): importlib.import_module(m.name)\n"
        "assert 'textual' not in sys.modules and 'rich' not in sys.modules, 'UI in the core'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
