"""The core must stay usable without the UI: importing it must not pull in textual or rich."""

import pkgutil
import subprocess
import sys

import reader.core


def core_modules() -> list[str]:
    names = ["reader.core", "reader.paths"]
    for info in pkgutil.walk_packages(reader.core.__path__, "reader.core."):
        names.append(info.name)
    return names


def test_core_never_imports_textual_or_rich():
    modules = core_modules()
    assert "reader.core.library" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core imported: {result.stdout}"
