"""A package the code needs is missing from the environment: say which one to install, in one line.

Pip can leave a declared dependency out (pip 23 does not resolve the ``lxml[html_clean]`` extra that
jusText asks for), and a user may install the app without its extras. The import that fails then
happens deep inside a reader; this turns it into the distribution's name rather than a module path.
"""

from __future__ import annotations

from importlib import metadata

EXIT_MISSING = 3

# Modules whose distribution is not what packages_distributions() says, or not installed at all to ask.
_KNOWN = {
    "lxml.html.clean": "lxml_html_clean",
    "lxml_html_clean": "lxml_html_clean",
    "docx": "python-docx",
    "yaml": "pyyaml",
    "argostranslate": "argos-translate-lt",
    "py3langid": "py3langid",
    "text_to_num": "text2num",
}


def distribution_for(module: str) -> str:
    """The name to give `pip install` for a module that could not be imported."""
    for name in (module, module.split(".")[0]):
        if name in _KNOWN:
            return _KNOWN[name]
    top = module.split(".")[0]
    try:
        found = metadata.packages_distributions().get(top)
    except Exception:  # noqa: BLE001 - a broken metadata folder must not hide the real message
        found = None
    return found[0] if found else top


def missing_message(exc: ImportError) -> str:
    """One line: what is missing and the command that installs it."""
    module = exc.name or ""
    if not module:
        text = str(exc)
        module = "lxml.html.clean" if "lxml_html_clean" in text or "lxml.html.clean" in text else ""
    if not module:
        return f"a required package cannot be imported ({exc}); reinstall press-reader with its dependencies"
    package = distribution_for(module)
    return f"the package '{package}' is missing (module {module}); install it: pip install {package}"
