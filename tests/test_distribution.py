"""The installed distribution reads every format with the dependencies it declares, nothing more.

Pip 23.2 (what `python3 -m venv` gives on Python 3.11) left jusText's `lxml[html_clean]` extra out,
so every HTML import failed on a machine set up as the README says while CI, with a newer pip, passed.
These tests read each optional format in a fresh interpreter that cannot see the checkout, then
check that every distribution it loaded is reachable from press-reader's own requirements the way
that pip resolves them (extras by their exact name).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from tests import fixtures_gen as gen

PROBE = r"""
import json, sys
from pathlib import Path
from reader.core.importer.readers import read_file
for path in sys.argv[1:]:
    blocks = read_file(Path(path))
    assert blocks, path
print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))
"""


def _requirement(line: str) -> tuple[str, set[str], str]:
    """(name, extras, marker) of a Requires-Dist line."""
    spec, _, marker = line.partition(";")
    match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(\[([^\]]*)\])?", spec)
    assert match, line
    extras = {e.strip() for e in (match.group(3) or "").split(",") if e.strip()}
    return match.group(1), extras, marker


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _closure(root: str, extras: set[str]) -> set[str]:
    """Distributions pip installs for root[extras], following extras by their exact spelling (as pip 23)."""
    seen: set[str] = set()
    visited: set[tuple[str, frozenset[str]]] = set()
    todo = [(root, extras)]
    while todo:
        name, wanted = todo.pop()
        key = _norm(name)
        if (key, frozenset(wanted)) in visited:
            continue
        visited.add((key, frozenset(wanted)))
        seen.add(key)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            dep, dep_extras, marker = _requirement(line)
            found = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
            if found and found.group(1) not in wanted:
                continue
            if "python_version" in marker or "sys_platform" in marker or "platform" in marker:
                env_marker = re.sub(r"(and|or)?\s*extra\s*==\s*['\"][^'\"]+['\"]", "", marker).strip()
                if env_marker and not _marker_holds(env_marker):
                    continue
            todo.append((dep, dep_extras))
    return seen


def _marker_holds(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # pragma: no cover - packaging comes with the test tools
        return True
    try:
        return Marker(marker).evaluate()
    except Exception:  # noqa: BLE001 - a marker we cannot read: count the dependency
        return True


@pytest.fixture
def sample_files(tmp_path: Path) -> list[Path]:
    return [
        gen.write_html_cp1252(tmp_path / "page.html"),
        gen.write_pdf(tmp_path / "page.pdf"),
        gen.write_docx(tmp_path / "page.docx"),
    ]


def test_every_reader_works_from_the_installed_package(tmp_path: Path, sample_files: list[Path]):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSTARTUP")}
    # -I: no current directory or PYTHONPATH on sys.path, so `reader` comes from the installed distribution.
    out = subprocess.run(
        [sys.executable, "-I", "-c", PROBE, *map(str, sample_files)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    loaded = set(json.loads(out.stdout))
    declared = _closure("press-reader", set())
    stdlib = set(sys.stdlib_module_names) | {"reader", "_distutils_hack", "__main__"}
    owners = metadata.packages_distributions()
    undeclared = set()
    for module in loaded - stdlib:
        if module.startswith("_") and module not in owners:
            continue  # interpreter internals (_sre, _io, ...)
        dists = owners.get(module, [])
        if dists and not any(_norm(d) in declared for d in dists):
            undeclared.add(f"{module} ({', '.join(dists)})")
    assert not undeclared, f"imported but not declared by press-reader: {sorted(undeclared)}"


def test_a_missing_package_is_one_line_naming_it(tmp_path: Path):
    """Simulate lxml_html_clean absent: the CLI names the package and exits with the documented code 3."""
    page = gen.write_html_cp1252(tmp_path / "page.html")
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'lxml_html_clean':\n"
        "            raise ModuleNotFoundError(\"No module named 'lxml_html_clean'\", name=name)\n"
        "sys.meta_path.insert(0, Block())\n",
        encoding="utf-8",
    )
    env = dict(os.environ, PYTHONPATH=str(blocker), PRESS_READER_LIBRARY=str(tmp_path / "lib"))
    (tmp_path / "lib").mkdir()
    out = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(page), "--dry-run", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 3, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "lxml_html_clean" in lines[0] and "pip install" in lines[0], lines
    assert "Traceback" not in out.stderr
