"""The package's modules stay under 400 lines (STYLE.md): past it, a module holds two things."""

from tests.conftest import ROOT


def test_every_module_of_the_package_is_under_400_lines():
    long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "reader").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) >= 400
    }
    assert long == {}
